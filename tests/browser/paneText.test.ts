/**
 * @jest-environment jsdom
 */
/**
 * Dataset strings reach the page as text, never as markup: a catalogue table whose title, description,
 * period, header, labels and notes carry HTML is rendered by the same functions the pane uses, and shows
 * that HTML literally.
 */
import fs from "fs";
import path from "path";
import { buildCellPlan } from "../../src/core/cellPlan";
import { figureById, sourceById, tableById } from "../../src/core/dataset/byId";
import type { TableDef } from "../../src/data/types";
import { startApp } from "../../src/taskpane/app";
import { catalogueEntry } from "../../src/taskpane/catalogueEntries";
import { ROOT } from "../support/paths";

const MARKUP = '<img src=x onerror="window.__pwned=1">';

const crafted: TableDef = {
  id: "crafted-markup",
  title: `${MARKUP} title`,
  description: `<b>bold?</b> ${MARKUP}`,
  period: "<i>2021</i>",
  topic: "fact-check",
  countries: ["BE"],
  columns: [
    { kind: "label", header: `<script>alert(1)</script>` },
    { kind: "text", header: "<u>Claim</u>" },
  ],
  rows: [
    [`<a href="javascript:alert(1)">row</a>`, MARKUP],
    ["plain", "<svg onload=alert(1)>"],
  ],
  notes: [`<iframe src="x"></iframe>`],
};

function loadPage(): void {
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, "");
}

describe("the pane renders dataset strings as text", () => {
  beforeEach(loadPage);

  it("shows markup in a title, description, header, labels and cells literally, creating no element", () => {
    const entry = catalogueEntry(crafted, {
      figureById,
      sourceById,
      buildPlan: (t) => buildCellPlan(t, { anchorRow: 0, anchorCol: 0 }),
    });
    const app = startApp({
      entries: [entry],
      planAt: (e, r, c) => buildCellPlan(e.table, { anchorRow: r, anchorCol: c }),
      insert: () => Promise.reject(new Error("not in this test")),
      download: () => "",
      datasetVersion: "<b>2026-12-05</b>",
    });
    app.setHost(true);
    // The catalogue names the dataset version, as text.
    expect(document.getElementById("dataset-version")?.textContent).toBe(
      "Dataset version <b>2026-12-05</b>: what changed is in the help page's changelog."
    );

    const option = document.querySelector<HTMLElement>('[role="option"]');
    expect(option?.textContent).toContain(crafted.title);
    expect(option?.textContent).toContain(crafted.description);
    option?.dispatchEvent(new MouseEvent("click", { bubbles: true }));

    const preview = document.getElementById("preview");
    expect(preview?.hidden).toBe(false);
    expect(document.getElementById("preview-heading")?.textContent).toBe(crafted.title);
    const text = preview?.textContent ?? "";
    for (const s of [
      crafted.description,
      "<script>alert(1)</script>",
      "<u>Claim</u>",
      MARKUP,
      "<svg onload=alert(1)>",
    ]) {
      expect(text).toContain(s);
    }
    expect(document.getElementById("status")?.textContent).toContain(crafted.title);
    // None of the markup became an element.
    for (const tag of ["img", "b", "i", "u", "a", "iframe", "script"]) {
      expect(document.querySelectorAll(`#app ${tag}`)).toHaveLength(0);
    }
    expect(document.querySelectorAll("#app svg [onload]")).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe("the preview explains the signs its cells show", () => {
  beforeEach(loadPage);

  it("shows the legend of ~ and > under a table that hedges numbers, and none under one that does not", () => {
    const entries = ["operation-day-2021-03-09", "sky-ecc-trials"].map((id) =>
      catalogueEntry(tableById(id) as TableDef, {
        figureById,
        sourceById,
        buildPlan: (t) => buildCellPlan(t, { anchorRow: 0, anchorCol: 0 }),
      })
    );
    startApp({
      entries,
      planAt: (e, r, c) => buildCellPlan(e.table, { anchorRow: r, anchorCol: c }),
      insert: () => Promise.reject(new Error("not in this test")),
      download: () => "",
      datasetVersion: "2026-12-05",
    }).setHost(false);
    const options = document.querySelectorAll<HTMLElement>('[role="option"]');
    options[0].dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const legend = () => document.querySelector("#preview .legend")?.textContent;
    expect(legend()).toBe("Signs before a number, as the source hedges it: ~ about; > more than.");
    options[1].dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(legend()).toBe("Signs before a number, as the source hedges it: ~ about.");
  });
});
