import { DeskError, badValue } from "../deskError";

/** An empty cell, or an omitted argument. */
export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function describe(v: unknown): string {
  if (v === null || v === undefined) return "an empty cell";
  if (typeof v === "string") return `the text "${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return `a value of type ${typeof v}`;
}

/**
 * A finite number from a cell. Numbers stored as text ("12.5") are read as Excel's arithmetic reads them;
 * booleans and other text are refused rather than silently turned into 0 or 1.
 */
export function readNumber(v: unknown, name: string): number | DeskError {
  let n: number | undefined;
  if (typeof v === "number") n = v;
  else if (typeof v === "string" && DECIMAL_TEXT.test(v.trim())) n = Number(v.trim());
  if (n === undefined) return badValue(`${name} must be a number; got ${describe(v)}.`);
  if (!Number.isFinite(n)) return badValue(`${name} must be a finite number; got ${describe(v)}.`);
  return n;
}

/** Trimmed text from a cell; numbers are accepted as their digits (a year typed as 2021 in an id, say). */
export function readText(v: unknown, name: string): string | DeskError {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return badValue(`${name} must be text; got ${isEmpty(v) ? "an empty cell" : describe(v)}.`);
}

export { describe as describeCell };
