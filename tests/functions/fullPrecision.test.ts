/**
 * DESK.CONVERT's and DESK.RATE's full_precision argument through the built dist/functions.js: TRUE uses a
 * derived rate before rounding (the exact ratio of its published legs), FALSE or left out the rate as
 * DESK.RATE shows it; a directly published rate is the same either way. The expectations are computed
 * here from published figures (the bundled USD figures that DESK.RATE returns as they are, and the ECB
 * figures of 2021-03-09: USD 1.1892, GBP 0.8584), not by the engine's own functions.
 */
import { FakeWorkbookFile, loadBuiltFunctions, StandInError } from "../support/functionsHost";
import { chainOf, settle } from "../rates/support/deskRates";
import {
  refusedUrl,
  startFrankfurterServer,
  type FrankfurterServer,
} from "../rates/support/frankfurterServer";

const DAY = [["2021-03-09"]];
const one = (v: unknown) => (v as unknown[][])[0][0];

describe("full_precision with the bundled rates", () => {
  const desk = loadBuiltFunctions();
  const rate = (from: string, to: string, full?: unknown) =>
    one(
      desk.call("RATE", [[from]], [[to]], DAY, undefined, full === undefined ? undefined : [[full]])
    );

  beforeAll(async () => {
    await desk.call("RATE", [["EUR"]], [["USD"]], DAY);
  });

  it("gives a derived rate before rounding, and leaves a published rate as published", () => {
    // The bundled data publishes units per USD: USD/EUR and USD/GBP are its figures, as they are.
    const eurPerUsd = rate("USD", "EUR") as number;
    const gbpPerUsd = rate("USD", "GBP") as number;
    expect(eurPerUsd).toBe(0.84076);
    expect(rate("USD", "EUR", true)).toBe(eurPerUsd);
    expect(rate("USD", "EUR", false)).toBe(eurPerUsd);
    // The inverse: 1/0.84076 = 1.18940006..., shown to the data's 5 digits, or in full.
    expect(rate("EUR", "USD")).toBe(1.1894);
    expect(rate("EUR", "USD", false)).toBe(1.1894);
    expect(rate("EUR", "USD", true)).toBe(1 / 0.84076);
    // A cross rate through USD: the ratio of the two figures.
    expect(rate("EUR", "GBP", true)).toBe(gbpPerUsd / eurPerUsd);
    expect(rate("EUR", "GBP")).toBe(Number((gbpPerUsd / eurPerUsd).toPrecision(5)));
    // The same currency is 1 either way.
    expect(rate("COP", "COP", true)).toBe(1);
  });

  it("converts at the full rate with TRUE, at the rate shown otherwise, element by element", () => {
    const out = desk.call(
      "CONVERT",
      [[250], [250], [250], [""]],
      [["EUR"]],
      [["USD"]],
      DAY,
      undefined,
      [[true], [false], [null], [true]]
    );
    expect(out).toEqual([[250 * (1 / 0.84076)], [250 * 1.1894], [250 * 1.1894], [""]]);
    // Left out entirely: as FALSE.
    expect(one(desk.call("CONVERT", [[250]], [["EUR"]], [["USD"]], DAY))).toBe(250 * 1.1894);
  });

  it("refuses anything but TRUE or FALSE, saying what it accepts", () => {
    for (const bad of [1, 0, "TRUE", "yes"]) {
      for (const out of [
        desk.call("CONVERT", [[100]], [["EUR"]], [["USD"]], DAY, undefined, [[bad]]),
        desk.call("RATE", [["EUR"]], [["USD"]], DAY, undefined, [[bad]]),
      ]) {
        const e = one(out) as StandInError;
        expect(e).toBeInstanceOf(StandInError);
        expect(e.code).toBe("#VALUE!");
        expect(e.message).toMatch(/^full_precision must be TRUE .* or FALSE .*, or left out; got /);
      }
    }
    // Checked even where the amount is blank, as every other argument is.
    const blank = one(desk.call("CONVERT", [[""]], [["EUR"]], [["USD"]], DAY, undefined, [["x"]]));
    expect((blank as StandInError).code).toBe("#VALUE!");
  });
});

describe("full_precision with ECB rates and pins", () => {
  let server: FrankfurterServer;
  const workbook = new FakeWorkbookFile();
  const GBP_USD_FULL = 1.1892 / 0.8584;

  beforeAll(async () => {
    server = await startFrankfurterServer();
  });
  afterAll(() => server.close());

  const formulas = (desk: ReturnType<typeof loadBuiltFunctions>) =>
    Promise.all([
      settle(desk.call("RATE", [["GBP"]], [["USD"]], DAY, undefined, [[true]])),
      settle(desk.call("RATE", [["GBP"]], [["USD"]], DAY)),
      settle(desk.call("CONVERT", [[1000]], [["GBP"]], [["USD"]], DAY, undefined, [[true]])),
      settle(desk.call("RATE", [["EUR"]], [["USD"]], DAY, undefined, [[true]])),
    ]);

  it("uses the ECB cross rate before rounding to 5 digits, and pins it", async () => {
    const desk = loadBuiltFunctions(undefined, { ratesBaseUrl: server.url, workbook });
    const [full, shown, converted, published] = await formulas(desk);
    expect(one(full)).toBe(GBP_USD_FULL);
    // The ECB publishes at least 5 significant digits (0.8584 is 0.85840 before JSON drops the zero).
    expect(one(shown)).toBe(1.3854);
    expect(one(converted)).toBe(1000 * GBP_USD_FULL);
    // EUR/USD is the ECB's own figure.
    expect(one(published)).toBe(1.1892);
    await chainOf(desk).flushPins();
    const stored = JSON.parse(workbook.saved["SeizureDesk.ratePins"] as string).pins;
    expect(stored["GBP/USD|2021-03-09|previous"][0]).toBe(1.3854);
    expect(stored["GBP/USD|2021-03-09|previous"][4]).toBe(GBP_USD_FULL);
    expect(stored["EUR/USD|2021-03-09|previous"]).toHaveLength(4);
  });

  it("recalculates to the same full-precision numbers from the pins, offline", async () => {
    const desk = loadBuiltFunctions(undefined, {
      ratesBaseUrl: await refusedUrl(),
      workbook,
      storage: new Map(),
      fetch: () => Promise.reject(new Error("no network on this machine")),
    });
    const [full, shown, converted, published] = await formulas(desk);
    expect([one(full), one(shown), one(converted), one(published)]).toEqual([
      GBP_USD_FULL,
      1.3854,
      1000 * GBP_USD_FULL,
      1.1892,
    ]);
    const info = (await settle(desk.call("RATEINFO", [["GBP"]], [["USD"]], DAY)))[0];
    expect(info[2]).toBe("pinned");
  });
});
