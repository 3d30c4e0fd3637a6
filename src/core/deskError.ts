/**
 * An expected failure of a DESK function, carried as a value (never thrown) so that one bad cell in a
 * range does not stop the others. The Office edge maps `kind` to Excel's #VALUE! or #N/A and writes `text`
 * in the active language (src/functions/excelErrors.ts).
 */
import { englishText, msg, type MessageText, type MessageValue } from "./messages/text";
import type { MessageKey } from "./messages/en";

export type DeskErrorKind =
  /** Bad input: wrong type, unreadable date, unknown code. Shown as #VALUE!. */
  | "value"
  /** Well-formed input whose answer does not exist: date outside the data, unknown id. Shown as #N/A. */
  | "notAvailable"
  /** A division by zero (a share of a zero total), shown as #DIV/0! as Excel's own functions do. */
  | "divisionByZero"
  /** An Excel error in an argument cell, passed through unchanged (see PassedError). */
  | "passed";

export class DeskError {
  constructor(
    readonly kind: DeskErrorKind,
    readonly text: MessageText
  ) {}

  /** The English text (written only when asked: a range of bad cells must not pay for it). */
  get message(): string {
    return englishText(this.text);
  }
}

/** An Excel error value found in an argument cell: the result cell shows the same error. */
export class PassedError extends DeskError {
  constructor(readonly original: unknown) {
    super("passed", msg("cell.excelError"));
  }
}

/** An error value as Excel passes it in an argument cell: an object with a code such as "#N/A". */
export function isExcelErrorValue(v: unknown): boolean {
  if (typeof v !== "object" || v === null || v instanceof DeskError) return false;
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

export const badValue = (key: MessageKey, values?: Record<string, MessageValue>): DeskError =>
  new DeskError("value", msg(key, values));
export const notAvailable = (key: MessageKey, values?: Record<string, MessageValue>): DeskError =>
  new DeskError("notAvailable", msg(key, values));

export function isDeskError(x: unknown): x is DeskError {
  return x instanceof DeskError;
}
