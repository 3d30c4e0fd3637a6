/**
 * The built task pane in headless Chromium, with Office.js loaded and the Excel stand-in as its host:
 * search, preview and insert as a user does (typing, arrow keys, Enter, clicks), then the cells, formulas,
 * number formats, table, links and chart that landed, and the syncs it took.
 */
import type { Page } from "playwright-core";
import { buildCellPlan } from "../../src/core/cellPlan";
import type { CellPlan } from "../../src/core/cellPlanTypes";
import { parseRecordXml } from "../../src/core/tracking/record";
import { CATALOGUE, DATASET_VERSION } from "../../src/data";
import type { TableDef } from "../../src/data/types";
import { describeInBrowser, keepPageOffline, useBrowserSuite } from "../support/browser";
import {
  injectExcelStandIn,
  standInSnapshot,
  type StandInSetup,
  type StandInSnapshot,
} from "../support/excelStandIn";

/** The richest table: derived columns (live formulas) and a chart. */
const TABLE: TableDef = (() => {
  const found = CATALOGUE.find((t) => t.chart && t.columns.some((c) => c.kind === "derived"));
  if (!found) throw new Error("The catalogue has no table with both a chart and a derived column.");
  return found;
})();

/** A word of the title that narrows the catalogue down without naming the table outright. */
const QUERY = TABLE.title.split(/\s+/).sort((a, b) => b.length - a.length)[0];

const ACTIVE = { sheet: "Sheet1", row: 1, col: 1 }; // B2

function expectCellsMatchPlan(
  snapshot: StandInSnapshot,
  sheet: string,
  plan: CellPlan,
  liveFormulas: boolean
): void {
  const cells = snapshot.sheets[sheet];
  let formulas = 0;
  for (let r = 0; r < plan.rowCount; r++) {
    for (let c = 0; c < plan.colCount; c++) {
      const cell = cells[`${plan.anchor.row + r},${plan.anchor.col + c}`] ?? {};
      const value = plan.values[r][c];
      const formula = plan.formulas[r][c];
      expect(cell.numberFormat).toBe(plan.numberFormats[r][c]);
      if (liveFormulas && formula !== value) {
        expect(cell.formula).toBe(formula);
        formulas++;
      } else if (value === null) {
        expect(cell.value).toBeUndefined();
      } else if (
        typeof value === "string" &&
        cell.numberFormat !== "@" &&
        /^[+-]?\d+(\.\d+)?$/.test(value)
      ) {
        // Excel reads a numeric text in a General cell as a number, as typing it would.
        expect(cell.value).toBe(Number(value));
      } else {
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(value);
      }
    }
  }
  if (liveFormulas) expect(formulas).toBeGreaterThan(0);
}

describeInBrowser("task pane in Excel (stand-in)", () => {
  const suite = useBrowserSuite();

  /** Content-Security-Policy refusals reported by the page, per page. */
  const cspViolations = new Map<Page, string[]>();

  async function openPane(setup: StandInSetup): Promise<Page> {
    const page = await suite.browser.newPage({ viewport: { width: 360, height: 900 } });
    const refused: string[] = [];
    cspViolations.set(page, refused);
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await keepPageOffline(page);
    await injectExcelStandIn(page, setup);
    await page.goto(`${suite.origin}/taskpane.html`);
    await page.waitForFunction(
      () => /Connected to Excel/.test(document.getElementById("host-status")?.textContent ?? ""),
      null,
      {
        timeout: 20000,
      }
    );
    // At start-up the pane asks Excel for the workbook's date system: one run, one sync, no write.
    await page.waitForFunction(() => {
      const standIn = (window as unknown as { __excelStandIn: { runs: number; syncs: number } })
        .__excelStandIn;
      return standIn.runs === 1 && standIn.syncs === 1;
    });
    const startup = await standInSnapshot(page);
    expect(startup.writes).toEqual([]);
    await page.evaluate(() =>
      (
        window as unknown as { __excelStandIn: { resetCounts(): void } }
      ).__excelStandIn.resetCounts()
    );
    return page;
  }

  /** Search, then reach the table with the arrow keys and preview it with Enter. */
  async function findAndPreview(page: Page): Promise<void> {
    await page.fill("#search", QUERY);
    const titles = await page.locator('#table-list [role="option"] .entry-title').allTextContents();
    expect(titles).toContain(TABLE.title);
    expect(titles.length).toBeLessThan(CATALOGUE.length);
    await page.focus("#search");
    await page.keyboard.press("Tab"); // country
    await page.keyboard.press("Tab"); // topic
    await page.keyboard.press("Tab"); // the list's one tab stop
    await page.keyboard.press("Home");
    for (let i = 0; i < titles.indexOf(TABLE.title); i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (title) => document.getElementById("preview-heading")?.textContent === title,
      TABLE.title
    );
  }

  it("inserts the searched table at the selected cell: cells, formulas, formats, table, links, chart, 3 syncs", async () => {
    const page = await openPane({ active: ACTIVE });
    await findAndPreview(page);

    // The preview shows the plan's first rows and a chart drawn as SVG.
    const plan0 = buildCellPlan(TABLE, { anchorRow: 0, anchorCol: 0 });
    const headers = await page.locator("#preview-body thead th").allTextContents();
    expect(headers).toEqual(
      plan0.values[plan0.table.row]
        .slice(plan0.table.col, plan0.table.col + plan0.table.colCount)
        .map(String)
    );
    const firstLabel = await page.locator("#preview-body tbody tr:first-child th").textContent();
    expect(firstLabel).toBe(String(plan0.values[plan0.table.row + 1][plan0.table.col]));
    const marks = await page.locator("#preview-body svg rect, #preview-body svg polyline").count();
    expect(marks).toBeGreaterThan(0);

    await page.check("#derived-formulas");
    await page.check("#insert-chart");
    await page.click("#insert-button");
    await page.waitForFunction(() =>
      /Inserted/.test(document.getElementById("status")?.textContent ?? "")
    );
    const status = await page.textContent("#status");

    const snapshot = await standInSnapshot(page);
    expect(snapshot.runs).toBe(1);
    expect(snapshot.syncs).toBe(3);
    // Every write travelled in the third sync, after the decision.
    expect(snapshot.writes.length).toBeGreaterThan(0);
    expect(snapshot.writes.every((w) => w.sync === 3)).toBe(true);

    const plan = buildCellPlan(TABLE, { anchorRow: ACTIVE.row, anchorCol: ACTIVE.col });
    expectCellsMatchPlan(snapshot, "Sheet1", plan, true);
    const cells = snapshot.sheets.Sheet1;
    expect(cells[`${ACTIVE.row},${ACTIVE.col}`].bold).toBe(true);
    for (const link of plan.hyperlinks) {
      expect(cells[`${ACTIVE.row + link.row},${ACTIVE.col + link.col}`].hyperlink).toBe(link.url);
    }

    expect(snapshot.tables).toHaveLength(1);
    const [table] = snapshot.tables;
    expect(table).toMatchObject({
      sheet: "Sheet1",
      row: ACTIVE.row + plan.table.row,
      col: ACTIVE.col + plan.table.col,
      rowCount: plan.table.rowCount,
      colCount: plan.table.colCount,
      hasHeaders: true,
    });
    expect(table.name).toMatch(/^Desk_/);
    // The table's record travels in the same batch, out of the cells.
    expect(snapshot.xmlParts).toHaveLength(1);
    const record = parseRecordXml(snapshot.xmlParts[0]);
    expect(record.ok && record.record).toMatchObject({
      catalogueId: TABLE.id,
      datasetVersion: DATASET_VERSION,
      excelTable: table.name,
      sheet: "Sheet1",
      liveFormulas: true,
    });
    expect(snapshot.writes.some((w) => w.kind === "autofitColumns" && w.row === table.row)).toBe(
      true
    );

    expect(snapshot.charts).toHaveLength(1);
    expect(snapshot.charts[0].title).toBe(TABLE.title);
    expect(snapshot.charts[0].series).toHaveLength(TABLE.chart?.valueColumns.length ?? 0);

    // The pane says where it went.
    const end = `${String.fromCharCode(65 + ACTIVE.col + plan.colCount - 1)}${ACTIVE.row + plan.rowCount}`;
    expect(status).toContain(`Sheet1!B2:${end}`);
    // Search, preview, SVG chart and insert all ran under the page's CSP without a refusal.
    expect(cspViolations.get(page)).toEqual([]);
    await page.close();
  });

  it("puts the table on a new sheet when the selected area holds something, and says where", async () => {
    const plan = buildCellPlan(TABLE, { anchorRow: ACTIVE.row, anchorCol: ACTIVE.col });
    const middle = `${ACTIVE.row + Math.floor(plan.rowCount / 2)},${ACTIVE.col + Math.floor(plan.colCount / 2)}`;
    const page = await openPane({ active: ACTIVE, sheets: { Sheet1: { [middle]: "keep me" } } });
    await findAndPreview(page);
    await page.check("#derived-values");
    await page.click("#insert-button");
    await page.waitForFunction(() =>
      /new sheet/.test(document.getElementById("status")?.textContent ?? "")
    );

    const snapshot = await standInSnapshot(page);
    expect(snapshot.syncs).toBe(3);
    // The user's sheet holds exactly what it held.
    expect(
      Object.entries(snapshot.sheets.Sheet1).filter(([, c]) => Object.keys(c).length > 0)
    ).toEqual([[middle, { value: "keep me" }]]);
    const newSheets = Object.keys(snapshot.sheets).filter((name) => name !== "Sheet1");
    expect(newSheets).toHaveLength(1);
    const [sheet] = newSheets;
    expect(snapshot.activeSheet).toBe(sheet);
    expectCellsMatchPlan(
      snapshot,
      sheet,
      buildCellPlan(TABLE, { anchorRow: 0, anchorCol: 0 }),
      false
    );
    expect(await page.textContent("#status")).toContain(`'${sheet}'!A1:`);
    await page.close();
  });

  it("inserting twice at the same cell leaves the first table whole and names the second apart", async () => {
    const page = await openPane({ active: ACTIVE });
    await findAndPreview(page);
    await page.click("#insert-button");
    await page.waitForFunction(() =>
      /Inserted/.test(document.getElementById("status")?.textContent ?? "")
    );
    const before = (await standInSnapshot(page)).sheets.Sheet1;
    await page.click("#insert-button");
    await page.waitForFunction(() =>
      /new sheet/.test(document.getElementById("status")?.textContent ?? "")
    );
    const after = await standInSnapshot(page);
    expect(after.runs).toBe(2);
    expect(after.syncs).toBe(6);
    expect(after.sheets.Sheet1).toEqual(before);
    expect(new Set(after.tables.map((t) => t.name.toUpperCase())).size).toBe(2);
    await page.close();
  });
});
