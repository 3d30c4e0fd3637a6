/**
 * The previous / next / exact rules applied to the ECB rates in memory, exactly as the bundled rates apply
 * them (see ../lookup.ts): a pair's published day is a day with a value for both currencies, a cross rate
 * goes through EUR, no date means the latest published day.
 *
 * The answer says which years are missing when the rates in memory cannot decide, so that the caller can
 * fetch them all in one batch; and it says when the ECB has nothing to say (before 1999, a currency it did
 * not publish that year, a day not yet published), so that the caller can ask the next source.
 */
import { isoDateFromDayNumber } from "../../dates/dayNumber";
import { msg, type MessageText } from "../../messages/text";
import { weekdayText } from "../lookup";
import { ecbDigits, roundToSignificant } from "../precision";
import { RULE_EXACT, RULE_NEXT, RULE_PREVIOUS, type RuleCode } from "../rules";
import { EcbCache, isFresh, ratePerEurOn, type YearEntry } from "./cache";
import { ECB_BASE, ECB_FIRST_DAY } from "./currencies";
import { RULE_REACH_DAYS, yearOfDay, yearSpanForDay, type YearKey } from "./yearKey";

export type EcbAnswer =
  /**
   * `rate` is the published figure for a rate from EUR, else rounded to its least precise leg; `fullRate`
   * the same before rounding.
   */
  | {
      kind: "found";
      rate: number;
      fullRate: number;
      digits: number;
      day: number;
      entry: YearEntry | undefined;
    }
  | { kind: "no-rate"; text: MessageText }
  | { kind: "missing"; keys: YearKey[] }
  | { kind: "outside"; text: MessageText };

export interface ResolveContext {
  cache: EcbCache;
  todayDayNumber: number;
  nowMs: number;
  /** After a failed fetch, entries past their freshness are better than none. */
  acceptStale: boolean;
}

const MISSING = -1;
const NOT_PUBLISHED = -2;

/** Units of `code` per EUR on `day`; NOT_PUBLISHED; or MISSING when that year is not (freshly) in memory. */
function perEur(ctx: ResolveContext, code: string, day: number): number {
  if (code === ECB_BASE) return 1;
  const entry = ctx.cache.get(code, yearOfDay(day));
  if (!entry || day > entry.throughDay || (!ctx.acceptStale && !isFresh(entry, ctx.nowMs)))
    return MISSING;
  const rate = ratePerEurOn(entry, day);
  return rate === rate ? rate : NOT_PUBLISHED;
}

/** How far each rule looks from the asked day. */
const REACH = { [RULE_PREVIOUS]: "back", [RULE_NEXT]: "forward", [RULE_EXACT]: "both" } as const;

function missingKeys(
  ctx: ResolveContext,
  from: string,
  to: string,
  day: number,
  rule: RuleCode
): YearKey[] {
  let keys: YearKey[] | undefined;
  const reachEnd = rule === RULE_PREVIOUS ? day : day + RULE_REACH_DAYS;
  const { first, last } = yearSpanForDay(day, ctx.todayDayNumber, REACH[rule]);
  for (let side = 0; side < 2; side++) {
    const code = side === 0 ? from : to;
    if (code === ECB_BASE) continue;
    for (let year = first; year <= last; year++) {
      const entry = ctx.cache.get(code, year);
      // A partial year must reach as far as a rule may look (or to today): else it is fetched again.
      const usable = ctx.acceptStale
        ? entry !== undefined
        : entry !== undefined &&
          isFresh(entry, ctx.nowMs) &&
          entry.throughDay >= Math.min(reachEnd, ctx.todayDayNumber, entry.lastDay);
      if (!usable) (keys ??= []).push({ code, year });
    }
  }
  return keys ?? NONE_MISSING;
}

const NONE_MISSING: YearKey[] = [];

type PairRate = { rate: number; fullRate: number; digits: number };
type DayState = PairRate | "missing" | "not-published";

/** The digits a published ECB figure carries (EUR itself: exact). */
function legDigits(code: string, perEurValue: number): number {
  return code === ECB_BASE ? Infinity : ecbDigits(perEurValue);
}

function pairOn(ctx: ResolveContext, from: string, to: string, day: number): DayState {
  const a = perEur(ctx, from, day);
  if (a === MISSING) return "missing";
  const b = perEur(ctx, to, day);
  if (b === MISSING) return "missing";
  if (a === NOT_PUBLISHED || b === NOT_PUBLISHED) return "not-published";
  if (from === ECB_BASE) return { rate: b, fullRate: b, digits: legDigits(to, b) };
  const digits = Math.min(legDigits(from, a), legDigits(to, b));
  return { rate: roundToSignificant(b / a, digits), fullRate: b / a, digits };
}

/** The entry that supplied a rate, for saying whether it came from the network or from storage. */
function entryOf(
  ctx: ResolveContext,
  from: string,
  to: string,
  day: number
): YearEntry | undefined {
  const code = from === ECB_BASE ? to : from;
  return ctx.cache.get(code, yearOfDay(day));
}

/**
 * Walks from `day` in `step` direction to the first published day of the pair, within RULE_REACH_DAYS
 * and never past today.
 */
function walk(
  ctx: ResolveContext,
  from: string,
  to: string,
  day: number,
  step: 1 | -1
): ({ day: number } & PairRate) | "missing" | "none" {
  for (let k = 0; k <= RULE_REACH_DAYS; k++) {
    const d = day + k * step;
    if (d > ctx.todayDayNumber || d < ECB_FIRST_DAY) return "none";
    const state = pairOn(ctx, from, to, d);
    if (state === "missing") return "missing";
    if (state !== "not-published") return { day: d, ...state };
  }
  return "none";
}

/**
 * The ECB rate of `to` per `from` on `dayNumber` (null: the latest) under `rule`. Both codes must be ECB
 * currencies (see isEcbCurrency) and differ.
 */
export function resolveEcbRate(
  ctx: ResolveContext,
  from: string,
  to: string,
  dayNumber: number | null,
  rule: RuleCode
): EcbAnswer {
  const latest = dayNumber === null;
  const day = latest ? ctx.todayDayNumber : dayNumber;
  const effectiveRule = latest ? RULE_PREVIOUS : rule;
  if (day < ECB_FIRST_DAY) {
    return outside(
      msg("rates.ecbStart", { day: { isoDate: isoDateFromDayNumber(ECB_FIRST_DAY) } })
    );
  }
  if (day > ctx.todayDayNumber) {
    return outside(msg("rates.future", { day: { isoDate: isoDateFromDayNumber(day) } }));
  }
  const needed = missingKeys(ctx, from, to, day, effectiveRule);
  if (needed.length > 0) return { kind: "missing", keys: needed };

  if (effectiveRule === RULE_EXACT) {
    const state = pairOn(ctx, from, to, day);
    if (state === "missing") return { kind: "missing", keys: [] };
    if (state !== "not-published") return found(ctx, from, to, day, state);
    const before = walk(ctx, from, to, day, -1);
    const after = walk(ctx, from, to, day, 1);
    if (before === "missing" || after === "missing") return { kind: "missing", keys: [] };
    if (before === "none") return outsideFor(from, to, day);
    const next =
      after === "none"
        ? msg("rates.noneYet")
        : msg("rates.nextRule", { day: { isoDate: isoDateFromDayNumber(after.day) } });
    const text = msg("rates.ecbNoRatePublished", {
      pair: `${from}/${to}`,
      day: { isoDate: isoDateFromDayNumber(day) },
      weekday: weekdayText(day),
      before: { isoDate: isoDateFromDayNumber(before.day) },
      next,
    });
    return { kind: "no-rate", text };
  }
  const hit = walk(ctx, from, to, day, effectiveRule === RULE_NEXT ? 1 : -1);
  if (hit === "missing") return { kind: "missing", keys: [] };
  if (hit === "none") return outsideFor(from, to, day);
  return found(ctx, from, to, hit.day, hit);
}

function found(
  ctx: ResolveContext,
  from: string,
  to: string,
  day: number,
  state: PairRate
): EcbAnswer {
  return {
    kind: "found",
    rate: state.rate,
    fullRate: state.fullRate,
    digits: state.digits,
    day,
    entry: entryOf(ctx, from, to, day),
  };
}

function outside(text: MessageText): EcbAnswer {
  return { kind: "outside", text };
}

function outsideFor(from: string, to: string, day: number): EcbAnswer {
  return outside(
    msg("rates.ecbNoneNear", { pair: `${from}/${to}`, day: { isoDate: isoDateFromDayNumber(day) } })
  );
}
