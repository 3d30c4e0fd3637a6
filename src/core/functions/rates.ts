/**
 * DESK.CONVERT, DESK.RATE and DESK.RATEINFO for one cell each. Arguments are read as a cell passes them
 * (date serials in the workbook's date system, or ISO text), the rate comes from a `RateLookup`, and every
 * rate used is recorded for the Sources sheet.
 */
import {
  dateInputToDayNumber,
  dayNumberToSerial,
  isoDateFromDayNumber,
} from "../dates/excelSerial";
import { DeskError, badValue } from "../deskError";
import type { RateResult } from "../rates";
import { usageLog } from "../usage/usageLog";
import { workbookDateSystem } from "./dateSystem";
import { describeCell, isEmpty, readNumber } from "./inputs";

/** Finds the rate for a pair on a day number (null: the latest) under a rule (null: "previous"). */
export type RateLookup = (
  from: string,
  to: string,
  dayNumber: number | null,
  rule: string | null
) => RateResult;

const CODE_HINT = "an ISO 4217 currency code such as EUR, USD or COP";

function readCode(v: unknown, name: string): string | DeskError {
  if (typeof v === "string" && /^\s*[A-Za-z]{3}\s*$/.test(v)) return v.trim().toUpperCase();
  return badValue(
    `${name} must be ${CODE_HINT}; got ${isEmpty(v) ? "an empty cell" : describeCell(v)}.`
  );
}

function readDay(v: unknown): number | null | DeskError {
  if (isEmpty(v)) return null;
  const day = dateInputToDayNumber(v, workbookDateSystem());
  return day.ok ? day.dayNumber : badValue(`date: ${day.message}`);
}

function readRule(v: unknown): string | null | DeskError {
  if (isEmpty(v)) return null;
  if (typeof v === "string") return v;
  return badValue(`rule must be "previous", "next" or "exact"; got ${describeCell(v)}.`);
}

/** The rate for the arguments of one cell, recorded as used; a DeskError for bad input or no rate. */
function findRate(
  lookup: RateLookup,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown
) {
  const from = readCode(fromCell, "from");
  if (from instanceof DeskError) return from;
  const to = readCode(toCell, "to");
  if (to instanceof DeskError) return to;
  const day = readDay(dateCell);
  if (day instanceof DeskError) return day;
  const rule = readRule(ruleCell);
  if (rule instanceof DeskError) return rule;
  const found = lookup(from, to, day, rule);
  if (!found.ok) return new DeskError(found.kind, found.message);
  usageLog.recordRate({
    from,
    to,
    dateAsked: day === null ? "latest" : isoDateFromDayNumber(day),
    dateUsed: found.dateUsed,
    rule: found.rule,
    rate: found.rate,
    source: found.source,
  });
  return found;
}

export function convertCell(
  lookup: RateLookup,
  amountCell: unknown,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown
): number | string | DeskError {
  // Blank in, blank out: a column of amounts with gaps spills with the same gaps.
  if (isEmpty(amountCell)) return "";
  const amount = readNumber(amountCell, "amount");
  if (amount instanceof DeskError) return amount;
  const found = findRate(lookup, fromCell, toCell, dateCell, ruleCell);
  if (found instanceof DeskError) return found;
  const value = amount * found.rate;
  return Number.isFinite(value) ? value : badValue(`amount ${amount} is too large to convert.`);
}

export function rateCell(
  lookup: RateLookup,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown
): number | DeskError {
  const found = findRate(lookup, fromCell, toCell, dateCell, ruleCell);
  return found instanceof DeskError ? found : found.rate;
}

/** [rate, date used as an Excel serial, source, rule]. */
export function rateInfoRow(
  lookup: RateLookup,
  fromCell: unknown,
  toCell: unknown,
  dateCell: unknown,
  ruleCell: unknown
): [number, number, string, string] | DeskError {
  const found = findRate(lookup, fromCell, toCell, dateCell, ruleCell);
  if (found instanceof DeskError) return found;
  const serial = dayNumberToSerial(found.dayUsed, workbookDateSystem());
  if (!serial.ok) return badValue(serial.message);
  return [found.rate, serial.serial, found.source, found.rule];
}
