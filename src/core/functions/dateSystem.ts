import type { DateSystem } from "../dates/excelSerial";
import { runtimeSingleton } from "../runtimeSingleton";

/**
 * The workbook's date system, for reading date serials. A custom function only sees a bare number, so the
 * task pane reads the workbook's setting (see src/excel/dateSystem.ts) and sets it here; until then, and
 * without the pane, it is Excel's default, 1900.
 */
const setting = runtimeSingleton<{ system: DateSystem }>("dateSystem", () => ({ system: "1900" }));

export function workbookDateSystem(): DateSystem {
  return setting.system;
}

export function setWorkbookDateSystem(system: DateSystem): void {
  setting.system = system;
}
