/**
 * The workbook's date system: asked of Excel by the pane (DATE(1904,1,1) through workbook.functions), then
 * used by the DESK functions to read date serials.
 */
import { setWorkbookDateSystem } from "../../src/core/functions/dateSystem";
import { FormulaRates, rateCell, type RateLookup } from "../../src/core/functions/rates";
import { isoDateFromDayNumber } from "../../src/core/dates/dayNumber";
import { readWorkbookDateSystem } from "../../src/excel/dateSystem";
import { msg } from "../../src/core/messages/text";

/**
 * An Excel whose DATE function answers as a workbook on the given system does. Like Excel, the result's
 * value can be read only after it was loaded and a sync carried the load.
 */
function excelOn(system: "1900" | "1904") {
  const serialOf19040101 = system === "1904" ? 0 : 1462;
  const calls: number[][] = [];
  let loadQueued = false;
  let loaded = false;
  const context = {
    workbook: {
      functions: {
        date(year: number, month: number, day: number) {
          calls.push([year, month, day]);
          return {
            load() {
              loadQueued = true;
            },
            get value() {
              if (!loaded) throw new Error("PropertyNotLoaded: FunctionResult.value");
              return serialOf19040101;
            },
          };
        },
      },
    },
    sync: jest.fn(async () => {
      loaded = loadQueued;
    }),
  };
  (globalThis as { Excel?: unknown }).Excel = {
    run: (fn: (c: Excel.RequestContext) => Promise<unknown>) =>
      fn(context as unknown as Excel.RequestContext),
  };
  return { calls, sync: context.sync };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  setWorkbookDateSystem("1900");
});

describe("readWorkbookDateSystem", () => {
  it.each(["1900", "1904"] as const)(
    "reads the %s system in one sync, writing nothing",
    async (system) => {
      const excel = excelOn(system);
      expect(await readWorkbookDateSystem()).toBe(system);
      expect(excel.calls).toEqual([[1904, 1, 1]]);
      expect(excel.sync).toHaveBeenCalledTimes(1);
    }
  );
});

describe("date serials in the functions", () => {
  /** A look-up that answers with the day it was asked for, so the test sees how the serial was read. */
  const echoDay: RateLookup = (_from, _to, dayNumber) => ({
    ok: true,
    rate: dayNumber ?? -1,
    fullRate: dayNumber ?? -1,
    dateUsed: isoDateFromDayNumber(dayNumber ?? 0),
    dayUsed: dayNumber ?? 0,
    dayAsked: dayNumber ?? 0,
    digits: 5,
    source: "test",
    citation: msg("rates.engine", { message: "test" }),
    rule: "previous",
  });
  const dayOf = (iso: string) => Date.parse(iso) / 86400000;

  it("reads a serial in the workbook's date system once the pane has set it", () => {
    // 44264 is 2021-03-09 in the 1900 system and 2025-03-10 in the 1904 system.
    expect(rateCell(new FormulaRates(echoDay), "EUR", "USD", 44264, null)).toBe(
      dayOf("2021-03-09")
    );
    setWorkbookDateSystem("1904");
    expect(rateCell(new FormulaRates(echoDay), "EUR", "USD", 44264, null)).toBe(
      dayOf("2025-03-10")
    );
    // Text dates mean the same day in both systems.
    expect(rateCell(new FormulaRates(echoDay), "EUR", "USD", "2021-03-09", null)).toBe(
      dayOf("2021-03-09")
    );
  });
});
