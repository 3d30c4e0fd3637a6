/**
 * Excel date serials <-> day numbers and ISO dates.
 *
 * 1900 date system (Windows default): serial 1 = 1900-01-01. Excel also counts 29 February 1900, a day
 * that never existed (kept for Lotus 1-2-3 compatibility), as serial 60; so serials 1..59 are
 * 1900-01-01..1900-02-28, serial 60 names no real day, and serial 61 = 1900-03-01. From 61 on a serial is
 * a plain day count: serial = day number + 25569.
 * 1904 date system (older Mac workbooks): serial 0 = 1904-01-01, no phantom day: serial = day number + 24107.
 * A fractional serial is a date-time; the date is its whole part (a time of day never changes the day).
 */

import { DayNumberResult, MAX_DAY_NUMBER, isoDateFromDayNumber, parseIsoDate } from "./dayNumber";
import { failure, msg, type MessageText } from "../messages/text";

export type DateSystem = "1900" | "1904";

type Failure = { ok: false; message: string; text: MessageText };
export type SerialResult = { ok: true; serial: number } | Failure;
export type IsoDateResult = { ok: true; isoDate: string } | Failure;
export type { DayNumberResult };

/** Serial 60 in the 1900 system: Excel's 29 February 1900. */
const PHANTOM_LEAP_DAY_SERIAL = 60;

/** serial - dayNumber for 1900-system serials from 61 (1900-03-01) on. */
const OFFSET_1900_FROM_MARCH = 25569;
/** serial - dayNumber for 1900-system serials 1..59, which precede the phantom day. */
const OFFSET_1900_BEFORE_PHANTOM = 25568;
/** serial - dayNumber in the 1904 system. */
const OFFSET_1904 = 24107;

const FIRST_SERIAL: Record<DateSystem, number> = { "1900": 1, "1904": 0 };
/** Serial of 9999-12-31, the last date Excel shows. */
const LAST_SERIAL: Record<DateSystem, number> = {
  "1900": MAX_DAY_NUMBER + OFFSET_1900_FROM_MARCH,
  "1904": MAX_DAY_NUMBER + OFFSET_1904,
};
const FIRST_DATE: Record<DateSystem, string> = { "1900": "1900-01-01", "1904": "1904-01-01" };
const LAST_ISO_DATE = "9999-12-31";

/** Day number of the date part of an Excel serial. */
export function serialToDayNumber(serial: number, system: DateSystem = "1900"): DayNumberResult {
  if (typeof serial !== "number" || !Number.isFinite(serial)) {
    return failure(msg("dates.notADate"));
  }
  const whole = Math.floor(serial);
  if (whole < FIRST_SERIAL[system] || whole > LAST_SERIAL[system]) {
    return failure(
      msg("dates.serialOutside", {
        serial,
        system,
        firstSerial: FIRST_SERIAL[system],
        firstDate: { isoDate: FIRST_DATE[system] },
        lastSerial: LAST_SERIAL[system],
        lastDate: { isoDate: LAST_ISO_DATE },
      })
    );
  }
  if (system === "1904") return { ok: true, dayNumber: whole - OFFSET_1904 };
  if (whole === PHANTOM_LEAP_DAY_SERIAL) {
    return failure(msg("dates.phantomLeapDay"));
  }
  const offset =
    whole < PHANTOM_LEAP_DAY_SERIAL ? OFFSET_1900_BEFORE_PHANTOM : OFFSET_1900_FROM_MARCH;
  return { ok: true, dayNumber: whole - offset };
}

/** The Excel serial (a whole number) of a day number. */
export function dayNumberToSerial(dayNumber: number, system: DateSystem = "1900"): SerialResult {
  if (!Number.isInteger(dayNumber)) {
    return failure(msg("dates.notWholeDay", { day: dayNumber }));
  }
  const serial =
    system === "1904"
      ? dayNumber + OFFSET_1904
      : dayNumber + OFFSET_1900_BEFORE_PHANTOM < PHANTOM_LEAP_DAY_SERIAL
        ? dayNumber + OFFSET_1900_BEFORE_PHANTOM
        : dayNumber + OFFSET_1900_FROM_MARCH;
  if (serial < FIRST_SERIAL[system] || serial > LAST_SERIAL[system]) {
    return failure(
      msg("dates.noSerial", {
        system,
        firstDate: { isoDate: FIRST_DATE[system] },
        lastDate: { isoDate: LAST_ISO_DATE },
      })
    );
  }
  return { ok: true, serial };
}

export function serialToIsoDate(serial: number, system: DateSystem = "1900"): IsoDateResult {
  const day = serialToDayNumber(serial, system);
  return day.ok ? { ok: true, isoDate: isoDateFromDayNumber(day.dayNumber) } : day;
}

export function isoDateToSerial(isoDate: string, system: DateSystem = "1900"): SerialResult {
  const day = parseIsoDate(isoDate);
  return day.ok ? dayNumberToSerial(day.dayNumber, system) : day;
}

/**
 * A date argument as a cell passes it: a number is an Excel serial (what a date cell holds), text must be
 * `YYYY-MM-DD`. Anything else (a boolean, an empty value) is refused with what is accepted.
 */
export function dateInputToDayNumber(value: unknown, system: DateSystem = "1900"): DayNumberResult {
  if (typeof value === "number") return serialToDayNumber(value, system);
  if (typeof value === "string") return parseIsoDate(value);
  return failure(msg("dates.notADate"));
}
