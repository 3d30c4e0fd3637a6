/**
 * A 1904-date workbook: the built functions do not read a date serial before the pane has reported the
 * workbook's date system; a formula evaluated earlier waits for it (then computes in that system), or,
 * past the wait, answers #N/A saying why, and the pane's report asks for a recalculation.
 */
import { loadBuiltFunctions } from "../support/functionsHost";
import { DATE_SYSTEM_WAIT_MS } from "../../src/core/functions/dateSystem";
import { FUNCTION_MESSAGES_EN } from "../../src/core/messages/en";
import { msg } from "../../src/core/messages/text";

/** The built functions.js before the pane has reported the workbook's date system. */
function functionsBeforeTheReport(): ReturnType<typeof loadBuiltFunctions> {
  return loadBuiltFunctions(undefined, { dateSystem: "unreported" });
}

describe("date serials before and after the pane reports the date system", () => {
  it("waits, then reads the serial in the reported system (42802 is 9 March 2021 in 1904, 8 March 2017 in 1900)", async () => {
    const host = functionsBeforeTheReport();
    const pending = host.call("RATEINFO", [["EUR"]], [["USD"]], [[42802]]);
    expect(typeof (pending as Promise<unknown>).then).toBe("function");
    let settled = false;
    void (pending as Promise<unknown>).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);

    // What the pane calls on the page once it has read the workbook (src/taskpane/taskpane.ts).
    expect(host.runtime.setWorkbookDateSystem("1904")).toBe(false);
    const [[rate, serialUsed]] = (await pending) as unknown[][];
    // The day used is written back in the 1904 system too, and the rate is 9 March 2021's.
    expect(serialUsed).toBe(42802);
    expect(rate).toBe(
      (host.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]) as unknown[][])[0][0]
    );
    // Known now: the next formula answers at once.
    expect(
      typeof (host.call("RATE", [["EUR"]], [["USD"]], [[42802]]) as { then?: unknown }).then
    ).toBe("undefined");
  });
});

describe("a formula that gave up waiting", () => {
  beforeEach(() => {
    jest.resetModules();
    // The fresh modules with the English messages built in, as functions.js has them.
    jest.requireActual("../../src/core/messages/englishBuiltIn");
  });

  it("answers #N/A for a serial, computes a text date, and the report asks for a recalculation", async () => {
    jest.useFakeTimers();
    try {
      const fresh = jest.requireActual<typeof import("../../src/core/functions/dateSystem")>(
        "../../src/core/functions/dateSystem"
      );
      const { FormulaRates, rateCell } = jest.requireActual<
        typeof import("../../src/core/functions/rates")
      >("../../src/core/functions/rates");
      const waited = fresh.whenDateSystemKnown();
      jest.advanceTimersByTime(DATE_SYSTEM_WAIT_MS);
      await waited;
      const echo = new FormulaRates((_f: string, _t: string, day: number | null) => ({
        ok: true,
        rate: day ?? -1,
        fullRate: day ?? -1,
        digits: 5,
        dateUsed: "2021-03-09",
        dayUsed: day ?? 0,
        dayAsked: day ?? 0,
        source: "test",
        citation: msg("rates.engine", { message: "test" }),
        rule: "previous",
      }));
      const answer = rateCell(echo, "EUR", "USD", 44264, null);
      expect(answer).toMatchObject({
        kind: "notAvailable",
        message: FUNCTION_MESSAGES_EN["rates.dateSystemUnknown"],
      });
      expect(rateCell(echo, "EUR", "USD", "2021-03-09", null)).toBe(
        Date.parse("2021-03-09") / 86400000
      );
      expect(fresh.setWorkbookDateSystem("1900")).toBe(true);
      expect(fresh.setWorkbookDateSystem("1900")).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});
