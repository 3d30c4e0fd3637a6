/** Which catalogue tables an Excel workbook holds, from the names the insert layer gives its tables. Pure. */
import type { TableDef } from "../../data/types";
import { uniqueTableName } from "../placement";

export interface ExcelTableName {
  name: string;
  sheet: string;
  /** The catalogue id its record gives, for a table the user renamed. */
  catalogueId?: string;
}

export interface FoundTable {
  table: TableDef;
  excelTable: string;
  sheet: string;
}

/**
 * Tables named as the insert layer names them: "Desk_<id>" with other characters as "_", and "_2", "_3"…
 * for a second copy. An exact base name wins over a longer one with a suffix; a table named otherwise is
 * found by the catalogue id its record gives.
 */
export function catalogueTablesIn(
  excelTables: readonly ExcelTableName[],
  catalogue: readonly TableDef[]
): FoundTable[] {
  const bases = catalogue.map((table) => ({
    table,
    base: uniqueTableName(table.id, []).toUpperCase(),
  }));
  const found: FoundTable[] = [];
  for (const t of excelTables) {
    const name = t.name.toUpperCase();
    const exact = bases.find((b) => b.base === name);
    const copy = bases.find(
      (b) => name.startsWith(b.base + "_") && /^\d+$/.test(name.slice(b.base.length + 1))
    );
    const recorded = bases.find((b) => b.table.id === t.catalogueId);
    const match = exact ?? copy ?? recorded;
    if (match) found.push({ table: match.table, excelTable: t.name, sheet: t.sheet });
  }
  return found;
}
