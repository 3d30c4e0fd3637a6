/**
 * Where pins live: the workbook's document settings (Office.context.document.settings), saved with
 * saveAsync so that they travel with the file. Outside Office, or before Office is ready within a few
 * seconds, there is no pin store: look-ups are still made, but nothing is pinned (and nothing stored in
 * the workbook is overwritten).
 *
 * Every save's outcome is kept (pinSaveStatus) for the task pane: a failed save, and pins too large for
 * the document settings, are said there, never dropped in silence.
 */
import {
  PIN_SETTINGS_LIMIT_BYTES,
  pinSettingBytes,
  type PinSaveReason,
  type PinSaveStatus,
} from "../core/rates/pinBudget";
import { PINS_SETTING, deserializePins, serializePins, type PinMap } from "../core/rates/pins";
import { reasonOf } from "../core/errorReason";

export interface PinStore {
  /** The pins stored in the workbook when it was opened (or last saved from here). */
  read(): { pins: PinMap; dropped: number };
  /**
   * Writes the pins and saves the settings with the workbook; resolves when saved, rejects with the
   * reason when not (the outcome is also kept in pinSaveStatus).
   */
  write(pins: PinMap): Promise<void>;
}

/** A save that did not happen; its `status` says why (see describePinSave). */
class PinsNotSaved extends Error {
  constructor(readonly status: PinSaveStatus) {
    super(`pins not saved: ${status.state}`);
  }
}

/** Office.onReady normally answers at once in the shared runtime; this bounds the wait where it does not. */
const OFFICE_READY_TIMEOUT_MS = 10000;

/** After this long a save is taken as failed: the pins stay in memory and the next save writes them. */
const SAVE_TIMEOUT_MS = 10000;

/** One per runtime, read by the task pane on the same page. */
const status = {
  current: { state: "unsaved" } as PinSaveStatus,
  /** Pins in the workbook that did not read back (see deserializePins) when it was opened. */
  unreadable: 0,
};

/** How many pins stored in the workbook could not be read, and are made afresh instead. */
export function unreadablePinCount(): number {
  return status.unreadable;
}

/** The outcome of the last save of pins from this runtime. */
export function pinSaveStatus(): PinSaveStatus {
  return status.current;
}

function settingsOrUndefined(): Office.Settings | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a saveAsync callback reports failure. Its AsyncResult's `status` is Office.AsyncResultStatus
 * ("succeeded" or "failed"), with `error.message` when it failed: "AsyncResult.status: Determine the success
 * or failure of the operation. AsyncResult.error: Access an Error object that provides error information if
 * the operation failed." (https://learn.microsoft.com/javascript/api/office/office.settings, saveAsync;
 * https://learn.microsoft.com/javascript/api/office/office.asyncresult).
 */
function saveFailure(result: Office.AsyncResult<void> | undefined): PinSaveReason | undefined {
  const failed =
    (result?.status as unknown) === "failed" ||
    (typeof Office !== "undefined" && result?.status === Office.AsyncResultStatus?.Failed);
  if (!failed) return undefined;
  return result?.error?.message || { key: "pinsNoReason" };
}

/** Sets and saves the pins, or refuses them when they would not fit; returns the outcome. */
async function savePins(settings: Office.Settings, pins: PinMap): Promise<PinSaveStatus> {
  const text = serializePins(pins);
  const bytes = pinSettingBytes(text);
  const atMs = Date.now();
  if (bytes > PIN_SETTINGS_LIMIT_BYTES) {
    // What the workbook holds stays as it was saved last: a setting too large can fail the whole save.
    return { state: "too-large", pinCount: pins.size, bytes, atMs };
  }
  return new Promise((resolve) => {
    const done = (outcome: PinSaveStatus) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    // A save that never calls back must not hold up later saves (or the re-pin command) for good.
    const timer = setTimeout(
      () => done({ state: "failed", pinCount: pins.size, reason: { key: "pinsNoAnswer" }, atMs }),
      SAVE_TIMEOUT_MS
    );
    try {
      settings.set(PINS_SETTING, text);
      settings.saveAsync((result) => {
        const reason = saveFailure(result);
        done(
          reason === undefined
            ? { state: "saved", pinCount: pins.size, bytes, atMs }
            : { state: "failed", pinCount: pins.size, reason, atMs }
        );
      });
    } catch (error) {
      done({
        state: "failed",
        pinCount: pins.size,
        reason: reasonOf(error),
        atMs,
      });
    }
  });
}

export async function openPinStore(): Promise<PinStore | undefined> {
  if (typeof Office === "undefined") return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = await Promise.race([
    Promise.resolve(Office.onReady()).then(
      () => true,
      () => false
    ),
    new Promise<false>(
      (resolve) => (timer = setTimeout(() => resolve(false), OFFICE_READY_TIMEOUT_MS))
    ),
  ]);
  clearTimeout(timer);
  const settings = ready ? settingsOrUndefined() : undefined;
  if (!settings) return undefined;
  return {
    read: () => {
      const read = deserializePins(settings.get(PINS_SETTING) as unknown);
      status.unreadable = read.dropped;
      return read;
    },
    write: async (pins) => {
      const outcome = await savePins(settings, pins).catch((error: unknown): PinSaveStatus => ({
        state: "failed",
        pinCount: pins.size,
        reason: reasonOf(error),
        atMs: Date.now(),
      }));
      status.current = outcome;
      // The rejection names the outcome; the pane says it, in its language, from pinSaveStatus.
      if (outcome.state !== "saved") throw new PinsNotSaved(outcome);
    },
  };
}
