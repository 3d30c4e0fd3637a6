/**
 * The catalogue list: a listbox of tables, one option each (title, badge, description, period, sources).
 * Arrow keys, Home and End move through it; Enter, Space or a click opens the preview. One option at a time
 * is in the tab order (roving tabindex), so Tab leaves the list for the preview.
 */
import type { CatalogueEntry } from "./catalogueEntries";
import { ui } from "../i18n/ui/current";
import { clear, el, idFragment } from "./dom";

export interface CatalogueViewHandlers {
  onPreview(entry: CatalogueEntry): void;
}

/** The first publishers and how many more: a table citing thirty sources still takes three lines. */
function publishersLine(publishers: string[], shown = 3): string {
  if (publishers.length <= shown + 1) return publishers.join(ui("listSeparator"));
  return ui("listAndMore", {
    list: publishers.slice(0, shown).join(ui("listSeparator")),
    count: publishers.length - shown,
  });
}

/**
 * One option. Its accessible name is its whole visible text (title, badge, description, period and
 * sources), so what a screen reader says matches what is shown.
 */
function option(entry: CatalogueEntry, selected: boolean): HTMLLIElement {
  const head = el("div", { className: "entry-head" }, [
    el("span", { className: "entry-title", text: entry.text.title }),
  ]);
  if (entry.differs)
    head.appendChild(el("span", { className: "badge badge-warning", text: ui("differsBadge") }));
  const sources = publishersLine(entry.publishers);
  return el(
    "li",
    {
      className: "entry",
      attrs: {
        id: `entry-${idFragment(entry.table.id)}`,
        role: "option",
        tabindex: "-1",
        "aria-selected": String(selected),
        "data-table-id": entry.table.id,
      },
    },
    [
      head,
      el("p", { className: "entry-description", text: entry.text.description }),
      el("p", {
        className: "entry-meta",
        text: sources ? `${entry.text.period} · ${sources}` : entry.text.period,
      }),
    ]
  );
}

export interface CatalogueView {
  /** Shows these entries, keeping the selection mark on `selectedId` where it is among them. */
  render(entries: CatalogueEntry[], selectedId: string | undefined): void;
}

export function catalogueView(list: HTMLElement, handlers: CatalogueViewHandlers): CatalogueView {
  let shown: CatalogueEntry[] = [];
  const options = (): HTMLElement[] =>
    Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'));

  function focusOption(index: number): void {
    const all = options();
    if (all.length === 0) return;
    const target = all[Math.max(0, Math.min(all.length - 1, index))];
    for (const o of all) o.setAttribute("tabindex", o === target ? "0" : "-1");
    target.focus();
  }

  function activate(optionEl: HTMLElement): void {
    const entry = shown.find((e) => e.table.id === optionEl.getAttribute("data-table-id"));
    if (!entry) return;
    for (const o of options()) {
      o.setAttribute("aria-selected", String(o === optionEl));
      o.setAttribute("tabindex", o === optionEl ? "0" : "-1");
    }
    handlers.onPreview(entry);
  }

  list.addEventListener("click", (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (target) {
      target.focus();
      activate(target);
    }
  });

  list.addEventListener("keydown", (event) => {
    const all = options();
    const current = all.indexOf(document.activeElement as HTMLElement);
    if (current < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusOption(moves[event.key]);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate(all[current]);
    }
  });

  return {
    render(entries, selectedId) {
      shown = entries;
      clear(list);
      for (const entry of entries) list.appendChild(option(entry, entry.table.id === selectedId));
      // Exactly one option is reachable with Tab: the selected one, else the first.
      const all = options();
      const tabStop = all.find((o) => o.getAttribute("aria-selected") === "true") ?? all[0];
      tabStop?.setAttribute("tabindex", "0");
    },
  };
}
