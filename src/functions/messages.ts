/**
 * The messages of DESK functions' cells in the active language. Core gives each message as a key and
 * values (src/core/messages); here it is written out when the cell's error is made, in the language active
 * at that moment (activeLanguage(), set by the pane), so that a change of language applies at the next
 * recalculation.
 *
 * English is the source, and the fallback: built into functions.js (see webpack.config.js), a chunk of its
 * own on the task pane's page, fetched with the first formula (or the rate engine), not at start. French,
 * Dutch and German are each a JSON
 * file the build writes beside functions.js (function-messages.<language>.json, from
 * src/core/messages/<language>.ts), fetched the first time a formula needs that language: functions.js
 * also runs in Excel's JavaScript-only runtime, where there is no page to load a script chunk into, but
 * fetch exists (as for rates.bin).
 */
import type { FunctionMessages } from "../core/messages/en";
import {
  englishMessagesLoaded,
  englishText,
  isMessageText,
  useEnglishMessages,
  type MessageText,
  type WriteMessage,
} from "../core/messages/text";
import { reasonOf } from "../core/errorReason";
import { activeLanguage } from "../i18n/activeLanguage";
import { fill, type FillValue } from "../i18n/fill";
import type { Language } from "../i18n/language";
import { bundledAssetUrl } from "./assetUrl";
import { functionMessagesFile } from "./textFiles";

/** Each language's messages once fetched; "english" where they are written in English (englishText). */
const loaded = new Map<Language, FunctionMessages | "english">([["en", "english"]]);
const loading = new Map<Language, Promise<void>>();
let loadingEnglish: Promise<void> | undefined;

/** The English messages, fetched once (at once where they are built in); a failed fetch is tried again. */
export function loadEnglishMessages(): Promise<void> {
  if (englishMessagesLoaded()) return Promise.resolve();
  loadingEnglish ??= import(/* webpackChunkName: "messages-en" */ "../core/messages/en").then(
    (en) => useEnglishMessages(en.FUNCTION_MESSAGES_EN),
    (error: unknown) => {
      loadingEnglish = undefined;
      throw error;
    }
  );
  return loadingEnglish;
}

/**
 * Fetches a language's messages once. A file that cannot be fetched leaves that language's messages in
 * English (said once on the console) rather than a formula waiting for ever; the next start tries again.
 */
function load(language: Language): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = fetch(bundledAssetUrl(functionMessagesFile(language)))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<FunctionMessages>;
      })
      .then(
        (messages) => void loaded.set(language, messages),
        (error: Error) => {
          console.warn(`DESK messages in "${language}" could not be loaded: ${error.message}`);
          loaded.set(language, "english");
        }
      );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Runs `compute` once the English messages and the active language's are in: at once when they are (every
 * call after the first), else after fetching them. English that cannot be fetched makes the formula #N/A
 * saying why (in English, the only words this script then has); the next formula tries again.
 */
export function withMessages<T>(compute: () => T | Promise<T>): T | Promise<T> {
  const language = activeLanguage();
  if (englishMessagesLoaded() && loaded.has(language)) return compute();
  const english = loadEnglishMessages().catch((error: unknown) => {
    // A chunk that failed to load says so over two lines: one line in a cell.
    const reason = reasonOf(error).replace(/\s+/g, " ");
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      `The add-in's messages could not be fetched (${reason}); the next formula tries again.`
    );
  });
  return bothLoaded(language, english).then(compute);
}

/** The English messages and `language`'s, each fetched once (a language that cannot be is written in English). */
function bothLoaded(language: Language, english = loadEnglishMessages()): Promise<unknown> {
  return Promise.all([english, loaded.has(language) || load(language)]);
}

/**
 * A writer of messages in `language` once its messages and the English are in, for text written in a
 * language chosen beforehand (a sheet). Undefined when the English cannot be fetched: the caller then keeps
 * the English text it has. A language whose file cannot be fetched is written in English (see load).
 */
export function messageWriter(language: Language): Promise<WriteMessage | undefined> {
  return bothLoaded(language).then(
    () => (text: MessageText) => writeMessage(text, language),
    () => undefined
  );
}

/** A message in a language: English as core writes it; other languages through `fill`, in their conventions. */
export function writeMessage(text: MessageText, language: Language = activeLanguage()): string {
  const templates = loaded.get(language);
  if (!templates || templates === "english") return englishText(text);
  return writeIn(text, language, templates);
}

function writeIn(text: MessageText, language: Language, templates: FunctionMessages): string {
  const values: Record<string, FillValue> = {};
  for (const [name, value] of Object.entries(text.values))
    values[name] = isMessageText(value) ? writeIn(value, language, templates) : value;
  return fill(templates[text.key], values, language);
}
