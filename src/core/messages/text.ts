/**
 * A message as data: a key into the per-language templates (en.ts is the source, fr.ts, nl.ts, de.ts its
 * translations) and the values of its placeholders. Core builds these; the Office edge writes them in the
 * active language (src/functions/messages.ts), so that core reads no global language and stays pure.
 */
import { FUNCTION_MESSAGES_EN, type MessageKey } from "./en";

/** A placeholder's value: text as it is, a number or an ISO date (written in the language's way), or a
 * message of its own (translated first: an argument's name, "an empty cell"). */
export type MessageValue = string | number | { isoDate: string } | MessageText;

export interface MessageText {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, MessageValue>>;
}

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

/** The English of every message whose code is loaded: the start's, then what lazily loaded code adds. */
const ENGLISH = new Map<string, string>(Object.entries(FUNCTION_MESSAGES_EN));

/**
 * Adds the English of messages whose code is fetched on first use (the rate engine's), so that it stays
 * out of the start bundle: that code calls this when it loads, before it makes any of them.
 */
export function addEnglishMessages(messages: Readonly<Record<string, string>>): void {
  for (const [key, template] of Object.entries(messages)) ENGLISH.set(key, template);
}

/**
 * The English text, as the messages read before they were translated: numbers as JavaScript writes them
 * and dates as ISO text, the form a formula takes. Other languages go through src/i18n/fill at the edge.
 */
export function englishText(text: MessageText): string {
  const template = ENGLISH.get(text.key);
  if (template === undefined) throw new Error(`No English for message ${text.key}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = text.values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in message ${text.key}`);
    if (typeof value === "object") return "isoDate" in value ? value.isoDate : englishText(value);
    return String(value);
  });
}

/** A failed result that says why, in English (`message`, as it always read) and as data (`text`). */
export function failure(text: MessageText): { ok: false; message: string; text: MessageText } {
  return { ok: false, message: englishText(text), text };
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
    super(englishText(text));
  }
}
