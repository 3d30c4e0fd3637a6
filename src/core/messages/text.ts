/**
 * A message as data: a key into the per-language templates (en.ts is the source, fr.ts, nl.ts, de.ts its
 * translations) and the values of its placeholders. Core builds these; the Office edge writes them in the
 * active language (src/functions/messages.ts), so that core reads no global language and stays pure.
 */
import type { FUNCTION_MESSAGES_EN, MessageKey } from "./en";

/** A placeholder's value: text as it is, a number or an ISO date (written in the language's way), or a
 * message of its own (translated first: an argument's name, "an empty cell"). */
export type MessageValue = string | number | { isoDate: string } | MessageText;

export interface MessageText {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, MessageValue>>;
}

/**
 * A message written in a language the edge chose (src/functions/messages.ts makes one): what core is
 * given to put a message into text it builds in that language, such as a sheet.
 */
export type WriteMessage = (text: MessageText) => string;

const NO_VALUES: Readonly<Record<string, MessageValue>> = Object.freeze({});

export function msg(
  key: MessageKey,
  values: Record<string, MessageValue> = NO_VALUES
): MessageText {
  return { key, values };
}

export function isMessageText(v: unknown): v is MessageText {
  return typeof v === "object" && v !== null && "key" in v && "values" in v;
}

/**
 * The English of every message whose code is loaded. The cell messages (en.ts) are given by whoever runs
 * core: functions.js and the Node tools build them in (englishBuiltIn.ts); the task pane's page fetches
 * them with the first formula or the rate engine (src/functions/messages.ts), so that its start does not
 * carry them. Code fetched on first use adds its own (the rate engine's, the ECB file reader's).
 */
const ENGLISH = new Map<string, string>();
let cellMessagesIn = false;

export function useEnglishMessages(templates: typeof FUNCTION_MESSAGES_EN): void {
  addEnglishMessages(templates);
  cellMessagesIn = true;
}

export function englishMessagesLoaded(): boolean {
  return cellMessagesIn;
}

/** Adds the English of messages whose code is fetched on first use, before that code makes any of them. */
export function addEnglishMessages(messages: Readonly<Record<string, string>>): void {
  for (const [key, template] of Object.entries(messages)) ENGLISH.set(key, template);
}

/**
 * The English text, as the messages read before they were translated: numbers as JavaScript writes them
 * and dates as ISO text, the form a formula takes. Other languages go through src/i18n/fill at the edge.
 */
export function englishText(text: MessageText): string {
  const template = ENGLISH.get(text.key);
  if (template === undefined)
    throw new Error(`The English of message ${text.key} is not loaded: it cannot be written.`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = text.values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in message ${text.key}`);
    if (typeof value === "object") return "isoDate" in value ? value.isoDate : englishText(value);
    return String(value);
  });
}

/**
 * A failed result that says why, in English (`message`, as it always read, written when read: a failure
 * met before the English messages are in, and never shown, does not need them) and as data (`text`).
 */
export function failure(text: MessageText): {
  ok: false;
  readonly message: string;
  text: MessageText;
} {
  return {
    ok: false,
    get message() {
      return englishText(text);
    },
    text,
  };
}

/** Two or more values as one, "a; b; c" (each language's list template); one value as itself. */
export function listText(items: readonly MessageValue[]): MessageValue {
  if (items.length === 1) return items[0];
  return msg("rates.list", { first: items[0], rest: listText(items.slice(1)) });
}

/**
 * A failure thrown as an Error: its `message` in English (for logs and code that reads it), its `text`
 * for the edge to write in the active language (src/functions/excelErrors.ts).
 */
export class MessageError extends Error {
  constructor(readonly text: MessageText) {
    // English where its words are loaded; else the key, which still says what failed.
    super(ENGLISH.has(text.key) ? englishText(text) : text.key);
  }
}
