/**
 * An explicit way for a host that runs functions.js on its own to see the runtime's state: the tests'
 * recording host (tests/support/functionsHost.ts) defines `globalThis.__seizureDeskInspect` as a function
 * before the script runs, and the script hands it, once, what the task pane on the shared runtime's page
 * uses: the date system setter, the usage log and the rate engine. The add-in never reads anything back
 * from it; where it is not defined (every Office host), nothing happens.
 */
import { setWorkbookDateSystem } from "../core/functions/dateSystem";
import { usageLog } from "../core/usage/usageLog";
import { loadRateEngine, loadedRateEngine } from "./rateEngineLoader";
import { INSPECTION_HOOK, type RuntimeInspection } from "./inspectionHook";

export function offerInspection(): void {
  const hook = (globalThis as Record<string, unknown>)[INSPECTION_HOOK];
  if (typeof hook !== "function") return;
  const inspection: RuntimeInspection = {
    setWorkbookDateSystem,
    usageLog,
    loadedRateEngine,
    loadRateEngine,
  };
  hook(inspection);
}
