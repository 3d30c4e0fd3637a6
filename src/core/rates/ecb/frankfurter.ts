/**
 * The Frankfurter API (v1) as this add-in uses it: one request per calendar year for a set of currencies,
 * always from EUR so that every value is the ECB's own figure (cross rates are computed locally).
 *
 *   GET {base}/2021-01-01..2021-12-31?from=EUR&to=GBP,USD
 *   -> {"amount":1.0,"base":"EUR","start_date":"2021-01-04","end_date":"2021-12-31",
 *       "rates":{"2021-01-04":{"GBP":0.9016,"USD":1.2296},...}}
 *
 * A response is checked before any of it is used: the wrong base, a value that is not a positive finite
 * number, a date outside the range asked, or gaps that show a sampled (weekly) series are all refused,
 * and the caller falls back to the bundled rates.
 */
import { isoDateFromDayNumber, isoDateToDayNumberOrNaN } from "../../dates/dayNumber";
import type { MessageKey } from "../../messages/en";
import { failure, msg, type MessageText, type MessageValue } from "../../messages/text";
import { ECB_BASE } from "./currencies";
import { RULE_REACH_DAYS } from "./yearKey";

export interface RangeRequest {
  /** Inclusive day numbers; within one calendar year. */
  startDay: number;
  endDay: number;
  /** Sorted ISO codes, never EUR. */
  codes: string[];
}

/** The base URL without a trailing slash, so that a newsroom's copy under a path works too. */
function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export function rangeRequestUrl(baseUrl: string, request: RangeRequest): string {
  const range = `${isoDateFromDayNumber(request.startDay)}..${isoDateFromDayNumber(request.endDay)}`;
  return `${trimBase(baseUrl)}/${range}?from=${ECB_BASE}&to=${request.codes.join(",")}`;
}

/** One currency's published days (ascending) and its units per EUR on each. */
export interface DailySeries {
  days: number[];
  ratesPerEur: number[];
}

/** A refused response says why: in English (`message`) and as a message for the pane and the cells. */
export type ParsedRange =
  | { ok: true; series: Map<string, DailySeries> }
  | { ok: false; readonly message: string; text: MessageText };

/**
 * More days than this between two published days means the server sampled the series: the ECB never
 * closes for longer than Good Friday to Easter Monday.
 */
const MAX_GAP_DAYS = 6;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** What the service sent that is refused, as a message whose English is in rateServiceEn.ts. */
function fail(key: MessageKey, values?: Record<string, MessageValue>): ParsedRange {
  return failure(msg(key, values));
}

/**
 * Reads a Frankfurter range response for `request`. Every code asked gets a series, empty when the ECB
 * published no value for it in the range (a currency it dropped or had not yet added). The server may
 * start the series on the last working day before the range (what Frankfurter does for a range that
 * starts on a holiday): those days are kept, since they are real published days.
 */
export function parseRangeResponse(json: unknown, request: RangeRequest): ParsedRange {
  if (!isRecord(json)) return fail("service.sentNotObject");
  if (json.base !== ECB_BASE)
    return fail("service.sentBase", { base: String(json.base), expected: ECB_BASE });
  if (json.amount !== undefined && json.amount !== 1)
    return fail("service.sentAmount", { amount: String(json.amount) });
  const rates = json.rates;
  if (!isRecord(rates)) return fail("service.sentNoRates");
  const series = new Map<string, DailySeries>();
  for (const code of request.codes) series.set(code, { days: [], ratesPerEur: [] });
  const dates = Object.keys(rates).sort();
  let previousDay = NaN;
  for (const iso of dates) {
    const day = isoDateToDayNumberOrNaN(iso);
    if (day !== day) return fail("service.sentNotDate", { text: iso.slice(0, 20) });
    if (day < request.startDay - RULE_REACH_DAYS || day > request.endDay) {
      return fail("service.sentOutside", { day: iso });
    }
    if (day - previousDay > MAX_GAP_DAYS) {
      return fail("service.sentSampled", { from: isoDateFromDayNumber(previousDay), to: iso });
    }
    previousDay = day;
    const values = rates[iso];
    if (!isRecord(values)) return fail("service.sentNoRatesFor", { day: iso });
    for (const code of Object.keys(values)) {
      const target = series.get(code);
      if (!target) continue;
      const value = values[code];
      if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        return fail("service.sentBadRate", { value: String(value).slice(0, 20), code, day: iso });
      }
      target.days.push(day);
      target.ratesPerEur.push(value);
    }
  }
  return { ok: true, series };
}
