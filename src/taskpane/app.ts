/**
 * The task pane: catalogue, preview and actions, wired to the page's static skeleton (taskpane.html).
 * Rendering does not wait for Office: the catalogue shows at once, and Insert appears when Office.onReady
 * reports Excel.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import type { InsertOutcome, InsertRequest } from "../excel/insertTable";
import type { CatalogueEntry } from "./catalogueEntries";
import { catalogueView } from "./catalogueView";
import { ui } from "../i18n/ui/current";
import { clear, el } from "./dom";
import {
  countryChoices,
  filterEntries,
  NO_FILTER,
  topicChoices,
  type Choice,
  type FilterState,
} from "./filters";
import { renderInsertOptions, type InsertChoice } from "./insertOptions";
import { renderPreview } from "./preview";
import { reasonOf } from "../core/errorReason";

export interface AppServices {
  entries: CatalogueEntry[];
  /** The plan of a table at a sheet cell (0-based), for insertion where formulas depend on the anchor. */
  planAt(entry: CatalogueEntry, anchorRow: number, anchorCol: number): CellPlan;
  insert(request: InsertRequest): Promise<InsertOutcome>;
  /** Saves the table as CSV (or has the browser do it); returns what the pane says about it. */
  download(entry: CatalogueEntry): string;
  /** The dataset version the catalogue shows (see DATASET_VERSION). */
  datasetVersion: string;
}

export interface App {
  /** Called once Office has said where the pane runs. */
  setHost(inExcel: boolean): void;
  /**
   * Shows everything again in the active language, with these entries (their texts and plans rebuilt in
   * it); the search, the filters and the table previewed stay as they were.
   */
  relabel(entries: CatalogueEntry[]): void;
  /** Previews the table with that id, as a click on it would; false when there is none. */
  preview(tableId: string): boolean;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page lacks #${id}.`);
  return element as T;
}

/** Fills a select with choices, keeping the value chosen before where it is still among them. */
function fillSelect(select: HTMLSelectElement, choices: Choice[]): void {
  const chosen = select.value;
  clear(select);
  for (const choice of choices)
    select.appendChild(el("option", { text: choice.label, attrs: { value: choice.value } }));
  if (choices.some((c) => c.value === chosen)) select.value = chosen;
}

export function insertedMessage(title: string, outcome: InsertOutcome): string {
  const values = { title, address: outcome.fullAddress };
  if (!outcome.newSheet) return ui(outcome.chart ? "insertedAtWithChart" : "insertedAt", values);
  if (outcome.newSheetReason === "pastSheetEdge")
    return ui(outcome.chart ? "newSheetPastEdgeWithChart" : "newSheetPastEdge", values);
  return ui(outcome.chart ? "newSheetNotEmptyWithChart" : "newSheetNotEmpty", values);
}

export function startApp(services: AppServices): App {
  const search = byId<HTMLInputElement>("search");
  const country = byId<HTMLSelectElement>("country-filter");
  const topic = byId<HTMLSelectElement>("topic-filter");
  const count = byId("result-count");
  const list = byId("table-list");
  const previewSection = byId("preview");
  const actions = byId("actions");
  const status = byId("status");

  let entries = services.entries;
  const filter: FilterState = { ...NO_FILTER };
  const choice: InsertChoice = { liveFormulas: true, chart: true };
  let inExcel = false;
  let hostKnown = false;
  let selected: CatalogueEntry | undefined;
  let busy = false;

  const setStatus = (text: string, isError = false): void => {
    status.textContent = text;
    status.classList.toggle("status-error", isError);
  };

  function showPreview(entry: CatalogueEntry): void {
    selected = entry;
    renderPreview(byId("preview-heading"), byId("preview-body"), entry);
    renderActions();
    previewSection.hidden = false;
    setStatus(ui("previewStatus", { title: entry.text.title }));
  }

  const view = catalogueView(list, { onPreview: showPreview });

  function renderList(): void {
    const shown = filterEntries(entries, filter);
    view.render(shown, selected?.table.id);
    // An empty listbox is not a valid one: hide it and say why.
    list.hidden = shown.length === 0;
    count.textContent =
      shown.length === 0
        ? ui("noMatch")
        : ui("resultCount", { shown: shown.length, total: entries.length });
  }

  async function insertSelected(button: HTMLButtonElement): Promise<void> {
    const entry = selected;
    if (!entry || busy) return;
    busy = true;
    button.disabled = true;
    setStatus(ui("inserting", { title: entry.text.title }));
    try {
      const outcome = await services.insert({
        title: entry.text.title,
        planAt: (row, col) => services.planAt(entry, row, col),
        liveFormulas: choice.liveFormulas,
        chart: choice.chart,
      });
      setStatus(insertedMessage(entry.text.title, outcome));
    } catch (error) {
      setStatus(ui("insertFailed", { reason: reasonOf(error) }), true);
    } finally {
      busy = false;
      button.disabled = false;
    }
  }

  function renderActions(): void {
    clear(actions);
    const entry = selected;
    if (!entry) return;
    const buttons = el("div", { className: "buttons" });
    if (inExcel) {
      actions.appendChild(renderInsertOptions(choice, entry.plan.chart !== undefined));
      const insert = el("button", {
        className: "button button-primary",
        text: ui("insertButton"),
        attrs: { type: "button", id: "insert-button" },
      });
      insert.addEventListener("click", () => void insertSelected(insert));
      buttons.appendChild(insert);
    }
    const csv = el("button", {
      className: "button",
      text: ui("downloadCsv"),
      attrs: { type: "button", id: "download-csv", "aria-describedby": "csv-format" },
    });
    csv.addEventListener("click", () => setStatus(services.download(entry)));
    buttons.appendChild(csv);
    actions.appendChild(buttons);
    // What the CSV's separators are, next to the button: they follow the language (see core/csv.ts).
    actions.appendChild(
      el("p", { className: "caption", text: ui("csvFormat"), attrs: { id: "csv-format" } })
    );
    if (!inExcel) {
      actions.appendChild(el("p", { className: "caption", text: ui("openInExcelToInsert") }));
    }
  }

  /** The texts that depend on the language and not on what the user does. */
  function renderLabels(): void {
    byId("dataset-version").textContent = ui("datasetVersion", {
      version: services.datasetVersion,
    });
    fillSelect(country, countryChoices(entries));
    fillSelect(topic, topicChoices(entries));
  }

  function renderHost(): void {
    byId("host-status").textContent = inExcel ? ui("hostExcel") : ui("hostBrowser");
  }

  renderLabels();
  search.addEventListener("input", () => {
    filter.query = search.value;
    renderList();
  });
  country.addEventListener("change", () => {
    filter.country = country.value;
    renderList();
  });
  topic.addEventListener("change", () => {
    filter.topic = topic.value as FilterState["topic"];
    renderList();
  });
  renderList();

  return {
    setHost(excel) {
      inExcel = excel;
      hostKnown = true;
      renderHost();
      renderActions();
    },
    relabel(next) {
      entries = next;
      renderLabels();
      // Before Office has answered, the page's own "Loading…" line stays (applyPageText sets it).
      if (hostKnown) renderHost();
      const previewed = selected && entries.find((e) => e.table.id === selected?.table.id);
      selected = undefined;
      if (previewed) showPreview(previewed);
      setStatus("");
      renderList();
    },
    preview(tableId) {
      const entry = entries.find((e) => e.table.id === tableId);
      if (!entry) return false;
      showPreview(entry);
      renderList();
      return true;
    },
  };
}
