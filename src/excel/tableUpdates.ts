/**
 * Check inserted tables for updates, and update them in place: one Excel.run per user action, with a
 * number of syncs that does not depend on the number of tables or cells (reading: two syncs and one per
 * 4 MB of cells; writing: one; the Sources sheet, where there is one: two to four).
 *
 * Values are written into the existing cells, so the Excel table, its name and every formula that refers
 * to it stay as they are; a cell the user edited since it was written is never touched.
 */
import { checkTable, type TableCheck } from "../core/tracking/check";
import type { TrackingData } from "../core/tracking/data";
import { planUpdate, type UpdatePlan } from "../core/tracking/updatePlan";
import { readInsertedTables, type MalformedRecord } from "./tableRecords";
import { refreshSourcesSheetIn, type SourcesOutcome, type SourcesPlanFor } from "./sourcesSheet";

export interface CheckOutcome {
  checks: TableCheck[];
  malformed: MalformedRecord[];
}

export function checkInsertedTables(data: TrackingData): Promise<CheckOutcome> {
  return Excel.run((context) => checkInsertedTablesIn(context, data));
}

export async function checkInsertedTablesIn(
  context: Excel.RequestContext,
  data: TrackingData
): Promise<CheckOutcome> {
  const read = await readInsertedTables(context);
  return {
    checks: read.matches.map((m) => checkTable(m, read.values.get(m.stored.partId) ?? null, data)),
    malformed: read.malformed,
  };
}

export interface UpdateOptions {
  /** Part ids of the tables to update; every changed table where absent. */
  chosen?: ReadonlySet<string>;
  /** Refreshes our Sources sheet, where the workbook has one, after the update. */
  sourcesPlanFor?: SourcesPlanFor;
}

export interface UpdateOutcome extends CheckOutcome {
  plan: UpdatePlan;
  /** Null where no Sources sheet of ours was there to refresh (or nothing was updated). */
  sources: SourcesOutcome | null;
}

export function updateInsertedTables(
  data: TrackingData,
  options: UpdateOptions = {}
): Promise<UpdateOutcome> {
  return Excel.run((context) => updateInsertedTablesIn(context, data, options));
}

/** Checks again (the workbook may have changed since the check the user saw), then writes. */
export async function updateInsertedTablesIn(
  context: Excel.RequestContext,
  data: TrackingData,
  options: UpdateOptions = {}
): Promise<UpdateOutcome> {
  const checked = await checkInsertedTablesIn(context, data);
  const plan = planUpdate(checked.checks, data.figureById, data.version, options.chosen);
  if (plan.tables.length === 0) return { ...checked, plan, sources: null };

  const worksheets = context.workbook.worksheets;
  for (const w of plan.writes) {
    const cell = worksheets.getItem(w.sheet).getRangeByIndexes(w.row, w.col, 1, 1);
    // The format first: a text format must be in place before the text it protects arrives.
    cell.numberFormat = [[w.numberFormat]];
    cell.values = [[w.input]];
  }
  const parts = context.workbook.customXmlParts;
  for (const r of plan.records) parts.getItem(r.partId).setXml(r.xml);
  await context.sync();

  const sources = options.sourcesPlanFor
    ? await refreshSourcesSheetIn(context, withRecordedIds(options.sourcesPlanFor, checked.checks))
    : null;
  return { ...checked, plan, sources };
}

/** The Sources plan, told which catalogue table each recorded Excel table is, so renamed ones are cited. */
function withRecordedIds(planFor: SourcesPlanFor, checks: readonly TableCheck[]): SourcesPlanFor {
  const ids = new Map(
    checks.flatMap((c) => (c.table ? [[c.table.name.toUpperCase(), c.record.catalogueId]] : []))
  );
  return (tables, earlier, texts, write) =>
    planFor(
      tables.map((t) => ({ ...t, catalogueId: ids.get(t.name.toUpperCase()) })),
      earlier,
      texts,
      write
    );
}
