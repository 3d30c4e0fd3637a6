/**
 * A published figure of the bundled table as one 32-bit integer: its D significant digits as an integer
 * mantissa (10^(D-1) .. 10^D - 1) in the low 24 bits and its power of ten above them, so that the figure is
 * mantissa × 10^exponent exactly. Half the memory of a double, so that twice as much of the table stays in
 * the processor's cache, and a cross rate becomes integer arithmetic on two mantissas: rounded on the exact
 * ratio of the two published figures, not on a binary approximation of it.
 */
import { POW10 } from "./format";

/** Where nothing was published. Every packed figure is non-negative. */
export const NO_FIGURE = -1;

const MANTISSA_BITS = 24;
const MANTISSA_MASK = (1 << MANTISSA_BITS) - 1;
/** Exponents -64..63 are stored as 0..127, so a packed figure stays a non-negative Int32. */
const EXPONENT_BIAS = 64;
/** D significant digits fit: 10^7 < 2^24, and 10^7 × 10^7 < 2^53 keeps a ratio's scaled numerator exact. */
export const MAX_PACKED_DIGITS = 7;

export function packFigure(mantissa: number, exponent: number): number {
  return ((exponent + EXPONENT_BIAS) << MANTISSA_BITS) | mantissa;
}

/** mantissa × 10^exponent as a double: the same double as its decimal text parses to. */
function decimalValue(mantissa: number, exponent: number): number {
  if (exponent >= 0 && exponent <= 22) return mantissa * POW10[exponent];
  if (exponent < 0 && exponent >= -22) return mantissa / POW10[-exponent];
  return parsedDecimal(mantissa, exponent);
}

/** Beyond the exact powers of ten (no bundled rate comes near), the platform's decimal parse. */
function parsedDecimal(mantissa: number, exponent: number): number {
  return Number(`${mantissa}e${exponent}`);
}

/** The published figure a packed one holds. */
export function figureValue(packed: number): number {
  return decimalValue(packed & MANTISSA_MASK, (packed >>> MANTISSA_BITS) - EXPONENT_BIAS);
}

/**
 * Units of `to` per unit of `from`, given each as its figure per unit of a common base (e.g. per USD):
 * to ÷ from rounded to `digits` significant digits, ties away from zero, computed exactly. When `from` is
 * the base itself (1), this is `to` as published.
 *
 * Both mantissas have `digits` digits, so their ratio lies between 1/10 and 10: scaled by 10^(digits-1)
 * or 10^digits it is a number of `digits` digits (or 10^digits when it rounds up into the next decade),
 * and one correctly rounded division of exact integers lands on the right side of every tie.
 */
export function ratioOfFigures(from: number, to: number, digits: number): number {
  const fromMantissa = from & MANTISSA_MASK;
  const toMantissa = to & MANTISSA_MASK;
  let exponent = (to >>> MANTISSA_BITS) - (from >>> MANTISSA_BITS);
  let scale = digits - 1;
  if (toMantissa < fromMantissa) scale = digits;
  exponent -= scale;
  return decimalValue(Math.round((toMantissa * POW10[scale]) / fromMantissa), exponent);
}
