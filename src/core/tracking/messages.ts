/**
 * What the pane says about inserted tables and their updates, in plain sentences. Pure, so the wording is
 * tested; figures are named as a reader knows them ("cocaine seized, Belgium, 2023").
 */
import { placeName, valueText } from "../figureText";
import type { Figure } from "../../data/types";
import type { CellChange, ChangeReason, TableCheck } from "./check";

export interface Wording {
  figureById(id: string): Figure | undefined;
  /** The catalogue table's title, where the catalogue still has it. */
  tableTitle(catalogueId: string): string | undefined;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export function tableHeading(check: TableCheck, w: Wording): string {
  const title = w.tableTitle(check.record.catalogueId) ?? check.record.catalogueId;
  const where = check.table ?? { name: check.record.excelTable, sheet: check.record.sheet };
  const renamed = check.renamed ? `, renamed from ${check.record.excelTable}` : "";
  return `${title} (table ${where.name} on sheet ${where.sheet}${renamed})`;
}

/** One sentence on the table as a whole. */
export function tableState(check: TableCheck): string {
  const v = check.record.datasetVersion;
  switch (check.state) {
    case "current":
      return `Up to date: no figure of it changed since dataset version ${v}.`;
    case "changed":
      return `${count(check.changes.length, "figure", "figures")} changed since dataset version ${v}.`;
    case "missing":
      return (
        `Not found: no table is named ${check.record.excelTable}, and none starts where it was on sheet ` +
        `${check.record.sheet}. It was deleted, or renamed and moved. Its record stays in the workbook.`
      );
    case "protected":
      return (
        `${count(check.changes.length, "figure", "figures")} changed since dataset version ${v}, but sheet ` +
        `${check.table?.sheet ?? check.record.sheet} is protected: lift its protection (Review > Unprotect ` +
        "Sheet), then check again to update it."
      );
    case "resized":
      return (
        "Resized since it was inserted: none of its cells is changed, since a cell's place no longer says " +
        "which figure it shows. Insert the table again for the current figures." +
        (check.changes.length > 0
          ? ` ${count(check.changes.length, "figure", "figures")} changed since dataset version ${v}.`
          : "")
      );
  }
}

/** Further remarks: figures the catalogue added, derived columns written as values. */
export function tableRemarks(check: TableCheck): string[] {
  const remarks: string[] = [];
  if (check.newFigureIds.length > 0)
    remarks.push(
      `The catalogue's table now has ${count(check.newFigureIds.length, "figure", "figures")} this copy ` +
        "lacks (rows or columns added since): insert it again to get them."
    );
  if (!check.record.liveFormulas && check.changes.some((c) => c.action === "update"))
    remarks.push(
      "Its derived columns were inserted as values, not formulas: they are not recomputed by an update."
    );
  return remarks;
}

function figureLabel(id: string, w: Wording): string {
  const f = w.figureById(id);
  return f ? `${f.measure}, ${placeName(f.place)}, ${f.period.label}` : id;
}

function shown(value: unknown, figure: Figure | undefined): string {
  if (typeof value === "number" && figure) return valueText(value, figure.unit);
  if (value === "" || value === null || value === undefined) return "(empty)";
  return String(value);
}

function reasonText(r: ChangeReason): string {
  const sources = r.sourceIds.length > 0 ? ` (sources: ${r.sourceIds.join(", ")})` : "";
  return `${r.version}, ${r.kind}: ${r.why}${sources}`;
}

/** One changed figure: old and new value, what happens to its cell, and why it changed. */
export function changeText(change: CellChange, w: Wording, done = false): string {
  const f = w.figureById(change.figureId);
  const next = change.newValue === null ? "withdrawn" : shown(change.newValue, f);
  const action = {
    update: done ? "Updated." : "The cell will be updated.",
    keep: `Kept as you edited it: the cell holds ${shown(change.current, f)}.`,
    withdrawn: "The figure left the dataset; the cell is left as it is.",
    hold: "Not changed: the table was resized or its sheet is protected.",
  }[change.action];
  const why = change.reasons.map(reasonText).join(" ");
  return `${figureLabel(change.figureId, w)} (${change.address}): ${shown(change.inserted, f)} → ${next}. ${action} Why: ${why}`;
}

/** The summary of a check. */
export function checkSummary(checks: readonly TableCheck[], malformed: number): string {
  const damaged =
    malformed > 0
      ? ` ${count(malformed, "record", "records")} of inserted tables could not be read and ${malformed === 1 ? "was" : "were"} left as ${malformed === 1 ? "it is" : "they are"}.`
      : "";
  if (checks.length === 0)
    return (
      "This workbook has no table inserted with its record (tables inserted before records were kept " +
      `cannot be checked).${damaged}`
    );
  const n = (state: TableCheck["state"]) => checks.filter((c) => c.state === state).length;
  const parts = [
    n("changed") > 0 ? `${count(n("changed"), "has", "have")} updates` : "",
    n("current") > 0 ? `${n("current")} up to date` : "",
    n("resized") > 0 ? `${n("resized")} resized` : "",
    n("protected") > 0 ? `${n("protected")} on protected sheets` : "",
    n("missing") > 0 ? `${n("missing")} not found` : "",
  ].filter(Boolean);
  return `${count(checks.length, "inserted table", "inserted tables")}: ${parts.join(", ")}.${damaged}`;
}

export interface UpdateReport {
  tables: number;
  cellsUpdated: number;
  cellsKept: number;
  /** The Sources sheet refreshed, or null where the workbook has none of ours. */
  sourcesSheet: string | null;
}

export function updateSummary(r: UpdateReport): string {
  if (r.tables === 0) return "Nothing to update: no inserted table has changed figures.";
  const kept =
    r.cellsKept > 0
      ? ` ${count(r.cellsKept, "cell", "cells")} you had edited ${r.cellsKept === 1 ? "was" : "were"} kept (listed below).`
      : "";
  const sources = r.sourcesSheet
    ? ` The sheet ${r.sourcesSheet} was refreshed.`
    : " The workbook has no Sources sheet; write one under Share with editors to cite the new figures.";
  return `Updated ${count(r.cellsUpdated, "cell", "cells")} in ${count(r.tables, "table", "tables")}.${kept}${sources}`;
}
