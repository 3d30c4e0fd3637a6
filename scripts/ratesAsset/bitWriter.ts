/**
 * Writes a bit stream most significant bit first, and the Rice codes described in
 * src/core/rates/format.ts (read back by src/core/rates/decodeTable.ts).
 */

import { RICE_ESCAPE_LENGTH_BITS, RICE_ESCAPE_QUOTIENT } from "../../src/core/rates/format";

export class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;
  private written = 0;

  get bitLength(): number {
    return this.written;
  }

  writeBit(bit: number): void {
    this.current = (this.current << 1) | (bit & 1);
    this.used++;
    this.written++;
    if (this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }

  /** An unsigned number in `count` bits (0..32). */
  writeBits(value: number, count: number): void {
    if (value < 0 || value >= 2 ** count || !Number.isInteger(value)) {
      throw new Error(`${value} does not fit in ${count} bits`);
    }
    for (let i = count - 1; i >= 0; i--) this.writeBit(Math.floor(value / 2 ** i) % 2);
  }

  writeRice(value: number, k: number): void {
    const quotient = Math.floor(value / 2 ** k);
    if (quotient < RICE_ESCAPE_QUOTIENT) {
      for (let i = 0; i < quotient; i++) this.writeBit(1);
      this.writeBit(0);
      this.writeBits(value - quotient * 2 ** k, k);
      return;
    }
    for (let i = 0; i < RICE_ESCAPE_QUOTIENT; i++) this.writeBit(1);
    const length = value === 0 ? 0 : Math.floor(Math.log2(value)) + 1;
    this.writeBits(length, RICE_ESCAPE_LENGTH_BITS);
    this.writeBits(value, length);
  }

  /** Pads the last byte with zero bits. */
  finish(): Uint8Array {
    const out = this.bytes.slice();
    if (this.used > 0) out.push(this.current << (8 - this.used));
    return Uint8Array.from(out);
  }
}
