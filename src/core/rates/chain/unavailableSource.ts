/** A source that could not be loaded (the bundled rates file unreachable): it passes, saying why. */
import type { MessageText } from "../../messages/text";
import type { RateSource, SourceName } from "./source";

export function unavailableSource(name: SourceName, text: MessageText): RateSource {
  return {
    name,
    answer: () => ({ kind: "passed", text }),
    newestDay: () => NaN,
  };
}
