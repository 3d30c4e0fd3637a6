/**
 * The one rate chain of this runtime, created here and nowhere else: the custom functions use it, and the
 * task pane on the same page reads its status, imports ECB files into it and re-pins through it. This
 * module is part of the rate engine, loaded on first use (rateEngineLoader.ts).
 */
import { createRateChain, type RateChain } from "./rateChain";

const chain: RateChain = createRateChain();

export function rateChain(): RateChain {
  return chain;
}
