import { DeskError, PassedError, isDeskError } from "../core/deskError";
import type { Grid, CellResult } from "../core/functions/grid";
import { MessageError, msg, type MessageText } from "../core/messages/text";
import { writeMessage } from "./messages";
import { reasonOf } from "../core/errorReason";

/**
 * Turns a core error into the Excel error a cell shows; only #VALUE! and #N/A carry the message, written in
 * the active language.
 */
export function toExcelError(error: DeskError): CustomFunctions.Error {
  if (error instanceof PassedError) return error.original as CustomFunctions.Error;
  const code = excelCodeOf(error);
  if (code === CustomFunctions.ErrorCode.divisionByZero) return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(code, writeMessage(error.text));
}

/** #VALUE! for bad input, #DIV/0! for a zero total, #N/A for an answer that does not exist. */
function excelCodeOf(error: DeskError): CustomFunctions.ErrorCode {
  if (error.kind === "value") return CustomFunctions.ErrorCode.invalidValue;
  if (error.kind === "divisionByZero") return CustomFunctions.ErrorCode.divisionByZero;
  return CustomFunctions.ErrorCode.notAvailable;
}

/**
 * One Excel error per distinct message within a call: 100,000 cells with the same bad code share one error
 * (and one message) instead of holding 100,000 copies. Cells that share a look-up's answer share its
 * message as data, found by identity before any text is written; others are told apart by their text.
 */
function sharedErrors(): (error: DeskError) => CustomFunctions.Error {
  // Made at the first error: most calls have none.
  let byText: Map<MessageText, CustomFunctions.Error> | undefined;
  let byWords: Map<string, CustomFunctions.Error> | undefined;
  return (error) => {
    if (error instanceof PassedError) return toExcelError(error);
    byText ??= new Map();
    let excel = byText.get(error.text);
    if (excel && excel.code === excelCodeOf(error)) return excel;
    excel = toExcelError(error);
    const key = `${excel.code}|${excel.message}`;
    byWords ??= new Map();
    const same = byWords.get(key);
    if (same) excel = same;
    else byWords.set(key, excel);
    byText.set(error.text, excel);
    return excel;
  };
}

/**
 * What a custom function returns: a grid that spills (each failing cell its own error), or, when the call as
 * a whole is wrong (mismatched shapes), the error thrown for the formula cell.
 */
export function toExcelGrid<T>(
  result: Grid<CellResult<T>> | DeskError
): (T | CustomFunctions.Error)[][] {
  if (isDeskError(result)) throw toExcelError(result);
  // In place: the grid was built for this call, and a copy would double the work for a large range.
  const grid = result as (T | DeskError | CustomFunctions.Error)[][];
  const excelError = sharedErrors();
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isDeskError(cell)) row[c] = excelError(cell);
    }
  }
  return grid as (T | CustomFunctions.Error)[][];
}

/**
 * For functions that answer one row per input (RATEINFO): inputs must form a single column (or one cell),
 * and each becomes a row of `width` cells; a failing input fills its row with its error.
 */
export function toExcelRows<T>(
  result: Grid<CellResult<T[]>> | DeskError,
  width: number
): unknown[][] {
  if (isDeskError(result)) throw toExcelError(result);
  if (result.length > 0 && result[0].length > 1) {
    throw toExcelError(new DeskError("value", msg("rows.oneRowPerInput")));
  }
  const excelError = sharedErrors();
  return result.map(([cell]) =>
    isDeskError(cell) ? new Array(width).fill(excelError(cell)) : cell
  );
}

/**
 * What a formula's promise rejects with: an error of the formula itself as it is, any other (a download
 * that failed) as #N/A with its reason.
 */
export function asFormulaError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  const message = error instanceof MessageError ? writeMessage(error.text) : reasonOf(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}
