/**
 * Writes the rate asset described in src/core/rates/format.ts.
 */

import { weekdayIndex, isoDateFromDayNumber } from "../../src/core/dates/dayNumber";
import {
  ASSET_MAGIC,
  ASSET_VERSION,
  KIND_BASE,
  KIND_PEG,
  KIND_SERIES,
  RICE_INITIAL_MEAN_SCALED,
  SOURCE_FRED,
  SOURCE_IMF,
  STREAM_PADDING_BYTES,
  nextRiceMean,
  riceParameter,
  valueToLadder,
  zigzag,
} from "../../src/core/rates/format";
import { BitWriter } from "./bitWriter";
import type { Observation } from "./freechangeData";

export type AssetCurrency =
  | { kind: "base"; code: string }
  | { kind: "series"; code: string; observations: Observation[] }
  | {
      kind: "peg";
      code: string;
      anchor: string;
      unitsPerAnchor: number;
      firstDay: number;
      lastDay: number;
      /** Days with a value: the anchor's, from firstDay on. */
      valueCount: number;
    };

class ByteWriter {
  private readonly parts: number[] = [];
  u8(v: number): void {
    this.parts.push(v & 0xff);
  }
  u16(v: number): void {
    this.u8(v);
    this.u8(v >>> 8);
  }
  u32(v: number): void {
    for (let i = 0; i < 4; i++) this.u8(v >>> (8 * i));
  }
  i32(v: number): void {
    this.u32(v >>> 0);
  }
  f64(v: number): void {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setFloat64(0, v, true);
    new Uint8Array(buffer).forEach((b) => this.u8(b));
  }
  ascii(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code > 127) throw new Error(`Not ASCII: ${text}`);
      this.u8(code);
    }
  }
  bytes(): number[] {
    return this.parts;
  }
}

/** Weekdays without a value, as ordinals among the weekdays from the series' first day. */
function missingWeekdays(code: string, observations: Observation[]): number[] {
  for (const o of observations) {
    if (weekdayIndex(o.dayNumber) >= 5) {
      throw new Error(
        `${code} has a value on ${isoDateFromDayNumber(o.dayNumber)}, a weekend day; the format has no room for it.`
      );
    }
  }
  const published = new Set(observations.map((o) => o.dayNumber));
  const missing: number[] = [];
  let ordinal = 0;
  for (
    let day = observations[0].dayNumber;
    day <= observations[observations.length - 1].dayNumber;
    day++
  ) {
    if (weekdayIndex(day) >= 5) continue;
    if (!published.has(day)) missing.push(ordinal);
    ordinal++;
  }
  return missing;
}

/** Adaptive Rice codes for a group of numbers; the running mean starts afresh. */
function writeGroup(writer: BitWriter, magnitudes: number[]): void {
  let mean = RICE_INITIAL_MEAN_SCALED;
  for (const magnitude of magnitudes) {
    writer.writeRice(magnitude, riceParameter(mean));
    mean = nextRiceMean(mean, magnitude);
  }
}

/** Appends one series' stream: missing-weekday gaps, then the changes of its ladder rungs. */
function writeSeries(
  writer: BitWriter,
  missing: number[],
  observations: Observation[],
  digits: number
): void {
  writeGroup(
    writer,
    missing.map((o, i) => (i === 0 ? o : o - missing[i - 1] - 1))
  );
  let previous = 0;
  writeGroup(
    writer,
    observations.map((o) => {
      const rung = valueToLadder(o.value, digits);
      const change = zigzag(rung - previous);
      previous = rung;
      return change;
    })
  );
}

export function encodeAsset(
  currencies: AssetCurrency[],
  dataset: string,
  digits: number
): Uint8Array {
  const indexOf = new Map(currencies.map((c, i) => [c.code, i]));
  const body = new BitWriter();
  const header = new ByteWriter();
  header.ascii(ASSET_MAGIC);
  header.u8(ASSET_VERSION);
  header.u8(digits);
  header.u16(currencies.length);
  header.u16(dataset.length);
  header.ascii(dataset);
  for (const currency of currencies) {
    if (!/^[A-Z]{3}$/.test(currency.code)) throw new Error(`Bad currency code ${currency.code}`);
    header.ascii(currency.code);
    if (currency.kind === "base") {
      header.u8(KIND_BASE);
      header.i32(0);
      header.i32(0);
    } else if (currency.kind === "series") {
      const obs = currency.observations;
      if (obs.length === 0) throw new Error(`${currency.code} has no values`);
      const missing = missingWeekdays(currency.code, obs);
      header.u8(KIND_SERIES);
      header.i32(obs[0].dayNumber);
      header.i32(obs[obs.length - 1].dayNumber);
      header.u32(obs.length);
      header.u32(missing.length);
      header.u8(obs.reduce((mask, o) => mask | (o.source === "imf" ? SOURCE_IMF : SOURCE_FRED), 0));
      writeSeries(body, missing, obs, digits);
    } else {
      const anchor = indexOf.get(currency.anchor);
      if (anchor === undefined)
        throw new Error(`${currency.code}: unknown anchor ${currency.anchor}`);
      header.u8(KIND_PEG);
      header.i32(currency.firstDay);
      header.i32(currency.lastDay);
      header.u16(anchor);
      header.f64(currency.unitsPerAnchor);
      header.u32(currency.valueCount);
    }
  }
  const head = header.bytes();
  const tail = body.finish();
  const out = new Uint8Array(head.length + tail.length + STREAM_PADDING_BYTES);
  out.set(head, 0);
  out.set(tail, head.length);
  return out;
}
