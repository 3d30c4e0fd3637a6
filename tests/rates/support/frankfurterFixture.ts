/**
 * Rates that the test server serves in the Frankfurter format (units per one EUR, ECB working days only).
 *
 * REAL values, as published by the ECB (and quoted in the Frankfurter documentation):
 *   2021-03-09  USD 1.1892, GBP 0.8584
 *   2021-03-01  USD 1.2066
 * EVERY OTHER VALUE IS INVENTED: a smooth made-up curve around a plausible level for each currency, so
 * that the tests can tell where a number came from. They are not ECB rates; do not quote them.
 *
 * The calendar is the ECB's (TARGET closing days): no rate on weekends, 1 January, Good Friday, Easter
 * Monday, 1 May, 25 and 26 December.
 */

/** Invented levels, units per EUR. */
const LEVEL: Record<string, number> = {
  USD: 1.15,
  GBP: 0.87,
  JPY: 130,
  CHF: 1.05,
  SEK: 10.5,
};

export const FIXTURE_CODES = Object.keys(LEVEL);

const REAL: Record<string, Record<string, number>> = {
  "2021-03-09": { USD: 1.1892, GBP: 0.8584 },
  "2021-03-01": { USD: 1.2066 },
};

const DAY_MS = 86400000;

export function dayNumberOf(iso: string): number {
  return Date.parse(iso + "T00:00:00Z") / DAY_MS;
}

export function isoOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Easter Sunday (anonymous Gregorian algorithm), as a day number. */
function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isEcbWorkingDay(dayNumber: number): boolean {
  const date = new Date(dayNumber * DAY_MS);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const md = date.toISOString().slice(5, 10);
  if (md === "01-01" || md === "05-01" || md === "12-25" || md === "12-26") return false;
  const easter = easterDay(date.getUTCFullYear());
  return dayNumber !== easter - 2 && dayNumber !== easter + 1;
}

/** Overrides on top of the fixture, e.g. a revised value for the re-pin test (also invented). */
export type RateOverrides = Record<string, Record<string, number>>;

/** Units of `code` per EUR on a working day. */
export function fixtureRate(
  code: string,
  dayNumber: number,
  overrides: RateOverrides = {}
): number {
  const iso = isoOf(dayNumber);
  const fixed = overrides[iso]?.[code] ?? REAL[iso]?.[code];
  if (fixed !== undefined) return fixed;
  const level = LEVEL[code];
  const wave = 1 + 0.03 * Math.sin(dayNumber / 41 + code.charCodeAt(0));
  const digits = level >= 100 ? 2 : 4;
  return Number((level * wave).toFixed(digits));
}
