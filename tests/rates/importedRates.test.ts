/**
 * The imported ECB history: a good file replaces the kept one and is handed to listeners; a bad file, or
 * storage that fails, leaves the kept one (in storage and in use) as it was; removal hands back the file
 * bundled at build, or nothing.
 */
import { strToU8 } from "fflate";
import { createImportedRates, type ImportedEcbHistory } from "../../src/functions/importedRates";
import { memoryEcbFileStore, type EcbFileStore } from "../../src/functions/ecbFileStore";
import { readEcbFile } from "../../src/core/rates/ecbFile";
import { makeEcbHistoryCsv, zipEcbHistory } from "../../scripts/ecbFile/makeEcbHistoryFile";

const first = makeEcbHistoryCsv({
  days: 10,
  currencies: ["USD", "JPY"],
  lastDate: "2025-06-30",
  seed: 1,
});
const second = makeEcbHistoryCsv({
  days: 20,
  currencies: ["USD", "GBP", "CHF"],
  lastDate: "2026-11-30",
  seed: 2,
});

function seen(rates: ReturnType<typeof createImportedRates>): (ImportedEcbHistory | undefined)[] {
  const calls: (ImportedEcbHistory | undefined)[] = [];
  rates.subscribe((current) => calls.push(current));
  return calls;
}

describe("imported ECB history", () => {
  it("keeps a good file, hands it on, and names its source", async () => {
    const store = memoryEcbFileStore();
    const rates = createImportedRates(store, async () => undefined);
    await rates.ready();
    const calls = seen(rates);
    const outcome = await rates.import(
      zipEcbHistory(first.text),
      "eurofxref-hist.zip",
      Date.parse("2026-12-05T10:00:00Z")
    );
    expect(outcome.ok).toBe(true);
    expect(calls.map((c) => c?.summary.lastDate)).toEqual([undefined, "2025-06-30"]);
    expect(rates.current()?.sourceName).toBe(
      `ECB euro reference rates, history file eurofxref-hist.zip (${first.expected.dates[0]} to 2025-06-30, imported 2026-12-05)`
    );
    // Another runtime reading the same storage finds it.
    const again = createImportedRates(store, async () => undefined);
    expect((await again.ready())?.summary.dayCount).toBe(10);
  });

  it("refuses a bad file and keeps the one before, in storage and in use", async () => {
    const store = memoryEcbFileStore();
    const rates = createImportedRates(store, async () => undefined);
    await rates.import(strToU8(first.text), "eurofxref-hist.csv");
    const write = jest.spyOn(store, "write");
    for (const bad of [
      strToU8("Country,Year\nBE,2021\n"),
      zipEcbHistory(second.text).slice(0, -10),
      strToU8(second.text.slice(0, 300)),
    ]) {
      const outcome = await rates.import(bad, "bad");
      expect(outcome.ok).toBe(false);
    }
    expect(write).not.toHaveBeenCalled();
    expect(rates.current()?.summary.dayCount).toBe(10);
    expect((await store.read())?.fileName).toBe("eurofxref-hist.csv");
  });

  it("a good file that storage fails to keep is not used, and says why", async () => {
    const memory = memoryEcbFileStore();
    const failing: EcbFileStore = {
      ...memory,
      write: async () => Promise.reject(new Error("QuotaExceededError")),
    };
    const rates = createImportedRates(failing, async () => undefined);
    const outcome = await rates.import(strToU8(second.text), "eurofxref-hist.csv");
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/did not keep it \(QuotaExceededError\).*unchanged/),
      text: { key: "ecbFile.notKept", values: { reason: "QuotaExceededError" } },
    });
    expect(rates.current()).toBeUndefined();
  });

  it("removal falls back to the file bundled at build, which an import outranks", async () => {
    const built = readEcbFile(strToU8(second.text));
    if (!built.ok) throw new Error(built.message);
    const rates = createImportedRates(memoryEcbFileStore(), async () => ({
      history: built.history,
      fileName: "ecb-history.csv",
      importedAtMs: 0,
    }));
    expect((await rates.ready())?.origin).toBe("build");
    await rates.import(strToU8(first.text), "mine.csv");
    expect(rates.current()?.origin).toBe("imported");
    await rates.remove();
    expect(rates.current()?.origin).toBe("build");
    expect(rates.current()?.sourceName).toMatch(
      /history file ecb-history.csv .*bundled with this add-in/
    );
  });
});
