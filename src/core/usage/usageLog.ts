/**
 * What the DESK functions have used in this runtime: curated figures and exchange rates. The Sources sheet
 * cites exactly these. Functions and task pane share one runtime, so the pane reads what the cells used.
 */
import { runtimeSingleton } from "../runtimeSingleton";

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
  recordRate(use: RateUse): void;
  clear(): void;
}

/** Keys de-duplicate: a 10,000-cell recalculation of the same pair and date is one entry. */
export function createUsageLog(): UsageLog {
  const figures = new Set<string>();
  const rates = new Map<string, RateUse>();
  return {
    figureIds: () => [...figures].sort(),
    rates: () => [...rates.values()].sort((a, b) => (rateKey(a) < rateKey(b) ? -1 : 1)),
    recordFigure: (id) => void figures.add(id),
    // The latest answer wins: after a re-pin the Sources sheet cites the rate the cells now use.
    recordRate: (use) => void rates.set(rateKey(use), use),
    clear: () => {
      figures.clear();
      rates.clear();
    },
  };
}

function rateKey(u: RateUse): string {
  return `${u.from}/${u.to}|${u.dateAsked}|${u.rule}`;
}

/** The one log of this runtime, shared by the functions and the task pane. */
export const usageLog: UsageLog = runtimeSingleton("usageLog", createUsageLog);
