/**
 * Which inserted tables a later dataset version changed: each record is matched to the Excel table it
 * describes, and each recorded figure cell is checked against the changelog's versions after the record's.
 * Pure: the changelog and the current figures are parameters, so a test passes an older dataset through
 * the same code as the pane.
 */
import { a1 } from "../a1";
import type { DatasetVersion, FigureChangeKind } from "../../data/changelog";
import type { Figure } from "../../data/types";
import type { CellArea, RecordedCell, TableRecord } from "./record";

/** An Excel table of the workbook: its name, sheet and area (header row included). */
export interface WorkbookTable {
  name: string;
  sheet: string;
  area: CellArea;
  /** On a protected sheet: nothing can be written there until the user lifts the protection. */
  protected?: boolean;
}

/** A record read from the workbook, with the id of the part that holds it. */
export interface StoredRecord {
  partId: string;
  record: TableRecord;
}

export interface TableMatch {
  stored: StoredRecord;
  /** Null when no table has the recorded name or place: deleted, or renamed and moved. */
  table: WorkbookTable | null;
  /** Found at the recorded place under another name. */
  renamed: boolean;
}

const sameName = (a: string, b: string): boolean =>
  a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");

/**
 * Each record's table: the one with the recorded name (Excel table names are unique in a workbook), else
 * the one whose top-left cell is where the recorded table's was, on the recorded sheet. A table serves
 * one record only.
 */
export function matchTables(
  stored: readonly StoredRecord[],
  tables: readonly WorkbookTable[]
): TableMatch[] {
  const claimed = new Set<WorkbookTable>();
  const byName = stored.map((s) => tables.find((t) => sameName(t.name, s.record.excelTable)));
  byName.forEach((t) => t && claimed.add(t));
  return stored.map((s, i) => {
    const named = byName[i];
    if (named) return { stored: s, table: named, renamed: false };
    const { sheet, tableArea } = s.record;
    const placed = tables.find(
      (t) =>
        !claimed.has(t) &&
        sameName(t.sheet, sheet) &&
        t.area.row === tableArea.row &&
        t.area.col === tableArea.col
    );
    if (placed) claimed.add(placed);
    return { stored: s, table: placed ?? null, renamed: placed !== undefined };
  });
}

export interface ChangeReason {
  version: string;
  kind: FigureChangeKind;
  why: string;
  sourceIds: readonly string[];
}

/**
 * update: the cell still holds what was written and takes the new value; keep: the user changed the cell,
 * which stays as it is; withdrawn: the figure left the dataset, the cell stays and the reader is told why;
 * hold: the table was resized or its sheet is protected, so no cell of it is changed.
 */
export type CellAction = "update" | "keep" | "withdrawn" | "hold";

export interface CellChange {
  figureId: string;
  /** Relative to the table's top-left cell, as recorded. */
  row: number;
  col: number;
  /** The cell's address on its sheet now ("C7"). */
  address: string;
  /** What was written. */
  inserted: number | string;
  /** What the cell holds now ("" when empty). */
  current: unknown;
  /** The figure's value in the current dataset; null when withdrawn. */
  newValue: number | string | null;
  reasons: ChangeReason[];
  action: CellAction;
}

/**
 * changed: a later version changed figures of the table; current: nothing changed; missing: no table
 * found; resized: the user changed the table's size, so cells cannot be found by their place; protected:
 * changed, but its sheet is protected.
 */
export type TableState = "changed" | "current" | "missing" | "resized" | "protected";

export interface TableCheck {
  partId: string;
  record: TableRecord;
  table: WorkbookTable | null;
  renamed: boolean;
  state: TableState;
  changes: CellChange[];
  /** Figures the catalogue's table holds now that this copy lacks (rows or columns added since). */
  newFigureIds: string[];
}

/** What the check compares the workbook with. */
export interface CheckData {
  /** Newest version last. */
  changelog: readonly DatasetVersion[];
  figureById(id: string): Figure | undefined;
  /** The figure ids a catalogue table shows now; undefined for a table no longer in the catalogue. */
  figureIdsOfTable(catalogueId: string): readonly string[] | undefined;
}

/** Every change of each figure in the versions after `since`, oldest first. */
export function changesSince(
  changelog: readonly DatasetVersion[],
  since: string
): Map<string, ChangeReason[]> {
  const byFigure = new Map<string, ChangeReason[]>();
  for (const v of changelog) {
    if (v.version <= since) continue;
    for (const c of v.changes) {
      const list = byFigure.get(c.figureId) ?? [];
      list.push({ version: v.version, kind: c.kind, why: c.why, sourceIds: c.sourceIds });
      byFigure.set(c.figureId, list);
    }
  }
  return byFigure;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b;
}

function cellChange(
  cell: RecordedCell,
  reasons: ChangeReason[],
  where: { table: WorkbookTable; values: readonly unknown[][] | null; held: boolean },
  data: CheckData
): CellChange | null {
  const figure = data.figureById(cell.figureId);
  const newValue = figure ? figure.value : null;
  if (newValue !== null && sameValue(newValue, cell.value)) return null;
  const current = where.values?.[cell.row]?.[cell.col] ?? "";
  let action: CellAction;
  if (where.held) action = "hold";
  else if (newValue === null) action = "withdrawn";
  else action = sameValue(current, cell.value) ? "update" : "keep";
  return {
    figureId: cell.figureId,
    row: cell.row,
    col: cell.col,
    address: a1(where.table.area.row + cell.row, where.table.area.col + cell.col),
    inserted: cell.value,
    current,
    newValue,
    reasons,
    action,
  };
}

/**
 * One table against the dataset. `values` are the table area's values as read now (null when the table
 * is missing). A table whose size differs from the recorded one is "resized": its changes are listed, none
 * is applied, since a cell's place no longer says which figure it shows.
 */
export function checkTable(
  match: TableMatch,
  values: readonly unknown[][] | null,
  data: CheckData
): TableCheck {
  const { stored, table, renamed } = match;
  const record = stored.record;
  const recorded = new Set(record.cells.map((c) => c.figureId));
  const newFigureIds = (data.figureIdsOfTable(record.catalogueId) ?? []).filter(
    (id) => !recorded.has(id)
  );
  const base = { partId: stored.partId, record, table, renamed, newFigureIds };
  if (!table) return { ...base, state: "missing", changes: [] };
  const resized =
    table.area.rowCount !== record.tableArea.rowCount ||
    table.area.colCount !== record.tableArea.colCount;
  const later = changesSince(data.changelog, record.datasetVersion);
  const changes = record.cells.flatMap((cell) => {
    const reasons = later.get(cell.figureId);
    const held = resized || table.protected === true;
    const change = reasons ? cellChange(cell, reasons, { table, values, held }, data) : null;
    return change ? [change] : [];
  });
  let state: TableState = changes.length > 0 ? "changed" : "current";
  if (resized) state = "resized";
  else if (table.protected && changes.length > 0) state = "protected";
  return { ...base, state, changes };
}
