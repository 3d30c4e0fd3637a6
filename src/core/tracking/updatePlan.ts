/**
 * What updating the checked tables writes: the new value of every changed cell that still holds what was
 * written (with its figure's number format, which carries the hedge), and each updated table's record at
 * the current version. Cells the user edited, withdrawn figures and resized tables are left as they are.
 * Pure.
 */
import type { CellValue } from "../cellPlanTypes";
import { figureNumberFormat } from "../figureText";
import { literalInput } from "../share/literal";
import type { Figure } from "../../data/types";
import type { CellChange, TableCheck } from "./check";
import { recordXml, type TableRecord } from "./record";

export interface CellWrite {
  sheet: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  /** As written through `Range.values`: text is protected from being read as a formula or a date. */
  input: CellValue;
  numberFormat: string;
}

export interface RecordWrite {
  partId: string;
  xml: string;
}

export interface UpdatePlan {
  writes: CellWrite[];
  records: RecordWrite[];
  /** The tables updated, with the cells changed and the cells kept as the user left them. */
  tables: { check: TableCheck; updated: CellChange[]; kept: CellChange[] }[];
}

/** The record after the update: current version, current name and place, the values now written. */
function updatedRecord(check: TableCheck, updated: CellChange[], version: string): TableRecord {
  const table = check.table;
  if (!table) throw new Error(`Table ${check.record.excelTable} is not in the workbook.`);
  const written = new Map(updated.map((c) => [`${c.row},${c.col}`, c.newValue]));
  return {
    ...check.record,
    datasetVersion: version,
    excelTable: table.name,
    sheet: table.sheet,
    tableArea: { ...table.area },
    cells: check.record.cells.map((cell) => {
      const value = written.get(`${cell.row},${cell.col}`);
      return value === undefined || value === null ? cell : { ...cell, value };
    }),
  };
}

/**
 * The writes for the tables chosen (by part id; every changed table when none are named), at `version`,
 * the current dataset's.
 */
export function planUpdate(
  checks: readonly TableCheck[],
  figureById: (id: string) => Figure | undefined,
  version: string,
  chosen?: ReadonlySet<string>
): UpdatePlan {
  const plan: UpdatePlan = { writes: [], records: [], tables: [] };
  for (const check of checks) {
    if (check.state !== "changed" || !check.table) continue;
    if (chosen && !chosen.has(check.partId)) continue;
    const table = check.table;
    const updated = check.changes.filter((c) => c.action === "update");
    const kept = check.changes.filter((c) => c.action === "keep");
    for (const change of updated) {
      const figure = figureById(change.figureId);
      if (!figure || change.newValue === null) continue;
      plan.writes.push({
        sheet: table.sheet,
        row: table.area.row + change.row,
        col: table.area.col + change.col,
        input: literalInput(change.newValue),
        numberFormat: figureNumberFormat(figure),
      });
    }
    plan.records.push({
      partId: check.partId,
      xml: recordXml(updatedRecord(check, updated, version)),
    });
    plan.tables.push({ check, updated, kept });
  }
  return plan;
}
