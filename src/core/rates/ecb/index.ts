/**
 * ECB euro reference rates from a Frankfurter-compatible service: response parsing and validation, the
 * batching planner, the cache model and the look-up rules. No network and no Office here: the fetch is
 * done in src/functions/ecbClient.ts.
 */
export { ECB_BASE, ECB_FIRST_DAY, isEcbCurrency } from "./currencies";
export {
  EcbCache,
  entryFromSeries,
  isFresh,
  isWholeYear,
  parseEntry,
  serializeEntry,
  storageKey,
  PARTIAL_YEAR_TTL_MS,
  type YearEntry,
} from "./cache";
export {
  parseRangeResponse,
  rangeRequestUrl,
  type DailySeries,
  type RangeRequest,
} from "./frankfurter";
export { planRequests } from "./planner";
export { resolveEcbRate, type EcbAnswer, type ResolveContext } from "./resolve";
export { yearKeyText, yearOfDay, yearsForDay, type YearKey } from "./yearKey";
