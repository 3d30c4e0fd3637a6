/**
 * Inserted tables: "Check inserted tables for updates" lists the tables of this workbook whose figures a
 * later dataset version changed, with old and new values and the changelog's reasons; "Update chosen
 * tables" writes the new values in place. Only inside Excel. Built like the share panel: text through
 * textContent, one live region, controls disabled while an action runs.
 */
import type { TableCheck } from "../core/tracking/check";
import type { Wording } from "../core/tracking/messages";
import { activeLanguage } from "../i18n/activeLanguage";
import type { CheckOutcome, UpdateOutcome } from "../excel/tableUpdates";
import { actionRunner } from "./actionRunner";
import type { CatalogueLookups } from "./trackingWording";
import { ui } from "../i18n/ui/current";
import { clear, el, idFragment } from "./dom";

export interface UpdatesServices {
  check(): Promise<CheckOutcome>;
  /** Updates the tables whose part ids are given. */
  update(chosen: ReadonlySet<string>): Promise<UpdateOutcome>;
  /** Figures and table titles by id; the words come with the panel's wording, fetched on first use. */
  wording: CatalogueLookups;
}

/** The wording of checks and updates, in the active language: fetched with a check, not at the pane's start. */
type Messages = (typeof import("./trackingWording"))["messages"];
interface Wordings {
  m: Messages;
  w: Wording;
}
async function loadWording(lookups: CatalogueLookups): Promise<Wordings> {
  const { messages, trackingWording } = await import("./trackingWording");
  return { m: messages, w: await trackingWording(activeLanguage(), lookups) };
}

export function mountUpdatesPanel(root: HTMLElement, services: UpdatesServices): void {
  root.className = "panel share-panel updates-panel";
  root.setAttribute("aria-labelledby", "updates-heading");
  root.hidden = false;
  clear(root);

  const status = el("p", {
    className: "share-status",
    attrs: { id: "updates-status", role: "status", "aria-live": "polite" },
  });
  const results = el("div", { className: "updates-results", attrs: { id: "updates-results" } });
  const check = el("button", {
    className: "button",
    text: ui("checkForUpdates"),
    attrs: {
      type: "button",
      "aria-describedby": "updates-about",
      "aria-controls": "updates-results",
    },
  });
  const buttons: HTMLButtonElement[] = [check];

  const run = actionRunner(root, status, buttons);

  /** One table: heading, state, remarks, its changed figures, and a checkbox where it can be updated. */
  const tableItem = (
    c: TableCheck,
    boxes: Map<string, HTMLInputElement>,
    { m, w }: Wordings
  ): HTMLLIElement => {
    const headingId = `updates-table-${idFragment(c.partId)}`;
    const item = el("li", { className: "updates-table", attrs: { "aria-labelledby": headingId } }, [
      el("h3", { text: m.tableHeading(c, w), attrs: { id: headingId } }),
      el("p", { className: "share-help", text: m.tableState(c, w) }),
      ...m.tableRemarks(c, w).map((text) => el("p", { className: "share-help", text })),
    ]);
    if (c.changes.length > 0)
      item.appendChild(
        el(
          "ul",
          { className: "updates-changes" },
          c.changes.map((change) => el("li", { text: m.changeText(change, w) }))
        )
      );
    if (c.state === "changed" && c.changes.some((x) => x.action === "update")) {
      const box = el("input", { attrs: { type: "checkbox", id: `${headingId}-choose` } });
      box.checked = true;
      boxes.set(c.partId, box);
      item.appendChild(
        el("div", { className: "updates-choice" }, [
          box,
          el("label", { text: ui("updateThisTable"), attrs: { for: box.id } }),
        ])
      );
    }
    return item;
  };

  const showCheck = (outcome: CheckOutcome, wordings: Wordings): string => {
    clear(results);
    const interesting = outcome.checks.filter((c) => c.state !== "current");
    const boxes = new Map<string, HTMLInputElement>();
    if (interesting.length > 0)
      results.appendChild(
        el(
          "ul",
          { className: "updates-tables" },
          interesting.map((c) => tableItem(c, boxes, wordings))
        )
      );
    if (boxes.size > 0) {
      const update = el("button", {
        className: "button button-primary",
        text: ui("updateChosenTables"),
        attrs: { type: "button", "aria-describedby": "updates-about" },
      });
      buttons.push(update);
      update.addEventListener("click", () => {
        const chosen = new Set([...boxes].filter(([, box]) => box.checked).map(([id]) => id));
        if (chosen.size === 0) {
          status.textContent = ui("chooseTableToUpdate");
          return;
        }
        void run(ui("updatingTables"), async () =>
          showUpdate(await services.update(chosen), wordings)
        );
      });
      results.appendChild(el("div", { className: "share-actions" }, [update]));
    }
    return wordings.m.checkSummary(outcome.checks, outcome.malformed.length, wordings.w);
  };

  const showUpdate = (outcome: UpdateOutcome, { m, w }: Wordings): string => {
    clear(results);
    buttons.splice(1);
    const kept = outcome.plan.tables.flatMap((t) => t.kept.map((change) => ({ t, change })));
    if (kept.length > 0)
      results.appendChild(
        el("div", {}, [
          el("h3", { text: ui("keptAsEdited") }),
          el(
            "ul",
            { className: "updates-changes" },
            kept.map(({ t, change }) =>
              el("li", {
                text: ui("tableAndChange", {
                  table: m.tableHeading(t.check, w),
                  change: m.changeText(change, w),
                }),
              })
            )
          ),
        ])
      );
    return m.updateSummary(
      {
        tables: outcome.plan.tables.length,
        cellsUpdated: outcome.plan.tables.reduce((n, t) => n + t.updated.length, 0),
        cellsKept: kept.length,
        sourcesSheet: outcome.sources?.sheetName ?? null,
      },
      w
    );
  };

  check.addEventListener("click", () => {
    buttons.splice(1);
    void run(ui("readingInsertedTables"), async () => {
      const [outcome, wordings] = await Promise.all([
        services.check(),
        loadWording(services.wording),
      ]);
      return showCheck(outcome, wordings);
    });
  });

  root.append(
    el("h2", { text: ui("updatesHeading"), attrs: { id: "updates-heading" } }),
    el("p", {
      className: "share-help",
      attrs: { id: "updates-about" },
      text: ui("updatesAbout"),
    }),
    el("div", { className: "share-actions" }, [check]),
    status,
    results
  );
}
