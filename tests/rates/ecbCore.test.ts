/**
 * The pure ECB parts: Frankfurter response validation, the batching planner, the cache model and the
 * look-up rules over it.
 */
import {
  EcbCache,
  entryFromSeries,
  isFresh,
  parseEntry,
  parseRangeResponse,
  planRequests,
  rangeRequestUrl,
  resolveEcbRate,
  serializeEntry,
  yearOfDay,
  yearsForDay,
  PARTIAL_YEAR_TTL_MS,
  type RangeRequest,
} from "../../src/core/rates/ecb";
import { RULE_EXACT, RULE_NEXT, RULE_PREVIOUS } from "../../src/core/rates";
import { englishText } from "../../src/core/messages/text";
import { dayNumberOf, fixtureRate, isEcbWorkingDay, isoOf } from "./support/frankfurterFixture";

const day = dayNumberOf;
const year2021: RangeRequest = {
  startDay: day("2021-01-01"),
  endDay: day("2021-12-31"),
  codes: ["GBP", "USD"],
};

/** A Frankfurter range body for `request` from the (mostly invented) fixture rates. */
function body(request: RangeRequest, step = 1): Record<string, unknown> {
  const rates: Record<string, Record<string, number>> = {};
  for (let d = request.startDay; d <= request.endDay; d += step) {
    if (step === 1 && !isEcbWorkingDay(d)) continue;
    rates[isoOf(d)] = Object.fromEntries(request.codes.map((c) => [c, fixtureRate(c, d)]));
  }
  return {
    amount: 1.0,
    base: "EUR",
    start_date: isoOf(request.startDay),
    end_date: isoOf(request.endDay),
    rates,
  };
}

describe("Frankfurter responses", () => {
  it("builds the range URL from a base URL with or without a path", () => {
    expect(rangeRequestUrl("https://api.frankfurter.dev/v1", year2021)).toBe(
      "https://api.frankfurter.dev/v1/2021-01-01..2021-12-31?from=EUR&to=GBP,USD"
    );
    expect(rangeRequestUrl("https://rates.example.org/v1/", year2021)).toBe(
      "https://rates.example.org/v1/2021-01-01..2021-12-31?from=EUR&to=GBP,USD"
    );
  });

  it("reads a range into one daily series per currency asked", () => {
    const parsed = parseRangeResponse(body(year2021), year2021);
    if (!parsed.ok) throw new Error(parsed.message);
    const usd = parsed.series.get("USD");
    expect(usd?.days[0]).toBe(day("2021-01-04"));
    expect(usd?.days.includes(day("2021-04-02"))).toBe(false); // Good Friday
    expect(usd?.ratesPerEur[usd.days.indexOf(day("2021-03-09"))]).toBe(1.1892);
  });

  it("gives an empty series for a currency the response does not carry", () => {
    const parsed = parseRangeResponse(body(year2021), {
      ...year2021,
      codes: ["GBP", "HRK", "USD"],
    });
    expect(parsed.ok && parsed.series.get("HRK")?.days).toEqual([]);
  });

  it.each([
    ["another base", (b: Record<string, unknown>) => ({ ...b, base: "USD" }), /against USD/],
    ["not an object", () => [1, 2], /not a JSON object|something other/],
    ["no rates", (b: Record<string, unknown>) => ({ ...b, rates: null }), /no rates/],
    [
      "a negative rate",
      (b: Record<string, unknown>) => ({ ...b, rates: { "2021-03-09": { USD: -1 } } }),
      /-1 as the USD rate/,
    ],
    [
      "a rate as text",
      (b: Record<string, unknown>) => ({ ...b, rates: { "2021-03-09": { USD: "1.19" } } }),
      /USD rate/,
    ],
    [
      "a date outside the range",
      (b: Record<string, unknown>) => ({ ...b, rates: { "2022-03-09": { USD: 1.1 } } }),
      /outside the range/,
    ],
    ["a sampled (weekly) series", () => body(year2021, 7), /sampled series/],
  ])("refuses %s", (_, make, message) => {
    const parsed = parseRangeResponse(make(body(year2021)), year2021);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe("the batching planner", () => {
  it("makes one request per year, naming every currency wanted that year once", () => {
    const today = day("2026-11-30");
    const wanted = [
      { code: "USD", year: 2021 },
      { code: "GBP", year: 2021 },
      { code: "USD", year: 2021 },
      { code: "JPY", year: 2026 },
      { code: "USD", year: 2020 },
    ];
    expect(planRequests(wanted, today)).toEqual([
      { startDay: day("2020-01-01"), endDay: day("2020-12-31"), codes: ["USD"] },
      { startDay: day("2021-01-01"), endDay: day("2021-12-31"), codes: ["GBP", "USD"] },
      // The current year ends today: no request asks for the future.
      { startDay: day("2026-01-01"), endDay: today, codes: ["JPY"] },
    ]);
  });

  it("asks for the year before when a rule may look back past 1 January, never before 1999", () => {
    const today = day("2026-11-30");
    expect(yearsForDay(day("2021-01-03"), today, "back")).toEqual([2020, 2021]);
    expect(yearsForDay(day("2021-01-03"), today, "forward")).toEqual([2021]);
    expect(yearsForDay(day("2020-12-28"), today, "both")).toEqual([2020, 2021]);
    expect(yearsForDay(day("1999-01-04"), today, "back")).toEqual([1999]);
    expect(yearsForDay(day("2026-11-28"), today, "forward")).toEqual([2026]);
  });

  it("finds the year of any day like the calendar does", () => {
    for (let d = day("1998-12-25"); d < day("2031-01-10"); d += 3) {
      expect(yearOfDay(d)).toBe(Number(isoOf(d).slice(0, 4)));
    }
  });
});

/** A cache holding the fixture's USD and GBP for 2020 and 2021, fetched at `fetchedAtMs`. */
function cacheWith(years: number[], fetchedAtMs = Date.now()): EcbCache {
  const cache = new EcbCache();
  for (const year of years) {
    const request = {
      startDay: day(`${year}-01-01`),
      endDay: day(`${year}-12-31`),
      codes: ["GBP", "USD"],
    };
    const parsed = parseRangeResponse(body(request), request);
    if (!parsed.ok) throw new Error(parsed.message);
    for (const [code, series] of parsed.series) {
      cache.put(entryFromSeries(code, year, series, request.endDay, fetchedAtMs));
    }
  }
  return cache;
}

describe("the cache model", () => {
  it("stores an entry compactly and reads it back exactly", () => {
    const entry = cacheWith([2021]).get("USD", 2021);
    if (!entry) throw new Error("no entry");
    const text = serializeEntry(entry);
    expect(text.length).toBeLessThan(3000);
    const back = parseEntry("USD", 2021, text);
    expect(back?.origin).toBe("stored");
    expect(Array.from(back?.days ?? [])).toEqual(Array.from(entry.days));
    expect(Array.from(back?.ratesPerEur ?? [])).toEqual(Array.from(entry.ratesPerEur));
    expect(parseEntry("USD", 2021, "{not json")).toBeUndefined();
    expect(parseEntry("USD", 2021, text.replace('"v":1', '"v":2'))).toBeUndefined();
  });

  it("keeps a whole past year for good and a partial year for a few hours", () => {
    const now = Date.now();
    const whole = cacheWith([2021], now - 1000 * PARTIAL_YEAR_TTL_MS).get("USD", 2021);
    expect(whole && isFresh(whole, now)).toBe(true);
    const series = { days: [day("2026-01-02")], ratesPerEur: [1.1] };
    const partial = entryFromSeries(
      "USD",
      2026,
      series,
      day("2026-01-05"),
      now - PARTIAL_YEAR_TTL_MS - 1
    );
    expect(isFresh(partial, now)).toBe(false);
    expect(isFresh({ ...partial, fetchedAtMs: now }, now)).toBe(true);
  });
});

describe("the rules over ECB days", () => {
  const ctx = (cache: EcbCache) => ({
    cache,
    todayDayNumber: day("2026-11-30"),
    nowMs: Date.now(),
    acceptStale: false,
  });

  it("applies previous, next and exact like the bundled rates", () => {
    const c = ctx(cacheWith([2020, 2021]));
    const sat = day("2021-03-06");
    expect(resolveEcbRate(c, "EUR", "USD", sat, RULE_PREVIOUS)).toMatchObject({
      kind: "found",
      day: day("2021-03-05"),
      rate: fixtureRate("USD", day("2021-03-05")),
    });
    expect(resolveEcbRate(c, "EUR", "USD", sat, RULE_NEXT)).toMatchObject({
      day: day("2021-03-08"),
    });
    const exact = resolveEcbRate(c, "EUR", "USD", sat, RULE_EXACT);
    expect(exact.kind).toBe("no-rate");
    expect(exact.kind === "no-rate" && englishText(exact.text)).toMatch(
      /2021-03-05 \(rule "previous"\) and 2021-03-08/
    );
  });

  it("crosses through EUR", () => {
    const c = ctx(cacheWith([2021]));
    const d = day("2021-03-09");
    const answer = resolveEcbRate(c, "GBP", "USD", d, RULE_PREVIOUS);
    // 1.1892 / 0.8584 = 1.38536..., rounded to the five digits of its legs.
    expect(answer.kind === "found" && [answer.rate, answer.digits]).toEqual([1.3854, 5]);
    const inverse = resolveEcbRate(c, "USD", "EUR", d, RULE_PREVIOUS);
    expect(inverse.kind === "found" && inverse.rate).toBe(0.8409);
    const direct = resolveEcbRate(c, "EUR", "USD", d, RULE_PREVIOUS);
    expect(direct.kind === "found" && direct.rate).toBe(1.1892);
  });

  it("says which years are missing, including the year a rule reaches back into", () => {
    const c = ctx(cacheWith([2021]));
    expect(resolveEcbRate(c, "EUR", "USD", day("2021-01-01"), RULE_PREVIOUS)).toEqual({
      kind: "missing",
      keys: [{ code: "USD", year: 2020 }],
    });
    expect(resolveEcbRate(c, "GBP", "JPY", day("2021-06-01"), RULE_PREVIOUS)).toEqual({
      kind: "missing",
      keys: [{ code: "JPY", year: 2021 }],
    });
  });

  it("leaves days before 1999 and in the future to the next source", () => {
    const c = ctx(cacheWith([2021]));
    expect(resolveEcbRate(c, "EUR", "USD", day("1998-12-31"), RULE_PREVIOUS).kind).toBe("outside");
    expect(resolveEcbRate(c, "EUR", "USD", day("2027-01-04"), RULE_PREVIOUS).kind).toBe("outside");
  });
});
