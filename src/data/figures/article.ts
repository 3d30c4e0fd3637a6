/**
 * The source article (Clarín, 9/10 March 2021, in Pledge Times' English translation of 10 March 2021): where it
 * comes from, and every figure it gives, each as a claim attributed to the article and checked against the
 * primary-source figures it names. A claim's confidence grades how surely the article says it (text match),
 * not whether it is true: that is the verdict.
 */
import type { Figure, Verdict } from "../types";
import { day, span } from "../periods";

const ARTICLE_SOURCES = ["clarin-2021-03", "pledgetimes-2021-03-10"];
const TUESDAY = day("2021-03-09", '"Tuesday" (9 Mar 2021)');
const AS_REPORTED = span("2021-03-09", "2021-03-10", "as reported 9–10 Mar 2021");

type ClaimInput = Omit<Figure, "sourceIds" | "confidence" | "claim"> & {
  verdict: Verdict;
  primaryFigureIds: string[];
};

/**
 * How far primary sources support a claim: a claim they contradict or never made is low, whatever the text
 * match; only a claim they confirm is high.
 */
const CLAIM_CONFIDENCE: Readonly<Record<Verdict, Figure["confidence"]>> = {
  agrees: "high",
  differs: "low",
  not_found: "low",
};

function claim({ verdict, primaryFigureIds, ...figure }: ClaimInput): Figure {
  return {
    ...figure,
    sourceIds: ARTICLE_SOURCES,
    confidence: CLAIM_CONFIDENCE[verdict],
    claim: { verdict, primaryFigureIds },
  };
}

export const ARTICLE_ORIGIN_FIGURES: readonly Figure[] = [
  {
    id: "article.origin.publisher",
    value: "Clarín, Buenos Aires: a Spanish-language Argentine newspaper, not a Spanish one",
    unit: "text",
    period: span("2021-03-09", "2021-03-10", "9–10 Mar 2021"),
    place: "AR",
    measure: "original publication of the source article",
    sourceIds: ["clarin-2021-03"],
    confidence: "high",
    note: "The stored Clarín text matches the English article sentence for sentence. Byline not retrieved.",
  },
  {
    id: "article.origin.translation",
    value: "English translation published by Pledge Times",
    unit: "text",
    period: day("2021-03-10"),
    place: "WORLD",
    measure: "English translation of the source article",
    sourceIds: ["pledgetimes-2021-03-10"],
    confidence: "high",
    note: "Machine-style translation; almost certainly the English version in circulation.",
  },
];

export const ARTICLE_CLAIMS: readonly Figure[] = [
  claim({
    id: "article.seized.be.17t",
    value: 17,
    unit: "tonnes",
    period: TUESDAY,
    place: "BE",
    measure: 'cocaine seized in Belgium "on Tuesday"',
    verdict: "differs",
    primaryFigureIds: ["seizure.antwerp.investigation.cumulative"],
    note:
      "Prosecutors said more than 17 t were seized in the port of Antwerp over the investigation of about two years, " +
      "in separate cases; not on one day.",
  }),
  claim({
    id: "article.seized.be.record",
    value: "The largest cache in European history",
    unit: "text",
    period: TUESDAY,
    place: "BE",
    measure: "the 17 t presented as a European record",
    verdict: "differs",
    primaryFigureIds: ["seizure.hamburg.2021-02.zoll", "seizure.hamburg-antwerp.2021-02.combined"],
    note:
      "Not a European record: the largest single seizure then was Hamburg's 16 t of 12 February 2021, and the Dutch " +
      "police called the 23 t Hamburg and Antwerp case the record.",
  }),
  claim({
    id: "article.seized.de.16t",
    value: 16,
    unit: "tonnes",
    period: span("2021-03-01", "2021-03-07", '"last week"'),
    place: "DE",
    measure: 'cocaine seized in Germany "last week"',
    verdict: "differs",
    primaryFigureIds: [
      "seizure.hamburg.2021-02.zoll",
      "seizure.hamburg.2021-02.om",
      "seizure.hamburg.2021-02.found",
      "seizure.hamburg.2021-02.announced",
    ],
    note:
      "The quantity matches, the timing does not: found on 12 February and announced on 24 February 2021, about " +
      "four and two weeks before the article.",
  }),
  claim({
    id: "article.seized.nl.7t",
    value: 7,
    unit: "tonnes",
    period: AS_REPORTED,
    place: "NL",
    measure: "cocaine seized in the Netherlands",
    verdict: "differs",
    primaryFigureIds: [
      "seizure.antwerp.2021-02.wood",
      "seizure.antwerp.2021-02.found.om",
      "seizure.antwerp.2021-02.found.zoll",
    ],
    note:
      "About 7.2 t was found in Antwerp, Belgium, bound for the Netherlands, on a Dutch-led lead; no seizure of about " +
      "7 t on Dutch soil in January–March 2021 was found.",
  }),
  claim({
    id: "article.op.be.agents",
    value: 1500,
    qualifier: "more than",
    unit: "persons",
    period: TUESDAY,
    place: "BE",
    measure: "Belgian agents deployed",
    verdict: "agrees",
    primaryFigureIds: ["op.be.agents.prosecutor", "op.be.agents.later"],
    note: "The prosecutor said 1,500 on the day; some later accounts say more than 1,600.",
  }),
  claim({
    id: "article.op.be.searches",
    value: 200,
    qualifier: "more than",
    unit: "searches",
    period: TUESDAY,
    place: "BE",
    measure: "raids in Belgium",
    verdict: "agrees",
    primaryFigureIds: ["op.be.searches"],
    note: "About 200 (Le Soir) or more than 200 (HLN) house searches.",
  }),
  claim({
    id: "article.op.be.arrests",
    value: 48,
    unit: "persons",
    period: TUESDAY,
    place: "BE",
    measure: "arrests in Belgium",
    verdict: "agrees",
    primaryFigureIds: ["op.be.arrests"],
    note: "Matches the prosecutor's figure.",
  }),
  claim({
    id: "article.op.be.cash",
    value: 1_200_000,
    unit: "EUR",
    period: TUESDAY,
    place: "BE",
    measure: "cash seized in Belgium",
    verdict: "agrees",
    primaryFigureIds: ["op.be.cash"],
    note: "Matches the prosecutor's figure.",
  }),
  claim({
    id: "article.op.be.items",
    value: "Jewellery, luxury cars, police uniforms and weapons",
    unit: "text",
    period: TUESDAY,
    place: "BE",
    measure: "other goods seized in Belgium",
    verdict: "agrees",
    primaryFigureIds: ["op.be.items"],
    note: "The kinds of goods match; the prosecutor also listed diamonds.",
  }),
  claim({
    id: "article.op.be.weapons",
    value: "Dozens of weapons",
    unit: "text",
    period: TUESDAY,
    place: "BE",
    measure: "number of weapons seized in Belgium",
    verdict: "not_found",
    primaryFigureIds: ["op.be.items"],
    note: 'No count of weapons was published, so "dozens" cannot be checked.',
  }),
  claim({
    id: "article.op.nl.arrests",
    value: 30,
    unit: "persons",
    period: TUESDAY,
    place: "NL",
    measure: "arrests by the Dutch police",
    verdict: "agrees",
    primaryFigureIds: ["op.nl.arrests"],
    note: "Matches the Dutch police (who also searched 75 homes and offices, after 43 earlier arrests).",
  }),
  claim({
    id: "article.op.nl.weapons",
    value: 28,
    unit: "weapons",
    period: TUESDAY,
    place: "NL",
    measure: "illegal weapons seized by the Dutch police",
    verdict: "agrees",
    primaryFigureIds: ["op.nl.firearms"],
    note: "The article says illegal weapons; the Dutch police say firearms, all seized in Rotterdam.",
  }),
  claim({
    id: "article.skyecc.messages",
    value: 1_000_000_000,
    qualifier: "more than",
    unit: "messages",
    period: AS_REPORTED,
    place: "WORLD",
    measure: "Sky ECC messages intercepted",
    verdict: "agrees",
    primaryFigureIds: [
      "skyecc.messages.intercepted.prosecutor",
      "skyecc.messages.intercepted.europol",
      "skyecc.messages.nl.dutch-police",
    ],
    note: "Agrees with the Belgian figure; Europol said hundreds of millions, the Dutch police about 80 million from Dutch users.",
  }),
  claim({
    id: "article.skyecc.messages.decrypted",
    value: 0.5,
    qualifier: "nearly",
    unit: "share",
    period: AS_REPORTED,
    place: "WORLD",
    measure: "share of intercepted messages decrypted",
    verdict: "agrees",
    primaryFigureIds: ["skyecc.messages.decrypted.prosecutor"],
    note: "Agrees with the Belgian prosecutor.",
  }),
  claim({
    id: "article.investigation.duration",
    value: 2,
    qualifier: "more than",
    unit: "years",
    period: AS_REPORTED,
    place: "BE",
    measure: "length of the investigation",
    verdict: "agrees",
    primaryFigureIds: ["investigation.opened", "investigation.prosecutor"],
    note: "The Antwerp file was opened at the end of 2018; the federal prosecutor targeted Sky ECC from June 2019.",
  }),
  claim({
    id: "article.skyecc.devices.seized",
    value: "Hundreds of devices seized",
    unit: "text",
    period: TUESDAY,
    place: "BE",
    measure: "Sky ECC devices seized",
    verdict: "not_found",
    primaryFigureIds: [],
    note:
      "No count was published; the prosecutor said as many Sky ECC devices as possible were seized from identified " +
      "users. The 185 Sky ECC phones seized in Belgium in earlier years are another count, not a check of this claim.",
  }),
  claim({
    id: "article.skyecc.share.benl",
    value: 0.25,
    unit: "share",
    period: AS_REPORTED,
    place: "BE+NL",
    measure: "share of Sky ECC's active users worldwide in Belgium and the Netherlands",
    verdict: "agrees",
    primaryFigureIds: [
      "skyecc.users.share.benl.prosecutor",
      "skyecc.users.share.benl.europol",
      "skyecc.users.nl.dutch-police",
    ],
    note:
      "Agrees with the Belgian prosecutor (about 6,000 in Belgium and 12,000 in the Netherlands of about 70,000 " +
      "active devices); differs from Europol (about 20% of users) and the Dutch police (about 11,000 Dutch accounts).",
  }),
  claim({
    id: "article.skyecc.share.antwerp",
    value: 0.15,
    qualifier: "nearly",
    unit: "share",
    period: AS_REPORTED,
    place: "Antwerp area",
    measure: "share of all Sky ECC users within a few kilometres of the port of Antwerp",
    verdict: "not_found",
    primaryFigureIds: [
      "skyecc.users.share-of-be.antwerp.prosecutor",
      "skyecc.users.share.antwerp.prosecutor",
      "skyecc.users.share.antwerp-of-benl.prosecutor",
      "skyecc.users.antwerp.prosecutor",
    ],
    note:
      "The article says almost 15%. Found in no source. Prosecutors put about half of the Belgian users (about 3,000) in the Antwerp district, in " +
      "and around the port: about 4% of 70,000 active devices, about 17% of Belgian and Dutch users. Likely a " +
      "recomputation or a misreading.",
  }),
  claim({
    id: "article.skyecc.price.low",
    value: 800,
    unit: "EUR_per_6_months",
    period: AS_REPORTED,
    place: "WORLD",
    measure: "Sky ECC price per six months, low end",
    verdict: "differs",
    primaryFigureIds: [
      "skyecc.price.3months.prosecutor",
      "skyecc.price.year.prosecutor",
      "skyecc.handset.price.prosecutor",
    ],
    note:
      "The article gives €800–2,200 per six months; no source does. The Belgian prosecutor (2022) gave €2,200 per " +
      "year or €600 per three months, handsets from €729.",
  }),
  claim({
    id: "article.skyecc.price.high",
    value: 2200,
    unit: "EUR_per_6_months",
    period: AS_REPORTED,
    place: "WORLD",
    measure: "Sky ECC price per six months, high end",
    verdict: "differs",
    primaryFigureIds: ["skyecc.price.year.prosecutor", "skyecc.price.3months.prosecutor"],
    note: "€2,200 is the prosecutor's price for a year, not for six months.",
  }),
  claim({
    id: "article.skyecc.bounty",
    value: 5_000_000,
    unit: "USD",
    period: AS_REPORTED,
    place: "WORLD",
    measure: "prize offered to anyone who could hack Sky ECC",
    verdict: "agrees",
    primaryFigureIds: ["skyecc.bounty.usd"],
    note: "Sky ECC's website offered US$5 million (about €4.2 million).",
  }),
  claim({
    id: "article.skyecc.base",
    value: "Operates from Canada and the United States",
    unit: "text",
    period: AS_REPORTED,
    place: "WORLD",
    measure: "where Sky ECC operates from",
    verdict: "agrees",
    primaryFigureIds: ["skyecc.base.europol"],
    note: "Europol: run from the US and Canada, with servers in Europe.",
  }),
  claim({
    id: "article.person.vanleeuw",
    value: "Frédéric Van Leeuw, federal prosecutor",
    unit: "text",
    period: AS_REPORTED,
    place: "BE",
    measure: "role of Frédéric Van Leeuw",
    verdict: "agrees",
    primaryFigureIds: ["person.vanleeuw.role"],
    note: "Federal prosecutor of Belgium.",
  }),
  claim({
    id: "article.person.driesen",
    value: "Yve Driesen, of the Judicial Police of Antwerp",
    unit: "text",
    period: AS_REPORTED,
    place: "BE",
    measure: "role of Yve Driesen",
    verdict: "agrees",
    primaryFigureIds: ["person.driesen.role"],
    note: "Judicial director of the Federal Judicial Police Antwerp since June 2020.",
  }),
];

export const ARTICLE_FIGURES: readonly Figure[] = [...ARTICLE_ORIGIN_FIGURES, ...ARTICLE_CLAIMS];
