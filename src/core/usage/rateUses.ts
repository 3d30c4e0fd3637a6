/**
 * The rates cells used, one row per look-up (a lookupKey, see rates/lookupKey.ts), the latest answer per
 * key: an open-addressing hash table whose columns are typed arrays indexed by slot. Recording a look-up is
 * one probe, then its row is written in place: every cell that looks up a rate records it, and a Map of
 * records (or an index into separate columns) would cost a second wait on memory per cell, and a boxed
 * key and an object per look-up for the garbage collector.
 */
import { lookupKeyHash } from "../rates/lookupKey";

const EMPTY = -1;
const FIRST_SLOTS = 64;

export interface RateUseRow {
  key: number;
  rate: number;
  dateUsed: string;
  sourceId: number;
}

export class RateUses {
  private keys = new Float64Array(FIRST_SLOTS).fill(EMPTY);
  private rates = new Float64Array(FIRST_SLOTS);
  private sourceIds = new Int32Array(FIRST_SLOTS);
  private datesUsed: string[] = new Array<string>(FIRST_SLOTS).fill("");
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Records the answer to `key` (a whole number from 0 to 2^52), replacing an earlier one. */
  record(key: number, rate: number, dateUsed: string, sourceId: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = lookupKeyHash(key) & mask;
    // Linear probing: at most half the slots are taken, so an empty one comes soon.
    while (keys[slot] !== key && keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.rates[slot] = rate;
    this.datesUsed[slot] = dateUsed;
    this.sourceIds[slot] = sourceId;
    if (keys[slot] === EMPTY) {
      keys[slot] = key;
      if (++this.count * 2 > keys.length) this.grow();
    }
  }

  /** Every row, in no particular order. */
  rows(): RateUseRow[] {
    const rows: RateUseRow[] = [];
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot];
      if (key === EMPTY) continue;
      rows.push({
        key,
        rate: this.rates[slot],
        dateUsed: this.datesUsed[slot],
        sourceId: this.sourceIds[slot],
      });
    }
    return rows;
  }

  clear(): void {
    this.resize(FIRST_SLOTS);
  }

  /** Twice the slots, every row moved to its slot there. */
  private grow(): void {
    const rows = this.rows();
    this.resize(this.keys.length * 2);
    for (const row of rows) this.record(row.key, row.rate, row.dateUsed, row.sourceId);
  }

  private resize(slots: number): void {
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.rates = new Float64Array(slots);
    this.sourceIds = new Int32Array(slots);
    this.datesUsed = new Array<string>(slots).fill("");
    this.count = 0;
  }
}
