/**
 * An expected failure of a DESK function, carried as a value (never thrown) so that one bad cell in a
 * range does not stop the others. The Office edge maps `kind` to Excel's #VALUE! or #N/A.
 */
export type DeskErrorKind =
  /** Bad input: wrong type, unreadable date, unknown code. Shown as #VALUE!. */
  | "value"
  /** Well-formed input whose answer does not exist: date outside the data, unknown id. Shown as #N/A. */
  | "notAvailable";

export class DeskError {
  constructor(
    readonly kind: DeskErrorKind,
    readonly message: string
  ) {}
}

export const badValue = (message: string): DeskError => new DeskError("value", message);
export const notAvailable = (message: string): DeskError => new DeskError("notAvailable", message);

export function isDeskError(x: unknown): x is DeskError {
  return x instanceof DeskError;
}
