/**
 * The task pane: catalogue, preview and actions, wired to the page's static skeleton (taskpane.html).
 * Rendering does not wait for Office: the catalogue shows at once, and Insert appears when Office.onReady
 * reports Excel.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import type { InsertOutcome, InsertRequest } from "../excel/insertTable";
import type { CatalogueEntry } from "./catalogueEntries";
import { catalogueView } from "./catalogueView";
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

export interface AppServices {
  entries: CatalogueEntry[];
  /** The plan of a table at a sheet cell (0-based), for insertion where formulas depend on the anchor. */
  planAt(entry: CatalogueEntry, anchorRow: number, anchorCol: number): CellPlan;
  insert(request: InsertRequest): Promise<InsertOutcome>;
  download(entry: CatalogueEntry): void;
}

export interface App {
  /** Called once Office has said where the pane runs. */
  setHost(inExcel: boolean): void;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page lacks #${id}.`);
  return element as T;
}

function fillSelect(select: HTMLSelectElement, choices: Choice[]): void {
  clear(select);
  for (const choice of choices)
    select.appendChild(el("option", { text: choice.label, attrs: { value: choice.value } }));
}

function insertedMessage(title: string, outcome: InsertOutcome): string {
  const chart = outcome.chart ? " with a chart" : "";
  return outcome.newSheet
    ? `The selected cells were not empty, so “${title}” went to a new sheet: ${outcome.fullAddress}${chart}.`
    : `Inserted “${title}” at ${outcome.fullAddress}${chart}.`;
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

  const filter: FilterState = { ...NO_FILTER };
  const choice: InsertChoice = { liveFormulas: true, chart: true };
  let inExcel = false;
  let selected: CatalogueEntry | undefined;
  let busy = false;

  const setStatus = (text: string, isError = false): void => {
    status.textContent = text;
    status.classList.toggle("status-error", isError);
  };

  const view = catalogueView(list, {
    onPreview(entry) {
      selected = entry;
      renderPreview(byId("preview-heading"), byId("preview-body"), entry);
      renderActions();
      previewSection.hidden = false;
      setStatus(`Preview: ${entry.table.title}.`);
    },
  });

  function renderList(): void {
    const shown = filterEntries(services.entries, filter);
    view.render(shown, selected?.table.id);
    // An empty listbox is not a valid one: hide it and say why.
    list.hidden = shown.length === 0;
    count.textContent =
      shown.length === 0
        ? "No table matches. Clear the search or the filters."
        : `${shown.length} of ${services.entries.length} tables`;
  }

  async function insertSelected(button: HTMLButtonElement): Promise<void> {
    const entry = selected;
    if (!entry || busy) return;
    busy = true;
    button.disabled = true;
    setStatus(`Inserting “${entry.table.title}”…`);
    try {
      const outcome = await services.insert({
        title: entry.table.title,
        planAt: (row, col) => services.planAt(entry, row, col),
        liveFormulas: choice.liveFormulas,
        chart: choice.chart,
      });
      setStatus(insertedMessage(entry.table.title, outcome));
    } catch (error) {
      setStatus(
        `Could not insert the table: ${error instanceof Error ? error.message : String(error)}`,
        true
      );
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
        text: "Insert at selected cell",
        attrs: { type: "button", id: "insert-button" },
      });
      insert.addEventListener("click", () => void insertSelected(insert));
      buttons.appendChild(insert);
    }
    const csv = el("button", {
      className: "button",
      text: "Download CSV",
      attrs: { type: "button", id: "download-csv" },
    });
    csv.addEventListener("click", () => {
      services.download(entry);
      setStatus(`Downloading “${entry.table.title}” as CSV.`);
    });
    buttons.appendChild(csv);
    actions.appendChild(buttons);
    if (!inExcel) {
      actions.appendChild(
        el("p", { className: "caption", text: "Open the pane in Excel to insert tables." })
      );
    }
  }

  fillSelect(country, countryChoices(services.entries));
  fillSelect(topic, topicChoices(services.entries));
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
      byId("host-status").textContent = excel
        ? "Connected to Excel: choose a table, then insert it at the selected cell."
        : "Outside Excel: browse the catalogue and download tables as CSV.";
      renderActions();
    },
  };
}
