/**
 * A Writer (core/messages/writer.ts) over a table of templates in a language: what the pane's lazily loaded
 * panels (the inserted tables' wording, the pinned rates' lines) give core to word its sentences. Its own
 * module, so that it comes with those panels' code, not with the start bundle.
 */
import type { Writer } from "../core/messages/writer";
import { fill, localeOf } from "./fill";
import type { Language } from "./language";

/** A Writer (core/messages/writer.ts) of `templates` in `language`. */
export function writerFor<K extends string>(
  templates: Readonly<Record<K, string>>,
  language: Language
): Writer<K> {
  const plural = new Intl.PluralRules(localeOf(language));
  const percent = new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  return {
    say: (key, values = {}) => fill(templates[key], values, language),
    isOne: (n) => plural.select(n) === "one",
    signedPercent: (fraction) => percent.format(fraction),
  };
}
