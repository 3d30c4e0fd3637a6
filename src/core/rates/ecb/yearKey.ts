/**
 * The unit of fetching and caching: one currency's rates against the euro for one calendar year. A
 * Frankfurter server samples ranges longer than a year weekly, so no request ever spans more than one.
 */
import { dayNumberFromCivil } from "../../dates/dayNumber";
import { ECB_FIRST_YEAR } from "./currencies";

export interface YearKey {
  code: string;
  year: number;
}

export function yearKeyText(code: string, year: number): string {
  return `${code}:${year}`;
}

/**
 * The two years last found, with their bounds: yearOfDay runs several times per cell, and the cells of a
 * recalculation mostly ask about one year (and about the current one, for "today").
 */
const recentYears = [
  { year: 1970, first: 0, next: 365 },
  { year: 1970, first: 0, next: 365 },
];

/** The calendar year of a day number. */
export function yearOfDay(dayNumber: number): number {
  for (const slot of recentYears) {
    if (dayNumber >= slot.first && dayNumber < slot.next) return slot.year;
  }
  let year = 1970 + Math.floor(dayNumber / 365.2425);
  while (dayNumberFromCivil(year, 1, 1) > dayNumber) year--;
  while (dayNumberFromCivil(year + 1, 1, 1) <= dayNumber) year++;
  const slot = recentYears[1];
  recentYears[1] = recentYears[0];
  recentYears[0] = slot;
  slot.year = year;
  slot.first = dayNumberFromCivil(year, 1, 1);
  slot.next = dayNumberFromCivil(year + 1, 1, 1);
  return year;
}

export function firstDayOfYear(year: number): number {
  return dayNumberFromCivil(year, 1, 1);
}

export function lastDayOfYear(year: number): number {
  return dayNumberFromCivil(year, 12, 31);
}

/**
 * How far from the asked day a rule may look for a published day. The longest ECB closure (Good Friday to
 * Easter Monday) leaves four days without a rate, so a week is always enough within the published period.
 */
export const RULE_REACH_DAYS = 7;

/**
 * Years a look-up for `dayNumber` may touch: the asked day and the days its rule may reach (back for
 * "previous", forward for "next", both ways for "exact", whose message names the nearest days), clipped
 * to the ECB's first year and to the current year (no request asks for the future).
 */
export function yearsForDay(
  dayNumber: number,
  todayDayNumber: number,
  reach: "back" | "forward" | "both" = "both"
): number[] {
  const { first, last } = yearSpanForDay(dayNumber, todayDayNumber, reach);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/** yearsForDay as a span, without allocating an array (it runs once per cell). */
export function yearSpanForDay(
  dayNumber: number,
  todayDayNumber: number,
  reach: "back" | "forward" | "both"
): { first: number; last: number } {
  const from = reach === "forward" ? dayNumber : dayNumber - RULE_REACH_DAYS;
  const to = reach === "back" ? dayNumber : dayNumber + RULE_REACH_DAYS;
  span.first = Math.max(ECB_FIRST_YEAR, yearOfDay(from));
  span.last = Math.min(yearOfDay(todayDayNumber), yearOfDay(to));
  return span;
}

/** Reused by yearSpanForDay: JavaScript runs one look-up at a time. */
const span = { first: 0, last: 0 };
