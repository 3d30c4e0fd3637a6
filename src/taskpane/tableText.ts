/**
 * The words the pane shows for a catalogue table (title, description, period), in the active language:
 * the single place the pane reads them. A language whose table texts are not loaded yet shows the
 * dataset's own (English) words.
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

export function tableText(table: TableDef): TableText {
  const shown = tableInLanguage(table, loadedDatasetTexts(activeLanguage())?.tables[table.id]);
  return { title: shown.title, description: shown.description, period: shown.period };
}
