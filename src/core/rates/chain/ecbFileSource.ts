/**
 * ECB euro reference rates from the ECB's own history file (an EcbHistory: imported by the user, or
 * bundled at build time), under the same rules as every source: a pair's published day is a row with a
 * rate for both currencies, a cross rate goes through EUR, and nothing further than
 * MAX_RATE_DISTANCE_DAYS from the date asked is used.
 */
import { isoDateFromDayNumber } from "../../dates/dayNumber";
import { msg, type MessageText } from "../../messages/text";
import type { EcbHistory } from "../ecbHistory";
import { notAvailable, weekdayText, type RateFound } from "../lookup";
import { roundToSignificant } from "../precision";
import { MAX_RATE_DISTANCE_DAYS, RULE_EXACT, RULE_NAMES, ruleStep } from "../rules";
import type { RateQuery, RateSource, SourceAnswer } from "./source";

/** This file has no rate for the query: the next source is asked. */
function passed(text: MessageText): SourceAnswer {
  return { kind: "passed", text };
}

const EUR = "EUR";

/** The citations of a rate from EUR or to it, and of a cross rate: the same words as `source`. */
const CITATION = msg("citation.ecbFile");
const CROSS_CITATION = msg("citation.ecbFileCross");

/** Row index of the last day <= `day` (-1 if none). */
function rowAtOrBefore(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** A history with its currency columns indexed: built once per file, never per look-up. */
interface IndexedHistory {
  history: EcbHistory;
  column: Map<string, number>;
  width: number;
}

function indexed(history: EcbHistory): IndexedHistory {
  const column = new Map(history.currencies.map((code, c) => [code, c]));
  return { history, column, width: history.currencies.length };
}

/** Whether the file has a column for both currencies (EUR is every row's base). */
function hasPair(file: IndexedHistory, from: string, to: string): boolean {
  return (from === EUR || file.column.has(from)) && (to === EUR || file.column.has(to));
}

/** Units per EUR and its digits in a row; EUR is 1 with no rounding of its own. */
function perEur(file: IndexedHistory, code: string, row: number): [number, number] {
  if (code === EUR) return [1, Infinity];
  const i = row * file.width + (file.column.get(code) as number);
  return [file.history.rates[i], file.history.significantDigits[i]];
}

function hasBoth(file: IndexedHistory, from: string, to: string, row: number): boolean {
  return !Number.isNaN(perEur(file, from, row)[0]) && !Number.isNaN(perEur(file, to, row)[0]);
}

/** The row a rule uses for the query, or -1: walks rows within reach of the day asked. */
function rowFor(file: IndexedHistory, q: RateQuery): number {
  const days = file.history.days;
  const step = ruleStep(q.rule);
  let row = rowAtOrBefore(days, q.day);
  if (step === 0)
    return row >= 0 && days[row] === q.day && hasBoth(file, q.from, q.to, row) ? row : -1;
  if (step === 1 && (row < 0 || days[row] < q.day)) row++;
  for (
    ;
    row >= 0 && row < days.length && Math.abs(days[row] - q.day) <= MAX_RATE_DISTANCE_DAYS;
    row += step
  ) {
    if (hasBoth(file, q.from, q.to, row)) return row;
  }
  return -1;
}

/** The rate of a row: a rate from EUR as published, any other derived and rounded to its least precise leg. */
function foundRate(file: IndexedHistory, q: RateQuery, row: number): RateFound {
  const [a, digitsA] = perEur(file, q.from, row);
  const [b, digitsB] = perEur(file, q.to, row);
  const digits = Math.min(digitsA, digitsB);
  const day = file.history.days[row];
  const fullRate = q.from === EUR ? b : b / a;
  const againstEur = q.from === EUR || q.to === EUR;
  return {
    ok: true,
    rate: q.from === EUR ? b : roundToSignificant(fullRate, digits),
    fullRate,
    digits,
    dateUsed: isoDateFromDayNumber(day),
    dayUsed: day,
    dayAsked: q.day,
    source: againstEur
      ? "ECB euro reference rate (ECB history file)"
      : "ECB euro reference rates (ECB history file, cross rate through EUR)",
    citation: againstEur ? CITATION : CROSS_CITATION,
    rule: RULE_NAMES[q.rule],
    retrieval: undefined,
    sourceName: "ECB file",
  };
}

/**
 * No row within reach: under "exact" on a day inside the file, the ECB published no rate that day (a
 * definite answer); otherwise the next source is asked.
 */
function noRowNear(file: IndexedHistory, q: RateQuery): SourceAnswer {
  const days = file.history.days;
  const pair = `${q.from}/${q.to}`;
  const day = { isoDate: isoDateFromDayNumber(q.day) };
  const inside = days.length > 0 && q.day >= days[0] && q.day <= days[days.length - 1];
  if (q.rule === RULE_EXACT && inside) {
    const text = msg("rates.ecbNoRateOn", { pair, day, weekday: weekdayText(q.day) });
    return { kind: "refused", error: notAvailable("no-rate", text) };
  }
  return passed(
    msg("rates.ecbFileNoRateNear", {
      pair,
      max: MAX_RATE_DISTANCE_DAYS,
      day,
      rule: RULE_NAMES[q.rule],
    })
  );
}

/** The newest day with a rate for both currencies, or NaN. */
function newestDay(file: IndexedHistory, from: string, to: string): number {
  if (!hasPair(file, from, to)) return NaN;
  const days = file.history.days;
  for (let row = days.length - 1; row >= 0; row--)
    if (hasBoth(file, from, to, row)) return days[row];
  return NaN;
}

/** The source over one history. */
export function ecbFileSource(history: EcbHistory): RateSource {
  const file = indexed(history);
  return {
    name: "ECB file",
    answer(q): SourceAnswer {
      if (!hasPair(file, q.from, q.to))
        return passed(msg("rates.ecbFileNoPair", { pair: `${q.from}/${q.to}` }));
      const row = rowFor(file, q);
      return row >= 0 ? foundRate(file, q, row) : noRowNear(file, q);
    },
    newestDay: (from, to) => newestDay(file, from, to),
  };
}
