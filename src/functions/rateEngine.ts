/**
 * What the DESK rate functions and the pane's rate commands need beyond the start: the runtime's rate chain
 * and the evaluation of a formula over it. Loaded on first use (rateEngineLoader.ts).
 */
import { largestArgumentCells } from "../core/functions/grid";
import { FormulaRates } from "../core/functions/rates";
import { asFormulaError } from "./excelErrors";
import { rateChain } from "./runtime";

export { rateChain };
export { pinSaveStatus, unreadablePinCount } from "./pinStore";
export { RATEINFO_COLUMNS, convertCell, rateCell, rateInfoRow } from "../core/functions/rates";

/**
 * Runs `compute` with the rate chain (pinned, ECB live, ECB file, bundled; see src/core/rates/chain), one
 * FormulaRates per evaluation: synchronously when every rate it needs is in memory, else as one promise for
 * the whole formula. A failure to load the bundled rates becomes #N/A with its reason; errors of the
 * formula itself pass through unchanged.
 */
export function evaluateWithRates(
  args: unknown[],
  compute: (rates: FormulaRates) => unknown[][]
): unknown[][] | Promise<unknown[][]> {
  const cells = largestArgumentCells(args);
  const result = rateChain().run((lookup) => compute(new FormulaRates(lookup, cells)));
  if (typeof (result as { then?: unknown }).then !== "function") return result as unknown[][];
  return (result as Promise<unknown[][]>).catch((error: unknown) => {
    throw asFormulaError(error);
  });
}
