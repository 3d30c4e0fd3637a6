/**
 * The messages of DESK functions' cells in the active language. Core gives each message as a key and
 * values (src/core/messages); here it is written out when the cell's error is made, in the language active
 * at that moment (activeLanguage(), set by the pane), so that a change of language applies at the next
 * recalculation.
 *
 * English is in this script: it is the source, and the fallback. French, Dutch and German are each a JSON
 * file the build writes beside functions.js (function-messages.<language>.json, from
 * src/core/messages/<language>.ts), fetched the first time a formula needs that language: functions.js
 * also runs in Excel's JavaScript-only runtime, where there is no page to load a script chunk into, but
 * fetch exists (as for rates.bin).
 */
import type { FunctionMessages } from "../core/messages/en";
import { englishText, isMessageText, type MessageText } from "../core/messages/text";
import { activeLanguage } from "../i18n/activeLanguage";
import { fill, type FillValue } from "../i18n/fill";
import type { Language } from "../i18n/language";
import { bundledAssetUrl } from "./assetUrl";
import { functionMessagesFile } from "./textFiles";

/** Each language's messages once fetched; "english" where they are written in English (englishText). */
const loaded = new Map<Language, FunctionMessages | "english">([["en", "english"]]);
const loading = new Map<Language, Promise<void>>();

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
 * Runs `compute` once the active language's messages are in: at once when they are (every call after the
 * first), else after fetching them.
 */
export function withMessages<T>(compute: () => T | Promise<T>): T | Promise<T> {
  const language = activeLanguage();
  if (loaded.has(language)) return compute();
  return load(language).then(compute);
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
