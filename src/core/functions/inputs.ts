import { DeskError, badValue } from "../deskError";
import type { ArgName } from "../messages/en";
import { msg, type MessageText, type MessageValue } from "../messages/text";

/** An empty cell, or an omitted argument. */
export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What a cell held, for a message (a number as it is, written in the language's way). */
function describe(v: unknown): MessageValue {
  if (v === null || v === undefined) return msg("cell.empty");
  if (typeof v === "string")
    return msg("cell.text", { text: v.length > 40 ? v.slice(0, 40) + "…" : v });
  if (typeof v === "boolean") return msg(v ? "cell.true" : "cell.false");
  if (typeof v === "number") return v;
  return msg("cell.otherType", { type: typeof v });
}

/** An argument's name in a message: the parameter's name in Excel, in the active language. */
export function argName(name: ArgName): MessageText {
  return msg(`arg.${name}`);
}

/**
 * A finite number from a cell. Numbers stored as text ("12.5") are read as Excel's arithmetic reads them;
 * booleans and other text are refused rather than silently turned into 0 or 1.
 */
export function readNumber(v: unknown, name: ArgName): number | DeskError {
  let n: number | undefined;
  if (typeof v === "number") n = v;
  else if (typeof v === "string" && DECIMAL_TEXT.test(v.trim())) n = Number(v.trim());
  if (n === undefined)
    return badValue("input.notNumber", { name: argName(name), got: describe(v) });
  if (!Number.isFinite(n))
    return badValue("input.notFinite", { name: argName(name), got: describe(v) });
  return n;
}

/** Trimmed text from a cell; numbers are accepted as their digits (a year typed as 2021 in an id, say). */
export function readText(v: unknown, name: ArgName): string | DeskError {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return badValue("input.notText", {
    name: argName(name),
    got: isEmpty(v) ? msg("cell.empty") : describe(v),
  });
}

export { describe as describeCell };
