/**
 * Restore formulas: every frozen DESK formula goes back on its cell, where it computes (and spills) again,
 * unless its cells were edited since freezing; those are left as they are and stay recorded. Syncs: 2,
 * plus one per chunk of reads (the records, then the frozen cells' values) and of writes.
 */
import {
  isRecordsSheet,
  parseRecords,
  recordsSheetRows,
  RECORDS_SHEET_NAME,
  type FrozenRecord,
} from "../core/share/records";
import { coveringRects, cellsOf, type SheetRect } from "../core/share/rects";
import type { RestoreReport } from "../core/share/messages";
import { planRestore } from "../core/share/restorePlan";
import { gridOf } from "../core/share/freezePlan";
import {
  applyCellOps,
  listSheets,
  readRects,
  recordsSheetWrite,
  usedRanges,
  type CellOp,
} from "./shareIO";

export function restoreDeskFormulas(): Promise<RestoreReport> {
  return Excel.run((context) => restoreDeskFormulasIn(context));
}

export async function restoreDeskFormulasIn(context: Excel.RequestContext): Promise<RestoreReport> {
  const outcome: RestoreReport = {
    formulasRestored: 0,
    kept: { edited: 0, protected: 0, missingSheet: 0 },
    protectedSheets: [],
    nothingFrozen: true,
  };
  const sheets = await listSheets(context);
  if (!sheets.some((s) => s.name === RECORDS_SHEET_NAME)) return outcome;
  const info = (await usedRanges(context, [RECORDS_SHEET_NAME])).get(RECORDS_SHEET_NAME);
  if (!info || !info.used || !isRecordsSheet(info.firstCell)) return outcome;

  const recordReads = await readRects(
    context,
    [{ sheet: RECORDS_SHEET_NAME, ...info.used }],
    false
  );
  const records = parseRecords(
    recordReads.sort((a, b) => a.row - b.row || a.col - b.col).reduce<unknown[][]>(joinBands, [])
  );
  if (records.length === 0) return outcome;
  outcome.nothingFrozen = false;

  const present = new Set(sheets.filter((s) => s.name !== RECORDS_SHEET_NAME).map((s) => s.name));
  const current = await readFrozenCells(
    context,
    records.filter((r) => present.has(r.sheet))
  );
  const plan = planRestore(records, sheets, (record) =>
    present.has(record.sheet)
      ? gridOf(record, (row, col) => current.get(cellKey(record.sheet, row, col)) ?? "")
      : undefined
  );

  const ops: CellOp[] = [
    ...plan.clears.map((rect) => ({ op: "clear" as const, ...rect })),
    ...plan.writes.map((w) => ({ op: "write" as const, ...w })),
  ];
  const keptRecords = plan.kept.map((k) => k.record);
  const recordsSheet = context.workbook.worksheets.getItem(RECORDS_SHEET_NAME);
  if (keptRecords.length > 0) {
    // The records sheet now lists only what stays frozen.
    const rows = recordsSheetRows(keptRecords);
    ops.push({ op: "clear", sheet: RECORDS_SHEET_NAME, ...info.used }, recordsSheetWrite(rows));
    await applyCellOps(context, ops);
  } else {
    await applyCellOps(context, ops);
    // Deleted after the formulas are back: had a write failed, the records would still be there.
    recordsSheet.delete();
    await context.sync();
  }

  outcome.formulasRestored = plan.restored.length;
  for (const { reason } of plan.kept) outcome.kept[reason]++;
  outcome.protectedSheets = [
    ...new Set(plan.kept.filter((k) => k.reason === "protected").map((k) => k.record.sheet)),
  ];
  return outcome;
}

function joinBands(rows: unknown[][], band: { values: unknown[][] }): unknown[][] {
  return rows.concat(band.values);
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row},${col}`;
}

/** Current values of every frozen cell, read as few rectangles. */
async function readFrozenCells(
  context: Excel.RequestContext,
  records: readonly FrozenRecord[]
): Promise<Map<string, unknown>> {
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const record of records) {
    let cells = bySheet.get(record.sheet);
    if (!cells) bySheet.set(record.sheet, (cells = []));
    cells.push(...cellsOf(record));
  }
  const rects: SheetRect[] = [];
  for (const [sheet, cells] of bySheet)
    for (const rect of coveringRects(cells)) rects.push({ sheet, ...rect });
  const values = new Map<string, unknown>();
  for (const read of await readRects(context, rects, false))
    read.values.forEach((line, r) =>
      line.forEach((value, c) => values.set(cellKey(read.sheet, read.row + r, read.col + c), value))
    );
  return values;
}
