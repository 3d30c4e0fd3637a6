/**
 * The words the pane shows for a catalogue table (title, description, period), in the active language.
 * The single place the pane reads them: the table texts per language come with the cell plan's
 * translation (src/core/cellPlan.ts and src/data/catalogue.ts); until a table has them, the dataset's
 * own (English) words are shown.
 */
import type { TableDef } from "../data/types";

export interface TableText {
  title: string;
  description: string;
  period: string;
}

export function tableText(table: TableDef): TableText {
  return { title: table.title, description: table.description, period: table.period };
}
