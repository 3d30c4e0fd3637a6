/**
 * The words the pane shows for a catalogue table (title, description, period), in the active language:
 * a language whose table texts are not loaded yet shows the dataset's own (English) words.
 */
import { tableInLanguage } from "../core/i18n/planInLanguage";
import type { TableDef } from "../data/types";
import { activeLanguage } from "../i18n/activeLanguage";
import { loadedDatasetTexts } from "../i18n/dataset";

export interface TableText {
  title: string;
  description: string;
  period: string;
}

/** The table with its words in the active language, ids and figures unchanged. */
export function tableInActiveLanguage(table: TableDef): TableDef {
  return tableInLanguage(table, loadedDatasetTexts(activeLanguage())?.tables[table.id]);
}

/** The words of a table already in the language shown. */
export function tableText(shown: TableDef): TableText {
  return { title: shown.title, description: shown.description, period: shown.period };
}
