/**
 * Turning a value read from a cell into what, written back through `Range.values`, stores that same value.
 * Excel parses written strings as if typed: "=…" becomes a formula, "9 March 2021" a date, "007" the
 * number 7. A leading apostrophe makes Excel keep the text as it is (and is not part of the value).
 */
import type { CellValue } from "../cellPlanTypes";

/** Excel's error values as `Range.values` reports them. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!|PYTHON!|EXTERNAL!)$/;

export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUE.test(value);
}

/** The input that stores `value` unchanged: text is protected from parsing, errors and numbers go as is. */
export function literalInput(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined || value === "") return "";
  const text = String(value);
  return isErrorValue(text) ? text : "'" + text;
}

/** Text stored as text, whatever it looks like (used for the formulas kept in the records sheet). */
export function textInput(text: string): string {
  return "'" + text;
}
