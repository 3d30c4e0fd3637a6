/**
 * The rates cells used, one row per look-up (a lookupKey, see rates/lookupKey.ts), the latest answer per
 * key: an open-addressing hash table whose columns are typed arrays indexed by slot.
 *
 * Every cell that looks up a rate records it, and in a large formula each record lands on a slot far from
 * the last one: a wait on memory per cell. So records are first appended to a short list, written in turn,
 * and moved into the table in batches, where the processor overlaps the waits of many records (measured in
 * the bench's DESK.CONVERT rows). Reads move the list in first, so they see every record.
 */
import { lookupKeyHash } from "../rates/lookupKey";

const EMPTY = -1;
const FIRST_SLOTS = 64;
/** Records appended before they are moved into the table. */
const BATCH = 1024;

export interface RateUseRow {
  key: number;
  rate: number;
  dateUsed: string;
  sourceId: number;
}

/** Rows in columns: the table's slots, or the batch's records in order. */
class Columns {
  readonly keys: Float64Array;
  readonly rates: Float64Array;
  readonly sourceIds: Int32Array;
  readonly datesUsed: string[];

  constructor(readonly length: number) {
    this.keys = new Float64Array(length).fill(EMPTY);
    this.rates = new Float64Array(length);
    this.sourceIds = new Int32Array(length);
    this.datesUsed = new Array<string>(length).fill("");
  }

  write(at: number, key: number, rate: number, dateUsed: string, sourceId: number): void {
    this.keys[at] = key;
    this.rates[at] = rate;
    this.datesUsed[at] = dateUsed;
    this.sourceIds[at] = sourceId;
  }
}

export class RateUses {
  private table = new Columns(FIRST_SLOTS);
  private count = 0;
  private readonly batch = new Columns(BATCH);
  private batched = 0;

  get size(): number {
    this.flush();
    return this.count;
  }

  /** Records the answer to `key` (a whole number from 0 to 2^52), replacing an earlier one. */
  record(key: number, rate: number, dateUsed: string, sourceId: number): void {
    this.batch.write(this.batched, key, rate, dateUsed, sourceId);
    if (++this.batched === BATCH) this.flush();
  }

  /** Every row, in no particular order. */
  rows(): RateUseRow[] {
    this.flush();
    const { keys, rates, datesUsed, sourceIds } = this.table;
    const rows: RateUseRow[] = [];
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== EMPTY)
        rows.push({ key, rate: rates[slot], dateUsed: datesUsed[slot], sourceId: sourceIds[slot] });
    }
    return rows;
  }

  clear(): void {
    this.batched = 0;
    this.table = new Columns(FIRST_SLOTS);
    this.count = 0;
  }

  /** Moves the batch into the table, in the order recorded: the latest answer per key wins. */
  private flush(): void {
    const { keys, rates, datesUsed, sourceIds } = this.batch;
    for (let i = 0; i < this.batched; i++) this.put(keys[i], rates[i], datesUsed[i], sourceIds[i]);
    this.batched = 0;
  }

  private put(key: number, rate: number, dateUsed: string, sourceId: number): void {
    const keys = this.table.keys;
    const mask = keys.length - 1;
    let slot = lookupKeyHash(key) & mask;
    // Linear probing: at most half the slots are taken, so an empty one comes soon.
    while (keys[slot] !== key && keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    if (keys[slot] === EMPTY) this.count++;
    this.table.write(slot, key, rate, dateUsed, sourceId);
    if (this.count * 2 > keys.length) this.grow();
  }

  /** Twice the slots, every row moved to its slot there. */
  private grow(): void {
    const old = this.table;
    this.table = new Columns(old.length * 2);
    this.count = 0;
    for (let slot = 0; slot < old.length; slot++) {
      const key = old.keys[slot];
      if (key !== EMPTY) this.put(key, old.rates[slot], old.datesUsed[slot], old.sourceIds[slot]);
    }
  }
}
