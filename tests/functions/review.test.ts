/**
 * The defects found by the December 2026 review of the functions (../shared/docs/functions-review-2026-12.md),
 * each through the built dist/functions.js as Excel calls it. Rates defects 1, 2, 8, 10, 12 and 14 are in
 * tests/functions/rates.test.ts and tests/rates; this file holds the others.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { startFrankfurterServer } from "../rates/support/frankfurterServer";
import { loadBuiltFunctions, StandInError, thrown } from "../support/functionsHost";
import { DIST } from "../support/paths";

const desk = loadBuiltFunctions();
beforeAll(async () => {
  await desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]);
});

const first = (x: unknown) => (x as unknown[][])[0][0] as StandInError;

describe("the review's defects", () => {
  it("4: a place without a figure for a year says which places have one (Antwerp, where Belgium has none)", () => {
    const be = first(desk.call("SEIZED", [["BE"]], [[2022]]));
    expect(be.code).toBe("#N/A");
    expect(be.message).toMatch(/No source in the dataset gives a figure for BE in 2022/);
    expect(be.message).toMatch(/For 2022 it has: .*Antwerp/);
    expect(typeof (desk.call("SEIZED", [["Antwerp"]], [[2022]]) as unknown[][])[0][0]).toBe(
      "number"
    );
  });

  it("5: a shape mismatch names both arguments and both shapes, the smaller first too", () => {
    const e = thrown(() =>
      desk.call("CONVERT", [[1], [2]], [["EUR"], ["USD"], ["GBP"]], [["USD"]])
    );
    expect(e.message).toMatch(/^amount is 2×1 cells but from is 3×1:/);
  });

  it("6: an empty cell is called an empty cell", () => {
    expect(first(desk.call("SHARE", [[null]], [[4]])).message).toBe(
      "part must be a number; got an empty cell."
    );
    expect(first(desk.call("SEIZED", [["BE"]], [[null]])).message).toMatch(/an empty cell/);
    expect(first(desk.call("SHARE", [[""]], [[4]])).message).toMatch(/got the text ""/);
  });

  it("7: an Excel error in an argument passes through unchanged", () => {
    const na = new StandInError("#N/A", "from the cell above");
    expect(first(desk.call("CONVERT", [[na]], [["EUR"]], [["USD"]], [["2021-03-09"]]))).toBe(na);
    expect(first(desk.call("SHARE", [[1]], [[na]]))).toBe(na);
  });

  it("11: a share of a zero total is #DIV/0!", () => {
    expect(first(desk.call("SHARE", [[1]], [[0]])).code).toBe("#DIV/0!");
  });

  it("13: a blank amount does not hide a bad code or date", () => {
    expect(first(desk.call("CONVERT", [[""]], [["XYZ"]], [["EUR"]], [["bad date"]])).code).toBe(
      "#VALUE!"
    );
    expect(desk.call("CONVERT", [[""]], [["EUR"]], [["USD"]], [["2021-03-09"]])).toEqual([[""]]);
  });

  it("15: the cells of one formula with the same error share one error", () => {
    const codes = Array.from({ length: 1000 }, () => ["XYZ"]);
    const out = desk.call("CONVERT", [[1]], codes, [["EUR"]], [["2021-03-09"]]) as unknown[][];
    expect(new Set(out.map((row) => row[0])).size).toBe(1);
  });

  it("9: the bundled file missing does not disable the service; a currency against itself is 1", async () => {
    const server = await startFrankfurterServer();
    // A copy of the build without rates.bin beside functions.js.
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "desk-no-asset-"));
    fs.copyFileSync(path.join(DIST, "functions.js"), path.join(dist, "functions.js"));
    try {
      const host = loadBuiltFunctions(dist, { ratesBaseUrl: server.url });
      expect(await host.call("CONVERT", [[100]], [["EUR"]], [["EUR"]], [["2021-03-09"]])).toEqual([
        [100],
      ]);
      expect(await host.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]])).toEqual([[1.1892]]);
      const cop = (
        (await host.call("RATE", [["EUR"]], [["COP"]], [["2021-03-09"]])) as StandInError[][]
      )[0][0];
      expect(cop.code).toBe("#N/A");
      expect(cop.message).toMatch(/bundled exchange rates could not be loaded/);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
      await server.close();
    }
  });
});
