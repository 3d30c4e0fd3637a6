/**
 * Where pins live: the workbook's document settings (Office.context.document.settings), saved with
 * saveAsync so that they travel with the file. Outside Office, or before Office is ready within a few
 * seconds, there is no pin store: look-ups are still made, but nothing is pinned (and nothing stored in
 * the workbook is overwritten).
 */
import { PINS_SETTING, deserializePins, serializePins, type PinMap } from "../core/rates/pins";

export interface PinStore {
  /** The pins stored in the workbook when it was opened (or last saved from here). */
  read(): { pins: PinMap; dropped: number };
  /** Writes the pins and saves the settings with the workbook; resolves when saved (or failed). */
  write(pins: PinMap): Promise<void>;
}

/** Office.onReady normally answers at once in the shared runtime; this bounds the wait where it does not. */
const OFFICE_READY_TIMEOUT_MS = 10000;

/** After this long a save is taken as failed: the pins stay in memory and the next save writes them. */
const SAVE_TIMEOUT_MS = 10000;

function settingsOrUndefined(): Office.Settings | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  } catch {
    return undefined;
  }
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
    read: () => deserializePins(settings.get(PINS_SETTING) as unknown),
    write: (pins) =>
      new Promise<void>((resolve) => {
        settings.set(PINS_SETTING, serializePins(pins));
        // A save that never calls back must not hold up later saves (or the re-pin command) for good.
        const timer = setTimeout(resolve, SAVE_TIMEOUT_MS);
        settings.saveAsync(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
