/**
 * Turns the bundled asset (see format.ts) into a RateTable; a corrupt or truncated asset gives an error
 * result, never a throw.
 *
 * Decoding runs while the add-in loads, mostly before the JavaScript engine has optimised anything, so it
 * is two flat loops over all series rather than calls per value: one reads every Rice code of the body
 * into an Int32Array, one lays the values out by calendar day. Inside them: no property reads, one small
 * bit-window read that the engine inlines, and no branch that only late data would take (each series' first value is an escape code, so that path
 * is exercised at once); rarely taken branches are what make optimised code bail out.
 */

import {
  ASSET_MAGIC,
  ASSET_VERSION,
  KIND_BASE,
  KIND_PEG,
  KIND_SERIES,
  LADDER_DECADES,
  LADDER_DECADE_OFFSET,
  POW10,
  RICE_ESCAPE_LENGTH_BITS,
  RICE_ESCAPE_QUOTIENT,
  RICE_INITIAL_MEAN_SCALED,
  RICE_MAX_PARAMETER,
  RICE_MEAN_SHIFT,
  STREAM_PADDING_BYTES,
  rungsPerDecade,
} from "./format";
import { PAIR_NOT_COMPUTED, RateTable, letterSlot } from "./rateTable";

export type DecodeResult = { ok: true; table: RateTable } | { ok: false; message: string };

interface CurrencyRecord {
  code: string;
  kind: number;
  firstDay: number;
  lastDay: number;
  valueCount: number;
  missingCount: number;
  sourceMask: number;
  anchor: number;
  factor: number;
}

class ByteCursor {
  offset = 0;
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(count: number): boolean {
    return this.offset + count <= this.bytes.length;
  }
  u8(): number {
    return this.view.getUint8(this.offset++);
  }
  u16(): number {
    const v = this.view.getUint16(this.offset, true);
    this.offset += 2;
    return v;
  }
  u32(): number {
    const v = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return v;
  }
  i32(): number {
    const v = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return v;
  }
  f64(): number {
    const v = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return v;
  }
  ascii(length: number): string {
    let text = "";
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.bytes[this.offset + i]);
    this.offset += length;
    return text;
  }
}

/** No series spans more than this many days (about 270 years); guards allocations against corrupt records. */
const MAX_SPAN_DAYS = 100_000;

/** Monday..Friday days from firstDay to lastDay inclusive. */
function weekdaysBetween(firstDay: number, lastDay: number): number {
  let count = 0;
  let day = firstDay;
  // Whole weeks hold five weekdays each; count the remainder day by day.
  const span = lastDay - firstDay + 1;
  count += Math.floor(span / 7) * 5;
  for (day = firstDay + Math.floor(span / 7) * 7; day <= lastDay; day++)
    if ((((day + 3) % 7) + 7) % 7 < 5) count++;
  return count;
}

const fail = (message: string): DecodeResult => ({
  ok: false,
  message: `Rate asset unreadable: ${message}`,
});

function readRecords(cursor: ByteCursor, count: number): CurrencyRecord[] | string {
  const records: CurrencyRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (!cursor.need(12)) return "truncated currency records.";
    const record: CurrencyRecord = {
      code: cursor.ascii(3),
      kind: cursor.u8(),
      firstDay: cursor.i32(),
      lastDay: cursor.i32(),
      valueCount: 0,
      missingCount: 0,
      sourceMask: 0,
      anchor: -1,
      factor: 1,
    };
    if (record.kind === KIND_SERIES) {
      if (!cursor.need(9)) return "truncated currency records.";
      record.valueCount = cursor.u32();
      record.missingCount = cursor.u32();
      record.sourceMask = cursor.u8();
      if (record.valueCount === 0) return `no values for ${record.code}.`;
    } else if (record.kind === KIND_PEG) {
      if (!cursor.need(14)) return "truncated currency records.";
      record.anchor = cursor.u16();
      record.factor = cursor.f64();
      record.valueCount = cursor.u32();
      if (record.anchor >= count || !(record.factor > 0 && Number.isFinite(record.factor))) {
        return `bad fixed rate for ${record.code}.`;
      }
    } else if (record.kind !== KIND_BASE) {
      return `unknown record kind ${record.kind} for ${record.code}.`;
    }
    if (record.lastDay < record.firstDay || record.lastDay - record.firstDay > MAX_SPAN_DAYS) {
      return `bad date range for ${record.code}.`;
    }
    if (
      record.kind === KIND_SERIES &&
      record.valueCount + record.missingCount !== weekdaysBetween(record.firstDay, record.lastDay)
    ) {
      return `${record.code}: value and missing-day counts do not fill its range.`;
    }
    if (record.kind === KIND_PEG && record.valueCount > record.lastDay - record.firstDay + 1) {
      return `bad value count for ${record.code}.`;
    }
    records.push(record);
  }
  return records;
}

/** The 32 bits of the stream from bit `position` (the padding after the stream keeps these reads inside). */
function bitsAt(bytes: Uint8Array, position: number): number {
  const index = position >>> 3;
  const shift = position & 7;
  return (
    (((bytes[index] << 24) |
      (bytes[index + 1] << 16) |
      (bytes[index + 2] << 8) |
      bytes[index + 3]) <<
      shift) |
    (bytes[index + 4] >>> (8 - shift))
  );
}

/**
 * Reads `codeCount` adaptive Rice codes from `startBit`. The running mean restarts at each index listed in
 * `groupStarts` (ascending, ending with codeCount). Returns the bit position after the last code.
 */
function readAllCodes(
  bytes: Uint8Array,
  startBit: number,
  codes: Int32Array,
  groupStarts: Int32Array
): number {
  const codeCount = codes.length;
  const escape = RICE_ESCAPE_QUOTIENT;
  const meanShift = RICE_MEAN_SHIFT;
  const maxParameter = RICE_MAX_PARAMETER;
  const lengthBits = RICE_ESCAPE_LENGTH_BITS;
  let position = startBit;
  let mean = RICE_INITIAL_MEAN_SCALED;
  let nextGroup = 0;
  for (let i = 0; i < codeCount; i++) {
    // Several groups can start at the same code (a series without missing weekdays).
    while (groupStarts[nextGroup] === i) {
      mean = RICE_INITIAL_MEAN_SCALED;
      nextGroup++;
    }
    const meanValue = mean >>> meanShift;
    const k = Math.min(meanValue <= 1 ? 0 : 32 - Math.clz32(meanValue - 1), maxParameter);
    let window = bitsAt(bytes, position);
    const quotient = Math.min(Math.clz32(~window), escape);
    // A quotient below the escape is followed by a zero bit and k remainder bits; an escape by no zero
    // bit, the length of the number and the number.
    const isEscape = quotient === escape ? 1 : 0;
    position += quotient + 1 - isEscape;
    window = bitsAt(bytes, position);
    let magnitude: number;
    if (isEscape === 0) {
      // The top k bits of the window (right for k = 0 too).
      magnitude = quotient * (1 << k) + ((window >>> 1) >>> (31 - k));
      position += k;
    } else {
      const length = window >>> (32 - lengthBits);
      position += lengthBits;
      window = bitsAt(bytes, position);
      // Escaped numbers have at most 31 bits; take the top `length` bits of 32 (as two halves for length > 24).
      const high = Math.max(length - 24, 0);
      const highBits = (window >>> 1) >>> (31 - high);
      position += high;
      window = bitsAt(bytes, position);
      const low = length - high;
      magnitude = highBits * (1 << low) + ((window >>> 1) >>> (31 - low));
      position += low;
    }
    codes[i] = magnitude;
    mean = mean + Math.min(magnitude, 1048576) - (mean >>> meanShift);
  }
  return position;
}

/**
 * Lays each series out by calendar day: `codes` holds, per series, its missing-weekday gaps then its
 * value changes. Returns the first series whose codes do not fit its range, or -1.
 */
function layOutValues(
  codes: Int32Array,
  seriesFirstDay: Int32Array,
  seriesLastDay: Int32Array,
  seriesMissing: Int32Array,
  seriesValues: Int32Array,
  seriesSlot: Int32Array,
  digits: number,
  values: Float64Array
): number {
  const perDecade = rungsPerDecade(digits);
  const mantissaBase = POW10[digits - 1];
  // mantissa * 10^e or mantissa / 10^-e per decade: both exact or correctly rounded, as format.ladderToValue.
  const multipliers = new Float64Array(LADDER_DECADES);
  const divisors = new Float64Array(LADDER_DECADES);
  for (let decade = 0; decade < LADDER_DECADES; decade++) {
    const exponent = decade - LADDER_DECADE_OFFSET - (digits - 1);
    multipliers[decade] = exponent >= 0 ? POW10[exponent] : 1;
    divisors[decade] = exponent >= 0 ? 1 : POW10[-exponent];
  }
  let code = 0;
  for (let s = 0; s < seriesFirstDay.length; s++) {
    const firstDay = seriesFirstDay[s];
    const lastDay = seriesLastDay[s];
    const slot = seriesSlot[s] - firstDay;
    // The first missing weekday ordinal, then each next one is 1 + gap later.
    const missingEnd = code + seriesMissing[s];
    let nextMissing = missingEnd > code ? codes[code] : -1;
    let missingCode = code + 1;
    code = missingEnd;
    const valueEnd = code + seriesValues[s];
    let rung = 0;
    let ordinal = 0;
    let weekday = (((firstDay + 3) % 7) + 7) % 7;
    for (let day = firstDay; day <= lastDay; day++, weekday = weekday === 6 ? 0 : weekday + 1) {
      if (weekday >= 5) continue;
      if (ordinal === nextMissing) {
        nextMissing = missingCode < missingEnd ? nextMissing + 1 + codes[missingCode] : -1;
        missingCode++;
        ordinal++;
        continue;
      }
      ordinal++;
      if (code >= valueEnd) return s;
      const magnitude = codes[code++];
      // Zigzag: even magnitudes are steps up, odd ones steps down.
      rung += (magnitude >>> 1) ^ -(magnitude & 1);
      const decade = Math.floor(rung / perDecade);
      values[slot + day] =
        ((rung - decade * perDecade + mantissaBase) * multipliers[decade]) / divisors[decade];
    }
    if (code !== valueEnd || nextMissing !== -1) return s;
  }
  return -1;
}

export function decodeRateTable(asset: ArrayBuffer | Uint8Array): DecodeResult {
  // A plain Uint8Array view (not a Node Buffer subclass) keeps the decoding loops monomorphic.
  const bytes =
    asset instanceof Uint8Array
      ? new Uint8Array(asset.buffer, asset.byteOffset, asset.byteLength)
      : new Uint8Array(asset);
  const cursor = new ByteCursor(bytes);
  if (!cursor.need(10) || cursor.ascii(4) !== ASSET_MAGIC)
    return fail("not a Seizure Desk rate asset.");
  const version = cursor.u8();
  if (version !== ASSET_VERSION) return fail(`version ${version}, expected ${ASSET_VERSION}.`);
  const digits = cursor.u8();
  if (digits < 1 || digits > 8) return fail(`${digits} significant digits is out of range.`);
  const count = cursor.u16();
  const labelLength = cursor.u16();
  if (!cursor.need(labelLength)) return fail("truncated header.");
  const dataset = cursor.ascii(labelLength);
  const records = readRecords(cursor, count);
  if (typeof records === "string") return fail(records);
  const bodyStart = cursor.offset;
  if (bytes.length - bodyStart < STREAM_PADDING_BYTES) return fail("truncated body.");

  let baseIndex = -1;
  let firstTableDay = Infinity;
  let lastTableDay = -Infinity;
  const series = records.filter((r) => r.kind === KIND_SERIES);
  const seriesFirstDay = new Int32Array(series.length);
  const seriesLastDay = new Int32Array(series.length);
  const seriesMissing = new Int32Array(series.length);
  const seriesValues = new Int32Array(series.length);
  const seriesSlot = new Int32Array(series.length);
  const groupStarts = new Int32Array(2 * series.length + 1);
  let slots = 0;
  let codeCount = 0;
  series.forEach((r, s) => {
    seriesFirstDay[s] = r.firstDay;
    seriesLastDay[s] = r.lastDay;
    seriesMissing[s] = r.missingCount;
    seriesValues[s] = r.valueCount;
    seriesSlot[s] = slots;
    slots += r.lastDay - r.firstDay + 1;
    groupStarts[2 * s] = codeCount;
    codeCount += r.missingCount;
    groupStarts[2 * s + 1] = codeCount;
    codeCount += r.valueCount;
  });
  groupStarts[2 * series.length] = codeCount;
  records.forEach((r, i) => {
    if (r.kind === KIND_BASE) baseIndex = i;
    if (r.kind === KIND_SERIES) {
      firstTableDay = Math.min(firstTableDay, r.firstDay);
      lastTableDay = Math.max(lastTableDay, r.lastDay);
    }
  });
  if (baseIndex < 0 || series.length === 0) return fail("no base currency or no series.");

  const codes = new Int32Array(codeCount);
  const endBit = readAllCodes(bytes, bodyStart * 8, codes, groupStarts);
  if (endBit > (bytes.length - STREAM_PADDING_BYTES) * 8)
    return fail("the rate stream ends early.");

  const baseSlots = lastTableDay - firstTableDay + 1;
  const values = new Float64Array(slots + baseSlots);
  values.fill(NaN, 0, slots);
  values.fill(1, slots);
  const broken = layOutValues(
    codes,
    seriesFirstDay,
    seriesLastDay,
    seriesMissing,
    seriesValues,
    seriesSlot,
    digits,
    values
  );
  if (broken >= 0) return fail(`${series[broken].code}: its days and values do not match.`);

  const firstDay = new Int32Array(count);
  const lastDay = new Int32Array(count);
  const valueBase = new Int32Array(count);
  const multiplier = new Float64Array(count).fill(1);
  const pegAnchor = new Int32Array(count).fill(-1);
  const sourceMask = new Uint8Array(count);
  const publishedDays = new Int32Array(count);
  const seriesIndex = new Map(series.map((r, s) => [r, s]));
  for (let i = 0; i < count; i++) {
    const r = records[i];
    if (r.kind === KIND_BASE) {
      firstDay[i] = firstTableDay;
      lastDay[i] = lastTableDay;
      valueBase[i] = slots - firstTableDay;
      publishedDays[i] = baseSlots;
      continue;
    }
    const anchor = r.kind === KIND_PEG ? records[r.anchor] : r;
    const s = seriesIndex.get(anchor);
    if (s === undefined) return fail(`${r.code} is fixed to ${anchor.code}, which has no series.`);
    if (r.firstDay < anchor.firstDay || r.lastDay > anchor.lastDay)
      return fail(`${r.code} reaches outside ${anchor.code}.`);
    firstDay[i] = r.firstDay;
    lastDay[i] = r.lastDay;
    valueBase[i] = seriesSlot[s] - anchor.firstDay;
    sourceMask[i] = anchor.sourceMask;
    publishedDays[i] = r.valueCount;
    if (r.kind === KIND_PEG) {
      multiplier[i] = r.factor;
      pegAnchor[i] = r.anchor;
    }
  }

  const codesByIndex = records.map((r) => r.code);
  const indexByCode = new Map<string, number>();
  const indexByLetters = new Int16Array(26 * 26 * 26);
  codesByIndex.forEach((code, i) => {
    indexByCode.set(code, i);
    const slot = letterSlot(code);
    if (slot >= 0) indexByLetters[slot] = i + 1;
  });
  const pairs = count * count;
  const table: RateTable = {
    dataset,
    digits,
    codes: codesByIndex,
    indexByCode,
    indexByLetters,
    baseIndex,
    firstDay,
    lastDay,
    valueBase,
    values,
    multiplier,
    pegAnchor,
    sourceMask,
    publishedDays,
    firstTableDay,
    lastTableDay,
    pairFirstDay: new Int32Array(pairs).fill(PAIR_NOT_COMPUTED),
    pairLastDay: new Int32Array(pairs).fill(PAIR_NOT_COMPUTED),
    pairSource: new Array<string | undefined>(pairs).fill(undefined),
    isoDateCache: new Array<string | undefined>(baseSlots).fill(undefined),
  };
  return { ok: true, table };
}
