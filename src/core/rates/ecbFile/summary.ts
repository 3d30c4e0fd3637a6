/**
 * What the task pane says of a history it holds, and a check that a value read back from storage still
 * has the EcbHistory shape (storage is outside this code's control: another version may have written it).
 */
import { isoDateFromDayNumber } from "../../dates/dayNumber";
import type { EcbHistory } from "../ecbHistory";

export interface EcbHistorySummary {
  /** YYYY-MM-DD of the oldest and newest day with a row. */
  firstDate: string;
  lastDate: string;
  dayCount: number;
  /** Currencies with at least one rate (the ECB's file keeps columns of currencies it no longer quotes). */
  currencyCount: number;
}

export function summarizeEcbHistory(history: EcbHistory): EcbHistorySummary {
  const width = history.currencies.length;
  let currencyCount = 0;
  for (let c = 0; c < width; c++) {
    for (let d = 0; d < history.days.length; d++) {
      if (history.rates[d * width + c] === history.rates[d * width + c]) {
        currencyCount++;
        break;
      }
    }
  }
  const dayCount = history.days.length;
  return {
    firstDate: isoDateFromDayNumber(history.days[0]),
    lastDate: isoDateFromDayNumber(history.days[dayCount - 1]),
    dayCount,
    currencyCount,
  };
}

/** Whether a stored value is an EcbHistory whose arrays agree in length and whose days ascend. */
export function isEcbHistory(value: unknown): value is EcbHistory {
  const h = value as Partial<EcbHistory> | null;
  if (!h || typeof h !== "object") return false;
  if (!Array.isArray(h.currencies) || !h.currencies.every((c) => typeof c === "string"))
    return false;
  if (!(h.days instanceof Int32Array) || !(h.rates instanceof Float64Array)) return false;
  if (!(h.significantDigits instanceof Uint8Array)) return false;
  const cells = h.days.length * h.currencies.length;
  if (h.days.length === 0 || h.rates.length !== cells || h.significantDigits.length !== cells)
    return false;
  for (let d = 1; d < h.days.length; d++) if (h.days[d] <= h.days[d - 1]) return false;
  return true;
}
