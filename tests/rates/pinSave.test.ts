/**
 * Saving pins through the built dist/functions.js: a save that Office reports as failed (saveAsync's
 * AsyncResult with status "failed" and an error, as learn.microsoft.com documents Office.Settings.saveAsync)
 * is kept as the outcome for the task pane, and pins that would pass the stated size limit are not
 * written over the ones the workbook holds; both read as a problem in the pane's words.
 */
import {
  describePinSave,
  PIN_SETTINGS_LIMIT_BYTES,
  type PinSaveStatus,
} from "../../src/core/rates/pinBudget";
import { referenceWord } from "../../src/taskpane/pinCheckPanel";
import { pinCheckWriter, type PinLinesWriter } from "../../src/taskpane/pinCheckWording";
import { PINS_SETTING, pinKey, serializePins, type PinMap } from "../../src/core/rates/pins";
import {
  FakeWorkbookFile,
  loadBuiltFunctions,
  type LoadedFunctions,
} from "../support/functionsHost";
import { chainOf, settle } from "./support/deskRates";

/** A workbook whose saves Office refuses, as it does for a read-only document. */
class RefusingWorkbookFile extends FakeWorkbookFile {
  open(): Office.Settings {
    const settings = super.open();
    settings.saveAsync = ((callback?: (result: unknown) => void) => {
      setTimeout(
        () =>
          callback?.({
            status: "failed",
            value: undefined,
            error: { code: 5001, name: "Internal Error", message: "The document is read-only." },
          }),
        0
      );
    }) as Office.Settings["saveAsync"];
    return settings;
  }
}

function saveStatus(desk: LoadedFunctions): PinSaveStatus {
  const engine = desk.runtime.loadedRateEngine();
  if (!engine) throw new Error("no rate engine yet: call a rate function first");
  return engine.pinSaveStatus();
}

/** The pin lines in English, as the pane writes them (the module it fetches when pins are first shown). */
let english: PinLinesWriter;
beforeAll(async () => {
  english = await pinCheckWriter("en", referenceWord);
});

describe("saving pins", () => {
  it("a save that succeeds says how much room the pins take", async () => {
    const workbook = new FakeWorkbookFile();
    const desk = loadBuiltFunctions(undefined, { workbook });
    await settle(desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]));
    await chainOf(desk).flushPins();
    const status = saveStatus(desk);
    expect(status).toMatchObject({ state: "saved", pinCount: 1 });
    expect(describePinSave(status, english)).toEqual({
      text: expect.stringMatching(/^1 pin saved in the workbook \(1 KB of 1,000 KB\)\.$/),
      problem: false,
    });
  });

  it("a failed save is reported with Office's reason, and the pins stay in use", async () => {
    const workbook = new RefusingWorkbookFile();
    const desk = loadBuiltFunctions(undefined, { workbook });
    const first = await settle(desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]));
    await chainOf(desk).flushPins();
    const status = saveStatus(desk);
    expect(status).toMatchObject({
      state: "failed",
      pinCount: 1,
      reason: "The document is read-only.",
    });
    const { text, problem } = describePinSave(status, english);
    expect(problem).toBe(true);
    expect(text).toMatch(
      /^Excel did not save the pins \(The document is read-only\.\)\. They stay in use until Excel closes \(1 pin\)/
    );
    expect(chainOf(desk).pinnedRates()).toHaveLength(1);
    expect(await settle(desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]))).toEqual(first);
  });

  it("pins past the size limit are not written over the workbook's, and the pane says so", async () => {
    // A workbook that already holds pins close to the limit.
    const pins: PinMap = new Map();
    const source = "ECB euro reference rate via https://api.frankfurter.dev/v1";
    for (let day = 0; pins.size < 12000; day++) {
      const date = new Date(Date.UTC(1999, 0, 4) + day * 86400000).toISOString().slice(0, 10);
      for (const code of ["USD", "JPY", "GBP"]) {
        pins.set(pinKey("EUR", code, date, "previous"), {
          rate: 1.2345,
          dateUsed: date,
          source,
          pinnedOn: "2026-12-01",
        });
      }
    }
    const stored = serializePins(pins);
    expect(JSON.stringify(stored).length).toBeLessThan(PIN_SETTINGS_LIMIT_BYTES);
    const workbook = new FakeWorkbookFile();
    workbook.saved[PINS_SETTING] = stored;
    const desk = loadBuiltFunctions(undefined, { workbook });
    // New look-ups of pairs the workbook has not pinned, enough to pass the limit.
    const dates = Array.from({ length: 3000 }, (_, i) => [
      new Date(Date.UTC(2001, 0, 1) + i * 86400000).toISOString().slice(0, 10),
    ]);
    await settle(desk.call("RATE", [["USD"]], [["CHF"]], dates));
    await chainOf(desk).flushPins();
    const status = saveStatus(desk);
    expect(status.state).toBe("too-large");
    expect(workbook.saved[PINS_SETTING]).toBe(stored);
    const { text, problem } = describePinSave(status, english);
    expect(problem).toBe(true);
    expect(text).toMatch(
      /over the 1,000 KB the workbook's settings can hold: the pins saved before are kept/
    );
  });

  it("warns from 80 % of the limit", () => {
    const near = describePinSave(
      { state: "saved", pinCount: 9000, bytes: 850_000, atMs: 0 },
      english
    );
    expect(near.problem).toBe(true);
    expect(near.text).toMatch(/850 KB of the 1,000 KB they may take: near the limit/);
  });
});
