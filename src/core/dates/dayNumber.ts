/**
 * Calendar days as plain integers: a day number counts days since 1970-01-01 (day 0) in the proleptic
 * Gregorian calendar, so that date arithmetic and array indexing need no Date objects and no time zones.
 * Conversions use Howard Hinnant's civil-from-days algorithms (exact integer arithmetic for every year).
 */

/** Day number of 0001-01-01, the first day an ISO date of this module can name. */
export const MIN_DAY_NUMBER = -719162;
/** Day number of 9999-12-31, the last day an ISO date (and Excel) can name. */
export const MAX_DAY_NUMBER = 2932896;

import { failure, msg, type MessageText } from "../messages/text";

export type DayNumberResult =
  { ok: true; dayNumber: number } | { ok: false; message: string; text: MessageText };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a valid civil date (month 1..12, day 1..daysInMonth). */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Year, month (1..12) and day of month of a day number. */
function civilFromDayNumber(dayNumber: number): {
  year: number;
  month: number;
  day: number;
} {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Monday .. 6 = Sunday (ISO weekday minus one); day 0 (1970-01-01) was a Thursday. */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

export function weekdayName(dayNumber: number): string {
  return WEEKDAY_NAMES[weekdayIndex(dayNumber)];
}

function pad(value: number, width: number): string {
  let text = String(value);
  while (text.length < width) text = "0" + text;
  return text;
}

/** Day numbers of 1 January for years FAST_FIRST_YEAR.. (a table, so that parsing a date needs no division). */
const FAST_FIRST_YEAR = 1900;
const FAST_YEARS = 300;
const YEAR_START = new Int32Array(FAST_YEARS);
/** Per year: 0 for a common year, 13 for a leap year (the offset of its row in MONTH_TABLE). */
const YEAR_ROW = new Int32Array(FAST_YEARS);
for (let i = 0; i < FAST_YEARS; i++) {
  YEAR_START[i] = dayNumberFromCivil(FAST_FIRST_YEAR + i, 1, 1);
  YEAR_ROW[i] = isLeapYear(FAST_FIRST_YEAR + i) ? 13 : 0;
}
/** Days before each month (1..12), common year then leap year, and the months' lengths likewise. */
const MONTH_START_TABLE = Int32Array.from([
  0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 0, 0, 31, 60, 91, 121, 152, 182, 213,
  244, 274, 305, 335,
]);
const MONTH_LENGTH_TABLE = Int32Array.from([
  0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30,
  31,
]);

/** "YYYY" of the table's years, and "-MM-DD" by day of the year, for a common and for a leap year. */
const YEAR_TEXT = Array.from({ length: FAST_YEARS }, (_, i) => String(FAST_FIRST_YEAR + i));
function monthDayTexts(leap: boolean): string[] {
  const texts: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const length = MONTH_LENGTH_TABLE[(leap ? 13 : 0) + month];
    for (let day = 1; day <= length; day++) texts.push(`-${pad(month, 2)}-${pad(day, 2)}`);
  }
  return texts;
}
const MONTH_DAY_TEXT_COMMON = monthDayTexts(false);
const MONTH_DAY_TEXT_LEAP = monthDayTexts(true);

/** `YYYY-MM-DD` for a day number between MIN_DAY_NUMBER and MAX_DAY_NUMBER. */
export function isoDateFromDayNumber(dayNumber: number): string {
  // Years 1900..2199 from tables: this names the date asked and used for every cell that looks up a rate.
  const estimate = Math.floor((dayNumber - YEAR_START[0]) / 365.2425);
  if (estimate >= 0 && estimate < FAST_YEARS) {
    let yearIndex = estimate;
    if (YEAR_START[yearIndex] > dayNumber) yearIndex--;
    else if (yearIndex + 1 < FAST_YEARS && YEAR_START[yearIndex + 1] <= dayNumber) yearIndex++;
    if (yearIndex >= 0) {
      const dayOfYear = dayNumber - YEAR_START[yearIndex];
      const monthDays = YEAR_ROW[yearIndex] === 0 ? MONTH_DAY_TEXT_COMMON : MONTH_DAY_TEXT_LEAP;
      if (dayOfYear < monthDays.length) return YEAR_TEXT[yearIndex] + monthDays[dayOfYear];
    }
  }
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Day number of strict `YYYY-MM-DD` text, or NaN. Unrolled character-code arithmetic and table look-ups,
 * without allocation: this runs once per cell on every recalculation. See parseIsoDate for the rules and
 * the messages.
 */
export function isoDateToDayNumberOrNaN(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  // Each digit minus "0"; below, a digit d gives d and d + 6 both below 16, anything else sets a higher bit
  // in one of them (so one test checks all eight, and the function stays small enough to be inlined).
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  const digits = y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1;
  const shifted =
    (y0 + 6) | (y1 + 6) | (y2 + 6) | (y3 + 6) | (m0 + 6) | (m1 + 6) | (d0 + 6) | (d1 + 6);
  if (((digits | shifted) & ~15) !== 0) return NaN;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const yearIndex = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - FAST_FIRST_YEAR;
  if (yearIndex >>> 0 >= FAST_YEARS)
    return dayNumberOfRareYear(yearIndex + FAST_FIRST_YEAR, month, day);
  // Month 1..12 (0 and 13..99 fail the unsigned test), day 1..the month's length.
  const row = YEAR_ROW[yearIndex] + month;
  if ((month - 1) >>> 0 > 11 || day < 1 || day > MONTH_LENGTH_TABLE[row]) return NaN;
  return YEAR_START[yearIndex] + MONTH_START_TABLE[row] + day - 1;
}

/** isoDateToDayNumberOrNaN for years outside the table (0001..1899, 2200..9999). */
function dayNumberOfRareYear(year: number, month: number, day: number): number {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return dayNumberFromCivil(year, month, day);
}

/**
 * Strict `YYYY-MM-DD`: four-digit year 0001..9999, a real month and a day that exists in it
 * (2021-02-30 and 1900-02-29 are refused). Anything else (other separators, times, two-digit years,
 * surrounding spaces) is refused with a message that says what is accepted.
 */
export function parseIsoDate(text: string): DayNumberResult {
  const dayNumber = isoDateToDayNumberOrNaN(text);
  if (dayNumber === dayNumber) return { ok: true, dayNumber };
  const wellFormed = /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (!wellFormed) {
    return failure(msg("dates.notIso", { text: clip(text) }));
  }
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  if (year < 1) return failure(msg("dates.yearTooEarly", { text }));
  if (month < 1 || month > 12) return failure(msg("dates.badMonth", { text }));
  return failure(
    msg("dates.noSuchDay", {
      text,
      month: text.slice(0, 7),
      days: String(daysInMonth(year, month)),
    })
  );
}

/** Keeps messages short when a long text was typed where a date belongs. */
function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 37) + "..." : text;
}
