/**
 * Checks an ECB history file with the add-in's own reader, for a build that bundles one
 * (RATES_ECB_FILE=path npm run build):
 *
 *   tsx scripts/ecbFile/checkEcbFile.ts path/to/eurofxref-hist.zip
 *
 * Prints one line that says what the file holds and exits 0, or prints what is wrong and exits 1.
 */
import fs from "fs";
import { readEcbFile, summarizeEcbHistory } from "../../src/core/rates/ecbFile";

function main(file: string | undefined): number {
  if (!file) {
    process.stderr.write("usage: tsx scripts/ecbFile/checkEcbFile.ts <eurofxref-hist.zip|.csv>\n");
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    process.stderr.write(`${file} cannot be read: ${(error as Error).message}\n`);
    return 1;
  }
  const read = readEcbFile(bytes);
  if (!read.ok) {
    process.stderr.write(`${file}: ${read.message}\n`);
    return 1;
  }
  const s = summarizeEcbHistory(read.history);
  process.stdout.write(
    `${file}: ${s.dayCount} days from ${s.firstDate} to ${s.lastDate}, ${s.currencyCount} currencies\n`
  );
  return 0;
}

process.exitCode = main(process.argv[2]);
