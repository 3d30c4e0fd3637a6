/**
 * Restore formulas: every frozen DESK formula goes back on its cell, where it computes (and spills) again,
 * unless its cells were edited since freezing; those are left as they are and stay recorded. A kept
 * formula that is not a safe DESK formula, or that claims cells it was not frozen from, is refused and
 * named in the report (see core/share/restorePlan.ts). Syncs: 2,
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
import { isPlausibleRecord, planRestore } from "../core/share/restorePlan";
import { quoteSheetName } from "../core/placement";
import { rangeAddress } from "../core/a1";
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
    kept: { edited: 0, protected: 0, missingSheet: 0, refused: 0 },
    protectedSheets: [],
    refused: [],
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
  const plan = planRestore(
    records,
    sheets,
    (record) =>
      present.has(record.sheet)
        ? gridOf(record, (row, col) => current.get(cellKey(record.sheet, row, col))?.value ?? "")
        : undefined,
    (record) =>
      cellsOf(record).some((c) => current.get(cellKey(record.sheet, c.row, c.col))?.hasFormula)
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
  outcome.refused = plan.refused.map(({ record, why }) => ({
    cells: `${quoteSheetName(record.sheet)}!${rangeAddress(record.row, record.col, record.rowCount, record.colCount)}`,
    formula: record.formula,
    why,
  }));
  return outcome;
}

function joinBands(rows: unknown[][], band: { values: unknown[][] }): unknown[][] {
  return rows.concat(band.values);
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row},${col}`;
}

/**
 * Current value of every frozen cell, and whether it holds a formula, read as few rectangles. Only records
 * whose cells lie on the sheet are read: the others are refused by the plan.
 */
async function readFrozenCells(
  context: Excel.RequestContext,
  records: readonly FrozenRecord[]
): Promise<Map<string, { value: unknown; hasFormula: boolean }>> {
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const record of records.filter(isPlausibleRecord)) {
    let cells = bySheet.get(record.sheet);
    if (!cells) bySheet.set(record.sheet, (cells = []));
    cells.push(...cellsOf(record));
  }
  const rects: SheetRect[] = [];
  for (const [sheet, cells] of bySheet)
    for (const rect of coveringRects(cells)) rects.push({ sheet, ...rect });
  const cells = new Map<string, { value: unknown; hasFormula: boolean }>();
  for (const read of await readRects(context, rects, true))
    read.values.forEach((line, r) =>
      line.forEach((value, c) => {
        // A constant reads back the same through formulas and values (text such as "=x" included).
        const formula = read.formulas?.[r][c];
        cells.set(cellKey(read.sheet, read.row + r, read.col + c), {
          value,
          hasFormula: typeof formula === "string" && formula.startsWith("=") && formula !== value,
        });
      })
    );
  return cells;
}
