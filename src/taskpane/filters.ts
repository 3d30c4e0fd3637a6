/** Search and filters over the catalogue: pure functions of the entries and what the user typed or chose. */
import type { Topic } from "../data/types";
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

const TOPIC_LABELS: Record<Topic, string> = {
  operation: "The operation",
  seizures: "Seizures",
  "sky-ecc": "Sky ECC",
  statistics: "Statistics",
  aftermath: "After the operation",
  "fact-check": "Fact check",
};

/** Lower case without accents, so that "clarin" finds "Clarín" and "zoll" finds "Zoll". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function searchText(entry: CatalogueEntry): string {
  return fold([entry.table.title, entry.table.description, ...entry.publishers].join("\n"));
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

let regionNames: Intl.DisplayNames | undefined;

/** "BE" → "Belgium", "EU" → "European Union"; the code itself where the runtime has no name for it. */
function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function topicLabel(topic: Topic): string {
  return TOPIC_LABELS[topic] ?? topic;
}

/** The countries that some table covers, by name, led by "All countries". */
export function countryChoices(entries: CatalogueEntry[]): Choice[] {
  const codes = [...new Set(entries.flatMap((e) => e.table.countries))];
  const choices = codes
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
  return [{ value: "", label: "All countries" }, ...choices];
}

/** The topics that some table has, in the order of first appearance, led by "All topics". */
export function topicChoices(entries: CatalogueEntry[]): Choice[] {
  const topics = [...new Set(entries.map((e) => e.table.topic))];
  return [
    { value: "", label: "All topics" },
    ...topics.map((t) => ({ value: t, label: topicLabel(t) })),
  ];
}
