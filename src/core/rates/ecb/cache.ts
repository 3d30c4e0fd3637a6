/**
 * The ECB rates held in memory, one entry per currency and calendar year, and their form in the browser's
 * storage. A past year, once fetched whole, never changes (the ECB does not revise reference rates); the
 * current year grows every working day, so an entry for it is fresh only for a few hours.
 */
import { isoDateFromDayNumber, isoDateToDayNumberOrNaN } from "../../dates/dayNumber";
import type { DailySeries } from "./frankfurter";
import { ECB_FIRST_YEAR } from "./currencies";
import { firstDayOfYear, lastDayOfYear } from "./yearKey";

export interface YearEntry {
  code: string;
  year: number;
  /** Published days of the year, ascending, and units of `code` per EUR on each. */
  days: Int32Array;
  ratesPerEur: Float64Array;
  /** The last day the request covered: 31 December for a whole year, the day it was made otherwise. */
  throughDay: number;
  /** 31 December of `year`. */
  lastDay: number;
  fetchedAtMs: number;
  /** Where this runtime got it: from the network, or from the browser's storage. */
  origin: "live" | "stored";
}

/** How long a partial (current-year) entry is used before it is fetched again. */
export const PARTIAL_YEAR_TTL_MS = 6 * 60 * 60 * 1000;

export function isWholeYear(entry: YearEntry): boolean {
  return entry.throughDay >= entry.lastDay;
}

export function isFresh(entry: YearEntry, nowMs: number): boolean {
  return isWholeYear(entry) || nowMs - entry.fetchedAtMs < PARTIAL_YEAR_TTL_MS;
}

/** An entry from a parsed response: only the days of `year` are kept (a range may start a little before). */
export function entryFromSeries(
  code: string,
  year: number,
  series: DailySeries,
  throughDay: number,
  fetchedAtMs: number
): YearEntry {
  const first = firstDayOfYear(year);
  const last = lastDayOfYear(year);
  const days: number[] = [];
  const rates: number[] = [];
  for (let i = 0; i < series.days.length; i++) {
    if (series.days[i] >= first && series.days[i] <= last) {
      days.push(series.days[i]);
      rates.push(series.ratesPerEur[i]);
    }
  }
  return {
    code,
    year,
    days: Int32Array.from(days),
    ratesPerEur: Float64Array.from(rates),
    throughDay: Math.min(throughDay, last),
    lastDay: last,
    fetchedAtMs,
    origin: "live",
  };
}

/** Units of `code` per EUR on `day`, or NaN when the entry has no value that day. */
export function ratePerEurOn(entry: YearEntry, day: number): number {
  const days = entry.days;
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid];
    if (d === day) return entry.ratesPerEur[mid];
    if (d < day) lo = mid + 1;
    else hi = mid - 1;
  }
  return NaN;
}

/** Entries by currency, then by year since 1999: a look-up per cell builds no key string. */
export class EcbCache {
  private readonly byCode = new Map<string, (YearEntry | undefined)[]>();

  get(code: string, year: number): YearEntry | undefined {
    const years = this.byCode.get(code);
    return years === undefined ? undefined : years[year - ECB_FIRST_YEAR];
  }

  put(entry: YearEntry): void {
    let years = this.byCode.get(entry.code);
    if (!years) this.byCode.set(entry.code, (years = []));
    years[entry.year - ECB_FIRST_YEAR] = entry;
  }

  clear(): void {
    this.byCode.clear();
  }

  /** The newest published day held for `code`, in any year (NaN when none is held). */
  newestDay(code: string): number {
    const years = this.byCode.get(code) ?? [];
    for (let i = years.length - 1; i >= 0; i--) {
      const days = years[i]?.days;
      if (days && days.length > 0) return days[days.length - 1];
    }
    return NaN;
  }
}

/** The storage key of one entry; the service's base URL is part of it, since two services may differ. */
export function storageKey(baseUrl: string, code: string, year: number): string {
  return `seizureDesk.ecb.v1|${baseUrl}|${code}|${year}`;
}

/** Compact JSON: days as differences from the previous one (mostly 1 and 3), rates as published. */
export function serializeEntry(entry: YearEntry): string {
  const deltas: number[] = [];
  let previous = firstDayOfYear(entry.year);
  for (const day of entry.days) {
    deltas.push(day - previous);
    previous = day;
  }
  return JSON.stringify({
    v: 1,
    through: isoDateFromDayNumber(entry.throughDay),
    fetchedAtMs: entry.fetchedAtMs,
    d: deltas,
    r: Array.from(entry.ratesPerEur),
  });
}

/** The entry stored under a key, or undefined for anything unreadable (it is then fetched again). */
export function parseEntry(code: string, year: number, text: string | null): YearEntry | undefined {
  if (!text) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const o = json as {
    v?: unknown;
    through?: unknown;
    fetchedAtMs?: unknown;
    d?: unknown;
    r?: unknown;
  };
  if (o === null || typeof o !== "object" || o.v !== 1) return undefined;
  if (!Array.isArray(o.d) || !Array.isArray(o.r) || o.d.length !== o.r.length) return undefined;
  if (typeof o.fetchedAtMs !== "number" || typeof o.through !== "string") return undefined;
  const first = firstDayOfYear(year);
  const throughDay = isoDateToDayNumberOrNaN(o.through);
  if (throughDay !== throughDay) return undefined;
  const days = new Int32Array(o.d.length);
  const rates = new Float64Array(o.r.length);
  let day = first;
  for (let i = 0; i < o.d.length; i++) {
    const delta = o.d[i];
    const rate = o.r[i];
    if (
      typeof delta !== "number" ||
      typeof rate !== "number" ||
      !(rate > 0) ||
      !Number.isFinite(rate)
    )
      return undefined;
    day += delta;
    days[i] = day;
    rates[i] = rate;
  }
  if (days.length > 0 && (days[0] < first || days[days.length - 1] > lastDayOfYear(year)))
    return undefined;
  return {
    code,
    year,
    days,
    ratesPerEur: rates,
    throughDay,
    lastDay: lastDayOfYear(year),
    fetchedAtMs: o.fetchedAtMs,
    origin: "stored",
  };
}
