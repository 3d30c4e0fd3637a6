/**
 * Values by lookupKey (see rates/lookupKey.ts), the latest value per key: an open-addressing hash table
 * over a Float64Array of keys. Every cell that looks up a rate records it here; a Map would box each key
 * (they exceed 2^31) and allocate as it grows, which cost more than the look-up itself.
 */
import { lookupKeyHash } from "../rates/lookupKey";

const EMPTY = -1;

export class LookupRecords<T> {
  private keys = new Float64Array(64).fill(EMPTY);
  private values: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** `key` must be a lookupKey (a whole number from 0 to 2^52). */
  set(key: number, value: T): void {
    const mask = this.keys.length - 1;
    let slot = lookupKeyHash(key) & mask;
    // Linear probing: at most half the slots are taken, so an empty one comes soon.
    while (this.keys[slot] !== key && this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    if (this.keys[slot] === EMPTY) {
      this.keys[slot] = key;
      this.count++;
    }
    this.values[slot] = value;
    if (this.count * 2 > this.keys.length) this.grow();
  }

  /** The value of `key`, or else `added` stored under it and returned: one probe either way. */
  getOrAdd(key: number, added: T): T {
    const mask = this.keys.length - 1;
    let slot = lookupKeyHash(key) & mask;
    while (this.keys[slot] !== key && this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    if (this.keys[slot] === key) return this.values[slot] as T;
    this.keys[slot] = key;
    this.values[slot] = added;
    this.count++;
    if (this.count * 2 > this.keys.length) this.grow();
    return added;
  }

  get(key: number): T | undefined {
    const mask = this.keys.length - 1;
    let slot = lookupKeyHash(key) & mask;
    while (this.keys[slot] !== EMPTY) {
      if (this.keys[slot] === key) return this.values[slot];
      slot = (slot + 1) & mask;
    }
    return undefined;
  }

  /** Every key with its value, in no particular order. */
  *entries(): IterableIterator<[number, T]> {
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keys[slot] !== EMPTY) yield [this.keys[slot], this.values[slot] as T];
    }
  }

  clear(): void {
    this.keys = new Float64Array(64).fill(EMPTY);
    this.values = new Array<T | undefined>(64).fill(undefined);
    this.count = 0;
  }

  private grow(): void {
    const entries = [...this.entries()];
    this.keys = new Float64Array(this.keys.length * 2).fill(EMPTY);
    this.values = new Array<T | undefined>(this.keys.length).fill(undefined);
    this.count = 0;
    for (const [key, value] of entries) this.set(key, value);
  }
}
