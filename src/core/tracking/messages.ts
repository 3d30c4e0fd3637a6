/**
 * What the pane says about inserted tables and their updates, in plain sentences. Pure, so the wording is
 * tested; figures are named as a reader knows them ("cocaine seized, Belgium, 2023"). The sentences are
 * keys of the panel's strings (wordingEn.ts; the other languages in src/i18n/ui/tracking), written by `w.say` in the pane's language: this
 * module chooses which sentence and its values, not its words.
 */
import { placeName, valueText } from "../figureText";
import type { DatasetWords } from "../i18n/datasetTexts";
import type { Figure } from "../../data/types";
import type { Writer, WriterValue } from "../messages/writer";
import type { TrackingKey } from "./wordingEn";
import type { CellChange, ChangeReason, TableCheck } from "./check";

export interface Wording extends Writer<TrackingKey> {
  /** The figure, its words in the pane's language where they are loaded. */
  figureById(id: string): Figure | undefined;
  /** The catalogue table's title, where the catalogue still has it. */
  tableTitle(catalogueId: string): string | undefined;
  /** Place names, units and number words of the pane's language. */
  words: DatasetWords;
  /** The changelog's reason for a figure's change, in the pane's language where it is translated. */
  changeWhy(figureId: string, reason: ChangeReason): string;
}

type Plural = readonly [one: TrackingKey, many: TrackingKey];

function count(
  w: Wording,
  n: number,
  [one, many]: Plural,
  values: Readonly<Record<string, WriterValue>> = {}
): string {
  return w.say(w.isOne(n) ? one : many, { ...values, count: n });
}

export function tableHeading(check: TableCheck, w: Wording): string {
  const title = w.tableTitle(check.record.catalogueId) ?? check.record.catalogueId;
  const where = check.table ?? { name: check.record.excelTable, sheet: check.record.sheet };
  const values = { title, table: where.name, sheet: where.sheet };
  return check.renamed
    ? w.say("headingRenamed", { ...values, old: check.record.excelTable })
    : w.say("heading", values);
}

/** One sentence on the table as a whole. */
export function tableState(check: TableCheck, w: Wording): string {
  const version = check.record.datasetVersion;
  const changed = check.changes.length;
  switch (check.state) {
    case "current":
      return w.say("stateCurrent", { version });
    case "changed":
      return count(w, changed, ["stateChangedOne", "stateChangedMany"], { version });
    case "missing":
      return w.say("stateMissing", {
        table: check.record.excelTable,
        sheet: check.record.sheet,
      });
    case "protected":
      return count(w, changed, ["stateProtectedOne", "stateProtectedMany"], {
        version,
        sheet: check.table?.sheet ?? check.record.sheet,
      });
    case "resized":
      return (
        w.say("stateResized") +
        (changed > 0
          ? ` ${count(w, changed, ["stateChangedOne", "stateChangedMany"], { version })}`
          : "")
      );
  }
}

/** Further remarks: figures the catalogue added, derived columns written as values. */
export function tableRemarks(check: TableCheck, w: Wording): string[] {
  const remarks: string[] = [];
  if (check.newFigureIds.length > 0)
    remarks.push(
      w.say("remarkNewFigures", {
        figures: count(w, check.newFigureIds.length, ["figuresOne", "figuresMany"]),
      })
    );
  if (!check.record.liveFormulas && check.changes.some((c) => c.action === "update"))
    remarks.push(w.say("remarkValuesOnly"));
  return remarks;
}

function figureLabel(id: string, w: Wording): string {
  const f = w.figureById(id);
  return f
    ? w.say("figureLabel", {
        measure: f.measure,
        place: placeName(f.place, w.words),
        period: f.period.label,
      })
    : id;
}

function shown(value: unknown, figure: Figure | undefined, w: Wording): string {
  if (typeof value === "number" && figure) return valueText(value, figure.unit, w.words);
  if (value === "" || value === null || value === undefined) return w.say("emptyValue");
  return String(value);
}

const KIND_KEY: Record<ChangeReason["kind"], TrackingKey> = {
  added: "kindAdded",
  revised: "kindRevised",
  withdrawn: "kindWithdrawn",
};

/** The changelog's entry: its version, what happened, and its reason as the changelog words it. */
function reasonText(figureId: string, r: ChangeReason, w: Wording): string {
  const values = {
    version: r.version,
    kind: w.say(KIND_KEY[r.kind]),
    why: w.changeWhy(figureId, r),
  };
  return r.sourceIds.length > 0
    ? w.say("reasonWithSources", { ...values, sources: r.sourceIds.join(", ") })
    : w.say("reason", values);
}

const ACTION_KEY: Record<Exclude<CellChange["action"], "keep">, TrackingKey> = {
  update: "actionUpdate",
  withdrawn: "actionWithdrawn",
  hold: "actionHold",
};

/** One changed figure: old and new value, what happens to its cell, and why it changed. */
export function changeText(change: CellChange, w: Wording, done = false): string {
  const f = w.figureById(change.figureId);
  const next = change.newValue === null ? w.say("withdrawnValue") : shown(change.newValue, f, w);
  const action =
    change.action === "keep"
      ? w.say("actionKeep", { value: shown(change.current, f, w) })
      : w.say(done && change.action === "update" ? "actionUpdated" : ACTION_KEY[change.action]);
  return w.say("change", {
    figure: figureLabel(change.figureId, w),
    address: change.address,
    inserted: shown(change.inserted, f, w),
    next,
    action,
    why: change.reasons.map((r) => reasonText(change.figureId, r, w)).join(" "),
  });
}

/** The summary of a check. */
export function checkSummary(checks: readonly TableCheck[], malformed: number, w: Wording): string {
  const damaged =
    malformed > 0 ? ` ${count(w, malformed, ["unreadableOne", "unreadableMany"])}` : "";
  if (checks.length === 0) return w.say("noTables") + damaged;
  const n = (state: TableCheck["state"]) => checks.filter((c) => c.state === state).length;
  const part = (state: TableCheck["state"], plural: Plural) =>
    n(state) > 0 ? count(w, n(state), plural) : "";
  const parts = [
    part("changed", ["hasUpdatesOne", "hasUpdatesMany"]),
    part("current", ["upToDate", "upToDate"]),
    part("resized", ["resizedOne", "resizedMany"]),
    part("protected", ["onProtectedSheets", "onProtectedSheets"]),
    part("missing", ["notFoundOne", "notFoundMany"]),
  ].filter(Boolean);
  const tables = count(w, checks.length, ["insertedTablesOne", "insertedTablesMany"]);
  return w.say("summary", { tables, parts: parts.join(", ") }) + damaged;
}

export interface UpdateReport {
  tables: number;
  cellsUpdated: number;
  cellsKept: number;
  /** The Sources sheet refreshed, or null where the workbook has none of ours. */
  sourcesSheet: string | null;
}

export function updateSummary(r: UpdateReport, w: Wording): string {
  if (r.tables === 0) return w.say("nothingToUpdate");
  const kept = r.cellsKept > 0 ? ` ${count(w, r.cellsKept, ["keptOne", "keptMany"])}` : "";
  const sources = r.sourcesSheet
    ? w.say("sourcesRefreshed", { sheet: r.sourcesSheet })
    : w.say("noSourcesSheet");
  const updated = w.say("updated", {
    cells: count(w, r.cellsUpdated, ["cellsOne", "cellsMany"]),
    tables: count(w, r.tables, ["tablesOne", "tablesMany"]),
  });
  return `${updated}${kept} ${sources}`;
}
