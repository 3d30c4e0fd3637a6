/**
 * One instance per JavaScript runtime. The custom functions (functions.js) and the task pane (taskpane.js)
 * are separate bundles, each with its own copy of every module, but in Excel's shared runtime they run on
 * one page: state both must see (what the functions used, the workbook's date system) lives on globalThis.
 */
export function runtimeSingleton<T>(key: string, create: () => T): T {
  const holder = globalThis as unknown as Record<string, T | undefined>;
  const name = `__seizureDesk.${key}`;
  const existing = holder[name];
  if (existing !== undefined) return existing;
  const created = create();
  holder[name] = created;
  return created;
}
