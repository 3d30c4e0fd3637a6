/** A source that could not be loaded (the bundled rates file unreachable): it passes, saying why. */
import type { RateSource, SourceName } from "./source";

export function unavailableSource(name: SourceName, reason: string): RateSource {
  return {
    name,
    answer: () => ({ kind: "passed", reason }),
    newestDay: () => NaN,
  };
}
