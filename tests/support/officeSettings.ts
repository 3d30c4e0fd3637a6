/**
 * The Office global as a task pane inside Excel sees it, for jsdom tests: Office.onReady answers Excel,
 * and Office.context.document.settings holds the workbook's document settings over a Map. saveAsync
 * answers as Office does, with an AsyncResult whose `status` is "succeeded" or "failed" with `error`
 * (https://learn.microsoft.com/javascript/api/office/office.settings, saveAsync).
 */

export interface SaveRefusal {
  code: number;
  name: string;
  message: string;
}

/** Document settings over `values`; every saveAsync is counted in `saves`, and refused with `refusal` if given. */
export function documentSettings(
  values: Map<string, unknown>,
  options: { refusal?: SaveRefusal; saves?: string[] } = {}
): Office.Settings {
  const settings = {
    get: (name: string) => values.get(name) ?? null,
    set: (name: string, value: unknown) => void values.set(name, value),
    remove: (name: string) => void values.delete(name),
    saveAsync: (callback?: (result: unknown) => void) => {
      options.saves?.push(options.refusal ? "refused" : "saved");
      callback?.(
        options.refusal ? { status: "failed", error: options.refusal } : { status: "succeeded" }
      );
    },
  };
  return settings as unknown as Office.Settings;
}

/** Installs `Office` on the global object as inside Excel, with these document settings. */
export function installOfficeInExcel(settings: Office.Settings): void {
  (globalThis as { Office?: unknown }).Office = {
    onReady: () => Promise.resolve({ host: "Excel" }),
    context: { document: { settings } },
  };
}
