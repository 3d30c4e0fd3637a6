/**
 * One number per rate look-up (pair, date asked, rule), for the tables and caches consulted once per cell:
 * building the text key (`EUR/USD|2021-03-09|previous`, see pins.ts) for every cell would cost more than
 * the look-up itself.
 *
 * A key packs, from high to low: the pair (two three-letter slots, 26^3 each), the rule (0..2) and the day
 * asked as an offset within Excel's dates (1900-01-01 to 9999-12-31), 0 for "latest". Every key is below
 * 2^52, an exact integer.
 */
import { MAX_DAY_NUMBER } from "../dates/dayNumber";
import type { RuleCode } from "./lookup";
import { letterSlot } from "./rateTable";

const LETTER_SLOTS = 26 * 26 * 26;
/** Day number of 1900-01-01, Excel's first date; a day asked before it gets no key. */
const FIRST_KEY_DAY = -25567;
const DAY_SLOTS = 2 ** 22;

/** The pair-and-rule key, or -1 unless both codes are three upper-case letters. */
function pairRuleKey(from: string, to: string, rule: RuleCode): number {
  const fromSlot = letterSlot(from);
  const toSlot = letterSlot(to);
  if (fromSlot < 0 || toSlot < 0) return -1;
  return (fromSlot * LETTER_SLOTS + toSlot) * 3 + rule;
}

/** The day key (0 for null, "latest"), or -1 for a day before 1900, after 9999 or not whole. */
function dayKey(dayNumber: number | null): number {
  if (dayNumber === null) return 0;
  if (!(dayNumber >= FIRST_KEY_DAY && dayNumber <= MAX_DAY_NUMBER)) return -1;
  return dayNumber === Math.floor(dayNumber) ? dayNumber - FIRST_KEY_DAY + 1 : -1;
}

/** The day asked of a day key: a day number, or null for "latest". */
function dayOfKey(key: number): number | null {
  return key === 0 ? null : key + FIRST_KEY_DAY - 1;
}

/** One key for the whole look-up, or -1 when it has none (no rate exists there, nothing to keep). */
export function lookupKey(
  from: string,
  to: string,
  dayNumber: number | null,
  rule: RuleCode
): number {
  const pairRule = pairRuleKey(from, to, rule);
  const day = dayKey(dayNumber);
  return pairRule < 0 || day < 0 ? -1 : pairRule * DAY_SLOTS + day;
}

/** The parts of a lookupKey: the codes, the rule and the day asked (null: "latest"). */
export function lookupOfKey(key: number): {
  from: string;
  to: string;
  rule: RuleCode;
  dayNumber: number | null;
} {
  const pairRule = Math.floor(key / DAY_SLOTS);
  const pair = Math.floor(pairRule / 3);
  const letters = (slot: number) =>
    String.fromCharCode(
      65 + Math.floor(slot / 676),
      65 + (Math.floor(slot / 26) % 26),
      65 + (slot % 26)
    );
  return {
    from: letters(Math.floor(pair / LETTER_SLOTS)),
    to: letters(pair % LETTER_SLOTS),
    rule: (pairRule % 3) as RuleCode,
    dayNumber: dayOfKey(key - pairRule * DAY_SLOTS),
  };
}

/** A well-mixed 32-bit hash of a lookupKey, for direct-mapped caches (take its low bits). */
export function lookupKeyHash(key: number): number {
  const pairRule = Math.floor(key / DAY_SLOTS);
  return (key - pairRule * DAY_SLOTS + Math.imul(pairRule, 0x9e3779b1)) | 0;
}
