/**
 * Reading the ECB's history file: files the tests write themselves in the ECB's format (zipped or not)
 * read back exactly, and every kind of bad file is refused with a message that says what is wrong.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { isoDateFromDayNumber } from "../../src/core/dates/dayNumber";
import {
  isEcbHistory,
  parseEcbCsv,
  readEcbFile,
  summarizeEcbHistory,
  type EcbFileResult,
} from "../../src/core/rates/ecbFile";
import type { EcbHistory } from "../../src/core/rates/ecbHistory";
import {
  makeEcbHistoryCsv,
  zipEcbHistory,
  type EcbFileExpected,
} from "../../scripts/ecbFile/makeEcbHistoryFile";

function historyOf(result: EcbFileResult): EcbHistory {
  if (!result.ok) throw new Error(result.message);
  return result.history;
}

function messageOf(result: EcbFileResult): string {
  if (result.ok) throw new Error("the file was accepted");
  return result.message;
}

function expectSame(history: EcbHistory, expected: EcbFileExpected): void {
  expect(history.currencies).toEqual(expected.currencies);
  expect([...history.days].map(isoDateFromDayNumber)).toEqual(expected.dates);
  const width = expected.currencies.length;
  expected.rates.forEach((row, d) =>
    row.forEach((rate, c) => {
      const at = d * width + c;
      if (Number.isNaN(rate)) expect(history.rates[at]).toBeNaN();
      else expect(history.rates[at]).toBe(rate);
      expect(history.significantDigits[at]).toBe(expected.digits[d][c]);
    })
  );
}

const bytes = (text: string) => strToU8(text);

describe("an ECB-format file reads back as written", () => {
  test("any size, N/A share, line end and trailing comma; CSV and zip alike", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.constantFrom("\n" as const, "\r\n" as const),
        fc.integer({ min: 1, max: 1e6 }),
        (days, width, naShare, trailingComma, lineEnd, seed) => {
          const currencies = [
            "USD",
            "JPY",
            "GBP",
            "CHF",
            "IDR",
            "CYP",
            "ZAR",
            "SEK",
            "NOK",
            "TRY",
            "HUF",
            "ISK",
          ].slice(0, width);
          const { text, expected } = makeEcbHistoryCsv({
            days,
            currencies,
            naShare,
            trailingComma,
            lineEnd,
            seed,
          });
          expectSame(historyOf(readEcbFile(bytes(text))), expected);
          expectSame(historyOf(readEcbFile(zipEcbHistory(text))), expected);
        }
      ),
      { numRuns: 60 }
    );
  });

  test("the ECB's own lines: digits as written, N/A as no rate, days ascending", () => {
    const text =
      "Date,USD,JPY,BGN,CYP,GBP,IDR,\n" +
      "2021-03-09,1.1894,129.07,1.9558,N/A,0.8567,17104.91,\n" +
      "2021-03-08,1.1857,128.8,1.9558,N/A,0.85788,17069.11,\n";
    const history = historyOf(parseEcbCsv(text));
    expect([...history.days].map(isoDateFromDayNumber)).toEqual(["2021-03-08", "2021-03-09"]);
    expect([...history.rates.slice(6, 12)]).toEqual([
      1.1894,
      129.07,
      1.9558,
      NaN,
      0.8567,
      17104.91,
    ]);
    expect([...history.significantDigits.slice(0, 6)]).toEqual([5, 4, 5, 0, 5, 7]);
    expect(summarizeEcbHistory(history)).toEqual({
      firstDate: "2021-03-08",
      lastDate: "2021-03-09",
      dayCount: 2,
      currencyCount: 5,
    });
    expect(isEcbHistory(history)).toBe(true);
  });

  test("a BOM and blank lines at the end are ignored; an empty field is no rate", () => {
    const history = historyOf(parseEcbCsv("\uFEFFDate,USD,JPY\n2021-03-09,1.1894,\n\n\n"));
    expect(history.rates[0]).toBe(1.1894);
    expect(history.rates[1]).toBeNaN();
  });

  test("the zip may hold other files; eurofxref-hist.csv is the one read", () => {
    const { text, expected } = makeEcbHistoryCsv({ days: 3, currencies: ["USD"] });
    const zip = zipSync({
      "readme.txt": strToU8("rates"),
      "other.csv": strToU8("a,b\n1,2\n"),
      "eurofxref-hist.csv": strToU8(text),
    });
    expectSame(historyOf(readEcbFile(zip)), expected);
  });
});

describe("bad files are refused with what is wrong and what is accepted", () => {
  const good = makeEcbHistoryCsv({ days: 5, currencies: ["USD", "JPY", "GBP"], seed: 3 }).text;
  const lines = good.trimEnd().split("\n");

  test.each([
    ["an empty file", "", /empty.*eurofxref-hist/],
    ["only blank lines", "\n\n", /empty/],
    [
      "another CSV",
      "Country,Year,Tonnes\nBE,2021,89.5\n",
      /not the ECB's history file.*Date,USD.*"Country,Year,Tonnes"/,
    ],
    [
      "a header of bad codes",
      "Date,usd,Dollar\n2021-03-09,1,2\n",
      /"usd".*three-letter currency code/,
    ],
    ["a repeated currency", "Date,USD,USD\n2021-03-09,1,2\n", /USD twice/],
    ["a header and no rows", "Date,USD,JPY,\n", /no rates/],
    [
      "a date out of order",
      [lines[0], lines[2], lines[1], ...lines.slice(3)].join("\n"),
      /Line 3: .* is out of order.*newest first/,
    ],
    [
      "a date repeated",
      [lines[0], lines[1], lines[1], ...lines.slice(2)].join("\n"),
      /Line 3: .* is repeated/,
    ],
    ["a day that does not exist", "Date,USD\n2021-02-30,1.2\n", /"2021-02-30" is not a date/],
    [
      "a date in another format",
      "Date,USD\n09/03/2021,1.2\n",
      /"09\/03\/2021" is not a date.*YYYY-MM-DD/,
    ],
    ["a decimal comma", 'Date,USD,JPY\n2021-03-09,"1,1894",129\n', /fields where the header has/],
    ["a word for a rate", "Date,USD\n2021-03-09,n.a.\n", /Line 2, USD: "n.a." is not a rate/],
    ["a negative rate", "Date,USD\n2021-03-09,-1.2\n", /"-1.2" is not a rate.*positive/],
    ["a zero rate", "Date,USD\n2021-03-09,0\n", /"0" is not a rate/],
    ["an exponent", "Date,USD\n2021-03-09,1e3\n", /"1e3" is not a rate/],
    ["too many digits", "Date,USD\n2021-03-09,1.2345678901234567\n", /at most 15/],
    [
      "a short row",
      [lines[0], lines[1], lines[2].split(",").slice(0, 2).join(",")].join("\n"),
      /Line 3 has 2 fields where the header has 5/,
    ],
    ["a long row", "Date,USD\n2021-03-09,1.2,3.4\n", /Line 2 has 3 fields where the header has 2/],
    [
      "a value in the trailing column",
      "Date,USD,\n2021-03-09,1.2,7\n",
      /value after the last currency/,
    ],
  ])("%s", (_what, text, message) => {
    expect(messageOf(readEcbFile(bytes(text)))).toMatch(message);
  });

  test("a file cut short in a row is refused, wherever it is cut", () => {
    fc.assert(
      fc.property(fc.integer({ min: lines[0].length + 3, max: good.length - 2 }), (cut) => {
        const text = good.slice(0, cut);
        // A cut that falls right after a rate's last digit or a whole row leaves a well-formed file.
        const tail = text.slice(text.lastIndexOf("\n") + 1);
        const fieldsLeft = tail.split(",").length;
        if (tail === "" || fieldsLeft === lines[0].split(",").length) return;
        expect(messageOf(readEcbFile(bytes(text)))).toMatch(
          /fields where the header has|not a date|not a rate/
        );
      })
    );
  });

  test("a truncated zip is refused, wherever it is cut", () => {
    const zip = zipEcbHistory(makeEcbHistoryCsv({ days: 200, seed: 5 }).text);
    fc.assert(
      fc.property(fc.integer({ min: 4, max: zip.length - 1 }), (cut) => {
        expect(messageOf(readEcbFile(zip.slice(0, cut)))).toMatch(
          /zip file is damaged or incomplete.*download eurofxref-hist.zip/
        );
      }),
      { numRuns: 50 }
    );
  });

  test("a zip without a CSV, or with several and none the ECB's", () => {
    expect(messageOf(readEcbFile(zipSync({ "a.txt": strToU8("x") })))).toMatch(/no CSV file/);
    const two = zipSync({ "a.csv": strToU8(good), "b.csv": strToU8(good) });
    expect(messageOf(readEcbFile(two))).toMatch(/2 CSV files and none is eurofxref-hist.csv/);
  });

  test("bytes that are not text", () => {
    expect(messageOf(readEcbFile(Uint8Array.from([0xff, 0xfe, 0x00, 0xc3, 0x28])))).toMatch(
      /not text/
    );
  });
});

describe("isEcbHistory checks what storage hands back", () => {
  const history = historyOf(
    parseEcbCsv(makeEcbHistoryCsv({ days: 4, currencies: ["USD", "JPY"] }).text)
  );
  test.each([
    ["null", null],
    ["a plain object", { currencies: ["USD"], days: [1], rates: [1], significantDigits: [5] }],
    ["arrays of other lengths", { ...history, rates: history.rates.slice(1) }],
    ["days not ascending", { ...history, days: Int32Array.from([...history.days].reverse()) }],
    [
      "no days",
      {
        ...history,
        days: new Int32Array(0),
        rates: new Float64Array(0),
        significantDigits: new Uint8Array(0),
      },
    ],
  ])("refuses %s", (_what, value) => expect(isEcbHistory(value)).toBe(false));
});

describe("rates are read to the same double as Number(text)", () => {
  test("any decimal of up to 15 significant digits, as the ECB writes them", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{0,6}$/),
        fc.stringMatching(/^[0-9]{0,6}$/),
        fc.integer({ min: 0, max: 1 }),
        (whole, fraction, zeros) => {
          const texts = [
            `${whole}.${"0".repeat(zeros)}${fraction}1`,
            `0.${"0".repeat(zeros)}${whole}`,
            whole,
          ];
          for (const text of texts) {
            const history = historyOf(parseEcbCsv(`Date,USD\n2021-03-09,${text}\n`));
            expect(history.rates[0]).toBe(Number(text));
          }
        }
      ),
      { numRuns: 2000 }
    );
  });
});
