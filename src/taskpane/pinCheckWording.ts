/**
 * "Verify pinned rates" and its lines in a language: the check (core/rates/verifyPins) with the lines'
 * strings of that language. Fetched on the first check, not at the pane's start, so that its English stays
 * out of the start bundle.
 */
import type { Writer } from "../core/messages/writer";
import type { PinCheckWriter, ReferenceName } from "../core/rates/verifyPins";
import { writerFor } from "../i18n/writer";
import type { Language } from "../i18n/language";
import { loadPinCheckStrings, type PinCheckKey } from "../i18n/ui/pinCheck";

/** Every pinned-rate line of the pane: Verify's, re-pin changes and the save line. */
export type PinLinesWriter = Writer<PinCheckKey> & Pick<PinCheckWriter, "sourceName">;

export { describePinCheck, verifyPins } from "../core/rates/verifyPins";

export async function pinCheckWriter(
  language: Language,
  sourceName: (name: ReferenceName) => string
): Promise<PinLinesWriter> {
  return { ...writerFor(await loadPinCheckStrings(language), language), sourceName };
}
