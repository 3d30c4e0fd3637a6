/**
 * The one rule that keeps text as text. Excel parses strings written through `Range.values` or
 * `Range.formulas` as if typed: "=…" or "@…" becomes a formula, "9 March 2021" a date, "007" the number 7.
 * A leading apostrophe makes Excel keep the text as it is (the apostrophe is not part of the value); a cell
 * in the Text format ("@") already keeps text as typed, so there an apostrophe would stay in the value.
 */
/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/** Excel's error values as `Range.values` reports them. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!|PYTHON!|EXTERNAL!)$/;

function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUE.test(value);
}

/** Text stored as text, whatever it looks like: behind an apostrophe, except in a Text cell. */
export function textInput(text: string, numberFormat = "General"): string {
  return numberFormat === TEXT_FORMAT ? text : "'" + text;
}

/** The input that stores a value of ours unchanged: numbers and booleans as they are, text as text. */
export function cellInput(value: unknown, numberFormat = "General"): string | number | boolean {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined || value === "") return "";
  return textInput(String(value), numberFormat);
}

/**
 * The input that stores a value read from a cell through `Range.values` unchanged: as `cellInput`, except
 * that an error value ("#N/A") goes as it is, so that Excel stores the error again.
 */
export function literalInput(value: unknown): string | number | boolean {
  return isErrorValue(value) ? (value as string) : cellInput(value);
}
