/**
 * Sky ECC in numbers: users and devices, messages, prices, the hacking bounty, and the shares of users by
 * region. Shares that no source states are derived here from the counts a source does give, with the same
 * base (a count of users over that same source's total), so that bases are never mixed.
 */
import type { Figure } from "../types";
import { derived } from "../../core/dataset/derive";
import { day, month, span, year } from "../periods";

const MARCH_2021 = month("2021-03", "Mar 2021");
const EARLY_2021 = span("2021-01-01", "2021-03-09", "early 2021");
const BE_PROSECUTOR = ["tijd-2021-03", "lesoir-2021-03-09"];

const usersWorldwideEuropol: Figure = {
  id: "skyecc.users.worldwide.europol",
  value: 170_000,
  qualifier: "about",
  unit: "users",
  period: MARCH_2021,
  place: "WORLD",
  measure: "Sky ECC users worldwide",
  sourceIds: ["europol-2021-03-10"],
  confidence: "high",
  note: "Individuals using Sky ECC; De Tijd counts about 171,000 devices distributed, Belgian justice (2022) more than 100,000 users.",
};

const activeDevicesProsecutor: Figure = {
  id: "skyecc.devices.active.prosecutor",
  value: 70_000,
  qualifier: "about",
  unit: "devices",
  period: EARLY_2021,
  place: "WORLD",
  measure: "Sky ECC devices active on the network each month",
  sourceIds: BE_PROSECUTOR,
  confidence: "high",
  note: "Belgian federal prosecutor; the base of the prosecutor's shares by country.",
};

const usersBeProsecutor: Figure = {
  id: "skyecc.users.be.prosecutor",
  value: 6000,
  qualifier: "about",
  unit: "users",
  period: EARLY_2021,
  place: "BE",
  measure: "Sky ECC users (active devices) in Belgium",
  sourceIds: BE_PROSECUTOR,
  confidence: "high",
  note: "Belgian federal prosecutor: devices used in Belgium among the monthly active devices.",
};

const usersNlProsecutor: Figure = {
  id: "skyecc.users.nl.prosecutor",
  value: 12_000,
  qualifier: "about",
  unit: "users",
  period: EARLY_2021,
  place: "NL",
  measure: "Sky ECC users (active devices) in the Netherlands, per the Belgian prosecutor",
  sourceIds: BE_PROSECUTOR,
  confidence: "high",
  note: "Belgian federal prosecutor; the Dutch police count about 11,000 Dutch accounts.",
};

const antwerpShareOfBeProsecutor: Figure = {
  id: "skyecc.users.share-of-be.antwerp.prosecutor",
  value: 0.5,
  qualifier: "about",
  unit: "share",
  period: EARLY_2021,
  place: "Antwerp district",
  measure: "share of Belgian Sky ECC users located in the Antwerp district",
  sourceIds: BE_PROSECUTOR,
  confidence: "high",
  note: '"Half" of the users in Belgium, in and around the port of Antwerp; fewer in Brussels, Limburg, East Flanders, Liège and Charleroi.',
};

const activeUsersDutchPolice: Figure = {
  id: "skyecc.users.worldwide.dutch-police",
  value: 70_000,
  unit: "users",
  period: MARCH_2021,
  place: "WORLD",
  measure: "Sky ECC users worldwide, per the Dutch police",
  sourceIds: ["politie-nl-2021-03-09"],
  confidence: "high",
  note: "Dutch police; the base of the Dutch share below.",
};

const usersNlDutchPolice: Figure = {
  id: "skyecc.users.nl.dutch-police",
  value: 11_000,
  unit: "users",
  period: MARCH_2021,
  place: "NL",
  measure: "Sky ECC accounts in the Netherlands, per the Dutch police",
  sourceIds: ["politie-nl-2021-03-09"],
  confidence: "medium",
  note: "Dutch police count of Dutch accounts; the Belgian prosecutor says about 12,000.",
};

const usersBeNlProsecutor = derived("sum", [usersBeProsecutor, usersNlProsecutor], {
  id: "skyecc.users.benl.prosecutor",
  qualifier: "about",
  unit: "users",
  period: EARLY_2021,
  place: "BE+NL",
  measure: "Sky ECC users (active devices) in Belgium and the Netherlands together",
  note: "Sum of the prosecutor's counts for Belgium and the Netherlands.",
});

const usersAntwerpProsecutor = derived("product", [usersBeProsecutor, antwerpShareOfBeProsecutor], {
  id: "skyecc.users.antwerp.prosecutor",
  qualifier: "about",
  unit: "users",
  period: EARLY_2021,
  place: "Antwerp district",
  measure: "Sky ECC users in the Antwerp district, in and around the port",
  note: "Half of the Belgian users, as the prosecutor put it.",
});

export const SKY_ECC_USER_FIGURES: readonly Figure[] = [
  usersWorldwideEuropol,
  {
    id: "skyecc.devices.distributed.tijd",
    value: 171_000,
    qualifier: "at least",
    unit: "devices",
    period: EARLY_2021,
    place: "WORLD",
    measure: "Sky ECC devices distributed worldwide through wholesalers and local sellers",
    sourceIds: ["tijd-2021-03"],
    confidence: "high",
    note: "Devices distributed, not users.",
  },
  {
    id: "skyecc.users.worldwide.justice",
    value: 100_000,
    qualifier: "more than",
    unit: "users",
    period: year(2022),
    place: "WORLD",
    measure: "Sky ECC users worldwide, per Belgian justice",
    sourceIds: ["teamjustitie-2022-03-09"],
    confidence: "medium",
    note: "Belgian justice and interior ministers, 9 March 2022: a billion messages from more than 100,000 users worldwide; lower than Europol's 170,000.",
  },
  {
    id: "skyecc.users.monitored.europol",
    value: 70_000,
    qualifier: "about",
    unit: "users",
    period: span("2021-02-15", "2021-03-09", "mid-Feb – 9 Mar 2021"),
    place: "WORLD",
    measure: "Sky ECC users monitored",
    sourceIds: ["europol-2021-03-10"],
    confidence: "high",
    note: "Monitored from mid-February 2021. A US indictment (reported by Borderland Beat) says at least 70,000 devices.",
  },
  activeDevicesProsecutor,
  activeUsersDutchPolice,
  usersBeProsecutor,
  usersNlProsecutor,
  usersNlDutchPolice,
  usersBeNlProsecutor,
  antwerpShareOfBeProsecutor,
  usersAntwerpProsecutor,
  {
    id: "skyecc.devices.seized.be.before",
    value: 185,
    unit: "devices",
    period: day("2021-03-09", "before 9 Mar 2021 (earlier years)"),
    place: "BE",
    measure: "Sky ECC phones seized in Belgium in earlier criminal cases",
    sourceIds: ["tijd-2021-03", "brusselstimes-2021-03-09"],
    confidence: "high",
    note: "Seized in other cases before the operation; no count of devices seized on the operation day was published.",
  },
];

export const SKY_ECC_SHARE_FIGURES: readonly Figure[] = [
  {
    id: "skyecc.users.share.benl.prosecutor",
    value: 0.25,
    unit: "share",
    period: EARLY_2021,
    place: "BE+NL",
    measure: "share of Sky ECC's active users in Belgium and the Netherlands",
    sourceIds: ["lesoir-2021-03-09", "tijd-2021-03"],
    confidence: "high",
    note:
      "Stated by the Belgian federal prosecutor: about 6,000 in Belgium plus 12,000 in the Netherlands of about " +
      "70,000 monthly active devices (which would be 25.7%). Europol says about 20%, of about 170,000 users.",
  },
  derived("ratio", [usersBeProsecutor, activeDevicesProsecutor], {
    id: "skyecc.users.share.be.prosecutor",
    unit: "share",
    period: EARLY_2021,
    place: "BE",
    measure: "share of Sky ECC's active devices used in Belgium",
    note: "Belgian users over monthly active devices, both from the Belgian prosecutor.",
  }),
  derived("ratio", [usersNlProsecutor, activeDevicesProsecutor], {
    id: "skyecc.users.share.nl.prosecutor",
    unit: "share",
    period: EARLY_2021,
    place: "NL",
    measure:
      "share of Sky ECC's active devices used in the Netherlands, per the Belgian prosecutor",
    note: "Dutch users over monthly active devices, both from the Belgian prosecutor.",
  }),
  derived("ratio", [usersAntwerpProsecutor, activeDevicesProsecutor], {
    id: "skyecc.users.share.antwerp.prosecutor",
    unit: "share",
    period: EARLY_2021,
    place: "Antwerp area",
    measure: "share of Sky ECC's active devices used in the Antwerp district",
    note: "Antwerp-district users over monthly active devices (about 4%).",
  }),
  derived("ratio", [usersAntwerpProsecutor, usersBeNlProsecutor], {
    id: "skyecc.users.share.antwerp-of-benl.prosecutor",
    unit: "share",
    period: EARLY_2021,
    place: "Antwerp area",
    measure: "share of Belgian and Dutch Sky ECC users located in the Antwerp district",
    note: "Antwerp-district users over Belgian and Dutch users together (about 17%).",
  }),
  {
    id: "skyecc.users.share.benl.europol",
    value: 0.2,
    qualifier: "about",
    unit: "share",
    period: MARCH_2021,
    place: "BE+NL",
    measure: "share of Sky ECC users in Belgium and the Netherlands, per Europol",
    sourceIds: ["europol-2021-03-10"],
    confidence: "medium",
    note: "Europol's base is about 170,000 users, not the prosecutor's 70,000 active devices, hence the gap with 25%.",
  },
  derived("ratio", [usersNlDutchPolice, activeUsersDutchPolice], {
    id: "skyecc.users.share.nl.dutch-police",
    unit: "share",
    period: MARCH_2021,
    place: "NL",
    measure: "share of Sky ECC users in the Netherlands, per the Dutch police",
    note: "Dutch accounts over users worldwide, both from the Dutch police.",
  }),
];

const LIVE_PHASE = span("2021-02-15", "2021-03-09", "to 9 Mar 2021");

export const SKY_ECC_MESSAGE_FIGURES: readonly Figure[] = [
  {
    id: "skyecc.messages.intercepted.prosecutor",
    value: 1_000_000_000,
    qualifier: "more than",
    unit: "messages",
    period: LIVE_PHASE,
    place: "WORLD",
    measure: "Sky ECC messages intercepted by Belgian investigators",
    sourceIds: ["tijd-2021-03", "nieuwsblad-2021-03-09"],
    confidence: "high",
    note: "Belgian figure; Europol said hundreds of millions, the Dutch police about 80 million from Dutch users.",
  },
  {
    id: "skyecc.messages.decrypted.prosecutor",
    value: 0.5,
    qualifier: "nearly",
    unit: "share",
    period: LIVE_PHASE,
    place: "WORLD",
    measure: "share of intercepted Sky ECC messages already decrypted",
    sourceIds: ["tijd-2021-03", "nieuwsblad-2021-03-09"],
    confidence: "high",
    note: '"Half" of the intercepted messages, by 9 March 2021.',
  },
  {
    id: "skyecc.messages.intercepted.europol",
    value: "Hundreds of millions of messages",
    unit: "text",
    period: LIVE_PHASE,
    place: "WORLD",
    measure: "Sky ECC messages intercepted, per Europol",
    sourceIds: ["europol-2021-03-10"],
    confidence: "high",
    note: "No exact count given.",
  },
  {
    id: "skyecc.messages.nl.dutch-police",
    value: 80_000_000,
    qualifier: "about",
    unit: "messages",
    period: LIVE_PHASE,
    place: "NL",
    measure: "Sky ECC messages of Dutch users intercepted",
    sourceIds: ["nu-2021-03"],
    confidence: "high",
    note: "Dutch police.",
  },
  {
    id: "skyecc.messages.perday.europol",
    value: 3_000_000,
    qualifier: "more than",
    unit: "messages_per_day",
    period: MARCH_2021,
    place: "WORLD",
    measure: "Sky ECC messages exchanged per day",
    sourceIds: ["europol-2021-03-10"],
    confidence: "high",
    note: "Daily traffic on the network.",
  },
];

const PRICES_2021 = year(2021);

export const SKY_ECC_PRICE_FIGURES: readonly Figure[] = [
  {
    id: "skyecc.price.year.prosecutor",
    value: 2200,
    unit: "EUR_per_year",
    period: PRICES_2021,
    place: "BE",
    measure: "Sky ECC subscription price, one year",
    sourceIds: ["standaard-2022-03-09"],
    confidence: "medium",
    note:
      "Belgian federal prosecutor (2022). A blog gave US$1,200–2,000 per six months and phones at €900–2,000; the " +
      "Spanish police (2025) also gave €600 per three months.",
  },
  {
    id: "skyecc.price.3months.prosecutor",
    value: 600,
    unit: "EUR_per_3_months",
    period: PRICES_2021,
    place: "BE",
    measure: "Sky ECC subscription price, three months",
    sourceIds: ["standaard-2022-03-09"],
    confidence: "medium",
    note: "Belgian federal prosecutor (2022).",
  },
  {
    id: "skyecc.handset.price.prosecutor",
    value: 729,
    qualifier: "from",
    unit: "EUR",
    period: PRICES_2021,
    place: "BE",
    measure: "Sky ECC handset price",
    sourceIds: ["standaard-2022-03-09"],
    confidence: "medium",
    note: "Belgian federal prosecutor (2022): handsets started at this price.",
  },
  {
    id: "skyecc.bounty.usd",
    value: 5_000_000,
    unit: "USD",
    period: span("2021-03-01", "2021-03-31", "offered before 2021, reported Mar 2021"),
    place: "WORLD",
    measure: "prize offered by Sky ECC to anyone who could crack it",
    sourceIds: ["leuropeenne-2021-03"],
    confidence: "medium",
    note:
      "Offered on the Sky ECC website; per De Standaard, the federal prosecutor joked that the police would send " +
      "their account number. NU.nl reports the reward without an amount.",
  },
  {
    id: "skyecc.bounty.eur",
    value: 4_200_000,
    qualifier: "about",
    unit: "EUR",
    period: span("2021-03-01", "2021-03-31", "offered before 2021, reported Mar 2021"),
    place: "WORLD",
    measure: "prize offered by Sky ECC to anyone who could crack it, in euros",
    sourceIds: ["leuropeenne-2021-03"],
    confidence: "medium",
    note: "The source's own conversion of US$5 million.",
  },
  {
    id: "skyecc.base.europol",
    value: "Operated from the United States and Canada, with servers in Europe",
    unit: "text",
    period: MARCH_2021,
    place: "WORLD",
    measure: "where Sky ECC was run from",
    sourceIds: ["europol-2021-03-10"],
    confidence: "high",
    note: "A US indictment (reported by Borderland Beat) names Vancouver-based Sky Global, with servers in Canada and France.",
  },
];

export const SKY_ECC_FIGURES: readonly Figure[] = [
  ...SKY_ECC_USER_FIGURES,
  ...SKY_ECC_SHARE_FIGURES,
  ...SKY_ECC_MESSAGE_FIGURES,
  ...SKY_ECC_PRICE_FIGURES,
];
