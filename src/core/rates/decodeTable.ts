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
import { MAX_PACKED_DIGITS, NO_FIGURE, packFigure } from "./packedDecimal";
import { RateTable, computePairRanges, letterSlot } from "./rateTable";
import { failure, isMessageText, msg, type MessageText } from "../messages/text";

/**
 * A refused asset says why: in English (`message`, read when asked) and as a message (`text`, its English in
 * rateServiceEn.ts) that the pane's status line writes in its language.
 */
export type DecodeResult =
  { ok: true; table: RateTable } | { ok: false; readonly message: string; text: MessageText };

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

const fail = (reason: MessageText): DecodeResult =>
  failure(msg("rateAsset.unreadable", { reason }));

function readRecords(cursor: ByteCursor, count: number): CurrencyRecord[] | MessageText {
  const records: CurrencyRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (!cursor.need(12)) return msg("rateAsset.truncatedRecords");
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
      if (!cursor.need(9)) return msg("rateAsset.truncatedRecords");
      record.valueCount = cursor.u32();
      record.missingCount = cursor.u32();
      record.sourceMask = cursor.u8();
      if (record.valueCount === 0) return msg("rateAsset.noValues", { code: record.code });
    } else if (record.kind === KIND_PEG) {
      if (!cursor.need(14)) return msg("rateAsset.truncatedRecords");
      record.anchor = cursor.u16();
      record.factor = cursor.f64();
      record.valueCount = cursor.u32();
      if (record.anchor >= count || !(record.factor > 0 && Number.isFinite(record.factor))) {
        return msg("rateAsset.badPeg", { code: record.code });
      }
    } else if (record.kind !== KIND_BASE) {
      return msg("rateAsset.unknownKind", { kind: record.kind, code: record.code });
    }
    if (record.lastDay < record.firstDay || record.lastDay - record.firstDay > MAX_SPAN_DAYS) {
      return msg("rateAsset.badRange", { code: record.code });
    }
    if (
      record.kind === KIND_SERIES &&
      record.valueCount + record.missingCount !== weekdaysBetween(record.firstDay, record.lastDay)
    ) {
      return msg("rateAsset.countsMismatch", { code: record.code });
    }
    if (record.kind === KIND_PEG && record.valueCount > record.lastDay - record.firstDay + 1) {
      return msg("rateAsset.badValueCount", { code: record.code });
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
  figures: Int32Array
): number {
  const perDecade = rungsPerDecade(digits);
  const mantissaBase = POW10[digits - 1];
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
      if (decade >>> 0 >= LADDER_DECADES) return s;
      figures[slot + day] = packFigure(
        rung - decade * perDecade + mantissaBase,
        decade - LADDER_DECADE_OFFSET - (digits - 1)
      );
    }
    if (code !== valueEnd || nextMissing !== -1) return s;
  }
  return -1;
}

interface Header {
  digits: number;
  dataset: string;
  records: CurrencyRecord[];
  bodyStart: number;
}

function readHeader(bytes: Uint8Array): Header | MessageText {
  const cursor = new ByteCursor(bytes);
  if (!cursor.need(10) || cursor.ascii(4) !== ASSET_MAGIC) return msg("rateAsset.notAsset");
  const version = cursor.u8();
  if (version !== ASSET_VERSION)
    return msg("rateAsset.version", { version, expected: ASSET_VERSION });
  const digits = cursor.u8();
  if (digits < 1 || digits > MAX_PACKED_DIGITS) return msg("rateAsset.digits", { digits });
  const count = cursor.u16();
  const labelLength = cursor.u16();
  if (!cursor.need(labelLength)) return msg("rateAsset.truncatedHeader");
  const dataset = cursor.ascii(labelLength);
  const records = readRecords(cursor, count);
  if (isMessageText(records)) return records;
  if (bytes.length - cursor.offset < STREAM_PADDING_BYTES) return msg("rateAsset.truncatedBody");
  return { digits, dataset, records, bodyStart: cursor.offset };
}

/** The series of the asset as flat columns, in the order of their codes in the body. */
interface SeriesLayout {
  series: CurrencyRecord[];
  firstDay: Int32Array;
  lastDay: Int32Array;
  missing: Int32Array;
  valueCount: Int32Array;
  /** Where each series starts in the values array. */
  slot: Int32Array;
  /** Code index where each group (missing weekdays, then values, per series) starts; ends with the count. */
  groupStarts: Int32Array;
  slots: number;
  codeCount: number;
  firstTableDay: number;
  lastTableDay: number;
}

function layOutSeries(records: CurrencyRecord[]): SeriesLayout {
  const series = records.filter((r) => r.kind === KIND_SERIES);
  const n = series.length;
  const layout: SeriesLayout = {
    series,
    firstDay: Int32Array.from(series, (r) => r.firstDay),
    lastDay: Int32Array.from(series, (r) => r.lastDay),
    missing: Int32Array.from(series, (r) => r.missingCount),
    valueCount: Int32Array.from(series, (r) => r.valueCount),
    slot: new Int32Array(n),
    groupStarts: new Int32Array(2 * n + 1),
    slots: 0,
    codeCount: 0,
    firstTableDay: Math.min(...series.map((r) => r.firstDay)),
    lastTableDay: Math.max(...series.map((r) => r.lastDay)),
  };
  series.forEach((r, s) => {
    layout.slot[s] = layout.slots;
    layout.slots += r.lastDay - r.firstDay + 1;
    layout.groupStarts[2 * s] = layout.codeCount;
    layout.codeCount += r.missingCount;
    layout.groupStarts[2 * s + 1] = layout.codeCount;
    layout.codeCount += r.valueCount;
  });
  layout.groupStarts[2 * n] = layout.codeCount;
  return layout;
}

/** Every series' figures by calendar day, then the base currency's (1 on every day); or an error. */
function decodeValues(
  bytes: Uint8Array,
  header: Header,
  layout: SeriesLayout
): Int32Array | MessageText {
  const codes = new Int32Array(layout.codeCount);
  const endBit = readAllCodes(bytes, header.bodyStart * 8, codes, layout.groupStarts);
  if (endBit > (bytes.length - STREAM_PADDING_BYTES) * 8) return msg("rateAsset.streamEnds");
  const baseSlots = layout.lastTableDay - layout.firstTableDay + 1;
  const figures = new Int32Array(layout.slots + baseSlots);
  figures.fill(NO_FIGURE, 0, layout.slots);
  figures.fill(packFigure(POW10[header.digits - 1], 1 - header.digits), layout.slots);
  const broken = layOutValues(
    codes,
    layout.firstDay,
    layout.lastDay,
    layout.missing,
    layout.valueCount,
    layout.slot,
    header.digits,
    figures
  );
  return broken >= 0
    ? msg("rateAsset.valuesMismatch", { code: layout.series[broken].code })
    : figures;
}

/** Per currency: its days, where its values are, and for a fixed-rate currency its anchor and factor. */
interface CurrencyColumns {
  firstDay: Int32Array;
  lastDay: Int32Array;
  valueBase: Int32Array;
  multiplier: Float64Array;
  pegAnchor: Int32Array;
  sourceMask: Uint8Array;
  publishedDays: Int32Array;
}

function currencyColumns(
  records: CurrencyRecord[],
  layout: SeriesLayout
): CurrencyColumns | MessageText {
  const count = records.length;
  const c: CurrencyColumns = {
    firstDay: new Int32Array(count),
    lastDay: new Int32Array(count),
    valueBase: new Int32Array(count),
    multiplier: new Float64Array(count).fill(1),
    pegAnchor: new Int32Array(count).fill(-1),
    sourceMask: new Uint8Array(count),
    publishedDays: new Int32Array(count),
  };
  const seriesIndex = new Map(layout.series.map((r, s) => [r, s]));
  for (let i = 0; i < count; i++) {
    const r = records[i];
    if (r.kind === KIND_BASE) {
      c.firstDay[i] = layout.firstTableDay;
      c.lastDay[i] = layout.lastTableDay;
      c.valueBase[i] = layout.slots - layout.firstTableDay;
      c.publishedDays[i] = layout.lastTableDay - layout.firstTableDay + 1;
      continue;
    }
    const anchor = r.kind === KIND_PEG ? records[r.anchor] : r;
    const s = seriesIndex.get(anchor);
    if (s === undefined) return msg("rateAsset.pegNoSeries", { code: r.code, anchor: anchor.code });
    if (r.firstDay < anchor.firstDay || r.lastDay > anchor.lastDay)
      return msg("rateAsset.pegOutside", { code: r.code, anchor: anchor.code });
    c.firstDay[i] = r.firstDay;
    c.lastDay[i] = r.lastDay;
    c.valueBase[i] = layout.slot[s] - anchor.firstDay;
    c.sourceMask[i] = anchor.sourceMask;
    c.publishedDays[i] = r.valueCount;
    if (r.kind === KIND_PEG) {
      c.multiplier[i] = r.factor;
      c.pegAnchor[i] = r.anchor;
    }
  }
  return c;
}

export function decodeRateTable(asset: ArrayBuffer | Uint8Array): DecodeResult {
  // A plain Uint8Array view (not a Node Buffer subclass) keeps the decoding loops monomorphic.
  const bytes =
    asset instanceof Uint8Array
      ? new Uint8Array(asset.buffer, asset.byteOffset, asset.byteLength)
      : new Uint8Array(asset);
  const header = readHeader(bytes);
  if (isMessageText(header)) return fail(header);
  const baseIndex = header.records.findIndex((r) => r.kind === KIND_BASE);
  const layout = layOutSeries(header.records);
  if (baseIndex < 0 || layout.series.length === 0) return fail(msg("rateAsset.noBase"));
  const figures = decodeValues(bytes, header, layout);
  if (isMessageText(figures)) return fail(figures);
  const columns = currencyColumns(header.records, layout);
  if (isMessageText(columns)) return fail(columns);

  const codes = header.records.map((r) => r.code);
  const indexByLetters = new Int16Array(26 * 26 * 26);
  codes.forEach((code, i) => {
    const slot = letterSlot(code);
    if (slot >= 0) indexByLetters[slot] = i + 1;
  });
  const pairs = codes.length * codes.length;
  const table: RateTable = {
    dataset: header.dataset,
    digits: header.digits,
    codes,
    indexByCode: new Map(codes.map((code, i) => [code, i])),
    indexByLetters,
    baseIndex,
    figures,
    ...columns,
    firstTableDay: layout.firstTableDay,
    lastTableDay: layout.lastTableDay,
    pairFirstDay: new Int32Array(pairs),
    pairLastDay: new Int32Array(pairs),
    pairSource: new Array<string | undefined>(pairs).fill(undefined),
    pairCitation: new Array<MessageText | undefined>(pairs).fill(undefined),
    isoDateCache: new Array<string | undefined>(
      layout.lastTableDay - layout.firstTableDay + 1
    ).fill(undefined),
  };
  computePairRanges(table);
  return { ok: true, table };
}
