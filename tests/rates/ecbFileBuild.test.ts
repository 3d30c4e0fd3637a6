/**
 * RATES_ECB_FILE=path npm run build checks the file with scripts/ecbFile/checkEcbFile.ts (webpack.config.js,
 * EcbHistoryFilePlugin) and fails on what it refuses: the same reader as the pane, run as the build runs it.
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { makeEcbHistoryCsv, zipEcbHistory } from "../../scripts/ecbFile/makeEcbHistoryFile";
import { ROOT } from "../support/paths";

const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-ecb-build-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(name: string, bytes: Uint8Array | string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return spawnSync(TSX, ["scripts/ecbFile/checkEcbFile.ts", file], { cwd: ROOT, encoding: "utf8" });
}

it("accepts the ECB's format, zipped or not, and says what it holds", () => {
  const { text } = makeEcbHistoryCsv({ days: 250, lastDate: "2026-11-27", seed: 4 });
  const zipped = check("eurofxref-hist.zip", zipEcbHistory(text));
  expect(zipped.status).toBe(0);
  expect(zipped.stdout).toMatch(
    /eurofxref-hist\.zip: 250 days from \d{4}-\d{2}-\d{2} to 2026-11-27, 41 currencies/
  );
  expect(check("eurofxref-hist.csv", text).status).toBe(0);
}, 60000);

it("refuses another file with the reason, and a non-zero exit that fails the build", () => {
  const other = check("seizures.csv", "Country,Year,Tonnes\nBE,2021,89.5\n");
  expect(other.status).toBe(1);
  expect(other.stderr).toMatch(/seizures\.csv: This is not the ECB's history file/);
  const cut = check("cut.zip", zipEcbHistory(makeEcbHistoryCsv({ days: 50 }).text).slice(0, 300));
  expect(cut.status).toBe(1);
  expect(cut.stderr).toMatch(/zip file is damaged or incomplete/);
  expect(() =>
    execFileSync(TSX, ["scripts/ecbFile/checkEcbFile.ts", path.join(dir, "missing.zip")], {
      cwd: ROOT,
      stdio: "pipe",
    })
  ).toThrow(/cannot be read/);
}, 60000);
