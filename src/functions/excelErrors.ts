import { DeskError, PassedError, isDeskError } from "../core/deskError";
import type { Grid, CellResult } from "../core/functions/grid";
import { MessageError, msg } from "../core/messages/text";
import { writeMessage } from "./messages";
import { reasonOf } from "../core/errorReason";

/**
 * Turns a core error into the Excel error a cell shows; only #VALUE! and #N/A carry the message, written in
 * the active language.
 */
export function toExcelError(error: DeskError): CustomFunctions.Error {
  if (error instanceof PassedError) return error.original as CustomFunctions.Error;
  if (error.kind === "divisionByZero")
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  const code =
    error.kind === "value"
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, writeMessage(error.text));
}

/**
 * One Excel error per distinct message within a call (told apart by their English text): 100,000 cells with the same bad code share one
 * error (and one message) instead of holding 100,000 copies.
 */
function sharedErrors(): (error: DeskError) => CustomFunctions.Error {
  // Made at the first error: most calls have none.
  let made: Map<string, CustomFunctions.Error> | undefined;
  return (error) => {
    if (error instanceof PassedError) return toExcelError(error);
    const key = `${error.kind}|${error.message}`;
    made ??= new Map();
    let excel = made.get(key);
    if (!excel) made.set(key, (excel = toExcelError(error)));
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
