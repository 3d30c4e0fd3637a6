/**
 * The name and shape of the inspection hook (hostInspection.ts), apart from the code that offers it, so that
 * a host can name the hook without loading the runtime's modules.
 */
import type { setWorkbookDateSystem } from "../core/functions/dateSystem";
import type { usageLog } from "../core/usage/usageLog";
import type { loadRateEngine, loadedRateEngine } from "./rateEngineLoader";

export const INSPECTION_HOOK = "__seizureDeskInspect";

export interface RuntimeInspection {
  setWorkbookDateSystem: typeof setWorkbookDateSystem;
  usageLog: typeof usageLog;
  loadedRateEngine: typeof loadedRateEngine;
  loadRateEngine: typeof loadRateEngine;
}
