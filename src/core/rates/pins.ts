/**
 * Rates pinned in a workbook: every rate a DESK function used, keyed by pair, date asked and rule, so that
 * the workbook recalculates to the same numbers anywhere, months later, without the network. This module
 * is the pure part: keys, the stored form (one document setting holding JSON), and the difference between
 * two sets of pins that the re-pin command shows.
 */
import { isoDateToDayNumberOrNaN } from "../dates/dayNumber";
import type { Writer } from "../messages/writer";
import type { RateRule } from "./lookup";

export interface Pin {
  /** Units of `to` per one `from`, as a cell's rate shows it (published, or rounded; see lookup.ts). */
  rate: number;
  /**
   * The same rate before rounding, where it differs (a derived rate): a full-precision conversion of a
   * pinned look-up uses it, so that it too recalculates to the same number. Absent: equal to `rate`.
   */
  fullRate?: number;
  /** The day whose rate was used, YYYY-MM-DD. */
  dateUsed: string;
  /** The source as RATEINFO named it when the rate was first used, without the pinning note. */
  source: string;
  /** The day the pin was made, YYYY-MM-DD. */
  pinnedOn: string;
}

export type PinMap = Map<string, Pin>;

export interface PinKeyParts {
  from: string;
  to: string;
  /** ISO date, or "latest" when the formula gave none. */
  dateAsked: string;
  rule: RateRule;
}

/** Same shape as the usage log's key, so that a Sources sheet row and its pin name the same look-up. */
export function pinKey(from: string, to: string, dateAsked: string, rule: RateRule): string {
  return `${from}/${to}|${dateAsked}|${rule}`;
}

const KEY_PATTERN = /^([A-Z]{3})\/([A-Z]{3})\|(latest|\d{4}-\d{2}-\d{2})\|(previous|next|exact)$/;

/** The parts of a key, or undefined unless it names a real day (or "latest") and a known rule. */
export function parsePinKey(key: string): PinKeyParts | undefined {
  const m = KEY_PATTERN.exec(key);
  if (!m || (m[3] !== "latest" && Number.isNaN(isoDateToDayNumberOrNaN(m[3])))) return undefined;
  return { from: m[1], to: m[2], dateAsked: m[3], rule: m[4] as RateRule };
}

/** The document setting that holds the pins. */
export const PINS_SETTING = "SeizureDesk.ratePins";

/**
 * Stored form: sources listed once (a workbook may hold thousands of pins from a handful of sources),
 * each pin as [rate, dateUsed, pinnedOn, source index], with the full rate fifth where it differs from
 * the rate (a pin stored without it reads as before). Document settings are limited in size (about 2 MB
 * in all), so the form is kept compact.
 */
type StoredPin = [number, string, string, number] | [number, string, string, number, number];

interface StoredPins {
  v: 1;
  sources: string[];
  pins: Record<string, StoredPin>;
}

export function serializePins(pins: PinMap): string {
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  const out: StoredPins["pins"] = {};
  for (const key of [...pins.keys()].sort()) {
    const pin = pins.get(key) as Pin;
    let index = sourceIndex.get(pin.source);
    if (index === undefined) {
      index = sources.length;
      sources.push(pin.source);
      sourceIndex.set(pin.source, index);
    }
    out[key] =
      pin.fullRate === undefined || pin.fullRate === pin.rate
        ? [pin.rate, pin.dateUsed, pin.pinnedOn, index]
        : [pin.rate, pin.dateUsed, pin.pinnedOn, index, pin.fullRate];
  }
  const stored: StoredPins = { v: 1, sources, pins: out };
  return JSON.stringify(stored);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rate as stored: a positive finite number. */
const isRate = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v > 0;

/**
 * The pins in a stored setting. A pin that does not read back exactly (a wrong key, a rate that is not a
 * positive finite number) is dropped and counted, never guessed at: that look-up is then made afresh.
 */
export function deserializePins(stored: unknown): { pins: PinMap; dropped: number } {
  const pins: PinMap = new Map();
  let dropped = 0;
  let json: unknown = stored;
  if (typeof stored === "string") {
    try {
      json = JSON.parse(stored);
    } catch {
      return { pins, dropped: 1 };
    }
  }
  const o = json as Partial<StoredPins> | null;
  if (!o || typeof o !== "object" || o.v !== 1 || !Array.isArray(o.sources) || !o.pins)
    return { pins, dropped: stored === null || stored === undefined ? 0 : 1 };
  for (const [key, value] of Object.entries(o.pins)) {
    const ok =
      parsePinKey(key) !== undefined &&
      Array.isArray(value) &&
      isRate(value[0]) &&
      (value.length === 4 || (value.length === 5 && isRate(value[4]))) &&
      typeof value[1] === "string" &&
      ISO_DATE.test(value[1]) &&
      typeof value[2] === "string" &&
      ISO_DATE.test(value[2]) &&
      typeof o.sources[value[3]] === "string";
    if (!ok) {
      dropped++;
      continue;
    }
    pins.set(key, {
      rate: value[0],
      dateUsed: value[1],
      pinnedOn: value[2],
      source: o.sources[value[3]],
      ...(value.length === 5 ? { fullRate: value[4] } : {}),
    });
  }
  return { pins, dropped };
}

export interface PinChange extends PinKeyParts {
  key: string;
  before: Pin;
  /** Undefined when the look-up gave no rate this time (it keeps its old pin). */
  after: Pin | undefined;
  /** after / before - 1; 0 when the rate is the same; NaN when there is no new rate. */
  relativeChange: number;
}

/**
 * What re-pinning changes, for every key of `before`: the changed pins first (largest change first), then
 * those whose source changed at the same rate. Pins with the same rate, day and source are left out.
 */
export function diffPins(before: PinMap, after: PinMap): PinChange[] {
  const changes: PinChange[] = [];
  for (const [key, old] of before) {
    const parts = parsePinKey(key);
    if (!parts) continue;
    const now = after.get(key);
    if (now && now.rate === old.rate && now.dateUsed === old.dateUsed && now.source === old.source)
      continue;
    changes.push({
      ...parts,
      key,
      before: old,
      after: now,
      relativeChange: now ? now.rate / old.rate - 1 : NaN,
    });
  }
  const size = (c: PinChange) =>
    c.relativeChange === c.relativeChange ? Math.abs(c.relativeChange) : -1;
  return changes.sort((a, b) => size(b) - size(a) || (a.key < b.key ? -1 : 1));
}

/** The pane's sentences a pin change is told in (src/i18n/ui). */
export type PinChangeKey = "pinChange" | "pinChangeOtherDay" | "pinNoNewRate" | "pinSameRate";

/**
 * One line per change, for the task pane: "EUR/USD 2021-03-09 (previous): 1.1883 → 1.1892 (+0.08%)". The
 * pair, the date asked (as typed) and the rule (an argument value) stay as they are in every language.
 */
export function describePinChange(change: PinChange, w: Writer<PinChangeKey>): string {
  const what = { pair: `${change.from}/${change.to}`, day: change.dateAsked, rule: change.rule };
  if (!change.after) return w.say("pinNoNewRate", { ...what, rate: change.before.rate });
  if (change.after.rate === change.before.rate)
    return w.say("pinSameRate", { ...what, rate: change.after.rate, source: change.after.source });
  const values = {
    ...what,
    before: change.before.rate,
    after: change.after.rate,
    percent: w.signedPercent(change.relativeChange),
  };
  return change.after.dateUsed === change.before.dateUsed
    ? w.say("pinChange", values)
    : w.say("pinChangeOtherDay", { ...values, dayUsed: change.after.dateUsed });
}
