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

/**
 * The source over one history. Longer than 60 lines as a whole on purpose: it is one closure over the
 * file's column index, made of small named helpers (perEur, hasBoth, rowFor, found, newestDay) of a few
 * lines each, so that the index is built once per file and never per look-up.
 */
export function ecbFileSource(history: EcbHistory): RateSource {
  const column = new Map(history.currencies.map((code, c) => [code, c]));
  const width = history.currencies.length;

  /** Units per EUR and its digits in a row; EUR is 1 with no rounding of its own. */
  const perEur = (code: string, row: number): [number, number] => {
    if (code === EUR) return [1, Infinity];
    const i = row * width + (column.get(code) as number);
    return [history.rates[i], history.significantDigits[i]];
  };
  const hasBoth = (q: RateQuery, row: number) =>
    !Number.isNaN(perEur(q.from, row)[0]) && !Number.isNaN(perEur(q.to, row)[0]);

  /** The row a rule uses for the query, or -1: walks rows within reach of the day asked. */
  const rowFor = (q: RateQuery): number => {
    const days = history.days;
    const step = ruleStep(q.rule);
    let row = rowAtOrBefore(days, q.day);
    if (step === 0) return row >= 0 && days[row] === q.day && hasBoth(q, row) ? row : -1;
    if (step === 1 && (row < 0 || days[row] < q.day)) row++;
    for (
      ;
      row >= 0 && row < days.length && Math.abs(days[row] - q.day) <= MAX_RATE_DISTANCE_DAYS;
      row += step
    ) {
      if (hasBoth(q, row)) return row;
    }
    return -1;
  };

  const found = (q: RateQuery, row: number): RateFound => {
    const [a, digitsA] = perEur(q.from, row);
    const [b, digitsB] = perEur(q.to, row);
    const digits = Math.min(digitsA, digitsB);
    const day = history.days[row];
    const fullRate = q.from === EUR ? b : b / a;
    const againstEur = q.from === EUR || q.to === EUR;
    return {
      ok: true,
      // A rate from EUR is the published figure; any other is derived and rounded to its least precise leg.
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
  };

  const newestDay = (from: string, to: string): number => {
    if ((from !== EUR && !column.has(from)) || (to !== EUR && !column.has(to))) return NaN;
    const q = { from, to, day: 0, latest: false, rule: 0 as const };
    for (let row = history.days.length - 1; row >= 0; row--)
      if (hasBoth(q, row)) return history.days[row];
    return NaN;
  };

  return {
    name: "ECB file",
    answer(q): SourceAnswer {
      if ((q.from !== EUR && !column.has(q.from)) || (q.to !== EUR && !column.has(q.to))) {
        return passed(msg("rates.ecbFileNoPair", { pair: `${q.from}/${q.to}` }));
      }
      const row = rowFor(q);
      if (row >= 0) return found(q, row);
      const days = history.days;
      const inside = days.length > 0 && q.day >= days[0] && q.day <= days[days.length - 1];
      if (q.rule === RULE_EXACT && inside) {
        return {
          kind: "refused",
          error: notAvailable(
            "no-rate",
            msg("rates.ecbNoRateOn", {
              pair: `${q.from}/${q.to}`,
              day: { isoDate: isoDateFromDayNumber(q.day) },
              weekday: weekdayText(q.day),
            })
          ),
        };
      }
      return passed(
        msg("rates.ecbFileNoRateNear", {
          pair: `${q.from}/${q.to}`,
          max: MAX_RATE_DISTANCE_DAYS,
          day: { isoDate: isoDateFromDayNumber(q.day) },
          rule: RULE_NAMES[q.rule],
        })
      );
    },
    newestDay,
  };
}
