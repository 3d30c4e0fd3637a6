/**
 * A conversion answered by the bundled table. Its numbers are set when it is made; the rest (the date used
 * and the source in words and as a message, the rate before rounding, its digits) is read from the table
 * when asked for. A column of cells shows only values, so most answers are never asked, and the fewer
 * fields an answer has, the less a column of them costs to make.
 */
import { RULE_NAMES, type RateRule, type RuleCode } from "./rules";
import type { ConversionFound } from "./lookup";
import { fullRate, rateDigits } from "./pairRate";
import { pairCitation, pairSourceText } from "./pairCitation";
import { isoDateOf, type RateTable } from "./rateTable";
import type { MessageText } from "../messages/text";

/** The source name of a currency against itself, which no source is asked for. */
export const SAME_CURRENCY = "same currency" as const;

export class TableRate implements ConversionFound {
  constructor(
    private readonly table: RateTable,
    /** The pair's slot in the table: from × currencies + to. */
    private readonly pair: number,
    readonly dayUsed: number,
    readonly dayAsked: number,
    private readonly ruleCode: RuleCode,
    readonly rate: number,
    private readonly amount: number
  ) {}

  get ok(): true {
    return true;
  }

  get value(): number {
    return this.amount * this.rate;
  }

  get rule(): RateRule {
    return RULE_NAMES[this.ruleCode];
  }

  private get from(): number {
    return Math.floor(this.pair / this.table.codes.length);
  }

  private get to(): number {
    return this.pair % this.table.codes.length;
  }

  get retrieval(): undefined {
    return undefined;
  }

  get fallback(): undefined {
    return undefined;
  }

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

  get citation(): MessageText {
    return pairCitation(this.table, this.from, this.to);
  }
}
