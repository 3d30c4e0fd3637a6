/**
 * Whether a cell formula calls a DESK custom function. A formula is read token by token so that "DESK."
 * inside a string literal, a quoted sheet name or a structured reference does not count, while a call
 * nested anywhere (=ROUND(DESK.CONVERT(A1,"EUR","USD"),2)) does.
 */

/** Characters that may continue a name: a "DESK." preceded by one of them is part of another name. */
const NAME_CHAR = /[A-Za-z0-9_.\\]/;
/** The namespace followed by a function name and, after optional spaces, an opening parenthesis. */
const DESK_CALL = /^DESK\.[A-Za-z_][A-Za-z0-9_.]*\s*\(/i;

/** True when `formula` (as read through `Range.formulas`) is a formula that calls a `DESK.` function. */
export function callsDeskFunction(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  let i = 1;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i = skipQuoted(formula, i, '"');
    } else if (ch === "'") {
      i = skipQuoted(formula, i, "'");
    } else if (ch === "[") {
      i = skipBrackets(formula, i);
    } else if (
      (ch === "D" || ch === "d") &&
      !NAME_CHAR.test(formula[i - 1]) &&
      DESK_CALL.test(formula.slice(i, i + 300))
    ) {
      return true;
    } else {
      i++;
    }
  }
  return false;
}

/** Index after a literal opened at `start` by `quote`; a doubled quote is an escaped one. */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/** Index after a structured reference such as Table1[[#This Row],[Amount]], brackets nested. */
function skipBrackets(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" && depth > 0) {
      // In a structured reference an apostrophe escapes the next character, e.g. [Q1'[EUR']].
      i += 2;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}
