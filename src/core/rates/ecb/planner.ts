/**
 * Which requests cover a set of wanted (currency, year) entries: one request per calendar year, naming
 * every currency wanted in that year. However many cells a recalculation has, the number of requests is
 * the number of distinct years their dates (and the days a rule may reach) fall in.
 */
import type { RangeRequest } from "./frankfurter";
import { firstDayOfYear, lastDayOfYear, yearKeyText, type YearKey } from "./yearKey";

export function planRequests(wanted: Iterable<YearKey>, todayDayNumber: number): RangeRequest[] {
  const codesByYear = new Map<number, Set<string>>();
  const seen = new Set<string>();
  for (const { code, year } of wanted) {
    const key = yearKeyText(code, year);
    if (seen.has(key)) continue;
    seen.add(key);
    let codes = codesByYear.get(year);
    if (!codes) codesByYear.set(year, (codes = new Set()));
    codes.add(code);
  }
  return [...codesByYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({
      startDay: firstDayOfYear(year),
      // The current year is asked up to today: a server may refuse a range that ends in the future.
      endDay: Math.min(lastDayOfYear(year), todayDayNumber),
      codes: [...(codesByYear.get(year) as Set<string>)].sort(),
    }));
}
