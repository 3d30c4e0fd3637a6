/**
 * The dataset's versions, oldest first: what each added, revised or withdrew, with the reason and the
 * sources. Values are written out, not read from the figures, so that a figure changed without an entry here
 * fails the test that holds the changelog to the data.
 */
import type { DatasetVersion, FigureChange, SourceChange } from "./changelog";
import type { Qualifier } from "./types";

function added(
  figureId: string,
  newValue: number | string,
  sourceIds: string[],
  why: string
): FigureChange {
  return { figureId, kind: "added", newValue, why, sourceIds };
}

function revised(
  figureId: string,
  oldValue: number | string,
  newValue: number | string,
  sourceIds: string[],
  why: string,
  qualifier?: { old: Qualifier | null; new: Qualifier | null }
): FigureChange {
  return {
    figureId,
    kind: "revised",
    oldValue,
    newValue,
    why,
    sourceIds,
    ...(qualifier ? { qualifier } : {}),
  };
}

function withdrawn(
  figureId: string,
  oldValue: number | string,
  sourceIds: string[],
  why: string
): FigureChange {
  return { figureId, kind: "withdrawn", oldValue, why, sourceIds };
}

const CLAIM_CONFIDENCE_WHY =
  "Value unchanged; confidence lowered from high to low: primary sources contradict the claim or never made it, " +
  "and the grade now says how far sources support a claim.";

const REVISED_2026_12: readonly FigureChange[] = [
  revised(
    "port.rotterdam.2020.om",
    40.558045977011496,
    40.641,
    ["crimesite-2021-01"],
    "Was derived from 2021's 70.571 t and its 74% change; the HARC team published 40,641 kg for 2020. The published figure replaces the derivation (and the 2021 change on 2020 is no longer circular)."
  ),
  revised(
    "seized.nl.2019.customs",
    38.70967741935484,
    38.70967741935484,
    ["telegraaf-2021-01"],
    'Value unchanged; now hedged "about": it is implied from a change of about 24%. The Douane\'s own 38,000 kg (NRC, July 2020) was not recorded, so it cannot replace it yet.',
    { old: null, new: "about" }
  ),
  revised(
    "seized.nl.2020.customs",
    48,
    48,
    ["telegraaf-2021-01"],
    'Value unchanged; the hedge "more than" is dropped: the cited Telegraaf item says "48.000 kilo" (ANP copies say "ruim", more than).',
    { old: "more than", new: null }
  ),
  revised(
    "seized.nl.2021.customs",
    68,
    68,
    ["nhnieuws-2021-12"],
    "Value unchanged; now labelled a part-year figure (to Christmas 2021) in its measure, and no longer used for a share of the EU total."
  ),
  revised(
    "seized.nl.2022.customs",
    51,
    51.447,
    ["nieuwsnl-2024-01-17", "ndm-2024"],
    'Dutch customs\' exact figure (51,447 kg) replaces the rounded "about 51 t".',
    { old: "about", new: null }
  ),
  revised(
    "seized.es.2023.govt",
    117.713,
    117.713,
    ["elidealgallego-2025-01"],
    "Value unchanged; no longer provisional: the Interior ministry's official figure (117 t, El País, 17 December 2024) agrees."
  ),
  revised(
    "seizure.antwerp.livephase",
    27.6,
    27.64,
    ["vrt-2021-04-05", "knack-2021-04", "rd-2021-04"],
    "The Antwerp prosecutor's own figure, 27.64 t, replaces \"about 27.6 t\"; the figure is the prosecutor's, no longer cited to Le Vif (EMCDDA data).",
    { old: "about", new: null }
  ),
  revised(
    "seizure.antwerp.livephase.days",
    40,
    42,
    ["knack-2021-04"],
    "The Antwerp prosecutor said 42 days, not about 40.",
    { old: "about", new: null }
  ),
  revised(
    "seizure.antwerp.livephase.value",
    1_400_000_000,
    1_382_000_000,
    ["knack-2021-04", "vrt-2021-04-05"],
    "The Antwerp prosecutor said €1.382 billion; about €1.4 billion was a rounding in Belga copies.",
    { old: "about", new: null }
  ),
  revised(
    "article.skyecc.share.antwerp",
    0.15,
    0.15,
    ["pledgetimes-2021-03-10", "clarin-2021-03"],
    'Value unchanged; the article says "almost" 15%, not "about". Confidence lowered to low (the claim is found in no source).',
    { old: "about", new: "nearly" }
  ),
  revised(
    "article.seized.de.16t",
    16,
    16,
    ["pledgetimes-2021-03-10", "clarin-2021-03"],
    'Value unchanged; place corrected from "Hamburg port" to Germany, as the article says. Confidence lowered to low (the timing differs).'
  ),
  revised(
    "article.op.nl.weapons",
    28,
    28,
    ["pledgetimes-2021-03-10", "clarin-2021-03"],
    'Value unchanged; unit corrected from firearms to weapons: the article says "illegal weapons", the Dutch police firearms.'
  ),
  revised(
    "aftermath.be.2022-03.money",
    60_000_000,
    60_000_000,
    ["lalibre-2022-03-09", "standaard-2022-03-09"],
    'Value unchanged; both sources say nearly ("bijna", "près de") €60 million, not about.',
    { old: "about", new: "nearly" }
  ),
  revised(
    "skyecc.users.benl.prosecutor",
    18_000,
    18_000,
    ["lesoir-2021-03-09", "tijd-2021-03"],
    'Value unchanged; hedged "about" like the two counts it adds up.',
    { old: null, new: "about" }
  ),
  revised(
    "skyecc.users.antwerp.prosecutor",
    3000,
    3000,
    ["lesoir-2021-03-09", "tijd-2021-03"],
    'Value unchanged; hedged "about" like the prosecutor\'s count it comes from.',
    { old: null, new: "about" }
  ),
  revised(
    "skyecc.users.worldwide.justice",
    100_000,
    100_000,
    ["teamjustitie-2022-03-09"],
    "Value unchanged; cited to the justice ministry's page of 9 March 2022 instead of its home page."
  ),
  revised(
    "aftermath.be.2022-03.suspects.justice",
    2000,
    2000,
    ["teamjustitie-2022-03-09"],
    "Value unchanged; cited to the justice ministry's page of 9 March 2022 instead of its home page."
  ),
  ...[
    ["article.seized.be.17t", 17],
    ["article.seized.be.record", "The largest cache in European history"],
    ["article.seized.nl.7t", 7],
    ["article.op.be.weapons", "Dozens of weapons"],
    ["article.skyecc.devices.seized", "Hundreds of devices seized"],
    ["article.skyecc.price.low", 800],
    ["article.skyecc.price.high", 2200],
  ].map(([id, value]) =>
    revised(
      String(id),
      value,
      value,
      ["pledgetimes-2021-03-10", "clarin-2021-03"],
      CLAIM_CONFIDENCE_WHY
    )
  ),
];

const WITHDRAWN_2026_12: readonly FigureChange[] = [
  withdrawn(
    "seized.be.2023.finmin",
    121,
    [],
    "Cited only to the finance ministry's home page, and the claim that 121 t was Belgium's national total is supported by no source in hand. Belgium 2023 is now the EUDA's 123 t; 121 t for the port stays with Belga (port.antwerp.2023.belga)."
  ),
  withdrawn(
    "skyecc.users.share.be.afp",
    0.2,
    [],
    "Cited only to La Nación's home page: the AFP article itself was not found."
  ),
  withdrawn(
    "aftermath.be.2024-10.money.bruzz",
    239_000_000,
    ["rtl-2024-10-28"],
    "Cited only to Bruzz's home page. The same €239 million is now aftermath.be.2024-10.money, cited to RTL (28 October 2024)."
  ),
  withdrawn(
    "aftermath.be.2024-10.arrests.bruzz",
    2000,
    [],
    'Cited only to Bruzz\'s home page; no stored page gives "more than 2,000 arrests".'
  ),
];

const ADDED_2026_12: readonly FigureChange[] = [
  added(
    "aftermath.be.2024-03.cases",
    600,
    ["rtl-2024-03-09"],
    "Belgian federal police's three-year balance (9 March 2024), filling the gap between December 2023 and February 2026."
  ),
  added(
    "aftermath.be.2024-03.suspects",
    4400,
    ["rtl-2024-03-09"],
    "Belgian federal police's three-year balance (9 March 2024), filling the gap between December 2023 and February 2026."
  ),
  added(
    "aftermath.be.2024-03.money",
    183000000,
    ["rtl-2024-03-09"],
    "Belgian federal police's three-year balance (9 March 2024), filling the gap between December 2023 and February 2026."
  ),
  added(
    "aftermath.be.2024-03.convictions",
    1093,
    ["rtl-2024-03-09"],
    "Belgian federal police's three-year balance (9 March 2024), filling the gap between December 2023 and February 2026."
  ),
  added(
    "aftermath.be.2024-10.cases",
    614,
    ["rtl-2024-10-28"],
    "Federal police's results of 28 October 2024 (RTL), replacing the October 2024 figures cited to Bruzz's home page."
  ),
  added(
    "aftermath.be.2024-10.prosecuted",
    1048,
    ["rtl-2024-10-28"],
    "Federal police's results of 28 October 2024 (RTL), replacing the October 2024 figures cited to Bruzz's home page."
  ),
  added(
    "aftermath.be.2024-10.money",
    239000000,
    ["rtl-2024-10-28"],
    "Federal police's results of 28 October 2024 (RTL), replacing the October 2024 figures cited to Bruzz's home page."
  ),
  added(
    "aftermath.be.2024-10.judgments",
    113,
    ["rtl-2024-10-28"],
    "Federal police's results of 28 October 2024 (RTL), replacing the October 2024 figures cited to Bruzz's home page."
  ),
  added(
    "aftermath.be.2024-10.prison",
    1543,
    ["rtl-2024-10-28"],
    "Federal police's results of 28 October 2024 (RTL), replacing the October 2024 figures cited to Bruzz's home page."
  ),
  added(
    "aftermath.be.2026-02.decisions",
    178,
    ["bx1-2026-02-27"],
    "New detail of the five-year balance: the prison total comes from 178 court decisions."
  ),
  added(
    "seized.nl.2023.customs",
    59.116,
    ["nieuwsnl-2024-01-17"],
    "Dutch customs' exact 2023 figure; the table's national-figure-first rule now applies to 2023 (it showed the EUDA's 59 t)."
  ),
  added(
    "seized.nl.2024.customs",
    38,
    ["dutchnews-2026-01", "welingelichtekringen-2025-01"],
    "Dutch customs' national total for 2024."
  ),
  added(
    "seized.nl.2025.customs",
    24.5,
    ["dutchnews-2026-01"],
    "Dutch customs' national total for 2025."
  ),
  added(
    "seized.de.2024.bka",
    24,
    ["insidebw-2025-10"],
    "BKA's national total for 2024 (all agencies), as summarised by inside bw."
  ),
  added(
    "seized.de.2024.zoll",
    16,
    ["finanznachrichten-2025-06"],
    "German customs' own 2024 total, kept apart from the BKA's all-agency total."
  ),
  added(
    "seizure.es.2024-10.algeciras",
    13,
    ["wnoz-2024-10"],
    "Largest single cocaine seizure ever in Spain, cited by the EUDA's European Drug Report 2025."
  ),
  added(
    "port.antwerp.2019.rijnmond",
    61.8,
    ["rijnmond-2020-01"],
    "Recorded as a disagreement: the joint customs results gave 61.8 t for Antwerp 2019, AFP 62.1 t."
  ),
  added(
    "port.antwerp.2023.belga",
    121,
    ["belganews-2025-01"],
    "Belga's 121 t for the port in 2023, disagreeing with the customs' 116 t of January 2024; both kept."
  ),
  added(
    "port.antwerp.2024.customs",
    44,
    ["belganews-2025-01", "hurriyet-2025-01-09"],
    "Belgian customs' 2024 total for the port of Antwerp."
  ),
  added(
    "port.antwerp.2025.customs",
    55,
    ["brusselstimes-2026-01-21", "rtl-2026-01-21"],
    "Belgian customs' 2025 total for the port of Antwerp."
  ),
  added(
    "port.rotterdam.2019.customs",
    38,
    ["rijnmond-2020-01"],
    "Recorded as a disagreement: the joint customs results gave 38 t for Rotterdam 2019, the HARC team 33.732 t."
  ),
  added(
    "port.rotterdam.2024.om",
    25.9,
    ["blikopnieuws-2025-01"],
    "HARC team's 2024 total for the port of Rotterdam."
  ),
  added(
    "port.rotterdam.2024.customs",
    25,
    ["stadindex-2026-01-22"],
    "Dutch customs' 2024 figure for Rotterdam, beside the HARC team's."
  ),
  added(
    "port.rotterdam.2025.om",
    11.466,
    ["blikopnieuws-2026-01"],
    "HARC team's 2025 total for the port of Rotterdam."
  ),
  added(
    "port.rotterdam.2025.customs",
    11.5,
    ["stadindex-2026-01-22"],
    "Dutch customs' 2025 figure for Rotterdam, beside the HARC team's."
  ),
  added(
    "port.antwerp.2024-h1.customs",
    22276,
    ["newsbelgium-2025-07-07"],
    "Belgian customs' half-year release (July 2025)."
  ),
  added(
    "port.antwerp.2025-h1.customs",
    16713,
    ["newsbelgium-2025-07-07"],
    "Belgian customs' half-year release (July 2025)."
  ),
  added(
    "port.antwerp.2024-h1.seizures",
    62,
    ["newsbelgium-2025-07-07"],
    "Belgian customs' half-year release (July 2025)."
  ),
  added(
    "port.antwerp.2025-h1.seizures",
    82,
    ["newsbelgium-2025-07-07"],
    "Belgian customs' half-year release (July 2025)."
  ),
  added(
    "port.antwerp.2023.offences",
    124,
    ["rtl-2025-01-09"],
    "AFP on the customs' 2024 results: offences and large seizures."
  ),
  added(
    "port.antwerp.2024.offences",
    136,
    ["rtl-2025-01-09"],
    "AFP on the customs' 2024 results: offences and large seizures."
  ),
  added(
    "port.antwerp.2023.seizures-2t",
    13,
    ["rtl-2025-01-09"],
    "AFP on the customs' 2024 results: offences and large seizures."
  ),
  added(
    "port.antwerp.2024.seizures-2t",
    2,
    ["rtl-2025-01-09"],
    "AFP on the customs' 2024 results: offences and large seizures."
  ),
  added(
    "intercepted.latam-to-be.2023.afp",
    45,
    ["rtl-2025-01-09"],
    "Cocaine bound for Belgium stopped in Latin America; AFP and Belga disagree, both kept."
  ),
  added(
    "intercepted.latam-to-be.2023.belga",
    80,
    ["belganews-2025-01"],
    "Cocaine bound for Belgium stopped in Latin America; AFP and Belga disagree, both kept."
  ),
  added(
    "intercepted.latam-to-be.2024.afp",
    81.4,
    ["rtl-2025-01-09"],
    "Cocaine bound for Belgium stopped in Latin America; AFP and Belga disagree, both kept."
  ),
  added(
    "intercepted.latam-to-be.2024.belga",
    91,
    ["belganews-2025-01"],
    "Cocaine bound for Belgium stopped in Latin America; AFP and Belga disagree, both kept."
  ),
  added(
    "intercepted.latam-to-be.2024-h1",
    20,
    ["brusselstimes-2025-07"],
    "Cocaine bound for Belgium stopped in South America, half-year (The Brussels Times)."
  ),
  added(
    "intercepted.latam-to-be.2025-h1",
    51,
    ["brusselstimes-2025-07"],
    "Cocaine bound for Belgium stopped in South America, half-year (The Brussels Times)."
  ),
  added(
    "port.rotterdam.2023.uithalers",
    452,
    ["hartvannederland-2025-01"],
    "Arrests of people retrieving drugs from containers in Rotterdam (OM, via ANP)."
  ),
  added(
    "port.rotterdam.2024.uithalers",
    266,
    ["hartvannederland-2025-01"],
    "Arrests of people retrieving drugs from containers in Rotterdam (OM, via ANP)."
  ),
  added(
    "port.vlissingen.2024.om",
    8939,
    ["blikopnieuws-2026-01"],
    "Vlissingen, with each scope's figure kept apart."
  ),
  added(
    "port.vlissingen.2024.customs",
    9.6,
    ["dutchnews-2026-01"],
    "Vlissingen, with each scope's figure kept apart."
  ),
  added(
    "port.vlissingen.2025.om",
    7292,
    ["blikopnieuws-2026-01"],
    "Vlissingen, with each scope's figure kept apart."
  ),
  added(
    "nl.seaports.2023-h1.customs",
    28000,
    ["nos-2024-07"],
    "Dutch customs' half-year totals for the seaports."
  ),
  added(
    "nl.seaports.2024-h1.customs",
    16000,
    ["nos-2024-07"],
    "Dutch customs' half-year totals for the seaports."
  ),
  added(
    "nl.seaports.2025-h1.customs",
    15600,
    ["welingelichtekringen-2025-07"],
    "Dutch customs' half-year totals for the seaports."
  ),
  added(
    "port.rotterdam.2025-h1.customs",
    5870,
    ["welingelichtekringen-2025-07"],
    "Dutch customs' half-year figure for Rotterdam; other reports disagree (noted)."
  ),
  added(
    "port.hamburg.2024.announced-count",
    5,
    ["esslinger-2024-12-25"],
    "dpa's count of announced seizures in Hamburg in 2024: not an official total, marked provisional."
  ),
  added(
    "trial.encro.2024-10-29.convicted",
    119,
    ["bx1-2024-10", "belgiquefois-2024-10"],
    "Verdict of the Encro mega-trial (Brussels, 29 October 2024), for the new trials table."
  ),
  added(
    "trial.encro.2024-10-29.acquitted",
    9,
    ["belgiquefois-2024-10"],
    "Verdict of the Encro mega-trial (Brussels, 29 October 2024), for the new trials table."
  ),
  added(
    "trial.encro.2024-10-29.prison",
    700,
    ["bx1-2024-10", "belgiquefois-2024-10"],
    "Verdict of the Encro mega-trial (Brussels, 29 October 2024), for the new trials table."
  ),
  added(
    "trial.encro.2024-10-29.confiscated",
    60000000,
    ["bx1-2024-10", "belgiquefois-2024-10"],
    "Verdict of the Encro mega-trial (Brussels, 29 October 2024), for the new trials table."
  ),
  added(
    "trial.encro.appeal.retried",
    58,
    ["datanews-2025-02"],
    "The Encro appeal, for the new trials table."
  ),
  added(
    "trial.encro.appeal.opened",
    "2025-09-15",
    ["datanews-2025-02"],
    "The Encro appeal, for the new trials table."
  ),
  added(
    "trial.encro.appeal.closed",
    "2025-10-29",
    ["bx1-2025-10-30"],
    "The Encro appeal, for the new trials table."
  ),
  added(
    "trial.encro.appeal.judgment-expected",
    "2026-04",
    ["bx1-2025-10-30"],
    "The Encro appeal, for the new trials table."
  ),
  added(
    "trial.fr.paris.sent-to-trial",
    30,
    ["parisparlez-2024-08"],
    "The Paris case against Sky ECC's makers and distributors, for the new trials table."
  ),
  added(
    "trial.fr.paris.charged",
    12,
    ["parisparlez-2024-08"],
    "The Paris case against Sky ECC's makers and distributors, for the new trials table."
  ),
  added(
    "trial.fr.paris.warrants",
    18,
    ["parisparlez-2024-08"],
    "The Paris case against Sky ECC's makers and distributors, for the new trials table."
  ),
  added(
    "trial.nl.distributors.2025-01.arrested",
    4,
    ["securitynl-2025-01"],
    "Dutch arrests of Sky ECC distributors (January 2025), for the new trials table."
  ),
  added(
    "trial.nl.distributors.2025-01.crypto",
    1400000,
    ["securitynl-2025-01"],
    "Dutch arrests of Sky ECC distributors (January 2025), for the new trials table."
  ),
];

const REVISED_2026_12_06: readonly FigureChange[] = [
  revised(
    "seized.nl.2019.customs",
    38.70967741935484,
    38,
    ["nrc-2020-07-16"],
    "The customs' own 2019 total, 38,000 kg (NRC, 16 July 2020), replaces the value implied from 2020's total and its change of about 24%.",
    { old: "about", new: null }
  ),
  revised(
    "port.hamburg.2020.customs",
    8.088000000000001,
    8.088000000000001,
    ["tonline-2022-05"],
    "Value unchanged; still derived, and its note now says why: Hamburg customs published no 2020 total (in December 2020 it only expected 2019's record level; in May 2022 it gave 2021 as exactly 11.023 t more than 2020)."
  ),
];

/** Titles and dates read from the stored pages; every other source without them now records why. */
const SOURCES_2026_12_06: readonly SourceChange[] = [
  {
    sourceId: "brusselstimes-2021-03-09",
    field: "title",
    newValue: "17 tonnes of cocaine and €1.2 million seized in major police operation in Belgium",
    why: "The stored page's own headline; the record had none.",
  },
  {
    sourceId: "stadindex-2026-01-22",
    field: "title",
    newValue: "Douane onderschepte vorig jaar fors minder cocaïne in Nederlandse havens",
    why: "The stored page's own heading (22 January 2026); the record had none.",
  },
  {
    sourceId: "bx1-2026-02-27",
    field: "title",
    oldValue: "673 dossiers et plus de 224 millions d'euros saisis…",
    newValue:
      "673 dossiers et plus de 224 millions d'euros saisis : le bilan conséquent après cinq ans d'enquête sur Sky ECC",
    why: "The page's full headline replaces the one cut short.",
  },
  {
    sourceId: "abendblatt-2024",
    field: "date",
    oldValue: "2024",
    newValue: "2024-05",
    why: "The stored page is dated May 2024 (a customs balance given on a Wednesday); it shows no day.",
  },
];

export const DATASET_CHANGELOG: readonly DatasetVersion[] = [
  {
    version: "2026-11-30",
    summary:
      "First published dataset: 193 figures from 68 sources in eight catalogue tables (operation day, record seizures, Sky ECC in numbers, user shares, seizures by country and by port 2019–2023, the Belgian aftermath, the fact check).",
    changes: [],
  },
  {
    version: "2026-12-05",
    summary:
      "Figures to 2025 (ports, national totals, half-years), the Sky ECC trials, and the corrections of the December 2026 review: published figures instead of derived ones, hedges as the sources give them, no home-page citations.",
    changes: [...ADDED_2026_12, ...REVISED_2026_12, ...WITHDRAWN_2026_12],
  },
  {
    version: "2026-12-06",
    summary:
      "Sources cited as their stored pages give them: three titles added or completed and one date made more precise, and every source without a title or a full day now says why; the Netherlands' 2019 customs total as published instead of derived; Hamburg's 2020 customs figure stays derived, with the reason in its note.",
    changes: REVISED_2026_12_06,
    sourceChanges: SOURCES_2026_12_06,
  },
];
