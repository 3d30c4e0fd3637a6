import { DeskError, badValue } from "../deskError";
import { msg } from "../messages/text";

/**
 * How much larger than the total a part may be and still count as equal: floating-point noise, as in
 * 0.1 + 0.2 against 0.3 (a relative 1.9e-16), never a real excess.
 */
const RELATIVE_NOISE = 1e-12;
import { readNumber } from "./inputs";

/** part / total as a share (0..1), refusing the inputs for which a share means nothing. */
export function shareOf(partCell: unknown, totalCell: unknown): number | DeskError {
  const part = readNumber(partCell, "part");
  if (typeof part !== "number") return part;
  const total = readNumber(totalCell, "total");
  if (typeof total !== "number") return total;
  if (part < 0) return badValue("share.partNegative", { part });
  if (total < 0) return badValue("share.totalNegative", { total });
  // Excel's own convention for a division by zero (the message is not shown for #DIV/0!).
  if (total === 0) return new DeskError("divisionByZero", msg("share.totalZero"));
  if (part > total * (1 + RELATIVE_NOISE)) return badValue("share.partOverTotal", { part, total });
  return Math.min(part / total, 1);
}
