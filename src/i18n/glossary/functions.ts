import type { GlossaryTerm } from "./term";

/**
 * Terms of the functions (see term.ts): what the DESK functions' help and the messages in cells call
 * things. Words the pane also uses (rate, source, pinned, cell, workbook, ECB) are in interface.ts and are
 * not repeated here. Argument values a formula takes ("previous", "national", "BE") and function names
 * (DESK.CONVERT) are never translated: a workbook must calculate the same in every language.
 */
export const FUNCTIONS_TERMS: GlossaryTerm[] = [
  {
    note: "A sum of money in one currency, the first argument of DESK.CONVERT.",
    en: { term: "amount" },
    fr: { term: "montant", forms: ["montants"] },
    nl: { term: "bedrag", forms: ["bedragen"] },
    de: { term: "Betrag", forms: ["Beträge", "Betrags"] },
  },
  {
    note: "A currency, named by its ISO 4217 code (EUR, USD, COP).",
    en: { term: "currency" },
    fr: { term: "devise", forms: ["devises"] },
    nl: { term: "valuta", forms: ["munt", "munten"] },
    de: { term: "Währung", forms: ["Währungen"] },
  },
  {
    note: "The ECB's euro foreign exchange reference rate of a day (published each working day).",
    en: { term: "reference rate" },
    fr: { term: "taux de référence" },
    nl: { term: "referentiekoers", forms: ["referentiekoersen"] },
    de: { term: "Referenzkurs", forms: ["Referenzkurse", "Referenzkurses"] },
  },
  {
    note: "A calendar day: the date of a rate, the date asked, the date used.",
    otherSenses: ["up to date"],
    en: { term: "date" },
    fr: { term: "date", forms: ["dates"] },
    nl: { term: "datum", forms: ["data", "datums"] },
    de: { term: "Datum", forms: ["Daten", "Datums"] },
  },
  {
    note: 'Which day\'s rate to use when none was published on the date asked: the argument "rule", whose values "previous", "next" and "exact" stay in English.',
    en: { term: "rule" },
    fr: { term: "règle", forms: ["règles"] },
    nl: { term: "regel", forms: ["regels"] },
    de: { term: "Regel", forms: ["Regeln"] },
  },
  {
    note: "Rates shipped with the add-in, used offline when no other source has the rate.",
    en: { term: "bundled" },
    fr: { term: "intégrés", forms: ["intégré", "intégrée", "intégrées"] },
    nl: { term: "meegeleverde", forms: ["meegeleverd"] },
    de: { term: "mitgelieferten", forms: ["mitgeliefert", "mitgelieferte", "mitgelieferter"] },
  },
  {
    note: "The whole that a share is part of (the argument total of DESK.SHARE); in German tables also the sum of figures (Summe, insgesamt).",
    en: { term: "total" },
    fr: { term: "total", forms: ["totaux"] },
    nl: { term: "totaal", forms: ["totalen"] },
    de: { term: "Gesamtwert", forms: ["gesamt", "Summe", "Summen"] },
  },
  {
    note: "People who used Sky ECC phones (DESK.USERS, DESK.SHAREOFUSERS).",
    en: { term: "users" },
    fr: { term: "utilisateurs", forms: ["utilisateur"] },
    nl: { term: "gebruikers", forms: ["gebruiker"] },
    de: { term: "Nutzer", forms: ["Nutzern", "Nutzers"] },
  },
  {
    note: "The full reference of a source (publisher, title, date, URL), as DESK.SOURCE gives it.",
    en: { term: "citation" },
    fr: { term: "référence", forms: ["références"] },
    nl: { term: "bronvermelding", forms: ["bronvermeldingen"] },
    de: { term: "Quellenangabe", forms: ["Quellenangaben"] },
  },
  {
    note: "Metric tonnes of cocaine.",
    en: { term: "tonnes" },
    fr: { term: "tonnes", forms: ["tonne"] },
    nl: { term: "ton" },
    de: { term: "Tonnen", forms: ["Tonne"] },
  },
  {
    note: "A calendar year of a statistic.",
    en: { term: "year" },
    fr: { term: "année", forms: ["années", "an", "ans"] },
    nl: { term: "jaar", forms: ["jaren"] },
    de: { term: "Jahr", forms: ["Jahre", "Jahres", "Jahren"] },
  },
  {
    note: "Where Sky ECC users were counted: a country, two, or the Antwerp area.",
    en: { term: "region" },
    fr: { term: "région", forms: ["régions"] },
    nl: { term: "regio", forms: ["regio's"] },
    de: { term: "Region", forms: ["Regionen"] },
  },
  {
    note: "A country, by ISO code or name.",
    en: { term: "country" },
    fr: { term: "pays" },
    nl: { term: "land", forms: ["landen"] },
    de: { term: "Land", forms: ["Länder", "Landes"] },
  },
  {
    note: "A block of cells given to a function (Excel's own word); a range of values in a table note is the fourchette, vork, Spanne.",
    en: { term: "range" },
    fr: { term: "plage", forms: ["plages", "fourchette"] },
    nl: { term: "bereik", forms: ["bereiken", "vork"] },
    de: { term: "Bereich", forms: ["Bereiche", "Spanne"] },
  },
  {
    note: "What a function is given between its parentheses (Excel's own word).",
    en: { term: "argument" },
    fr: { term: "argument", forms: ["arguments"] },
    nl: { term: "argument", forms: ["argumenten"] },
    de: { term: "Argument", forms: ["Argumente", "Arguments"] },
  },
];
