/** Search and filters over the catalogue: pure functions of the entries and what the user typed or chose. */
import type { Topic } from "../data/types";
import { activeLanguage } from "../i18n/activeLanguage";
import { localeOf } from "../i18n/fill";
import { ui } from "../i18n/ui/current";
import type { UiKey } from "../i18n/ui";
import type { CatalogueEntry } from "./catalogueEntries";

export interface FilterState {
  query: string;
  /** An ISO code from `TableDef.countries`, or "" for any. */
  country: string;
  /** A topic, or "" for any. */
  topic: Topic | "";
}

export const NO_FILTER: FilterState = { query: "", country: "", topic: "" };

export interface Choice {
  value: string;
  label: string;
}

const TOPIC_LABELS: Record<Topic, UiKey> = {
  operation: "topicOperation",
  seizures: "topicSeizures",
  "sky-ecc": "topicSkyEcc",
  statistics: "topicStatistics",
  aftermath: "topicAftermath",
  "fact-check": "topicFactCheck",
};

/** Lower case without accents, so that "clarin" finds "Clarín" and "zoll" finds "Zoll". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function searchText(entry: CatalogueEntry): string {
  return fold([entry.text.title, entry.text.description, ...entry.publishers].join("\n"));
}

/** True when every word of the query occurs in the title, description or a publisher, and the filters match. */
function matches(entry: CatalogueEntry, state: FilterState): boolean {
  if (state.country && !entry.table.countries.includes(state.country)) return false;
  if (state.topic && entry.table.topic !== state.topic) return false;
  const words = fold(state.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(entry);
  return words.every((word) => text.includes(word));
}

export function filterEntries(entries: CatalogueEntry[], state: FilterState): CatalogueEntry[] {
  return entries.filter((entry) => matches(entry, state));
}

/**
 * "BE" → "Belgium", "Belgique", "België", "Belgien" in the active language; the code itself where the
 * runtime has no name for it.
 */
function countryName(code: string): string {
  try {
    const regionNames = new Intl.DisplayNames([localeOf(activeLanguage())], { type: "region" });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function topicLabel(topic: Topic): string {
  return TOPIC_LABELS[topic] ? ui(TOPIC_LABELS[topic]) : topic;
}

/** The countries that some table covers, by name, led by "All countries". */
export function countryChoices(entries: CatalogueEntry[]): Choice[] {
  const codes = [...new Set(entries.flatMap((e) => e.table.countries))];
  const choices = codes
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, localeOf(activeLanguage())));
  return [{ value: "", label: ui("allCountries") }, ...choices];
}

/** The topics that some table has, in the order of first appearance, led by "All topics". */
export function topicChoices(entries: CatalogueEntry[]): Choice[] {
  const topics = [...new Set(entries.map((e) => e.table.topic))];
  return [
    { value: "", label: ui("allTopics") },
    ...topics.map((t) => ({ value: t, label: topicLabel(t) })),
  ];
}
