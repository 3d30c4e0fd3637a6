/**
 * The one rate chain of this runtime, created here and nowhere else: the custom functions use it, and the
 * task pane on the same page reads its status, imports ECB files into it and re-pins through it.
 */
import { createRateChain, type RateChain } from "./rateChain";

const chain: RateChain = createRateChain();

export function rateChain(): RateChain {
  return chain;
}

/** Sets (or with undefined removes) the ECB history file the functions answer from. */
export function setImportedEcbHistory(
  history: Parameters<RateChain["setImportedEcbHistory"]>[0]
): void {
  chain.setImportedEcbHistory(history);
}

/**
 * A host that loads this script can reach the chain under this name (the tests' recording host reads its
 * status and pins); the add-in itself never reads it back.
 */
(globalThis as Record<string, unknown>)["__seizureDesk.rateChain"] = chain;
