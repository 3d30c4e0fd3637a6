/** The CSV download: the cell plan's values as UTF-8 CSV with a BOM (so Excel reads accents), via a Blob link. */
import { cellPlanToCsv } from "../core/csv";
import { DATASET_VERSION } from "../data";
import type { CellPlan } from "../core/cellPlanTypes";

export function csvFileName(tableId: string): string {
  return `seizure-desk-${tableId}.csv`;
}

export function downloadCsv(plan: CellPlan, tableId: string): void {
  const blob = new Blob([cellPlanToCsv(plan, DATASET_VERSION)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = csvFileName(tableId);
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; the URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
