/**
 * What the DESK functions have used in this runtime: curated figures and exchange rates. The Sources sheet
 * cites exactly these. Functions and task pane share one runtime, so the pane reads what the cells used.
 */
import { isoDateFromDayNumber } from "../dates/dayNumber";
import type { RateFound } from "../rates/lookup";
import { RULE_NAMES, parseRule, type RuleCode } from "../rates/rules";
import { lookupKey, lookupOfKey } from "../rates/lookupKey";
import { RateUses } from "./rateUses";

export interface RateUse {
  from: string;
  to: string;
  /** The date the formula asked for (ISO), or "latest" when it gave none. */
  dateAsked: string;
  /** The date of the rate actually applied (ISO). */
  dateUsed: string;
  rule: "previous" | "next" | "exact";
  /** Units of `to` per one `from`. */
  rate: number;
  source: string;
}

export interface UsageLog {
  figureIds(): string[];
  rates(): RateUse[];
  recordFigure(id: string): void;
  /**
   * A rate a cell used: `from`/`to` as three upper-case letters, the day asked (null: the latest) and
   * the answer; `key`, the look-up's lookupKey, when the caller has it already. Runs per cell, so it keeps
   * the answer as it is and builds the RateUse only when read.
   */
  recordRate(
    from: string,
    to: string,
    dayAsked: number | null,
    found: RateFound,
    key?: number
  ): void;
  clear(): void;
}

/**
 * Keys de-duplicate: a 10,000-cell recalculation of the same pair and date is one entry, and the latest
 * answer wins (after a re-pin the Sources sheet cites the rate the cells now use). Each entry is a row of
 * RateUses (the rate, the date used, the index of its source text): a formula over 100,000 distinct
 * look-ups leaves no record object per look-up for the garbage collector to carry.
 */
export function createUsageLog(): UsageLog {
  const figures = new Set<string>();
  const uses = new RateUses();
  let sources: string[] = [];
  let sourceIdOf = new Map<string, number>();
  // Cells of a column mostly cite the source of the cell above: that one is compared before the map.
  let lastSource = "";
  let lastSourceId = -1;
  const sourceId = (text: string): number => {
    if (text === lastSource) return lastSourceId;
    let id = sourceIdOf.get(text);
    if (id === undefined) sourceIdOf.set(text, (id = sources.push(text) - 1));
    lastSource = text;
    lastSourceId = id;
    return id;
  };
  return {
    figureIds: () => [...figures].sort(),
    rates: () => {
      const rates: RateUse[] = uses.rows().map((row) => {
        const { from, to, rule, dayNumber } = lookupOfKey(row.key);
        return {
          from,
          to,
          dateAsked: dayNumber === null ? "latest" : isoDateFromDayNumber(dayNumber),
          dateUsed: row.dateUsed,
          rule: RULE_NAMES[rule],
          rate: row.rate,
          source: sources[row.sourceId],
        };
      });
      return rates.sort((a, b) => (rateKey(a) < rateKey(b) ? -1 : 1));
    },
    recordFigure: (id) => void figures.add(id),
    recordRate: (
      from,
      to,
      dayAsked,
      found,
      key = lookupKey(from, to, dayAsked, parseRule(found.rule) as RuleCode)
    ) => {
      // No rate exists for other codes or days, so nothing without a key reaches here.
      if (key >= 0) uses.record(key, found.rate, found.dateUsed, sourceId(found.source));
    },
    clear: () => {
      figures.clear();
      uses.clear();
      sources = [];
      sourceIdOf = new Map();
      lastSource = "";
      lastSourceId = -1;
    },
  };
}

function rateKey(u: RateUse): string {
  return `${u.from}/${u.to}|${u.dateAsked}|${u.rule}`;
}

/**
 * The one log of this runtime: the functions record in it and the task pane, in the same bundle on the
 * shared runtime's page, reads it for the Sources sheet.
 */
export const usageLog: UsageLog = createUsageLog();
