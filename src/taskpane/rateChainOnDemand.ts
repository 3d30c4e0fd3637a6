/**
 * The runtime's rate chain as the pane uses it, without fetching the rate engine at start
 * (src/functions/rateEngineLoader.ts). Until a formula or one of the pane's rate commands has loaded it,
 * the status is that of a chain before any look-up (the service of the stored setting, the ECB file in
 * use, nothing looked up); a command that needs the chain (re-pin, verify, the Sources sheet) loads it.
 */
import { browserStore } from "../functions/browserStore";
import { currentImportedEcbHistory } from "../functions/importedRates";
import type { RateChain, RateStatus } from "../functions/rateChain";
import { loadRateEngine, loadedRateEngine } from "../functions/rateEngineLoader";
import { readRatesBaseUrl } from "../functions/ratesService";

export type PaneRateChain = Pick<
  RateChain,
  "status" | "setBaseUrl" | "repin" | "ready" | "pinnedRates" | "bundledTable" | "ecbLiveFor"
>;

/** The service in the stored setting, read on first use ("" until read, as the chain does). */
let baseUrl: string | undefined;

const loadedChain = () => loadedRateEngine()?.rateChain();
const chain = () => loadRateEngine().then((engine) => engine.rateChain());

function statusBeforeLoad(): RateStatus {
  const file = currentImportedEcbHistory()?.summary;
  return {
    counts: { pinned: 0, "ECB live": 0, "ECB file": 0, bundled: 0 },
    lastSource: undefined,
    lastFallback: undefined,
    serviceFailure: undefined,
    baseUrl: baseUrl ?? "",
    requests: 0,
    newest: file ? { "ECB file": file.lastDate } : {},
    importedRange: file ? { first: file.firstDate, last: file.lastDate } : undefined,
    bundledError: undefined,
    canPin: false,
    pinCount: 0,
  };
}

const onDemand: PaneRateChain = {
  status: () => loadedChain()?.status() ?? statusBeforeLoad(),
  setBaseUrl(url) {
    baseUrl = url;
    // Not loaded yet: the chain reads the setting, saved before this call, when it is created.
    loadedChain()?.setBaseUrl(url);
  },
  repin: () => chain().then((c) => c.repin()),
  ready: () => chain().then((c) => c.ready()),
  pinnedRates: () => loadedChain()?.pinnedRates() ?? [],
  bundledTable: () => loadedChain()?.bundledTable(),
  ecbLiveFor: (keys) => chain().then((c) => c.ecbLiveFor(keys)),
};

export function rateChain(): PaneRateChain {
  if (baseUrl === undefined)
    void readRatesBaseUrl(browserStore()).then((url) => void (baseUrl ??= url));
  return onDemand;
}
