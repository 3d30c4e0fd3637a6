/**
 * The bundled rate asset (dist/rates.bin), byte for byte. The build script writes it and the decoder reads
 * it; both take their constants and number mappings from here so that they cannot drift apart.
 *
 * Layout (integers little-endian):
 *   header    "SDFX", u8 version, u8 significant digits D, u16 currency count, u16 label length + ASCII label
 *   records   per currency: 3 ASCII code, u8 kind, i32 first day, i32 last day (day numbers), then
 *             series: u32 value count, u32 missing-weekday count, u8 source mask
 *             peg:    u16 anchor currency index, f64 units per anchor unit, u32 value count
 *             base:   nothing (USD: 1 per USD on every day)
 *   body      one bit stream (most significant bit first) of adaptive Rice codes, series after series in
 *             record order; per series: one code per missing weekday (the gap since the previous one),
 *             then one code per value (the change of its ladder rung, zigzag-coded; the first value's
 *             change is from rung 0). The running mean that sets the Rice parameter restarts at each of
 *             these two groups. STREAM_PADDING_BYTES zero bytes end the body.
 *
 * Values are units of the currency per one USD, kept to D significant digits. A value is stored as its
 * rung on a "decimal ladder": the sorted list of all numbers with D significant digits, so that
 * consecutive rungs are consecutive integers across powers of ten (9.9999 -> 10.000 is one step) and a
 * day-to-day change is a small integer whatever the currency's magnitude.
 * Published days are Monday..Friday (the sources publish nothing at weekends; the build checks it); a
 * weekday without a value (holiday, source gap, dropped row) is listed as missing, counted in weekdays
 * from the series' first day.
 */

export const ASSET_MAGIC = "SDFX";
export const ASSET_VERSION = 1;

export const KIND_SERIES = 0;
export const KIND_PEG = 1;
export const KIND_BASE = 2;

/** Bit 0: the series has values from the IMF; bit 1: from FRED. */
export const SOURCE_IMF = 1;
export const SOURCE_FRED = 2;

/** Ladder rungs are offset by this many decades so that values down to 10^-8 have a non-negative index. */
export const LADDER_DECADE_OFFSET = 8;
/** Decades the ladder covers: values from 10^-8 to below 10^16. */
export const LADDER_DECADES = 24;
/** Zero bytes after the bit stream, so that a decoder may always read 5 bytes ahead. */
export const STREAM_PADDING_BYTES = 8;

/**
 * Rice codes (Golomb codes with a power-of-two parameter k, close to the entropy of the two-sided-geometric
 * day-to-day changes of exchange rates): a unary quotient (ones), a zero, then k remainder bits. A
 * quotient this long or longer is an escape instead: that many ones (no zero), the number's bit length in
 * RICE_ESCAPE_LENGTH_BITS, then the number. The parameter k adapts to a running mean (riceParameter).
 */
export const RICE_ESCAPE_QUOTIENT = 20;
/** Bits that give the length of an escaped number. */
export const RICE_ESCAPE_LENGTH_BITS = 5;
/** Running mean of coded magnitudes, kept as mean << RICE_MEAN_SHIFT (an exponential moving average). */
export const RICE_MEAN_SHIFT = 3;
export const RICE_INITIAL_MEAN_SCALED = 16 << RICE_MEAN_SHIFT;
export const RICE_MAX_PARAMETER = 24;

/** Powers of ten, exact as doubles up to 10^22. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number("1e" + i));

/** Rungs per decade at `digits` significant digits (9 * 10^(digits-1)). */
export function rungsPerDecade(digits: number): number {
  return 9 * POW10[digits - 1];
}

/**
 * The number on a ladder rung: mantissa (10^(D-1)..10^D-1) times a power of ten. The division by an exact
 * power of ten is correctly rounded, so the result is the same double as parsing the decimal text
 * (e.g. "1.0923").
 */
export function ladderToValue(rung: number, digits: number): number {
  const perDecade = rungsPerDecade(digits);
  const decade = Math.floor(rung / perDecade);
  const mantissa = rung - decade * perDecade + POW10[digits - 1];
  const exponent = decade - LADDER_DECADE_OFFSET - (digits - 1);
  return exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
}

/** The rung of `value` rounded to `digits` significant digits (value > 0, finite). */
export function valueToLadder(value: number, digits: number): number {
  let decade = Math.floor(Math.log10(value));
  let mantissa = roundToMantissa(value, decade, digits);
  // log10 can be off by one near powers of ten, and rounding can carry into the next decade (9.99996 -> 10.000).
  if (mantissa >= POW10[digits]) {
    decade += 1;
    mantissa = roundToMantissa(value, decade, digits);
  } else if (mantissa < POW10[digits - 1]) {
    decade -= 1;
    mantissa = roundToMantissa(value, decade, digits);
  }
  if (mantissa >= POW10[digits]) {
    decade += 1;
    mantissa = POW10[digits - 1];
  }
  return (decade + LADDER_DECADE_OFFSET) * rungsPerDecade(digits) + (mantissa - POW10[digits - 1]);
}

function roundToMantissa(value: number, decade: number, digits: number): number {
  const exponent = digits - 1 - decade;
  // Scale by an exact power of ten in the direction that keeps the operation a single correctly rounded step.
  const scaled = exponent >= 0 ? value * POW10[exponent] : value / POW10[-exponent];
  return Math.round(scaled);
}

export function zigzag(n: number): number {
  return n >= 0 ? 2 * n : -2 * n - 1;
}

/** Rice parameter for the next code, from the running mean: the smallest k with 2^k >= mean. */
export function riceParameter(meanScaled: number): number {
  const mean = meanScaled >>> RICE_MEAN_SHIFT;
  const k = mean <= 1 ? 0 : 32 - Math.clz32(mean - 1);
  return k > RICE_MAX_PARAMETER ? RICE_MAX_PARAMETER : k;
}

export function nextRiceMean(meanScaled: number, magnitude: number): number {
  const capped = magnitude > 1 << 20 ? 1 << 20 : magnitude;
  return meanScaled + capped - (meanScaled >>> RICE_MEAN_SHIFT);
}
