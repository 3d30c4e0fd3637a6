/**
 * Share with editors: inside Excel, Prepare for sharing (freeze DESK formulas and write the Sources sheet),
 * Restore formulas and Write Sources sheet; inside and outside Excel, Download .xlsx of chosen tables with
 * the Sources sheet. The .xlsx code (and exceljs) is fetched only when a download is asked for.
 */
import { usageLog } from "../core/usage/usageLog";
import { rateChain } from "./rateChainOnDemand";
import { CATALOGUE } from "../data";
import type { TableDef } from "../data/types";
import { actionRunner } from "./actionRunner";
import { ui } from "../i18n/ui/current";
import { el } from "./dom";
import { tableInActiveLanguage } from "./tableText";
import { downloadInBrowser, saveFile } from "./download";

export interface ShareEnv {
  inExcel: boolean;
  /** Tables ticked for the .xlsx download when the panel opens. */
  chosenTableIds?: readonly string[];
}

/** ISO date of today, for the Sources sheet and the file name. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * What the workbook's DESK functions used: this session's look-ups, and every rate pinned in the workbook
 * (the rate a recalculation gives, so it wins over an earlier answer of this session). The pins are read
 * first: a reopened, frozen workbook recalculates nothing, yet its pins still say which rates it used.
 */
export async function workbookUsage() {
  const { mergeUsage } = await import("../core/share/sourcesPlan");
  await rateChain()
    .ready()
    .catch(() => undefined);
  return {
    figureIds: () => usageLog.figureIds(),
    rates: () =>
      mergeUsage(
        { figureIds: [], rates: rateChain().pinnedRates() },
        { figureIds: [], rates: usageLog.rates() }
      ).rates,
  };
}

/** The outcome wording, fetched on the first action, with the active language's strings. */
async function shareMessages() {
  const messages = await import("./shareMessages");
  await messages.useShareLanguage();
  return messages;
}

export function mountSharePanel(root: HTMLElement, env: ShareEnv): void {
  root.className = "panel share-panel";
  root.setAttribute("aria-labelledby", "share-heading");
  while (root.firstChild) root.removeChild(root.firstChild);

  const status = el("p", {
    className: "share-status",
    attrs: { id: "share-status", role: "status", "aria-live": "polite" },
  });
  const buttons: HTMLButtonElement[] = [];
  const button = (label: string, describedBy: string, primary = false): HTMLButtonElement => {
    const b = el("button", {
      className: primary ? "button button-primary" : "button",
      text: label,
      attrs: { type: "button", "aria-describedby": describedBy },
    });
    buttons.push(b);
    return b;
  };

  /** Runs one action at a time: controls are disabled meanwhile, and the outcome goes to the live region. */
  const run = actionRunner(root, status, buttons);

  root.appendChild(el("h2", { text: ui("shareHeading"), attrs: { id: "share-heading" } }));

  if (env.inExcel) {
    const about = el("p", {
      className: "share-help",
      attrs: { id: "share-about" },
      text: ui("shareAbout"),
    });
    const prepare = button(ui("prepareForSharing"), "share-about", true);
    const restore = button(ui("restoreFormulas"), "share-about");
    const sources = button(ui("writeSourcesSheet"), "share-about");
    prepare.addEventListener(
      "click",
      () =>
        void run(ui("freezing"), async () => {
          const [{ prepareForSharing }, { sourcesPlanFor }, { freezeMessage, sourcesMessage }] =
            await Promise.all([
              import("../excel/sharePrepare"),
              import("../excel/sourcesPlanFor"),
              shareMessages(),
            ]);
          const outcome = await prepareForSharing(sourcesPlanFor(await workbookUsage(), today()));
          return `${freezeMessage(outcome.freeze)} ${sourcesMessage(outcome.sources)}`;
        })
    );
    restore.addEventListener(
      "click",
      () =>
        void run(ui("restoring"), async () => {
          const [{ restoreDeskFormulas }, { restoreMessage }] = await Promise.all([
            import("../excel/shareRestore"),
            shareMessages(),
          ]);
          return restoreMessage(await restoreDeskFormulas());
        })
    );
    sources.addEventListener(
      "click",
      () =>
        void run(ui("writingSources"), async () => {
          const [{ writeSourcesSheet }, { sourcesPlanFor }, { sourcesMessage }] = await Promise.all(
            [import("../excel/sourcesSheet"), import("../excel/sourcesPlanFor"), shareMessages()]
          );
          return sourcesMessage(
            await writeSourcesSheet(sourcesPlanFor(await workbookUsage(), today()))
          );
        })
    );
    root.append(about, el("div", { className: "share-actions" }, [prepare, restore, sources]));
  }

  const checkboxes = CATALOGUE.map((table) => ({
    table,
    box: el("input", {
      attrs: { type: "checkbox", id: `share-table-${table.id}`, value: table.id },
    }),
  }));
  for (const { table, box } of checkboxes) box.checked = !!env.chosenTableIds?.includes(table.id);
  const list = el(
    "ul",
    { className: "share-table-list" },
    checkboxes.map(({ table, box }) =>
      el("li", {}, [
        box,
        el("label", { text: tableInActiveLanguage(table).title, attrs: { for: box.id } }),
      ])
    )
  );
  const selectAll = button(ui("selectAll"), "share-download-help");
  const selectNone = button(ui("selectNone"), "share-download-help");
  selectAll.addEventListener("click", () => checkboxes.forEach(({ box }) => (box.checked = true)));
  selectNone.addEventListener("click", () =>
    checkboxes.forEach(({ box }) => (box.checked = false))
  );
  const download = button(ui("downloadXlsx"), "share-download-help", !env.inExcel);
  download.addEventListener("click", () => {
    const chosen: TableDef[] = checkboxes
      .filter(({ box }) => box.checked)
      .map(({ table }) => table);
    if (chosen.length === 0) {
      status.classList.remove("share-status-error");
      status.textContent = ui("chooseTableToDownload");
      return;
    }
    if (env.inExcel) {
      status.classList.remove("share-status-error");
      status.textContent = downloadInBrowser(
        { kind: "xlsx", tableIds: chosen.map((t) => t.id) },
        chosen.length === 1 ? ui("theChosenTable") : ui("theChosenTables"),
        ui("downloadXlsx")
      );
      return;
    }
    void run(ui("buildingWorkbook"), async () => {
      const { exportWorkbook, XLSX_MIME } = await import(
        /* webpackChunkName: "xlsx-export" */ "../export/xlsxExport"
      );
      const file = await exportWorkbook(chosen, await workbookUsage(), today());
      saveFile(file.bytes, file.fileName, XLSX_MIME);
      return chosen.length === 1
        ? ui("downloadedOneTable", { file: file.fileName })
        : ui("downloadedTables", { file: file.fileName, count: chosen.length });
    });
  });

  root.appendChild(
    el("fieldset", { className: "share-download" }, [
      el("legend", { text: ui("downloadXlsx") }),
      el("p", {
        className: "share-help",
        attrs: { id: "share-download-help" },
        text: ui("downloadXlsxHelp"),
      }),
      el("div", { className: "share-actions" }, [selectAll, selectNone]),
      list,
      el("div", { className: "share-actions" }, [download]),
    ])
  );
  root.appendChild(status);
}
