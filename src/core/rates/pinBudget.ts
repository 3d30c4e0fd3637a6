/**
 * How much room the pins take in the workbook's document settings, and what the task pane says about
 * saving them. Microsoft documents 2 MB for all the settings of an add-in (Office.Settings.set, as quoted by
 * Microsoft in https://github.com/OfficeDev/office-js/issues/621: "We only support 2MB maximum for
 * settings"), and Excel on Windows has been reported to refuse settings of about 1 MB
 * (https://github.com/OfficeDev/office-js/issues/3957). The pins therefore stop at 1,000,000 bytes, and
 * the pane warns from 80 % of that.
 */
import type { Writer } from "../messages/writer";

/** The most the pins setting may take, in bytes of its stored JSON. */
export const PIN_SETTINGS_LIMIT_BYTES = 1_000_000;
/** From this size the pane warns that the limit is near. */
export const PIN_SETTINGS_WARN_BYTES = 800_000;

/**
 * Bytes the setting takes as stored: settings hold the JSON of their value, and the pins' value is itself
 * JSON text, so its quotes are escaped once more. UTF-8, as the document stores it.
 */
export function pinSettingBytes(serializedPins: string): number {
  return utf8Length(JSON.stringify(serializedPins));
}

/** UTF-8 length of a string, counted from its UTF-16 code units (a surrogate pair is 4 bytes). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Why a save failed: Office's own words (given in Office's language) or a thrown error's, or, where Office
 * gave none, the add-in's sentence by key, written in the pane's language.
 */
export type PinSaveReason = string | { key: "pinsNoAnswer" | "pinsNoReason" };

export type PinSaveStatus =
  | { state: "unsaved" }
  | { state: "saved"; pinCount: number; bytes: number; atMs: number }
  | { state: "failed"; pinCount: number; reason: PinSaveReason; atMs: number }
  | { state: "too-large"; pinCount: number; bytes: number; atMs: number };

/** The pane's sentences a pin save is told in (src/i18n/ui). */
export type PinSaveKey =
  | "pinsOne"
  | "pinsMany"
  | "kilobytes"
  | "pinsNotSavedYet"
  | "pinsSavedOne"
  | "pinsSavedMany"
  | "pinsSavedRoom"
  | "pinsNearLimit"
  | "pinsAdvice"
  | "pinsSaveFailed"
  | "pinsNoAnswer"
  | "pinsNoReason"
  | "pinsTooLarge";

/** One line for the pane, and whether it reports a problem. */
export function describePinSave(
  status: PinSaveStatus,
  w: Writer<PinSaveKey>
): { text: string; problem: boolean } {
  const kb = (bytes: number) => w.say("kilobytes", { count: Math.ceil(bytes / 1000) });
  const limit = kb(PIN_SETTINGS_LIMIT_BYTES);
  switch (status.state) {
    case "unsaved":
      return { text: w.say("pinsNotSavedYet"), problem: false };
    case "saved": {
      const near = status.bytes >= PIN_SETTINGS_WARN_BYTES;
      const saved = w.say(w.isOne(status.pinCount) ? "pinsSavedOne" : "pinsSavedMany", {
        count: status.pinCount,
      });
      const values = { saved, size: kb(status.bytes), limit };
      return {
        text: near
          ? w.say("pinsNearLimit", { ...values, advice: w.say("pinsAdvice") })
          : w.say("pinsSavedRoom", values),
        problem: near,
      };
    }
    case "failed":
      return {
        text: w.say("pinsSaveFailed", {
          reason: typeof status.reason === "string" ? status.reason : w.say(status.reason.key),
          pins: pinsText(status.pinCount, w),
        }),
        problem: true,
      };
    case "too-large":
      return {
        text: w.say("pinsTooLarge", {
          size: kb(status.bytes),
          pins: pinsText(status.pinCount, w),
          limit,
          advice: w.say("pinsAdvice"),
        }),
        problem: true,
      };
  }
}

function pinsText(count: number, w: Writer<PinSaveKey>): string {
  return w.say(w.isOne(count) ? "pinsOne" : "pinsMany", { count });
}
