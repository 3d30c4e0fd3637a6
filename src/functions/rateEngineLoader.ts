/**
 * The rate engine (rateEngine.ts: the runtime's rate chain, its sources, the ECB client and the bundled
 * table's decoder) is fetched on first use, a DESK rate formula or one of the pane's rate commands, not at
 * start, so that the page's start JavaScript stays small. Once it is in, formulas use it synchronously.
 * In functions.js loaded on its own the build keeps it inside the script (webpack.config.js).
 */
import { reasonOf } from "../core/errorReason";
import { MessageError, msg } from "../core/messages/text";
import { loadEnglishMessages } from "./messages";
export type RateEngine = typeof import("./rateEngine");

let loaded: RateEngine | undefined;
let loading: Promise<RateEngine> | undefined;
const whenLoaded: ((engine: RateEngine) => void)[] = [];

/** The engine if it is loaded, else undefined (nothing is fetched). */
export function loadedRateEngine(): RateEngine | undefined {
  return loaded;
}

/** The engine, fetched once; a failed fetch is tried again on the next call. */
export function loadRateEngine(): Promise<RateEngine> {
  // The engine writes its failures in English as it meets them: the English messages come with it.
  loading ??= Promise.all([
    import(/* webpackChunkName: "rates" */ "./rateEngine"),
    loadEnglishMessages(),
  ]).then(
    ([engine]) => {
      loaded = engine;
      for (const listener of whenLoaded.splice(0)) listener(engine);
      return engine;
    },
    (error: unknown) => {
      loading = undefined;
      // A chunk that failed to load says so over two lines: one line in a cell.
      const reason = reasonOf(error).replace(/\s+/g, " ");
      throw new MessageError(msg("rates.engineNotFetched", { reason }));
    }
  );
  return loading;
}

/** Runs `listener` once the engine is loaded (at once if it is), before any formula uses it. */
export function whenRateEngineLoads(listener: (engine: RateEngine) => void): void {
  if (loaded) listener(loaded);
  else whenLoaded.push(listener);
}
