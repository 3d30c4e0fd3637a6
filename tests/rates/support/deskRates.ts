/** Reaching into a loaded functions.js: its rate chain and usage log, as the task pane on its page would. */
import type { LoadedFunctions } from "../../support/functionsHost";
import type { MessageText } from "../../../src/core/messages/text";

export interface PinChangeSeen {
  key: string;
  before: { rate: number; dateUsed: string; source: string };
  after?: { rate: number; dateUsed: string; source: string };
  relativeChange: number;
}

export interface ChainHandle {
  requested(): readonly string[];
  flushPins(): Promise<void>;
  repin(): Promise<
    | { ok: true; checked: number; changes: PinChangeSeen[] }
    | { ok: false; message: string; text: MessageText }
  >;
  status(): { counts: Record<string, number>; lastFallback?: { reason: string } };
  pinnedRates(): ReturnType<typeof usageRates>;
}

export function chainOf(desk: LoadedFunctions): ChainHandle {
  const engine = desk.runtime.loadedRateEngine();
  if (!engine) throw new Error("no rate chain yet: call a rate function first");
  return engine.rateChain() as unknown as ChainHandle;
}

export function usageRates(desk: LoadedFunctions): {
  from: string;
  to: string;
  dateAsked: string;
  rule: string;
  rate: number;
  source: string;
  citation?: MessageText;
}[] {
  return desk.runtime.usageLog.rates();
}

export const isPromise = (x: unknown): x is Promise<unknown> =>
  typeof (x as { then?: unknown } | null)?.then === "function";

/** Awaits a formula's result, whether it came synchronously or as a promise. */
export async function settle(x: unknown): Promise<unknown[][]> {
  return (await x) as unknown[][];
}
