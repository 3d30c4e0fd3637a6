/**
 * What the DESK functions have used in this runtime: curated figures and exchange rates. The Sources sheet
 * cites exactly these. Functions and task pane share one runtime, so the pane reads what the cells used.
 */
import { isoDateFromDayNumber } from "../dates/dayNumber";
import type { MessageText } from "../messages/text";
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
  /**
   * The same as a message, for a Sources sheet in another language. Absent on a row read back from an
   * earlier Sources sheet, whose text is kept as it was written.
   */
  citation?: MessageText;
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
 * Each source text cited, once, by id: the rows of RateUses hold the id. A text keeps the citation of the
 * first answer that cited it (the same English text is the same citation), read from the answer only then.
 */
class SourceTexts {
  private readonly texts: string[] = [];
  private readonly citations: MessageText[] = [];
  private readonly idOf = new Map<string, number>();
  // Cells of a column mostly cite the source of the cell above: that one is compared before the map.
  private lastText = "";
  private lastId = -1;

  idOfSource(found: RateFound): number {
    const text = found.source;
    if (text === this.lastText) return this.lastId;
    let id = this.idOf.get(text);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      this.citations.push(found.citation);
      this.idOf.set(text, id);
    }
    this.lastText = text;
    this.lastId = id;
    return id;
  }

  text(id: number): string {
    return this.texts[id];
  }

  citation(id: number): MessageText {
    return this.citations[id];
  }
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
  let sources = new SourceTexts();
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
          source: sources.text(row.sourceId),
          citation: sources.citation(row.sourceId),
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
      if (key >= 0) uses.record(key, found.rate, found.dateUsed, sources.idOfSource(found));
    },
    clear: () => {
      figures.clear();
      uses.clear();
      sources = new SourceTexts();
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
