/** A source that could not be loaded (the bundled rates file unreachable): it passes, saying why. */
import { msg } from "../../messages/text";
import type { RateSource, SourceName } from "./source";

export function unavailableSource(name: SourceName, reason: string): RateSource {
  const text = msg("rates.engine", { message: reason });
  return {
    name,
    answer: () => ({ kind: "passed", text }),
    newestDay: () => NaN,
  };
}
