/** Builder for figure lists where most figures come from primary or agreeing sources. */
import type { Figure } from "../types";

/** A figure whose confidence is "high" unless it says otherwise. */
export function highByDefault(
  f: Omit<Figure, "confidence"> & { confidence?: Figure["confidence"] }
): Figure {
  return { confidence: "high", ...f };
}
