import fc from "fast-check";
import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  isoDateFromDayNumber,
  isoDateToDayNumberOrNaN,
  parseIsoDate,
} from "../../src/core/dates/dayNumber";
import {
  dateInputToDayNumber,
  dayNumberToSerial,
  isoDateToSerial,
  serialToDayNumber,
  serialToIsoDate,
} from "../../src/core/dates/excelSerial";

/** ISO date of a day number by the platform's own calendar (an independent oracle). */
const isoByDate = (dayNumber: number): string =>
  new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
const dayByDate = (iso: string): number => Date.parse(iso + "T00:00:00Z") / 86_400_000;

function expectIso(serial: number, system: "1900" | "1904", iso: string): void {
  const result = serialToIsoDate(serial, system);
  expect(result).toEqual({ ok: true, isoDate: iso });
}

describe("day numbers and ISO dates", () => {
  it("agree with the platform calendar for every day from year 1 to 9999 (sampled)", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (day) => {
        expect(isoDateFromDayNumber(day)).toBe(isoByDate(day));
        const parsed = parseIsoDate(isoDateFromDayNumber(day));
        expect(parsed).toEqual({ ok: true, dayNumber: day });
      }),
      { numRuns: 5000 }
    );
  });

  it("name every day from 1899 to 2200 as the platform calendar does (the table-driven years and their edges)", () => {
    for (let day = dayByDate("1899-12-01"); day <= dayByDate("2200-02-01"); day++) {
      if (isoDateFromDayNumber(day) !== isoByDate(day)) {
        expect([day, isoDateFromDayNumber(day)]).toEqual([day, isoByDate(day)]);
      }
    }
  });

  it("reads exactly the strict YYYY-MM-DD texts, character by character near the digits", () => {
    // Characters on both sides of "0".."9" and "-", so that every digit test is exercised at its edges.
    const near = fc.constantFrom(..."/0123456789:-.,+ ".split(""), "\u0660", "\uff10");
    const oracle = (text: string): number => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!match || !/^[0-9-]+$/.test(text)) return NaN;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      const valid =
        year >= 1 &&
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day;
      return valid ? Math.round(date.getTime() / 86_400_000) : NaN;
    };
    const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0"));
    const twoDigits = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, "0"));
    const plausible = fc.tuple(year, twoDigits, twoDigits).map(([y, m, d]) => `${y}-${m}-${d}`);
    const mutated = fc
      .tuple(plausible, fc.integer({ min: 0, max: 9 }), near)
      .map(([text, at, char]) => text.slice(0, at) + char + text.slice(at + 1));
    fc.assert(
      fc.property(
        fc.oneof(
          plausible,
          mutated,
          fc.array(near, { minLength: 10, maxLength: 10 }).map((cs) => cs.join(""))
        ),
        (text) => {
          expect(isoDateToDayNumberOrNaN(text)).toBe(oracle(text));
        }
      ),
      { numRuns: 20000 }
    );
  });

  it("parses valid dates including leap days", () => {
    for (const iso of ["2000-02-29", "2024-02-29", "1999-01-04", "9999-12-31", "0001-01-01"]) {
      const parsed = parseIsoDate(iso);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(isoByDate(parsed.dayNumber)).toBe(iso);
    }
  });

  it.each([
    "2021-02-30",
    "2021-02-29",
    "1900-02-29",
    "2100-02-29",
    "2021-04-31",
    "2021-13-01",
    "2021-00-10",
    "0000-01-01",
  ])("refuses the impossible date %s", (iso) => {
    const parsed = parseIsoDate(iso);
    expect(parsed.ok).toBe(false);
  });

  it.each([
    "2021-3-9",
    "2021/03/09",
    "09/03/2021",
    " 2021-03-09",
    "2021-03-09 ",
    "2021-03-09T00:00",
    "20210309",
    "",
    "March 9, 2021",
    "２０２１-03-09",
  ])("refuses %j and says which format is accepted", (text) => {
    const parsed = parseIsoDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("YYYY-MM-DD");
  });

  it("says which days a month has when the day does not exist", () => {
    const parsed = parseIsoDate("2021-02-30");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("28");
  });
});

describe("Excel 1900 date system", () => {
  it("starts at serial 1 = 1900-01-01 and counts to 1900-02-28 = 59", () => {
    expectIso(1, "1900", "1900-01-01");
    expectIso(59, "1900", "1900-02-28");
  });

  it("refuses serial 60, Excel's phantom 29 February 1900, and explains it", () => {
    const result = serialToDayNumber(60, "1900");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("29 February 1900");
      expect(result.message).toContain("1900-03-01");
    }
  });

  it("continues at serial 61 = 1900-03-01 with no gap in real days", () => {
    expectIso(61, "1900", "1900-03-01");
    const day59 = serialToDayNumber(59, "1900");
    const day61 = serialToDayNumber(61, "1900");
    expect(day59.ok && day61.ok && day61.dayNumber - day59.dayNumber).toBe(1);
  });

  it("matches Microsoft's documented serials", () => {
    // 2000-01-01 is 36526 and 2024-01-01 is 45292 in Excel's 1900 system.
    expectIso(36526, "1900", "2000-01-01");
    expectIso(45292, "1900", "2024-01-01");
    expectIso(2958465, "1900", "9999-12-31");
  });

  it("takes the day of a date-time", () => {
    expect(serialToIsoDate(45292.999, "1900")).toEqual(serialToIsoDate(45292, "1900"));
    expect(serialToIsoDate(61.5, "1900")).toEqual({ ok: true, isoDate: "1900-03-01" });
  });

  it("refuses serials before 1 and after 9999-12-31, and non-numbers", () => {
    for (const serial of [
      0,
      0.5,
      -1,
      2958466,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1e300,
      1e300,
    ]) {
      const result = serialToDayNumber(serial, "1900");
      expect(result.ok).toBe(false);
    }
  });

  it("round-trips serials and day numbers (except the phantom day)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        fc.pre(serial !== 60);
        const day = serialToDayNumber(serial, "1900");
        expect(day.ok).toBe(true);
        if (!day.ok) return;
        expect(dayNumberToSerial(day.dayNumber, "1900")).toEqual({ ok: true, serial });
        // From 1900-03-01 on, a serial is the platform's day count since 1899-12-30.
        if (serial >= 61) expect(day.dayNumber).toBe(serial + dayByDate("1899-12-30"));
      }),
      { numRuns: 3000 }
    );
  });

  it("has no serial for days before 1900-01-01", () => {
    expect(dayNumberToSerial(dayByDate("1899-12-31"), "1900").ok).toBe(false);
    expect(isoDateToSerial("1899-12-31", "1900").ok).toBe(false);
    expect(isoDateToSerial("1900-01-01", "1900")).toEqual({ ok: true, serial: 1 });
  });
});

describe("Excel 1904 date system", () => {
  it("starts at serial 0 = 1904-01-01", () => {
    expectIso(0, "1904", "1904-01-01");
    expectIso(1, "1904", "1904-01-02");
    expect(serialToDayNumber(-1, "1904").ok).toBe(false);
  });

  it("is 1462 days behind the 1900 system (Microsoft's documented offset)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61 + 1462, max: 2958465 }), (serial1900) => {
        expect(serialToIsoDate(serial1900 - 1462, "1904")).toEqual(
          serialToIsoDate(serial1900, "1900")
        );
      }),
      { numRuns: 2000 }
    );
  });

  it("has no phantom day: 1904-system serials round-trip everywhere", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2957003 }), (serial) => {
        const day = serialToDayNumber(serial, "1904");
        expect(day.ok).toBe(true);
        if (day.ok) expect(dayNumberToSerial(day.dayNumber, "1904")).toEqual({ ok: true, serial });
      }),
      { numRuns: 2000 }
    );
    expect(serialToDayNumber(2957004, "1904").ok).toBe(false);
  });
});

describe("date arguments as cells pass them", () => {
  it("reads numbers as serials and text as ISO dates", () => {
    expect(dateInputToDayNumber(45292)).toEqual(dateInputToDayNumber("2024-01-01"));
    expect(dateInputToDayNumber(45292 - 1462, "1904")).toEqual(dateInputToDayNumber("2024-01-01"));
  });

  it("refuses other values with a message and never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = dateInputToDayNumber(value);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        else expect(Number.isInteger(result.dayNumber)).toBe(true);
      }),
      { numRuns: 2000 }
    );
    expect(dateInputToDayNumber(true).ok).toBe(false);
    expect(dateInputToDayNumber("44197").ok).toBe(false);
  });
});
