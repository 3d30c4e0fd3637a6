/**
 * Look-ups in the bundled rate table (rateTable.ts), under the rules of rules.ts.
 *
 * Every stored figure is units of a currency per one USD, as the asset's source publishes it: a rate from
 * USD is that decimal; any other rate (its inverse, a cross rate through USD, a fixed-rate currency through
 * its anchor) is derived and rounded to the digits of its least precise leg (pairRate.ts). A pair's
 * published day is a day on which both currencies have a figure. An answer is a TableRate (tableRate.ts).
 *
 * Expected failures are returned as values (RateError), never thrown, and no result holds NaN or Infinity.
 */

import { englishText, msg, type MessageText, type MessageValue } from "../messages/text";
import {
  isoDateFromDayNumber,
  isoDateToDayNumberOrNaN,
  parseIsoDate,
  weekdayName,
} from "../dates/dayNumber";
import type { SourceName } from "./chain/source";
import { shownRate } from "./pairRate";
import { SAME_CURRENCY, TableRate } from "./tableRate";
import { sameCurrencyCitation } from "./pairCitation";
import { PAIR_HAS_NO_COMMON_DAY, RateTable, currencyIndex, isoDateOf } from "./rateTable";
import {
  MAX_RATE_DISTANCE_DAYS,
  RULE_NAMES,
  parseRule,
  ruleStep,
  type RateRule,
  type RuleCode,
} from "./rules";

export { SAME_CURRENCY } from "./tableRate";
export {
  MAX_RATE_DISTANCE_DAYS,
  RULE_EXACT,
  RULE_NAMES,
  RULE_NEXT,
  RULE_PREVIOUS,
  parseRule,
  type RateRule,
  type RuleCode,
} from "./rules";

/** A date as the rate functions take it: a day number (days since 1970-01-01) or ISO text. */
export type DateInput = number | string;

export type RateErrorCode =
  | "unknown-currency"
  | "bad-date"
  | "bad-rule"
  | "bad-amount"
  | "out-of-range"
  | "no-rate"
  | "stale";

/**
 * Why there is no rate, as a value. Its words are data (`text`), written in English only when `message` is
 * read: a column of cells whose dates are past the data must not pay for sentences nobody reads.
 */
export class RateError {
  readonly ok = false;
  constructor(
    readonly code: RateErrorCode,
    /** "value": the input is wrong (Excel #VALUE!); "notAvailable": well-formed but no such rate (#N/A). */
    readonly kind: "value" | "notAvailable",
    /** For a cell to show it in the active language (src/core/messages). */
    readonly text: MessageText
  ) {}

  /** In English, for the pane and the logs. */
  get message(): string {
    return englishText(this.text);
  }
}

export interface RateFound {
  ok: true;
  /** Units of `to` per one `from`, as published or rounded to `digits` significant digits. */
  rate: number;
  /**
   * The same rate before rounding (a full-precision conversion uses it): the published decimal for a rate
   * the source publishes, the exact ratio of its published legs for a derived one.
   */
  fullRate: number;
  /** Significant digits the rate carries (the published figure's, or its least precise leg's). */
  digits: number;
  /** The day whose rate was used, YYYY-MM-DD, and its day number; and the day asked. */
  dateUsed: string;
  dayUsed: number;
  dayAsked: number;
  /** Where the rate comes from, in words, for the Sources sheet. */
  source: string;
  /**
   * The same as a message, for a Sources sheet in another language: its English is `source` word for word.
   * Made when read where the answer is made per cell (a table's answer, a pin's).
   */
  citation: MessageText;
  rule: RateRule;
  /** How the source had it, for the Sources sheet (e.g. "live", "cached, fetched 2026-12-01"); not pinned. */
  retrieval?: string;
  /** `retrieval` as a message. */
  retrievalText?: MessageText;
  /** The short name of the source that answered (pinned, ECB live, ECB file, bundled, same currency). */
  sourceName?: SourceName | typeof SAME_CURRENCY;
  /** Why a more trusted source could not be used (it failed), if one could not; set by the chain. */
  fallback?: string;
}

export interface ConversionFound extends RateFound {
  /** amount * rate */
  value: number;
}

export type RateResult = RateFound | RateError;
export type ConversionResult = ConversionFound | RateError;

/** A message given as English text only is carried as it is (the template "{message}"). */
const asText = (message: string | MessageText): MessageText =>
  typeof message === "string" ? msg("rates.engine", { message }) : message;

export function valueError(code: RateErrorCode, message: string | MessageText): RateError {
  return new RateError(code, "value", asText(message));
}

export function notAvailable(code: RateErrorCode, message: string | MessageText): RateError {
  return new RateError(code, "notAvailable", asText(message));
}

/**
 * A day number from a date input: whole days of a number, or strict ISO text. The refusals are built in
 * functions of their own, here and below: what runs for every cell stays small enough for the engine to
 * inline into its caller.
 */
export function readDateInput(date: unknown): number | RateError {
  if (typeof date === "number" && Number.isFinite(date)) {
    const day = Math.floor(date);
    return day >= FIRST_CALENDAR_DAY && day <= LAST_CALENDAR_DAY ? day : dayOutOfCalendar();
  }
  if (typeof date !== "string") return valueError("bad-date", msg("rates.dateCellOrIso"));
  // Text as a date cell's text arrives needs no trimming (trimming costs more than the parse).
  const day = isoDateToDayNumberOrNaN(date);
  return day === day ? day : readTrimmedDate(date);
}

function dayOutOfCalendar(): RateError {
  return valueError(
    "bad-date",
    msg("rates.dateBetween", { first: { isoDate: "0001-01-01" }, last: { isoDate: "9999-12-31" } })
  );
}

function readTrimmedDate(date: string): number | RateError {
  const parsed = parseIsoDate(date.trim());
  if (parsed.ok) return parsed.dayNumber;
  return valueError("bad-date", parsed.text);
}

/** The table index of a currency code, or -1 (then unknownCurrency says why). */
function currencyIndexOf(table: RateTable, code: unknown): number {
  return typeof code === "string" ? currencyIndex(table, code) : -1;
}

function unknownCurrency(table: RateTable, code: unknown): RateError {
  const codes = [...table.codes].sort().join(", ");
  return valueError(
    "unknown-currency",
    typeof code === "string"
      ? msg("rates.unknownCurrency", {
          code: code.length > 12 ? code.slice(0, 12) + "..." : code,
          codes,
        })
      : msg("rates.notACurrency", { codes })
  );
}

/** The pair's slot in the table's per-pair arrays. */
function pairSlot(table: RateTable, from: number, to: number): number {
  return from * table.codes.length + to;
}

/** First and last common published day of a pair, or PAIR_HAS_NO_COMMON_DAY in both. */
export function pairRange(
  table: RateTable,
  from: number,
  to: number
): { firstDay: number; lastDay: number } {
  const slot = pairSlot(table, from, to);
  return { firstDay: table.pairFirstDay[slot], lastDay: table.pairLastDay[slot] };
}

/**
 * The nearest published day of the pair (a day on which both currencies have a figure) from `day` in
 * `step` direction, within `reach` days; or NaN. Both figures of a day are read before either is tested:
 * the two reads then wait on memory together, not one after the other.
 */
function nearestPublishedDay(
  table: RateTable,
  from: number,
  to: number,
  day: number,
  step: -1 | 0 | 1,
  reach: number
): number {
  const slot = pairSlot(table, from, to);
  const firstDay = table.pairFirstDay[slot];
  const lastDay = table.pairLastDay[slot];
  const figures = table.figures;
  const fromBase = table.valueBase[from];
  const toBase = table.valueBase[to];
  for (let k = 0; k <= reach; k++) {
    const d = day + k * step;
    // Both there: neither is NO_FIGURE (-1), the only negative figure.
    if (d >= firstDay && d <= lastDay && (figures[fromBase + d] | figures[toBase + d]) >= 0)
      return d;
    if (step === 0) break;
  }
  return NaN;
}

function pairLabel(table: RateTable, from: number, to: number): string {
  return `${table.codes[from]}/${table.codes[to]}`;
}

/** Day numbers of 0001-01-01 and 9999-12-31: the dates ISO text can name. */
const FIRST_CALENDAR_DAY = -719162;
const LAST_CALENDAR_DAY = 2932896;

function describeDay(day: number): string {
  return day >= FIRST_CALENDAR_DAY && day <= LAST_CALENDAR_DAY
    ? isoDateFromDayNumber(day)
    : `Day ${day}`;
}

/** A day in a message: its date, or its number where no date names it. */
function dayText(day: number): MessageValue {
  return day >= FIRST_CALENDAR_DAY && day <= LAST_CALENDAR_DAY
    ? { isoDate: isoDateFromDayNumber(day) }
    : msg("rates.dayNumber", { day });
}

/** "a Saturday", in a message. */
export function weekdayText(day: number): MessageText {
  return msg(`weekday.${weekdayName(day) as "Monday"}`);
}

/**
 * Why no rate of the pair is within reach of the day asked, with the nearest there is: one message per
 * case (no common day, exact on a day without a rate, outside the data, too far), each built where its
 * case is decided.
 */
function noRateNear(
  table: RateTable,
  from: number,
  to: number,
  day: number,
  rule: RuleCode
): RateError {
  const { firstDay, lastDay } = pairRange(table, from, to);
  const pair = pairLabel(table, from, to);
  if (firstDay === PAIR_HAS_NO_COMMON_DAY) {
    return notAvailable(
      "out-of-range",
      msg("rates.noCommonDay", { from: table.codes[from], to: table.codes[to] })
    );
  }
  const range = msg("rates.bundledRange", {
    pair,
    first: { isoDate: isoDateOf(table, firstDay) },
    last: { isoDate: isoDateOf(table, lastDay) },
  });
  const step = ruleStep(rule);
  if (step === 0 && day >= firstDay && day <= lastDay) {
    const before = nearestPublishedDay(table, from, to, day, -1, day - firstDay);
    const after = nearestPublishedDay(table, from, to, day, 1, lastDay - day);
    return notAvailable(
      "no-rate",
      msg("rates.noBundledRateOn", {
        pair,
        day: { isoDate: isoDateOf(table, day) },
        weekday: weekdayText(day),
        before: { isoDate: isoDateOf(table, before) },
        after: { isoDate: isoDateOf(table, after) },
      })
    );
  }
  const nearest = step <= 0 ? Math.min(day, lastDay) : Math.max(day, firstDay);
  const outside = (step <= 0 && day < firstDay) || (step >= 0 && day > lastDay);
  if (outside || step === 0) {
    return notAvailable("out-of-range", msg("rates.outsideBundled", { day: dayText(day), range }));
  }
  const found = nearestPublishedDay(table, from, to, nearest, step, Math.abs(lastDay - firstDay));
  const gap = Math.abs(found - day);
  return notAvailable(
    "stale",
    msg("rates.staleBundled", {
      pair,
      day: dayText(day),
      rule: RULE_NAMES[rule],
      found: { isoDate: isoDateOf(table, found) },
      gap,
      max: MAX_RATE_DISTANCE_DAYS,
      range,
    })
  );
}

/**
 * `amount` of currency `from` in `to` on the day a rule picks (both as table indexes), with the rate used
 * and where it comes from; or why there is none. A look-up is the conversion of one unit.
 */
function lookUp(
  table: RateTable,
  amount: number,
  from: number,
  to: number,
  dayAsked: number,
  rule: RuleCode
): ConversionResult {
  const day =
    from === to
      ? dayAsked
      : nearestPublishedDay(table, from, to, dayAsked, ruleStep(rule), MAX_RATE_DISTANCE_DAYS);
  if (day !== day) return noRateNear(table, from, to, dayAsked, rule);
  const rate = shownRate(table, from, to, day);
  const value = amount * rate;
  if (!Number.isFinite(value)) return valueError("bad-amount", msg("rates.tooLarge", { amount }));
  return new TableRate(table, pairSlot(table, from, to), day, dayAsked, rule, rate, amount);
}

/** A currency against itself: 1 on any day, whatever data there is. */
export function sameCurrency(code: string, day: number, rule: RuleCode): RateFound {
  return {
    ok: true,
    rate: 1,
    fullRate: 1,
    digits: Infinity,
    dateUsed: describeDay(day),
    dayUsed: day,
    dayAsked: day,
    source: `Same currency: 1 ${code} = 1 ${code}`,
    citation: sameCurrencyCitation(code),
    rule: RULE_NAMES[rule],
    retrieval: undefined,
    sourceName: SAME_CURRENCY,
  };
}

/**
 * The rate (units of `to` per one `from`) that applies on a date under a rule, with the day actually used
 * and the source. `date` is a day number or `YYYY-MM-DD` text. The answer is that of converting one unit
 * (its `value` is the rate).
 */
export function rateOn(
  table: RateTable,
  from: string,
  to: string,
  date: DateInput,
  rule?: RateRule | string | null
): RateResult {
  return convert(table, 1, from, to, date, rule);
}

/** `amount` of `from` in `to`: amount × the rate `rateOn` gives (the rate a cell's DESK.RATE shows). */
export function convert(
  table: RateTable,
  amount: number,
  from: string,
  to: string,
  date: DateInput,
  rule?: RateRule | string | null
): ConversionResult {
  if (typeof amount !== "number" || !Number.isFinite(amount)) return notAnAmount(amount);
  const fromIndex = currencyIndexOf(table, from);
  if (fromIndex < 0) return unknownCurrency(table, from);
  const toIndex = currencyIndexOf(table, to);
  if (toIndex < 0) return unknownCurrency(table, to);
  const ruleCode = parseRule(rule);
  if (ruleCode === -1) return valueError("bad-rule", msg("rates.ruleHint"));
  const day = readDateInput(date);
  if (typeof day !== "number") return day;
  return lookUp(table, amount, fromIndex, toIndex, day, ruleCode);
}

/** The rate on a day number under a rule already read: what the rate chain's bundled source asks. */
export function rateOnDay(
  table: RateTable,
  from: string,
  to: string,
  day: number,
  rule: RuleCode
): RateResult {
  const fromIndex = currencyIndexOf(table, from);
  if (fromIndex < 0) return unknownCurrency(table, from);
  const toIndex = currencyIndexOf(table, to);
  if (toIndex < 0) return unknownCurrency(table, to);
  return lookUp(table, 1, fromIndex, toIndex, day, rule);
}

function notAnAmount(amount: unknown): RateError {
  return valueError(
    "bad-amount",
    msg("input.notFinite", { name: msg("arg.amount"), got: String(amount) })
  );
}

/**
 * `found` citing another source text and its citation (the same words as a message), built field by field
 * (an object spread costs more here).
 */
export function withSource(found: RateFound, source: string, citation: MessageText): RateFound {
  return {
    ok: true,
    rate: found.rate,
    fullRate: found.fullRate,
    digits: found.digits,
    dateUsed: found.dateUsed,
    dayUsed: found.dayUsed,
    dayAsked: found.dayAsked,
    source,
    citation,
    rule: found.rule,
    retrieval: found.retrieval,
    retrievalText: found.retrievalText,
    sourceName: found.sourceName,
    fallback: found.fallback,
  };
}

/** The newest day with a rate for the pair in the table, or NaN when it has none. */
export function newestPairDay(table: RateTable, from: string, to: string): number {
  const a = currencyIndex(table, from);
  const b = currencyIndex(table, to);
  if (a < 0 || b < 0) return NaN;
  const { lastDay } = pairRange(table, a, b);
  return lastDay === PAIR_HAS_NO_COMMON_DAY ? NaN : lastDay;
}
