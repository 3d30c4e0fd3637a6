/**
 * The unit of fetching and caching: one currency's rates against the euro for one calendar year. A
 * Frankfurter server samples ranges longer than a year weekly, so no request ever spans more than one.
 */
import { dayNumberFromCivil } from "../../dates/dayNumber";
import { MAX_RATE_DISTANCE_DAYS } from "../rules";
import { ECB_FIRST_YEAR } from "./currencies";

export interface YearKey {
  code: string;
  year: number;
}

export function yearKeyText(code: string, year: number): string {
  return `${code}:${year}`;
}

/** The calendar year of a day number. */
export function yearOfDay(dayNumber: number): number {
  let year = 1970 + Math.floor(dayNumber / 365.2425);
  while (dayNumberFromCivil(year, 1, 1) > dayNumber) year--;
  while (dayNumberFromCivil(year + 1, 1, 1) <= dayNumber) year++;
  return year;
}

export function firstDayOfYear(year: number): number {
  return dayNumberFromCivil(year, 1, 1);
}

export function lastDayOfYear(year: number): number {
  return dayNumberFromCivil(year, 12, 31);
}

/** How far from the asked day a rule may look for a published day (rules.ts). */
export const RULE_REACH_DAYS = MAX_RATE_DISTANCE_DAYS;

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

/** yearsForDay as a span. */
export function yearSpanForDay(
  dayNumber: number,
  todayDayNumber: number,
  reach: "back" | "forward" | "both"
): { first: number; last: number } {
  const from = reach === "forward" ? dayNumber : dayNumber - RULE_REACH_DAYS;
  const to = reach === "back" ? dayNumber : dayNumber + RULE_REACH_DAYS;
  return {
    first: Math.max(ECB_FIRST_YEAR, yearOfDay(from)),
    last: Math.min(yearOfDay(todayDayNumber), yearOfDay(to)),
  };
}
