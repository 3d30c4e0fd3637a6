/**
 * @jest-environment jsdom
 *
 * The rates panel inside Excel (Office and Excel stand-ins): "Verify pinned rates" lists the workbook's
 * pins that neither the imported ECB history file nor the bundled rates explain, and the pin line says
 * when Excel refused to save the pins (saveAsync's AsyncResult with status "failed").
 */
import fs from "fs";
import path from "path";
import { strToU8 } from "fflate";
import { isoDateToDayNumberOrNaN } from "../../src/core/dates/dayNumber";
import { decodeRateTable, rateOn } from "../../src/core/rates";
import { PINS_SETTING, pinKey, serializePins, type PinMap } from "../../src/core/rates/pins";
import { DIST } from "../support/paths";

const globals = globalThis as unknown as Record<string, unknown>;
const DAY = "2021-03-09";

const bytes = fs.readFileSync(path.join(DIST, "rates.bin"));
const decoded = decodeRateTable(bytes);
if (!decoded.ok) throw new Error(decoded.message);
const bundledEurUsd = rateOn(decoded.table, "EUR", "USD", isoDateToDayNumberOrNaN(DAY), "exact");
if (!bundledEurUsd.ok) throw new Error(bundledEurUsd.message);

const pin = (rate: number) => ({
  rate,
  dateUsed: DAY,
  source: "sent with the workbook",
  pinnedOn: "2026-11-01",
});
const PINNED: PinMap = new Map([
  [pinKey("EUR", "USD", DAY, "previous"), pin(bundledEurUsd.rate)],
  [pinKey("EUR", "GBP", DAY, "previous"), pin(0.8567)],
  [pinKey("EUR", "JPY", DAY, "previous"), pin(140.5)],
]);
const saves: string[] = [];

beforeAll(() => {
  // jsdom leaves out TextDecoder, which every browser (and Node) has.
  globals.TextDecoder ??= require("util").TextDecoder;
  // One stored pin does not read back (a day that does not exist): it is counted, not used.
  const stored = JSON.parse(serializePins(PINNED));
  stored.pins["EUR/USD|2021-02-30|previous"] = [1.2, "2021-02-30", "2026-11-01", 0];
  const settings = new Map<string, unknown>([[PINS_SETTING, JSON.stringify(stored)]]);
  globals.Office = {
    onReady: () => Promise.resolve({ host: "Excel" }),
    context: {
      document: {
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => void settings.set(name, value),
          remove: (name: string) => void settings.delete(name),
          // As Office answers for a document it cannot write.
          saveAsync: (callback?: (result: unknown) => void) => {
            saves.push("refused");
            callback?.({
              status: "failed",
              error: { code: 5001, name: "Internal Error", message: "The document is read-only." },
            });
          },
        },
      },
    },
  };
  globals.Excel = { run: async () => undefined };
  localStorage.setItem("seizureDesk.ratesBaseUrl", "off");
  globals.fetch = async () => ({
    ok: true,
    status: 200,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

it("lists the pins no source explains, and says that Excel did not save the pins", async () => {
  const { mountRatesPanel } =
    require("../../src/taskpane/ratesPanel") as typeof import("../../src/taskpane/ratesPanel");
  const { importedRatesState } =
    require("../../src/functions/importedRates") as typeof import("../../src/functions/importedRates");
  const { rateChain } =
    require("../../src/functions/runtime") as typeof import("../../src/functions/runtime");
  // The ECB's own figures for the day, as an imported history file.
  const ecb =
    "Date,USD,JPY,GBP,\n2021-03-09,1.1894,129.07,0.8567,\n2021-03-08,1.1857,128.8,0.85788,\n";
  const imported = await importedRatesState().import(strToU8(ecb), "eurofxref-hist.csv");
  expect(imported.ok).toBe(true);

  const root = document.createElement("section");
  document.body.appendChild(root);
  mountRatesPanel(root);
  const verify = [...root.querySelectorAll("button")].find(
    (b) => b.textContent === "Verify pinned rates"
  );
  expect(verify).toBeDefined();
  expect(verify?.getAttribute("aria-describedby")).toBe("pin-check-help");

  // A look-up the workbook has not pinned yet: pinned and saved, and Office refuses the save.
  const chain = rateChain();
  await chain.run((lookup) => lookup("EUR", "CHF", isoDateToDayNumberOrNaN(DAY), "previous"));
  await chain.flushPins();
  expect(saves).toEqual(["refused"]);

  verify?.click();
  const outcome = root.querySelector("#pin-check-outcome") as HTMLElement;
  await until(() => !/Comparing|^$/.test(outcome.textContent ?? ""));
  const lines = [...root.querySelectorAll(".pin-check li")].map((li) => li.textContent);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^EUR\/JPY 2021-03-09 \(previous; rate of 2021-03-09\): pinned 140\.5, ECB file 129\.07 \(\+8\.86%\), bundled \d+\.\d+ \(\+\d+\.\d\d%\)$/
  );
  expect(outcome.textContent).toMatch(
    /^1 of 4 pinned rates match no source at hand \(ECB file or bundled\) within its rounding/
  );
  const saveLine = root.querySelector("#pin-save-state") as HTMLElement;
  expect(saveLine.textContent).toMatch(
    /^Excel did not save the pins \(The document is read-only\.\)\. They stay in use until Excel closes \(4 pins\)/
  );
  expect(saveLine.textContent).toMatch(
    / 1 pinned rates stored in this workbook could not be read .*: they are not used, and those look-ups are made afresh\.$/
  );
  expect(saveLine.classList.contains("rates-message-error")).toBe(true);
});
