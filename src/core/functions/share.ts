import { DeskError, badValue } from "../deskError";
import { readNumber } from "./inputs";

/** part / total as a share (0..1), refusing the inputs for which a share means nothing. */
export function shareOf(partCell: unknown, totalCell: unknown): number | DeskError {
  const part = readNumber(partCell, "part");
  if (typeof part !== "number") return part;
  const total = readNumber(totalCell, "total");
  if (typeof total !== "number") return total;
  if (part < 0) return badValue(`part must be zero or more; got ${part}.`);
  if (total < 0) return badValue(`total must be more than zero; got ${total}.`);
  if (total === 0)
    return badValue("total is zero: a share of zero is undefined. Give a total greater than zero.");
  if (part > total)
    return badValue(`part (${part}) is larger than total (${total}): a share cannot exceed 1.`);
  return part / total;
}
