/**
 * A conversion answered by the bundled table. Its value, rate and days are set when it is made; the rest
 * (the date used and the source in words, the rate before rounding, its digits) is read from the table
 * when asked for. A column of cells shows only values, so most records are never asked.
 */
import type { RateRule } from "./rules";
import type { ConversionFound } from "./lookup";
import { fullRate, rateDigits } from "./pairRate";
import { isoDateOf, pairSourceText, type RateTable } from "./rateTable";

/** The source name of a currency against itself, which no source is asked for. */
export const SAME_CURRENCY = "same currency" as const;

export class TableRate implements ConversionFound {
  readonly ok = true;
  readonly retrieval = undefined;
  readonly fallback = undefined;

  constructor(
    private readonly table: RateTable,
    private readonly from: number,
    private readonly to: number,
    readonly dayUsed: number,
    readonly dayAsked: number,
    readonly rule: RateRule,
    readonly rate: number,
    readonly value: number
  ) {}

  get digits(): number {
    return rateDigits(this.table, this.from, this.to);
  }

  get sourceName(): "bundled" | typeof SAME_CURRENCY {
    return this.from === this.to ? SAME_CURRENCY : "bundled";
  }

  get fullRate(): number {
    return fullRate(this.table, this.from, this.to, this.dayUsed);
  }

  get dateUsed(): string {
    return isoDateOf(this.table, this.dayUsed);
  }

  get source(): string {
    return pairSourceText(this.table, this.from, this.to);
  }
}
