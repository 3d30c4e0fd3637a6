/**
 * The catalogue of curated tables. A table names figures by id and never retypes a number: body cells are
 * figure ids (or labels), derived columns are formulas over them, and notes cite further figures with
 * `{figure.id}` tokens that the cell plan replaces by the figure's value.
 */
import type { ColumnDef, RowDef, TableDef } from "./types";
import { ARTICLE_CLAIMS } from "./figures/article";
import { SEIZURE_SERIES, SEIZURE_YEARS, type SeizurePlace } from "./seizureSeries";

const operationDay: TableDef = {
  id: "operation-day-2021-03-09",
  title: "Operation day, 9 March 2021: Belgium and the Netherlands",
  description:
    "Agents, searches, arrests, cash and firearms on the day, primary sources beside the article's claims.",
  period: "9 Mar 2021",
  topic: "operation",
  countries: ["BE", "NL"],
  columns: [
    { kind: "label", header: "Country and source" },
    { kind: "figure", header: "Agents deployed (persons)", unit: "persons" },
    { kind: "figure", header: "House searches", unit: "searches" },
    { kind: "figure", header: "Arrests (persons)", unit: "persons" },
    { kind: "figure", header: "Cash seized (€)", unit: "EUR" },
    // The Dutch police count firearms, the article "illegal weapons": one column, each cell in its own unit.
    { kind: "mixedFigure", header: "Weapons seized" },
    { kind: "figureInfo", header: "Weapons counted as", of: 5, info: "unit" },
  ],
  rows: [
    [
      "Belgium: federal prosecutor",
      "op.be.agents.prosecutor",
      "op.be.searches",
      "op.be.arrests",
      "op.be.cash",
      null,
      null,
    ],
    ["Belgium: later accounts", "op.be.agents.later", null, null, null, null, null],
    [
      "Belgium: the article",
      "article.op.be.agents",
      "article.op.be.searches",
      "article.op.be.arrests",
      "article.op.be.cash",
      null,
      null,
    ],
    [
      "Netherlands: Dutch police",
      null,
      "op.nl.searches",
      "op.nl.arrests",
      null,
      "op.nl.firearms",
      null,
    ],
    [
      "Netherlands: the article",
      null,
      null,
      "article.op.nl.arrests",
      null,
      "article.op.nl.weapons",
      null,
    ],
  ],
  notes: [
    'Empty cells: not published. No Belgian count of weapons was published (the article\'s "dozens" cannot be checked); no Dutch figures for agents or cash were published.',
    "The article's figures for Belgium agree with the federal prosecutor's; later accounts give more agents than the prosecutor did on the day.",
    "Netherlands: Dutch police, Operation Argus; all firearms were seized in Rotterdam, and {op.nl.arrests.before} had been arrested in the weeks before.",
  ],
};

const recordSeizures: TableDef = {
  id: "record-seizures-2021",
  title: "Record cocaine seizures, February–April 2021",
  description:
    "Hamburg's 16 t, Antwerp's 7.2 t bound for the Netherlands, Antwerp's totals, with the article's 17 / 16 / 7 t beside them.",
  period: "Feb–Apr 2021",
  topic: "seizures",
  countries: ["BE", "DE", "NL"],
  columns: [
    { kind: "label", header: "Seizure" },
    { kind: "figureInfo", header: "Place", of: 2, info: "place" },
    { kind: "figure", header: "Seized (t)", unit: "tonnes" },
    { kind: "figureInfo", header: "Period", of: 2, info: "period" },
    { kind: "figure", header: "Found (date)", unit: "date" },
    { kind: "figure", header: "Announced (date)", unit: "date" },
    { kind: "figure", header: "The article's figure (t)", unit: "tonnes" },
    { kind: "figureInfo", header: "Verdict on the article", of: 6, info: "verdict" },
  ],
  rows: [
    [
      "Containers from Paraguay, tins of filler",
      null,
      "seizure.hamburg.2021-02.zoll",
      null,
      "seizure.hamburg.2021-02.found",
      "seizure.hamburg.2021-02.announced",
      "article.seized.de.16t",
      null,
    ],
    [
      "Same find, exact weight (Dutch prosecutors)",
      null,
      "seizure.hamburg.2021-02.om",
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "Container of wood blocks from Panama, bound for the Netherlands",
      null,
      "seizure.antwerp.2021-02.wood",
      null,
      "seizure.antwerp.2021-02.found.om",
      "seizure.antwerp.2021-02.announced",
      "article.seized.nl.7t",
      null,
    ],
    [
      "Same find, date per German customs",
      null,
      null,
      null,
      "seizure.antwerp.2021-02.found.zoll",
      null,
      null,
      null,
    ],
    [
      "All seizures of the Sky ECC investigation in Antwerp",
      null,
      "seizure.antwerp.investigation.cumulative",
      null,
      null,
      "seizure.antwerp.investigation.announced",
      "article.seized.be.17t",
      null,
    ],
    [
      "Seizures while messages were read live",
      null,
      "seizure.antwerp.livephase",
      null,
      null,
      "seizure.antwerp.livephase.announced",
      null,
      null,
    ],
    ["Record single seizure", null, "seizure.antwerp.2021-04-03", null, null, null, null, null],
  ],
  notes: [
    'The article\'s "{article.seized.be.17t} seized on Tuesday" is the total of separate Antwerp seizures over the whole investigation; its {article.seized.de.16t} "last week" was found about four weeks before; its {article.seized.nl.7t} "in the Netherlands" was found in Antwerp.',
    "The Hamburg and Antwerp finds of February, {seizure.hamburg-antwerp.2021-02.combined} together, were called by the Dutch police the largest quantity seized in one investigation.",
    "The date of the Antwerp wood-block find differs by one day between sources. The live-reading phase lasted {seizure.antwerp.livephase.days}; the cocaine seized was valued at {seizure.antwerp.livephase.value}.",
    "The rows overlap: the live-reading total ({seizure.antwerp.livephase}) includes the wood-block find of 20 February ({seizure.antwerp.2021-02.wood}) and the record single seizure of 2–3 April ({seizure.antwerp.2021-04-03}); do not add them up.",
  ],
};

const skyEccNumbers: TableDef = {
  id: "sky-ecc-in-numbers",
  title: "Sky ECC in numbers",
  description:
    "Users and devices worldwide and in Belgium and the Netherlands, messages, prices and the hacking bounty.",
  period: "2021",
  topic: "sky-ecc",
  countries: ["BE", "NL"],
  columns: [
    { kind: "label", header: "Measure" },
    { kind: "mixedFigure", header: "Value" },
    { kind: "figureInfo", header: "Unit", of: 1, info: "unit" },
    { kind: "figureInfo", header: "Period", of: 1, info: "period" },
    { kind: "figureInfo", header: "Source", of: 1, info: "sources" },
  ],
  rows: [
    ["Users worldwide (Europol)", "skyecc.users.worldwide.europol", null, null, null],
    [
      "Devices distributed worldwide (De Tijd)",
      "skyecc.devices.distributed.tijd",
      null,
      null,
      null,
    ],
    ["Users worldwide (Belgian justice)", "skyecc.users.worldwide.justice", null, null, null],
    [
      "Users monitored from mid-February 2021 (Europol)",
      "skyecc.users.monitored.europol",
      null,
      null,
      null,
    ],
    [
      "Devices active each month (Belgian prosecutor)",
      "skyecc.devices.active.prosecutor",
      null,
      null,
      null,
    ],
    ["Users in Belgium (Belgian prosecutor)", "skyecc.users.be.prosecutor", null, null, null],
    [
      "Users in the Netherlands (Belgian prosecutor)",
      "skyecc.users.nl.prosecutor",
      null,
      null,
      null,
    ],
    [
      "Accounts in the Netherlands (Dutch police)",
      "skyecc.users.nl.dutch-police",
      null,
      null,
      null,
    ],
    [
      "Messages intercepted (Belgian prosecutor)",
      "skyecc.messages.intercepted.prosecutor",
      null,
      null,
      null,
    ],
    [
      "Share of them decrypted by 9 March 2021",
      "skyecc.messages.decrypted.prosecutor",
      null,
      null,
      null,
    ],
    ["Messages intercepted (Europol)", "skyecc.messages.intercepted.europol", null, null, null],
    ["Messages of Dutch users (Dutch police)", "skyecc.messages.nl.dutch-police", null, null, null],
    ["Messages per day (Europol)", "skyecc.messages.perday.europol", null, null, null],
    ["Subscription, one year", "skyecc.price.year.prosecutor", null, null, null],
    ["Subscription, three months", "skyecc.price.3months.prosecutor", null, null, null],
    ["Handset", "skyecc.handset.price.prosecutor", null, null, null],
    ["Prize offered for cracking Sky ECC", "skyecc.bounty.usd", null, null, null],
    ["Same prize in euros", "skyecc.bounty.eur", null, null, null],
    [
      "Phones seized in Belgium in earlier cases",
      "skyecc.devices.seized.be.before",
      null,
      null,
      null,
    ],
  ],
  notes: [
    "Sources count different things: users (individuals), devices distributed, devices active each month, accounts.",
    "The article's price range ({article.skyecc.price.low} to {article.skyecc.price.high}) matches no source.",
    "Europe-wide totals of arrests and seizures from Sky ECC were not found: Europol publishes results per operation.",
  ],
};

const userShares: TableDef = {
  id: "sky-ecc-user-shares",
  title: "Share of Sky ECC users by region, by source",
  description:
    "Belgium, the Netherlands, both, and the Antwerp area: the Belgian prosecutor, Europol, the Dutch police and the article.",
  period: "early 2021",
  topic: "sky-ecc",
  countries: ["BE", "NL"],
  columns: [
    { kind: "label", header: "Region" },
    { kind: "figure", header: "Belgian prosecutor: share (%)", unit: "share" },
    { kind: "figure", header: "Belgian prosecutor: users", unit: "users" },
    { kind: "figure", header: "Europol: share (%)", unit: "share" },
    { kind: "figure", header: "Dutch police: share (%)", unit: "share" },
    { kind: "figure", header: "Dutch police: accounts", unit: "users" },
    { kind: "figure", header: "The article: share (%)", unit: "share" },
    // No "prosecutor minus Europol": their shares have different bases (devices active vs users).
    {
      kind: "derived",
      header: "Article minus prosecutor (percentage points)",
      unit: "share_points",
      derive: { op: "difference", a: 6, b: 1 },
    },
  ],
  rows: [
    [
      "Belgium",
      "skyecc.users.share.be.prosecutor",
      "skyecc.users.be.prosecutor",
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "Netherlands",
      "skyecc.users.share.nl.prosecutor",
      "skyecc.users.nl.prosecutor",
      null,
      "skyecc.users.share.nl.dutch-police",
      "skyecc.users.nl.dutch-police",
      null,
      null,
    ],
    [
      "Belgium and the Netherlands",
      "skyecc.users.share.benl.prosecutor",
      "skyecc.users.benl.prosecutor",
      "skyecc.users.share.benl.europol",
      null,
      null,
      "article.skyecc.share.benl",
      null,
    ],
    [
      "Antwerp area",
      "skyecc.users.share.antwerp.prosecutor",
      "skyecc.users.antwerp.prosecutor",
      null,
      null,
      null,
      "article.skyecc.share.antwerp",
      null,
    ],
  ],
  notes: [
    "Each source's share uses its own base: the prosecutor {skyecc.devices.active.prosecutor} active each month, Europol {skyecc.users.worldwide.europol}, the Dutch police {skyecc.users.worldwide.dutch-police} worldwide. Shares are never computed across sources.",
    "The prosecutor's {skyecc.users.share.benl.prosecutor} for Belgium and the Netherlands is stated; the other prosecutor shares, and the Dutch police share, are derived from the source's own counts.",
    "The article's share for the Antwerp area ({article.skyecc.share.antwerp}) is found in no source: check it before quoting it.",
  ],
  chart: { kind: "column", categoryColumn: 0, valueColumns: [1, 3, 4, 6] },
};

/** Columns of the by-country table, in order: the seven countries, then the EU total. */
const COUNTRY_COLUMNS: readonly { place: SeizurePlace; name: string }[] = [
  { place: "BE", name: "Belgium" },
  { place: "NL", name: "Netherlands" },
  { place: "DE", name: "Germany" },
  { place: "ES", name: "Spain" },
  { place: "FR", name: "France" },
  { place: "IT", name: "Italy" },
  { place: "PT", name: "Portugal" },
];
const EU_TOTAL_COLUMN = 1 + COUNTRY_COLUMNS.length;

/**
 * One row per year: the default figure of each place (see SEIZURE_SERIES), `null` where none was published or
 * where `leftOut` replaces a figure that measures something narrower than the series.
 */
function seriesRows(
  places: readonly SeizurePlace[],
  extraNulls: number,
  leftOut: Readonly<Record<string, null>> = {}
): RowDef[] {
  return SEIZURE_YEARS.map((y) => [
    String(y),
    ...places.map((place) => {
      const entry = SEIZURE_SERIES[place][y];
      const id = entry ? entry.bySource[entry.defaultSource] : null;
      return id !== null && id in leftOut ? null : id;
    }),
    ...Array<null>(extraNulls).fill(null),
  ]);
}

const byCountry: TableDef = {
  id: "cocaine-seized-by-country",
  title: "Cocaine seized by country, 2019–2025",
  description:
    "Belgium, the Netherlands, Germany, Spain, France, Italy, Portugal and the EU total, with each country's share of the EU total.",
  period: "2019–2025",
  topic: "statistics",
  countries: ["BE", "NL", "DE", "ES", "FR", "IT", "PT", "EU"],
  columns: [
    { kind: "label", header: "Year" },
    ...COUNTRY_COLUMNS.map((c): ColumnDef => ({
      kind: "figure",
      header: `${c.name}: seized (t)`,
      unit: "tonnes",
    })),
    { kind: "figure", header: "EU total: seized (t)", unit: "tonnes" },
    ...COUNTRY_COLUMNS.map((c, i): ColumnDef => ({
      kind: "derived",
      header: `${c.name}: share of EU total (%)`,
      unit: "share",
      derive: { op: "shareOfColumn", part: 1 + i, total: EU_TOTAL_COLUMN },
    })),
  ],
  rows: seriesRows([...COUNTRY_COLUMNS.map((c) => c.place), "EU"], COUNTRY_COLUMNS.length, {
    // Customs alone, not a national total: shown in the notes, not in the series.
    "seized.fr.2019.customs": null,
  }),
  notes: [
    "Each cell is the national authority's final figure where one is published (customs, police, prosecutors, ministry or government), else the EU drugs agency's (EMCDDA, EUDA since 2024). Countries count differently, so shares of the EU total are indicative.",
    "No EU total for 2024 or 2025 was published when this table was made (the EUDA's report on 2024 data was not found): their shares are empty.",
    "Belgium: no national total was found for 2022 (the port of Antwerp alone: {port.antwerp.2022.customs}) nor for 2024 and 2025 (the port alone: {port.antwerp.2024.customs} and {port.antwerp.2025.customs}).",
    "Netherlands: 2019 is the customs' total as reported in July 2020; 2021 is counted to 25 December only. The EUDA gives {seized.nl.2020.emcdda} for 2020 and {seized.nl.2023.euda} for 2023.",
    "Germany: the BKA (all agencies), lower bounds for 2019–2021; for 2024 German customs alone seized {seized.de.2024.zoll}. Spain's largest single seizure ever, {seizure.es.2024-10.algeciras}, was made in Algeciras in October 2024.",
    "Spain: the government's written parliamentary answer. Other published values: EMCDDA {seized.es.2020.emcdda} (2020); CITCO {seized.es.2022.citco} (2022); EUDA {seized.es.2023.euda} and the National Security Report, preliminary, {seized.es.2023.natsec} (2023).",
    "France: no national total for 2019 (customs alone: {seized.fr.2019.customs}); 2020 is implied from OFAST's 2021 total and its change; the first estimate for 2021 was {seized.fr.2021.interior-prelim}; the EUDA gives {seized.fr.2023.euda} for 2023.",
    "Italy: DCSA reports revise earlier years (2019 was first given as {seized.it.2019.dcsa-2020}; later reports also revise 2020 and 2021 slightly); no 2023 figure was found.",
    "Portugal: 2021 is approximate; for 2022 the police's preliminary {seized.pt.2022.pj} gives way to the EUDA's final figure; the EUDA gives {seized.pt.2023.euda} for 2023.",
  ],
  chart: { kind: "line", categoryColumn: 0, valueColumns: COUNTRY_COLUMNS.map((_, i) => 1 + i) },
};

const PORT_COLUMNS: readonly { place: SeizurePlace; name: string }[] = [
  { place: "Antwerp", name: "Antwerp" },
  { place: "Rotterdam", name: "Rotterdam" },
  { place: "Hamburg", name: "Hamburg" },
];

const ports: TableDef = {
  id: "cocaine-seized-in-ports",
  title: "Cocaine seized in the ports of Antwerp, Rotterdam and Hamburg, 2019–2025",
  description:
    "Yearly totals per port from customs and prosecutors, with the change on the previous year.",
  period: "2019–2025",
  topic: "statistics",
  countries: ["BE", "NL", "DE"],
  columns: [
    { kind: "label", header: "Year" },
    ...PORT_COLUMNS.map((p): ColumnDef => ({
      kind: "figure",
      header: `${p.name}: seized (t)`,
      unit: "tonnes",
    })),
    ...PORT_COLUMNS.map((p, i): ColumnDef => ({
      kind: "derived",
      header: `${p.name}: change on the year (%)`,
      unit: "share",
      derive: { op: "changeOnPreviousRow", col: 1 + i },
    })),
  ],
  rows: seriesRows(
    PORT_COLUMNS.map((p) => p.place),
    PORT_COLUMNS.length
  ),
  notes: [
    "Antwerp: Belgian customs. Sources disagree: for 2019 the joint customs results gave {port.antwerp.2019.rijnmond}; the EMCDDA gives {port.antwerp.2021.emcdda} for 2021; for 2023 the customs said {port.antwerp.2023.customs} in January 2024, while Belga (2025) and a Europol spokesperson (2024) give {port.antwerp.2023.belga}. Each value stays with its source.",
    "Rotterdam: the HARC team (prosecutors, customs, FIOD, port police). Customs count differently: {port.rotterdam.2019.customs} for 2019, {port.rotterdam.2022.customs} for 2022 (Le Soir {port.rotterdam.2022.lesoir}), {port.rotterdam.2024.customs} for 2024 and {port.rotterdam.2025.customs} for 2025. For 2021 the prosecutors later gave {port.rotterdam.2021.om-revised}.",
    "Hamburg: the scope changes. 2019: Hamburg customs, mostly the port. 2020 and 2021: all German North Sea and Baltic container ports (2021 includes the February find). 2022 and 2023: German seaports with Bremerhaven (the preliminary Hamburg figure for 2022 was {port.hamburg.2022.customs-prelim}; the port of Hamburg alone had {port.hamburg.2023.customs} in 2023). No official total for 2024 or 2025 was found: dpa's count of announced seizures gives {port.hamburg.2024.announced-count} for 2024.",
    "The change on the year compares consecutive figures; where the scope differs (Hamburg 2019 to 2020), read it with the note above.",
  ],
  chart: { kind: "column", categoryColumn: 0, valueColumns: [1, 2, 3] },
};

/** A fact list: one figure per row, with its unit, period and sources beside it. */
function factListColumns(labelHeader: string): ColumnDef[] {
  return [
    { kind: "label", header: labelHeader },
    { kind: "mixedFigure", header: "Value" },
    { kind: "figureInfo", header: "Unit", of: 1, info: "unit" },
    { kind: "figureInfo", header: "Period", of: 1, info: "period" },
    { kind: "figureInfo", header: "Source", of: 1, info: "sources" },
  ];
}

function factListRows(rows: readonly (readonly [string, string])[]): RowDef[] {
  return rows.map(([label, id]) => [label, id, null, null, null]);
}

const portDetails: TableDef = {
  id: "cocaine-ports-2023-2025-details",
  title: "Ports, 2023–2025: half-years, seizure counts and cocaine stopped on the way",
  description:
    "Half-year totals for Antwerp and the Dutch seaports, Antwerp's seizure counts, cocaine bound for Belgium intercepted in Latin America, Vlissingen and Rotterdam's arrests.",
  period: "2023–2025",
  topic: "statistics",
  countries: ["BE", "NL"],
  columns: factListColumns("Measure and source"),
  rows: factListRows([
    ["Antwerp, Jan–Jun 2024: seized by customs", "port.antwerp.2024-h1.customs"],
    ["Antwerp, Jan–Jun 2025: seized by customs", "port.antwerp.2025-h1.customs"],
    ["Antwerp, Jan–Jun 2024: seizures", "port.antwerp.2024-h1.seizures"],
    ["Antwerp, Jan–Jun 2025: seizures", "port.antwerp.2025-h1.seizures"],
    ["Antwerp, 2023: offences recorded", "port.antwerp.2023.offences"],
    ["Antwerp, 2024: offences recorded", "port.antwerp.2024.offences"],
    ["Antwerp, 2023: seizures of 2 t or more", "port.antwerp.2023.seizures-2t"],
    ["Antwerp, 2024: seizures of 2 t or more", "port.antwerp.2024.seizures-2t"],
    ["Bound for Belgium, stopped in Latin America, 2023 (AFP)", "intercepted.latam-to-be.2023.afp"],
    ["Same, 2023 (Belga)", "intercepted.latam-to-be.2023.belga"],
    ["Bound for Belgium, stopped in Latin America, 2024 (AFP)", "intercepted.latam-to-be.2024.afp"],
    ["Same, 2024 (Belga)", "intercepted.latam-to-be.2024.belga"],
    [
      "Bound for Belgium, stopped in South America, Jan–Jun 2024",
      "intercepted.latam-to-be.2024-h1",
    ],
    [
      "Bound for Belgium, stopped in South America, Jan–Jun 2025",
      "intercepted.latam-to-be.2025-h1",
    ],
    ["Dutch seaports, Jan–Jun 2023: seized by customs", "nl.seaports.2023-h1.customs"],
    ["Dutch seaports, Jan–Jun 2024: seized by customs", "nl.seaports.2024-h1.customs"],
    ["Dutch seaports, Jan–Jun 2025: seized by customs", "nl.seaports.2025-h1.customs"],
    ["Rotterdam, Jan–Jun 2025: seized by customs", "port.rotterdam.2025-h1.customs"],
    ["Vlissingen, 2024: OM and HARC team", "port.vlissingen.2024.om"],
    ["Vlissingen, 2024: Dutch customs", "port.vlissingen.2024.customs"],
    ["Vlissingen, 2025: OM and HARC team", "port.vlissingen.2025.om"],
    ["Rotterdam, 2023: people arrested retrieving drugs", "port.rotterdam.2023.uithalers"],
    ["Rotterdam, 2024: people arrested retrieving drugs", "port.rotterdam.2024.uithalers"],
  ]),
  notes: [
    "Half-year figures are not comparable with yearly totals. AFP and Belga disagree on the cocaine bound for Belgium stopped in Latin America: both are shown.",
    "Vlissingen's 2024 figure depends on the scope: the OM counts the port, customs another; the OM's January 2025 figure for all ports of Zeeland-West-Brabant (Vlissingen, Terneuzen, Moerdijk) is higher still (see the figure's note).",
  ],
};

const trials: TableDef = {
  id: "sky-ecc-trials",
  title: "Sky ECC trials and verdicts, 2024–2026",
  description:
    "The Brussels Encro mega-trial and its appeal, the Belgian judgments so far, the Paris case against Sky ECC's makers, Dutch arrests of distributors.",
  period: "2024–2026",
  topic: "aftermath",
  countries: ["BE", "FR", "NL"],
  columns: factListColumns("Trial and measure"),
  rows: factListRows([
    [
      "Encro trial, Brussels, verdict of 29 Oct 2024: convicted",
      "trial.encro.2024-10-29.convicted",
    ],
    ["Encro trial: acquitted", "trial.encro.2024-10-29.acquitted"],
    ["Encro trial: prison sentences in total", "trial.encro.2024-10-29.prison"],
    ["Encro trial: confiscations ordered", "trial.encro.2024-10-29.confiscated"],
    ["Encro appeal: people retried", "trial.encro.appeal.retried"],
    ["Encro appeal: first hearing", "trial.encro.appeal.opened"],
    ["Encro appeal: hearings closed", "trial.encro.appeal.closed"],
    ["Encro appeal: judgment expected", "trial.encro.appeal.judgment-expected"],
    ["Belgium, all Sky ECC cases to Oct 2024: judgments", "aftermath.be.2024-10.judgments"],
    [
      "Belgium, all Sky ECC cases to Oct 2024: people prosecuted",
      "aftermath.be.2024-10.prosecuted",
    ],
    ["Belgium, all Sky ECC cases to Oct 2024: prison sentences", "aftermath.be.2024-10.prison"],
    ["Belgium, all Sky ECC cases to Feb 2026: court decisions", "aftermath.be.2026-02.decisions"],
    ["Belgium, all Sky ECC cases to Feb 2026: prison sentences", "aftermath.be.2026-02.prison"],
    ["Belgium, all Sky ECC cases to Feb 2026: convictions", "aftermath.be.2026-02.convictions"],
    ["Paris: sent for trial (Sky ECC's makers and sellers)", "trial.fr.paris.sent-to-trial"],
    ["Paris: charged in person", "trial.fr.paris.charged"],
    ["Paris: under arrest warrants", "trial.fr.paris.warrants"],
    ["Netherlands, Jan 2025: distributors arrested", "trial.nl.distributors.2025-01.arrested"],
    ["Netherlands, Jan 2025: cryptocurrency seized", "trial.nl.distributors.2025-01.crypto"],
  ]),
  notes: [
    "The Encro trial (EncroChat and Sky ECC) was the largest criminal trial in Belgium. The appeal judgment, expected in April 2026, and the outcome of the Paris case were not found.",
    "Belgian totals count all Sky ECC cases: judgments and court decisions are counted by the police and by the prosecutors respectively.",
  ],
};

const aftermath: TableDef = {
  id: "sky-ecc-belgium-aftermath",
  title: "After the operation: the Belgian Sky ECC balance",
  description:
    "Investigations, suspects, arrests, money seized and convictions at one, two, three and five years.",
  period: "Mar 2022 – Feb 2026",
  topic: "aftermath",
  countries: ["BE"],
  columns: [
    { kind: "label", header: "Milestone and source" },
    { kind: "figure", header: "New investigations (cases)", unit: "cases" },
    { kind: "figure", header: "Existing investigations enriched (cases)", unit: "cases" },
    { kind: "figure", header: "Investigations in total (cases)", unit: "cases" },
    { kind: "figure", header: "Suspects (persons)", unit: "persons" },
    { kind: "figure", header: "Arrested (persons)", unit: "persons" },
    { kind: "figure", header: "Money and assets seized (€)", unit: "EUR" },
    { kind: "figure", header: "Drugs seized (t)", unit: "tonnes" },
    { kind: "figure", header: "Final judgments", unit: "judgments" },
    { kind: "figure", header: "Judgments not yet final", unit: "judgments" },
    { kind: "figure", header: "Convictions", unit: "convictions" },
    { kind: "figure", header: "Prison sentences (years)", unit: "years_prison" },
  ],
  rows: [
    [
      "1 year (Mar 2022): federal prosecutor",
      "aftermath.be.2022-03.cases.new",
      "aftermath.be.2022-03.cases.enriched",
      null,
      "aftermath.be.2022-03.suspects.standaard",
      "aftermath.be.2022-03.arrested",
      "aftermath.be.2022-03.money",
      "aftermath.be.2022-03.drugs",
      null,
      null,
      null,
      null,
    ],
    [
      "1 year (Mar 2022): justice ministry",
      null,
      null,
      null,
      "aftermath.be.2022-03.suspects.justice",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "2 years (Mar 2023)",
      null,
      null,
      "aftermath.be.2023-03.cases",
      "aftermath.be.2023-03.suspects",
      null,
      "aftermath.be.2023-03.money",
      null,
      "aftermath.be.2023-03.judgments.final",
      "aftermath.be.2023-03.judgments.nonfinal",
      null,
      null,
    ],
    [
      "2 years 9 months (Dec 2023): justice ministry",
      null,
      null,
      "aftermath.be.2023-12.cases",
      "aftermath.be.2023-12.suspects",
      null,
      "aftermath.be.2023-12.money",
      null,
      null,
      null,
      "aftermath.be.2023-12.convictions",
      null,
    ],
    [
      "3 years (Mar 2024): federal police",
      null,
      null,
      "aftermath.be.2024-03.cases",
      "aftermath.be.2024-03.suspects",
      null,
      "aftermath.be.2024-03.money",
      null,
      null,
      null,
      "aftermath.be.2024-03.convictions",
      null,
    ],
    [
      "Oct 2024: federal police",
      null,
      null,
      "aftermath.be.2024-10.cases",
      null,
      null,
      "aftermath.be.2024-10.money",
      null,
      null,
      null,
      null,
      "aftermath.be.2024-10.prison",
    ],
    [
      "5 years (Feb 2026)",
      "aftermath.be.2026-02.cases.new",
      "aftermath.be.2026-02.cases.enriched",
      "aftermath.be.2026-02.cases",
      "aftermath.be.2026-02.suspects",
      null,
      "aftermath.be.2026-02.money",
      null,
      null,
      null,
      "aftermath.be.2026-02.convictions",
      "aftermath.be.2026-02.prison",
    ],
  ],
  notes: [
    "Empty cells: not published for that milestone. Investigations in total are new plus enriched ones, given only where published.",
    'Suspects: identified or under investigation. For March 2022 De Standaard (federal prosecutor) and the justice ministry disagree. "Arrested" at one year counts suspects arrested or questioned.',
    "Judgments (2023) count court decisions, convictions (from December 2023) count persons convicted: they are not comparable.",
    "Drugs at one year: all drugs, mostly cocaine, with a street value of {aftermath.be.2022-03.drugs.value}. The federal police's October 2024 money figure is higher than the February 2026 balance: the police and the prosecutors probably count differently.",
    "October 2024: {aftermath.be.2024-10.prosecuted} prosecuted and {aftermath.be.2024-10.judgments}, before the Encro verdict. February 2026: the prison total comes from {aftermath.be.2026-02.decisions}.",
  ],
  chart: { kind: "column", categoryColumn: 0, valueColumns: [3, 4] },
};

const factCheck: TableDef = {
  id: "fact-check-2021-03-10",
  title: "Fact check: the report of 9/10 March 2021 against primary sources",
  description:
    "Every figure of the Clarín / Pledge Times report, what primary sources say, and the verdict.",
  period: "9–10 Mar 2021",
  topic: "fact-check",
  countries: ["BE", "NL", "DE"],
  columns: [
    { kind: "label", header: "The article's claim" },
    { kind: "mixedFigure", header: "The article says" },
    { kind: "figureInfo", header: "Unit (article)", of: 1, info: "unit" },
    { kind: "mixedFigure", header: "Primary sources say" },
    { kind: "figureInfo", header: "Unit (sources)", of: 3, info: "unit" },
    { kind: "figureInfo", header: "Verdict", of: 1, info: "verdict" },
    { kind: "figureInfo", header: "Primary source", of: 3, info: "sources" },
    { kind: "figureInfo", header: "Why", of: 1, info: "note" },
  ],
  // One row per claim, in the article's order; the first primary figure a claim names is shown.
  rows: ARTICLE_CLAIMS.map((c): RowDef => [
    c.measure,
    c.id,
    null,
    c.claim?.primaryFigureIds[0] ?? null,
    null,
    null,
    null,
    null,
  ]),
  notes: [
    "The article: Clarín (Buenos Aires), 9/10 March 2021, in Pledge Times' English translation of 10 March 2021.",
    "Verdicts compare each claim with the primary sources it names; the table shows the first of them, the Why column the others. An empty primary cell: no source published a comparable figure.",
  ],
};

export const CATALOGUE: readonly TableDef[] = [
  operationDay,
  recordSeizures,
  skyEccNumbers,
  userShares,
  byCountry,
  ports,
  portDetails,
  aftermath,
  trials,
  factCheck,
];
