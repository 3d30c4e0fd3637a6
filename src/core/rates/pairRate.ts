/**
 * The rate of a pair of the bundled table on a day both have a figure (a published day of the pair), as a
 * cell shows it and before rounding. Currencies are table indexes.
 */
import { ratioOfFigures } from "./packedDecimal";
import { roundToSignificant, significantDigitsOfText } from "./precision";
import { valueOn, type RateTable } from "./rateTable";

/** Whether both currencies read one series: a fixed-rate currency and its anchor, or two fixed to one. */
function isFixedPair(table: RateTable, from: number, to: number): boolean {
  return table.valueBase[from] === table.valueBase[to];
}

function hasOwnSeries(table: RateTable, currency: number): boolean {
  return table.pegAnchor[currency] < 0;
}

/** Digits of a legal fixed-rate factor (1 for a currency's own series: exact). */
function factorDigits(factor: number): number {
  return factor === 1 ? Infinity : significantDigitsOfText(factor);
}

/**
 * The significant digits a pair's rate carries: a currency against itself is exact (Infinity); a
 * fixed-rate currency against its anchor carries its legal factor's digits; any other pair the table's.
 */
export function rateDigits(table: RateTable, from: number, to: number): number {
  if (from === to) return Infinity;
  if (!isFixedPair(table, from, to)) return table.digits;
  return Math.min(factorDigits(table.multiplier[to]), factorDigits(table.multiplier[from]));
}

/** The figure of a currency with its own series on a day (packedDecimal.ts). */
function figureOn(table: RateTable, currency: number, day: number): number {
  return table.figures[table.valueBase[currency] + day];
}

/**
 * Units of `to` per one `from` before rounding: the legal factors' ratio between a fixed-rate currency
 * and its anchor (EUR to BGN is 1.95583 on every day), otherwise the ratio of the two figures (USD's is 1,
 * so a rate from USD is the figure as published).
 */
export function fullRate(table: RateTable, from: number, to: number, day: number): number {
  if (from === to) return 1;
  if (isFixedPair(table, from, to)) return table.multiplier[to] / table.multiplier[from];
  return valueOn(table, to, day) / valueOn(table, from, day);
}

/**
 * The rate a cell shows. Between two currencies with series of their own: the ratio of their figures,
 * rounded exactly (packedDecimal.ts), which for a rate from USD is the figure as published. With a
 * fixed-rate currency on either side the legal factor enters: the full rate rounded to the pair's digits.
 */
export function shownRate(table: RateTable, from: number, to: number, day: number): number {
  if (from === to) return 1;
  if (hasOwnSeries(table, from) && hasOwnSeries(table, to))
    return ratioOfFigures(figureOn(table, from, day), figureOn(table, to, day), table.digits);
  return roundToSignificant(fullRate(table, from, to, day), rateDigits(table, from, to));
}
