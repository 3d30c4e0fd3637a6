import { DeskError, badValue } from "../deskError";

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
  if (part < 0) return badValue(`part must be zero or more; got ${part}.`);
  if (total < 0) return badValue(`total must be more than zero; got ${total}.`);
  // Excel's own convention for a division by zero (the message is not shown for #DIV/0!).
  if (total === 0)
    return new DeskError("divisionByZero", "total is zero: a share of zero is undefined.");
  if (part > total * (1 + RELATIVE_NOISE))
    return badValue(`part (${part}) is larger than total (${total}): a share cannot exceed 1.`);
  return Math.min(part / total, 1);
}
