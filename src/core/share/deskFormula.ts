/**
 * DESK formulas, read token by token with @borgar/fx's Excel formula tokenizer: "DESK." inside a string
 * literal, a quoted sheet name or a structured reference does not count, while a call nested anywhere
 * (=ROUND(DESK.CONVERT(A1,"EUR","USD"),2)) does.
 *
 * Excel on the web can show a custom function as `_xldudf_` followed by its namespace and name joined by
 * "_" (=_xldudf_DESK_CONVERT(…)): office-js issue 5611, "by design"
 * (https://github.com/OfficeDev/office-js/issues/5611). Such a name counts as the DESK function it stands
 * for, and is written back under its real name.
 */
import { tokenize, tokenTypes, type Token } from "@borgar/fx";

const DESK_NAME = /^DESK\.([A-Za-z_][A-Za-z0-9_.]*)$/i;
const XLDUDF_DESK_NAME = /^_xldudf_DESK_([A-Za-z0-9_]+)$/i;

/** "DESK.CONVERT" for `DESK.CONVERT`, `desk.convert` or `_xldudf_DESK_CONVERT`; undefined for any other name. */
export function deskFunctionName(name: string): string | undefined {
  const match = DESK_NAME.exec(name) ?? XLDUDF_DESK_NAME.exec(name);
  return match ? `DESK.${match[1].toUpperCase()}` : undefined;
}

/** The tokens of a formula as read through `Range.formulas`; undefined for a constant or a non-string. */
export function formulaTokens(formula: unknown): Token[] | undefined {
  if (typeof formula !== "string" || !formula.startsWith("=")) return undefined;
  return tokenize(formula, { withLocation: false });
}

/**
 * The indexes of the tokens that name a called function: a function token, or a name followed (after
 * spaces) by an opening parenthesis.
 */
export function calledNames(tokens: readonly Token[]): number[] {
  const called: number[] = [];
  tokens.forEach((token, i) => {
    if (token.type === tokenTypes.FUNCTION) called.push(i);
    else if (token.type === tokenTypes.REF_NAMED) {
      let next = i + 1;
      while (tokens[next]?.type === tokenTypes.WHITESPACE) next++;
      if (tokens[next]?.type === tokenTypes.OPERATOR && tokens[next].value === "(") called.push(i);
    }
  });
  return called;
}

/** True when `formula` (as read through `Range.formulas`) is a formula that calls a `DESK.` function. */
export function callsDeskFunction(formula: unknown): boolean {
  const tokens = formulaTokens(formula);
  if (!tokens) return false;
  return calledNames(tokens).some((i) => deskFunctionName(tokens[i].value) !== undefined);
}

/** The formula with every `_xldudf_DESK_…` call named as the DESK function it is; otherwise unchanged. */
export function canonicalDeskFormula(formula: string): string {
  const tokens = formulaTokens(formula);
  if (!tokens) return formula;
  const called = new Set(calledNames(tokens));
  return tokens
    .map((token, i) =>
      called.has(i) && XLDUDF_DESK_NAME.test(token.value)
        ? (deskFunctionName(token.value) as string)
        : token.value
    )
    .join("");
}
