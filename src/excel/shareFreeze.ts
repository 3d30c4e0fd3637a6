/**
 * Prepare for sharing: every DESK formula in the workbook becomes its current value, and the formulas are
 * kept on a very hidden sheet for Restore formulas. Syncs: 2, plus one per chunk of reads (formulas and
 * values of the used ranges), of spill look-ups and of writes; one chunk of each up to megabytes of cells.
 */
import {
  planFreeze,
  findDeskCells,
  type ScannedSheet,
  type SpillExtent,
  type DeskCell,
} from "../core/share/freezePlan";
import { ACTION_OVERHEAD_BYTES, chunkByPayload } from "../core/share/chunk";
import type { FreezeReport } from "../core/share/messages";
import {
  isRecordsSheet,
  mergeRecords,
  parseRecords,
  recordsSheetRows,
  RECORDS_SHEET_NAME,
} from "../core/share/records";
import type { Rect, SheetRect } from "../core/share/rects";
import {
  applyCellOps,
  listSheets,
  readRects,
  recordsSheetWrite,
  usedRanges,
  type CellOp,
  type RectRead,
} from "./shareIO";

export async function freezeDeskFormulasIn(context: Excel.RequestContext): Promise<FreezeReport> {
  const sheets = await listSheets(context);
  const used = await usedRanges(
    context,
    sheets.map((s) => s.name)
  );
  const recordsInfo = used.get(RECORDS_SHEET_NAME);
  const outcome: FreezeReport = {
    formulasFrozen: 0,
    cellsFrozen: 0,
    alreadyFrozen: 0,
    protectedSheets: [],
    busy: 0,
    // A user's sheet of that name, even empty, is theirs: it is never hidden or written to.
    recordsSheetTaken: recordsInfo !== undefined && !isRecordsSheet(recordsInfo.firstCell),
  };
  if (outcome.recordsSheetTaken) return outcome;

  const rects: SheetRect[] = [];
  for (const [sheet, info] of used) if (info.used) rects.push({ sheet, ...info.used });
  const reads = await readRects(context, rects, true);
  const merged = mergeBySheet(
    reads,
    used,
    new Set(sheets.filter((s) => s.protected).map((s) => s.name))
  );
  const recordsGrid = merged.find((s) => s.name === RECORDS_SHEET_NAME);
  const existing = recordsGrid ? parseRecords(recordsGrid.values) : [];
  outcome.alreadyFrozen = existing.length;

  const scanned = merged.filter((s) => s.name !== RECORDS_SHEET_NAME);
  const cells = scanned.flatMap(findDeskCells);
  const unprotected = new Set(scanned.filter((s) => !s.protected).map((s) => s.name));
  const spills = await spillExtents(
    context,
    cells.filter((c) => unprotected.has(c.sheet))
  );
  const plan = planFreeze(
    scanned,
    cells,
    cells.map((c) => spills.get(c) ?? null)
  );
  outcome.protectedSheets = plan.protectedSheets;
  outcome.busy = plan.busy;
  if (plan.records.length === 0) return outcome;

  const worksheets = context.workbook.worksheets;
  const recordsSheet = recordsInfo
    ? worksheets.getItem(RECORDS_SHEET_NAME)
    : worksheets.add(RECORDS_SHEET_NAME);
  recordsSheet.visibility = "VeryHidden";
  const rows = recordsSheetRows(mergeRecords(existing, plan.records));
  // The formulas are written before any cell is frozen: should a later chunk fail, none is lost.
  const ops: CellOp[] = [
    recordsSheetWrite(rows),
    ...plan.writes.map((w) => ({ op: "write" as const, ...w })),
  ];
  await applyCellOps(context, ops);
  outcome.formulasFrozen = plan.records.length;
  outcome.cellsFrozen = plan.cellsFrozen;
  return outcome;
}

/**
 * One grid per sheet from the reads of its used range, which may have come in bands: a spilled range can
 * cross a band's edge, so planning looks at the sheet as a whole.
 */
function mergeBySheet(
  reads: readonly RectRead[],
  used: ReadonlyMap<string, { used: Rect | null }>,
  protectedSheets: ReadonlySet<string>
): ScannedSheet[] {
  const sheets = new Map<string, ScannedSheet & { formulas: unknown[][]; values: unknown[][] }>();
  for (const read of reads) {
    const area = used.get(read.sheet)?.used;
    if (!area) continue;
    let sheet = sheets.get(read.sheet);
    if (!sheet) {
      sheet = {
        name: read.sheet,
        protected: protectedSheets.has(read.sheet),
        row: area.row,
        col: area.col,
        formulas: emptyGrid(area),
        values: emptyGrid(area),
      };
      sheets.set(read.sheet, sheet);
    }
    for (let r = 0; r < read.rowCount; r++)
      for (let c = 0; c < read.colCount; c++) {
        const row = read.row - area.row + r;
        const col = read.col - area.col + c;
        sheet.values[row][col] = read.values[r][c];
        if (read.formulas) sheet.formulas[row][col] = read.formulas[r][c];
      }
  }
  return [...sheets.values()];
}

function emptyGrid(area: Rect): unknown[][] {
  return Array.from({ length: area.rowCount }, () => new Array<unknown>(area.colCount).fill(""));
}

/** The spilled range of each DESK cell that spills: one look-up per cell, one sync per chunk. */
async function spillExtents(
  context: Excel.RequestContext,
  cells: readonly DeskCell[]
): Promise<Map<DeskCell, SpillExtent>> {
  const extents = new Map<DeskCell, SpillExtent>();
  if (!hasSpillApi()) return extents;
  for (const chunk of chunkByPayload(cells, () => ACTION_OVERHEAD_BYTES)) {
    const queued = chunk.map((cell) => {
      const spill = context.workbook.worksheets
        .getItem(cell.sheet)
        .getRangeByIndexes(cell.row, cell.col, 1, 1)
        .getSpillingToRangeOrNullObject();
      spill.load("rowIndex,columnIndex,rowCount,columnCount");
      return { cell, spill };
    });
    // One sync per chunk of about 10,000 look-ups, as the payload cap requires.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { cell, spill } of queued)
      extents.set(
        cell,
        spill.isNullObject
          ? null
          : {
              row: spill.rowIndex,
              col: spill.columnIndex,
              rowCount: spill.rowCount,
              colCount: spill.columnCount,
            }
      );
  }
  return extents;
}

/**
 * Spill look-ups need ExcelApi 1.12; an Excel without it has no dynamic arrays, so nothing spills there.
 * (Office is absent where the layer runs against a stand-in.)
 */
function hasSpillApi(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.12");
}
