/**
 * How precise a rate is. A rate a source publishes is used as that decimal; a rate derived from published
 * ones (an inverse, a cross rate, a fixed-rate currency through its anchor) is rounded to the significant
 * digits of its least precise leg, the usual rule for derived figures, so that a cell never shows digits
 * the data does not have.
 */
import { POW10 } from "./format";

/**
 * `value` rounded to `digits` significant digits, as the same double as the decimal text would parse to
 * (value > 0, finite, digits 1..15). The common case is one multiplication, a Math.round and an exact
 * power of ten; near a tie, or where log10 lands on the wrong decade, the platform's decimal conversion
 * decides.
 */
export function roundToSignificant(value: number, digits: number): number {
  const exponent = digits - 1 - decadeOf(value);
  if (exponent > 22 || exponent < -22) return Number(value.toPrecision(digits));
  const scaled = exponent >= 0 ? value * POW10[exponent] : value / POW10[-exponent];
  const mantissa = Math.round(scaled);
  const nearTie = Math.abs(scaled - mantissa) > 0.4999999;
  if (nearTie || mantissa < POW10[digits - 1] || mantissa >= POW10[digits])
    return Number(value.toPrecision(digits));
  return exponent >= 0 ? mantissa / POW10[exponent] : mantissa * POW10[-exponent];
}

/**
 * floor(log10(value)) for a positive finite value, by comparison with exact powers of ten (a rate lies
 * within a few decades of 1, so this takes a few steps, fewer than a logarithm costs). Beyond the table's
 * powers (1e±22) it stops at their end, and a value within rounding of a power of ten may land one decade
 * off: roundToSignificant checks the exponent and the mantissa it gets, so neither gives a wrong rounding.
 */
function decadeOf(value: number): number {
  let decade = 0;
  if (value >= 1) {
    while (decade < 23 && value >= POW10[decade + 1]) decade++;
  } else {
    while (decade > -23 && value * POW10[-decade + 1] < 1) decade--;
    decade--;
  }
  return decade;
}

/**
 * Significant digits of a number as a JSON service writes it (its shortest decimal text). Trailing zeros
 * are lost in JSON (the ECB's 1.1890 arrives as 1.189), and the ECB publishes every rate to at least five
 * significant digits, so a rate from the ECB counts at least five.
 */
export const ECB_MIN_DIGITS = 5;

export function significantDigitsOfText(value: number): number {
  const text = value.toExponential(); // shortest round-trip digits, e.g. "1.189e+0"
  const mantissa = text.slice(0, text.indexOf("e")).replace(".", "");
  return mantissa.replace(/^0+/, "").length;
}

export function ecbDigits(value: number): number {
  return Math.max(ECB_MIN_DIGITS, significantDigitsOfText(value));
}
