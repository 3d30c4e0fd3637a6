import type { DateSystem } from "../dates/excelSerial";

/**
 * The workbook's date system, for reading date serials. A custom function only sees a bare number, so the
 * task pane reads the workbook's setting (see src/excel/dateSystem.ts) and sets it here; until then, and
 * without the pane, it is Excel's default, 1900. The pane and the functions share this module: the page
 * loads them as one bundle.
 */
let system: DateSystem = "1900";

export function workbookDateSystem(): DateSystem {
  return system;
}

export function setWorkbookDateSystem(next: DateSystem): void {
  system = next;
}
