/**
 * ECB euro reference rates as a table of days and currencies: the shape of the ECB's own history file
 * (eurofxref-hist.csv: a `Date` column, then one column per currency, `N/A` where no rate was published)
 * once read. Sources that hold ECB rates (an imported file, a file bundled at build time) hand this to the
 * rate look-up, which reads it without knowing where it came from.
 */
export interface EcbHistory {
  /** ISO 4217 codes in column order, as in the file's header. */
  readonly currencies: readonly string[];
  /** The days that have a row, ascending, as day numbers (src/core/dates/dayNumber.ts). */
  readonly days: Int32Array;
  /**
   * Units of `currencies[c]` per 1 EUR on `days[d]`, as published, at `rates[d * currencies.length + c]`;
   * NaN where the file says N/A.
   */
  readonly rates: Float64Array;
  /**
   * Significant digits of each rate as written in the file (same index as `rates`; 0 for N/A): an inverse
   * or cross rate is rounded to the digits of its least precise leg.
   */
  readonly significantDigits: Uint8Array;
}
