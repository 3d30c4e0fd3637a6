/**
 * @jest-environment jsdom
 *
 * The rates panel inside Excel (Office stand-in, a Frankfurter stand-in on loopback as the ECB service):
 * "Verify pinned rates" compares every pin with the ECB service's rate, fetched through the functions' own
 * client in one batched request, with the imported ECB history file and with the bundled rates, and lists
 * each pin that differs from its own source or matches none, and each that its source explains while
 * another source gives another rate, saying what each source says. The pin line says when Excel refused
 * to save the pins (saveAsync's AsyncResult with status "failed").
 */
import fs from "fs";
import path from "path";
import { strToU8 } from "fflate";
import { isoDateToDayNumberOrNaN } from "../../src/core/dates/dayNumber";
import { decodeRateTable, rateOn } from "../../src/core/rates";
import { PINS_SETTING, pinKey, serializePins, type PinMap } from "../../src/core/rates/pins";
import { DIST } from "../support/paths";
import { documentSettings, installOfficeInExcel } from "../support/officeSettings";
import { loopbackFetch } from "../support/loopbackFetch";
import { startFrankfurterServer, type FrankfurterServer } from "../rates/support/frankfurterServer";
import { fixtureRate } from "../rates/support/frankfurterFixture";

const globals = globalThis as unknown as Record<string, unknown>;
const DAY = "2021-03-09";
const DAY_NUMBER = isoDateToDayNumberOrNaN(DAY);

const bytes = fs.readFileSync(path.join(DIST, "rates.bin"));
const decoded = decodeRateTable(bytes);
if (!decoded.ok) throw new Error(decoded.message);
const table = decoded.table;
function bundledRate(to: string): number {
  const found = rateOn(table, "EUR", to, DAY_NUMBER, "exact");
  if (!found.ok) throw new Error(found.message);
  return found.rate;
}
/** The ECB service stand-in's figure (units per EUR) on DAY. */
const ecbRate = (code: string) => fixtureRate(code, DAY_NUMBER);

let server: FrankfurterServer;
const ECB_SOURCE = () => `ECB euro reference rate via ${server.url}`;
const pin = (rate: number, source: string) => ({
  rate,
  dateUsed: DAY,
  source,
  pinnedOn: "2026-11-01",
});
const saves: string[] = [];

beforeAll(async () => {
  server = await startFrankfurterServer();
  // jsdom leaves out TextDecoder, which every browser (and Node) has.
  globals.TextDecoder ??= require("util").TextDecoder;
  const pins: PinMap = new Map([
    // Made from the ECB service: the service and the file agree; the bundled rates give another figure.
    [pinKey("EUR", "USD", DAY, "previous"), pin(ecbRate("USD"), ECB_SOURCE())],
    // Says it came from the ECB, but the ECB gives another figure.
    [pinKey("EUR", "GBP", DAY, "previous"), pin(0.8567, ECB_SOURCE())],
    // Of unknown origin, and no source comes near it.
    [pinKey("EUR", "JPY", DAY, "previous"), pin(140.5, "sent with the workbook")],
  ]);
  // One stored pin does not read back (a day that does not exist): it is counted, not used.
  const stored = JSON.parse(serializePins(pins));
  stored.pins["EUR/USD|2021-02-30|previous"] = [1.2, "2021-02-30", "2026-11-01", 0];
  const values = new Map<string, unknown>([[PINS_SETTING, JSON.stringify(stored)]]);
  installOfficeInExcel(
    documentSettings(values, {
      saves,
      // As Office answers for a document it cannot write.
      refusal: { code: 5001, name: "Internal Error", message: "The document is read-only." },
    })
  );
  globals.Excel = { run: async () => undefined };
  localStorage.setItem("seizureDesk.ratesBaseUrl", server.url);
  // The add-in's own server sends the bundled rates; the ECB service is the stand-in.
  globals.fetch = async (url: string) =>
    url.endsWith("rates.bin")
      ? {
          ok: true,
          status: 200,
          arrayBuffer: async () =>
            bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
        }
      : loopbackFetch(url);
});
afterAll(() => server.close());

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function escaped(text: string | number): string {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

it("compares every pin with the ECB service, the ECB file and the bundled rates, and says what each says", async () => {
  const { mountRatesPanel } =
    require("../../src/taskpane/ratesPanel") as typeof import("../../src/taskpane/ratesPanel");
  const { importedRatesState } =
    require("../../src/functions/importedRates") as typeof import("../../src/functions/importedRates");
  const { rateChain } =
    require("../../src/functions/runtime") as typeof import("../../src/functions/runtime");
  // The same ECB figures as an imported history file.
  const ecb =
    `Date,USD,JPY,GBP,\n${DAY},${ecbRate("USD")},${ecbRate("JPY")},${ecbRate("GBP")},\n` +
    "2021-03-08,1.1857,128.8,0.85788,\n";
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

  // A look-up the workbook has not pinned yet: fetched, pinned and saved, and Office refuses the save.
  const chain = rateChain();
  await chain.run((lookup) => lookup("EUR", "CHF", DAY_NUMBER, "previous"));
  await chain.flushPins();
  expect(saves).toEqual(["refused"]);

  verify?.click();
  const outcome = root.querySelector("#pin-check-outcome") as HTMLElement;
  await until(() => !/Comparing|^$/.test(outcome.textContent ?? ""));
  // The pins' currencies of 2021 in one request, through the functions' client (CHF is in its cache).
  expect(server.requests).toEqual([
    "/v1/2021-01-01..2021-12-31?from=EUR&to=CHF",
    "/v1/2021-01-01..2021-12-31?from=EUR&to=GBP,JPY,USD",
  ]);

  const lines = [...root.querySelectorAll(".pin-check li")].map((li) => li.textContent);
  const head = (to: string, rate: number) =>
    `^EUR/${to} ${DAY} \\(previous; rate of ${DAY}\\): pinned ${escaped(rate)}`;
  const says = (name: string, rate: number, agrees: boolean) =>
    `${name} says ${escaped(rate)} \\(${agrees ? "agrees within its rounding" : "pin [+-]\\d+\\.\\d\\d%, more than its rounding"}\\)`;
  expect(lines).toHaveLength(4);
  // Differing, largest first: no source near the JPY pin; the ECB contradicts the GBP pin.
  expect(lines[0]).toMatch(
    new RegExp(
      `${head("JPY", 140.5)}; ${says("ECB live", ecbRate("JPY"), false)}; ` +
        `${says("ECB file", ecbRate("JPY"), false)}; ${says("bundled", bundledRate("JPY"), false)}$`
    )
  );
  expect(lines[1]).toMatch(
    new RegExp(
      `${head("GBP", 0.8567)} \\(pinned from the ECB's rates\\); ${says("ECB live", ecbRate("GBP"), false)}; ` +
        `${says("ECB file", ecbRate("GBP"), false)}; bundled says `
    )
  );
  // Their own source explains them (in the pins' order); the bundled rates give another figure.
  expect(lines[3]).toMatch(
    new RegExp(
      `${head("USD", ecbRate("USD"))} \\(pinned from the ECB's rates\\); ${says("ECB live", ecbRate("USD"), true)}; ` +
        `${says("ECB file", ecbRate("USD"), true)}; ${says("bundled", bundledRate("USD"), false)}$`
    )
  );
  expect(lines[2]).toMatch(
    new RegExp(
      `${head("CHF", ecbRate("CHF"))} \\(pinned from the ECB's rates\\); ${says("ECB live", ecbRate("CHF"), true)}; ` +
        `${says("bundled", bundledRate("CHF"), false)}$`
    )
  );
  expect(outcome.textContent).toBe(
    "2 of 4 pinned rates differ from their own source, or match none of the sources at hand (ECB live, " +
      "ECB file or bundled), by more than its rounding: re-fetch and re-pin them, or check where the " +
      "workbook came from. 2 match their own source while another source gives another rate (listed too: " +
      "each value stays with its source)."
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
