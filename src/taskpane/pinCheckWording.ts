/**
 * "Verify pinned rates" and its lines in a language: the check (core/rates/verifyPins) with the lines'
 * strings of that language. Fetched on the first check, not at the pane's start, so that its English stays
 * out of the start bundle.
 */
import type { PinCheckWriter, ReferenceName } from "../core/rates/verifyPins";
import { writerFor } from "../i18n/fill";
import type { Language } from "../i18n/language";
import { loadPinCheckStrings } from "../i18n/ui/pinCheck";

export { describePinCheck, verifyPins } from "../core/rates/verifyPins";

export async function pinCheckWriter(
  language: Language,
  sourceName: (name: ReferenceName) => string
): Promise<PinCheckWriter> {
  return { ...writerFor(await loadPinCheckStrings(language), language), sourceName };
}
