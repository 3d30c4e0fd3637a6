/**
 * Rate look-up rules.
 *
 * Every stored value is units of a currency per one USD, so a rate between two currencies is their ratio
 * on one day (a cross rate through USD). A pair's published day is a day on which both currencies have a
 * value; for a pair with USD that is simply a day with a value for the other currency. The rules for a
 * day that is not a published day (weekend, holiday, source gap):
 *   previous (default): the last published day before it;  next: the first after it;  exact: no rate.
 * A date before the pair's first or after its last published day is outside the data: the answer is an
 * error that gives the range, never a stale rate carried forward.
 * A currency converted to itself is 1 on any day within that currency's data.
 * No date means the pair's latest published day.
 *
 * Expected failures are returned as values (see RateError), never thrown, and no result holds NaN or
 * Infinity. `findRateDay` and `rateOnPublishedDay` are the allocation-free core for callers that resolve
 * the currencies once and look up many days.
 */

import {
  isoDateFromDayNumber,
  isoDateToDayNumberOrNaN,
  parseIsoDate,
  weekdayName,
} from "../dates/dayNumber";
import {
  PAIR_HAS_NO_COMMON_DAY,
  PAIR_NOT_COMPUTED,
  RateTable,
  computePairRange,
  currencyIndex,
  isoDateOf,
  pairSourceText,
  letterSlot,
} from "./rateTable";

export type RateRule = "previous" | "next" | "exact";

export const RULE_PREVIOUS = 0;
export const RULE_NEXT = 1;
export const RULE_EXACT = 2;
export type RuleCode = typeof RULE_PREVIOUS | typeof RULE_NEXT | typeof RULE_EXACT;
/** The rules by their codes (RULE_PREVIOUS...). */
export const RULE_NAMES: readonly RateRule[] = ["previous", "next", "exact"];

/** A date as the rate functions take it: a day number (days since 1970-01-01), ISO text, or none (latest). */
export type DateInput = number | string | null | undefined;

export type RateErrorCode =
  "unknown-currency" | "bad-date" | "bad-rule" | "bad-amount" | "out-of-range" | "no-rate";

export interface RateError {
  ok: false;
  code: RateErrorCode;
  /** "value": the input is wrong (Excel #VALUE!); "notAvailable": well-formed but no such rate (#N/A). */
  kind: "value" | "notAvailable";
  message: string;
}

export interface RateFound {
  ok: true;
  /** Units of `to` per one `from`. */
  rate: number;
  /** The day whose rate was used, YYYY-MM-DD, and its day number. */
  dateUsed: string;
  dayUsed: number;
  source: string;
  rule: RateRule;
}

export interface ConversionFound extends RateFound {
  /** amount * rate */
  value: number;
}

export type RateResult = RateFound | RateError;
export type ConversionResult = ConversionFound | RateError;

/** findRateDay's answer when the rule finds no day (only `exact` can). */
export const NO_RATE_DAY = -2147483648;

const RULE_HINT =
  'The rule must be "previous" (the last published rate before a day without one), "next" or "exact".';

function valueError(code: RateErrorCode, message: string): RateError {
  return { ok: false, code, kind: "value", message };
}

function notAvailable(code: RateErrorCode, message: string): RateError {
  return { ok: false, code, kind: "notAvailable", message };
}

/** "previous" when omitted; case and surrounding spaces do not matter; -1 for anything else. */
export function parseRule(rule: unknown): RuleCode | -1 {
  if (rule === undefined || rule === null || rule === "") return RULE_PREVIOUS;
  if (typeof rule !== "string") return -1;
  switch (rule) {
    case "previous":
      return RULE_PREVIOUS;
    case "next":
      return RULE_NEXT;
    case "exact":
      return RULE_EXACT;
  }
  const index = RULE_NAMES.indexOf(rule.trim().toLowerCase() as RateRule);
  return index < 0 ? -1 : (index as RuleCode);
}

/** First and last common published day of a pair, or PAIR_HAS_NO_COMMON_DAY in both. */
export function pairRange(
  table: RateTable,
  from: number,
  to: number
): { firstDay: number; lastDay: number } {
  const slot = from * table.codes.length + to;
  if (table.pairFirstDay[slot] === PAIR_NOT_COMPUTED) computePairRange(table, from, to);
  return { firstDay: table.pairFirstDay[slot], lastDay: table.pairLastDay[slot] };
}

function pairFirst(table: RateTable, slot: number, from: number, to: number): number {
  if (table.pairFirstDay[slot] === PAIR_NOT_COMPUTED) computePairRange(table, from, to);
  return table.pairFirstDay[slot];
}

/**
 * The day whose rate a rule uses for `dayNumber`, which must lie within the pair's range (see pairRange);
 * NO_RATE_DAY when `exact` finds nothing. No allocation.
 */
export function findRateDay(
  table: RateTable,
  from: number,
  to: number,
  dayNumber: number,
  rule: RuleCode
): number {
  if (from === to) return dayNumber;
  const values = table.values;
  const baseFrom = table.valueBase[from];
  const baseTo = table.valueBase[to];
  let day = dayNumber;
  // Within the pair's range the walk always ends: its first and last days are common published days.
  if (rule === RULE_PREVIOUS) {
    while (!(
      values[baseFrom + day] === values[baseFrom + day] &&
      values[baseTo + day] === values[baseTo + day]
    ))
      day--;
    return day;
  }
  if (rule === RULE_NEXT) {
    while (!(
      values[baseFrom + day] === values[baseFrom + day] &&
      values[baseTo + day] === values[baseTo + day]
    ))
      day++;
    return day;
  }
  return values[baseFrom + day] === values[baseFrom + day] &&
    values[baseTo + day] === values[baseTo + day]
    ? day
    : NO_RATE_DAY;
}

/** Units of `to` per one `from` on a common published day of the pair. No allocation. */
export function rateOnPublishedDay(
  table: RateTable,
  from: number,
  to: number,
  dayNumber: number
): number {
  if (from === to) return 1;
  const values = table.values;
  const rate = values[table.valueBase[to] + dayNumber] / values[table.valueBase[from] + dayNumber];
  const multiplierTo = table.multiplier[to];
  const multiplierFrom = table.multiplier[from];
  // Only fixed-rate currencies (BGN...) have a multiplier other than 1.
  return multiplierTo === multiplierFrom ? rate : rate * (multiplierTo / multiplierFrom);
}

function resolveDay(date: DateInput): number | RateError {
  if (typeof date === "number") {
    if (!Number.isFinite(date))
      return valueError(
        "bad-date",
        "A date must be a finite day number, a date cell or text YYYY-MM-DD."
      );
    return Math.floor(date);
  }
  if (typeof date === "string") {
    const dayNumber = isoDateToDayNumberOrNaN(date);
    if (dayNumber === dayNumber) return dayNumber;
    const parsed = parseIsoDate(date);
    return valueError("bad-date", parsed.ok ? "Unreadable date." : parsed.message);
  }
  return valueError("bad-date", "A date must be a date cell or text YYYY-MM-DD, e.g. 2021-03-09.");
}

/** Index of an upper-case three-letter code, or -1 (then resolveCurrency says why, or normalizes). */
function letterIndex(table: RateTable, code: string): number {
  const slot = letterSlot(code);
  return slot < 0 ? -1 : table.indexByLetters[slot] - 1;
}

function resolveCurrency(table: RateTable, code: unknown): number | RateError {
  const index = typeof code === "string" ? currencyIndex(table, code) : -1;
  if (index >= 0) return index;
  const shown =
    typeof code === "string"
      ? `"${code.length > 12 ? code.slice(0, 12) + "..." : code}"`
      : "This value";
  return valueError(
    "unknown-currency",
    `${shown} is not a currency with bundled rates. Use an ISO code: ${[...table.codes].sort().join(", ")}.`
  );
}

function pairLabel(table: RateTable, from: number, to: number): string {
  return `${table.codes[from]}/${table.codes[to]}`;
}

function rangeText(table: RateTable, index: number): string {
  return `${table.codes[index]} ${isoDateFromDayNumber(table.firstDay[index])} to ${isoDateFromDayNumber(table.lastDay[index])}`;
}

// The messages of the failures, kept out of `locate` so that its hot path stays small enough to inline.

function noCommonDay(table: RateTable, from: number, to: number): RateError {
  return notAvailable(
    "out-of-range",
    `No day has rates for both ${table.codes[from]} and ${table.codes[to]} ` +
      `(${rangeText(table, from)}; ${rangeText(table, to)}).`
  );
}

function outsideData(
  table: RateTable,
  from: number,
  to: number,
  day: number,
  first: number,
  last: number
): RateError {
  const what = from === to ? `${table.codes[from]} data` : `the ${pairLabel(table, from, to)} data`;
  return notAvailable(
    "out-of-range",
    `${describeDay(day)} is outside the bundled rates: ${what} runs from ${isoDateOf(table, first)} to ${isoDateOf(table, last)}.`
  );
}

function noRateThatDay(table: RateTable, from: number, to: number, day: number): RateError {
  const before = findRateDay(table, from, to, day, RULE_PREVIOUS);
  const after = findRateDay(table, from, to, day, RULE_NEXT);
  return notAvailable(
    "no-rate",
    `No ${pairLabel(table, from, to)} rate was published on ${isoDateOf(table, day)} (a ${weekdayName(day)}); ` +
      `the nearest are ${isoDateOf(table, before)} (rule "previous") and ${isoDateOf(table, after)} (rule "next").`
  );
}

/** Where a successful look-up landed; filled by `locate` (JavaScript runs one look-up at a time). */
const located = { from: 0, to: 0, day: 0, rule: RULE_PREVIOUS as RuleCode };

/** Resolves currencies, rule and date and applies the rule; the answer is in `located` when null is returned. */
function locate(
  table: RateTable,
  from: unknown,
  to: unknown,
  date: DateInput,
  rule: unknown
): RateError | null {
  // Fast paths first (upper-case codes, the default rule, ISO text or a day number): this runs per cell.
  let fromIndex = typeof from === "string" ? letterIndex(table, from) : -1;
  if (fromIndex < 0) {
    const resolved = resolveCurrency(table, from);
    if (typeof resolved !== "number") return resolved;
    fromIndex = resolved;
  }
  let toIndex = typeof to === "string" ? letterIndex(table, to) : -1;
  if (toIndex < 0) {
    const resolved = resolveCurrency(table, to);
    if (typeof resolved !== "number") return resolved;
    toIndex = resolved;
  }
  const ruleCode = rule === "previous" ? RULE_PREVIOUS : parseRule(rule);
  if (ruleCode === -1) return valueError("bad-rule", RULE_HINT);

  const slot = fromIndex * table.codes.length + toIndex;
  const first = pairFirst(table, slot, fromIndex, toIndex);
  if (first === PAIR_HAS_NO_COMMON_DAY) return noCommonDay(table, fromIndex, toIndex);
  const last = table.pairLastDay[slot];

  let day: number;
  if (typeof date === "string" && date.length === 10) {
    day = isoDateToDayNumberOrNaN(date);
    if (day !== day) return resolveDay(date) as RateError;
  } else if (date === undefined || date === null || date === "") {
    day = last;
  } else {
    const resolved = resolveDay(date);
    if (typeof resolved !== "number") return resolved;
    day = resolved;
  }
  if (day < first || day > last) return outsideData(table, fromIndex, toIndex, day, first, last);

  const used = findRateDay(table, fromIndex, toIndex, day, ruleCode);
  if (used === NO_RATE_DAY) return noRateThatDay(table, fromIndex, toIndex, day);
  located.from = fromIndex;
  located.to = toIndex;
  located.day = used;
  located.rule = ruleCode;
  return null;
}

/**
 * The rate (units of `to` per one `from`) that applies on a date under a rule, with the day actually used
 * and the source. `date` is a day number, `YYYY-MM-DD` text, or omitted for the latest rate.
 */
export function rateOn(
  table: RateTable,
  from: string,
  to: string,
  date?: DateInput,
  rule?: RateRule | string | null
): RateResult {
  const error = locate(table, from, to, date, rule);
  if (error !== null) return error;
  return {
    ok: true,
    rate: rateOnPublishedDay(table, located.from, located.to, located.day),
    dateUsed: isoDateOf(table, located.day),
    dayUsed: located.day,
    source: pairSourceText(table, located.from, located.to),
    rule: RULE_NAMES[located.rule],
  };
}

function describeDay(day: number): string {
  return day >= -719162 && day <= 2932896 ? isoDateFromDayNumber(day) : `Day ${day}`;
}

/** `amount` of `from` in `to` at the rate `rateOn` finds; the result carries the rate and day used. */
export function convert(
  table: RateTable,
  amount: number,
  from: string,
  to: string,
  date?: DateInput,
  rule?: RateRule | string | null
): ConversionResult {
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    return valueError("bad-amount", "The amount must be a number.");
  }
  const error = locate(table, from, to, date, rule);
  if (error !== null) return error;
  const rate = rateOnPublishedDay(table, located.from, located.to, located.day);
  const value = amount * rate;
  if (!Number.isFinite(value)) {
    return valueError(
      "bad-amount",
      `${amount} ${table.codes[located.from]} in ${table.codes[located.to]} is too large for a number.`
    );
  }
  return {
    ok: true,
    value,
    rate,
    dateUsed: isoDateOf(table, located.day),
    dayUsed: located.day,
    source: pairSourceText(table, located.from, located.to),
    rule: RULE_NAMES[located.rule],
  };
}

/**
 * `convert` for callers that only need the number (a cell showing the converted amount): the same rules
 * and errors, without building the result record.
 *
 * The case of nearly every call is answered here, in one function that the engine compiles as a whole
 * (split into smaller functions it took about a tenth longer in the bench): upper-case codes, the default
 * rule, a date as ISO text or a whole day number inside the pair's data, a pair looked at before, a
 * finite result. Anything else goes to `convertChecked`, which gives the same answers for these inputs
 * and the reasons for all others.
 */
export function convertAmount(
  table: RateTable,
  amount: number,
  from: string,
  to: string,
  date?: DateInput,
  rule?: RateRule | string | null
): number | RateError {
  if (
    typeof amount !== "number" ||
    typeof from !== "string" ||
    typeof to !== "string" ||
    !(rule === undefined || rule === null || rule === "previous")
  )
    return convertChecked(table, amount, from, to, date, rule);
  const fromIndex = letterIndex(table, from);
  const toIndex = letterIndex(table, to);
  let day = NaN;
  if (typeof date === "string") day = isoDateToDayNumberOrNaN(date);
  else if (typeof date === "number") day = date;
  const slot = fromIndex * table.codes.length + toIndex;
  // An unknown pair holds PAIR_NOT_COMPUTED in both (no day is <= it); one without common days holds
  // PAIR_HAS_NO_COMMON_DAY in both (no day is >= it); NaN and fractions fail the comparisons or the floor.
  if (
    fromIndex < 0 ||
    toIndex < 0 ||
    !(day >= table.pairFirstDay[slot] && day <= table.pairLastDay[slot] && day === Math.floor(day))
  )
    return convertChecked(table, amount, from, to, date, rule);
  let value = amount;
  if (fromIndex !== toIndex) {
    const values = table.values;
    const baseFrom = table.valueBase[fromIndex];
    const baseTo = table.valueBase[toIndex];
    let valueFrom = values[baseFrom + day];
    let valueTo = values[baseTo + day];
    // The rule "previous": the pair's first day is a common published day, so the walk ends.
    while (!(valueFrom === valueFrom && valueTo === valueTo)) {
      day--;
      valueFrom = values[baseFrom + day];
      valueTo = values[baseTo + day];
    }
    // As rateOnPublishedDay computes it, to the last bit.
    const multiplierTo = table.multiplier[toIndex];
    const multiplierFrom = table.multiplier[fromIndex];
    const rate = valueTo / valueFrom;
    value =
      amount * (multiplierTo === multiplierFrom ? rate : rate * (multiplierTo / multiplierFrom));
  }
  // Finite: NaN and the infinities give NaN here.
  return value - value === 0 ? value : convertChecked(table, amount, from, to, date, rule);
}

function convertChecked(
  table: RateTable,
  amount: number,
  from: string,
  to: string,
  date?: DateInput,
  rule?: RateRule | string | null
): number | RateError {
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    return valueError("bad-amount", "The amount must be a number.");
  }
  const error = locate(table, from, to, date, rule);
  if (error !== null) return error;
  const value = amount * rateOnPublishedDay(table, located.from, located.to, located.day);
  if (!Number.isFinite(value)) {
    return valueError(
      "bad-amount",
      `${amount} ${table.codes[located.from]} in ${table.codes[located.to]} is too large for a number.`
    );
  }
  return value;
}
