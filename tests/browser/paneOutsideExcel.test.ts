/**
 * The built task pane in a plain browser (Office.onReady reports no host, or Office.js never loads): the
 * catalogue, filters and preview work, Insert is not offered, and each table downloads as CSV. Served by
 * the test's own static server, and by nginx with the production site (its headers, its CSP) over https.
 */
import fs from "fs";
import type { Page } from "playwright-core";
import { buildCellPlan } from "../../src/core/cellPlan";
import { cellPlanToCsv } from "../../src/core/csv";
import { CATALOGUE, DATASET_VERSION } from "../../src/data";
import {
  describeInBrowser,
  keepPageOffline,
  serveStatic,
  useBrowserSuite,
  type Served,
} from "../support/browser";
import { hasNginx, serveWithNginx } from "../support/nginx";
import { parseCsv } from "../support/parseCsv";

const SERVERS: [string, () => Promise<Served>][] = [["a static server", serveStatic]];
if (hasNginx()) SERVERS.push(["nginx", serveWithNginx]);

describeInBrowser.each(SERVERS)("task pane outside Excel (pane), served by %s", (_, serve) => {
  const suite = useBrowserSuite(serve);

  /** Content-Security-Policy refusals each page reported (the meta tag's, and nginx's header's). */
  const refused = new Map<Page, string[]>();

  async function open(page: Page, officeJs = true, fragment = ""): Promise<void> {
    const messages: string[] = [];
    refused.set(page, messages);
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) messages.push(m.text());
    });
    await keepPageOffline(page);
    // Registered last, so it wins over keepPageOffline's answer from the local Office.js.
    if (!officeJs) await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${suite.origin}/taskpane.html${fragment}`);
    await page.waitForFunction(
      () => /Outside Excel/.test(document.getElementById("host-status")?.textContent ?? ""),
      null,
      {
        timeout: 20000,
      }
    );
  }

  it("downloads the previewed table as UTF-8 CSV with a BOM, as the dataset computes it", async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await open(page);
    // A table with figures from several sources, reached by its position in the list.
    const index = CATALOGUE.findIndex((t) => t.columns.some((c) => c.kind === "derived"));
    const table = CATALOGUE[index];
    await page.locator('#table-list [role="option"]').nth(index).click();
    expect(await page.locator("#insert-button").count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#download-csv"),
    ]);
    expect(download.suggestedFilename()).toBe(`seizure-desk-${table.id}.csv`);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");

    const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });
    expect(text).toBe(cellPlanToCsv(plan, DATASET_VERSION));
    const rows = parseCsv(text.replace(/^\uFEFF/, ""));
    const cell = (v: unknown): string => (v === null ? "" : String(v));
    expect(rows[0][0]).toBe(table.title);
    expect(rows[plan.table.row]).toEqual(plan.values[plan.table.row].map(cell));
    const body = plan.table.row + 1;
    expect(rows[body]).toEqual(plan.values[body].map(cell));
    expect(refused.get(page)).toEqual([]);
    await context.close();
  });

  it("opened from Excel to save a table (the fragment names it), previews that table with its download", async () => {
    const table = CATALOGUE[CATALOGUE.length - 1];
    const page = await suite.browser.newPage();
    await open(page, true, `#download=csv&tables=${table.id}`);
    expect(await page.textContent("#preview-heading")).toBe(table.title);
    expect(await page.locator("#download-csv").count()).toBe(1);
    await page.close();
  });

  it("still browses, filters and previews when Office.js cannot load at all", async () => {
    const page = await suite.browser.newPage();
    // functions.js, loaded without CustomFunctions, must not throw either.
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await open(page, false);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)
    ).toBe("undefined");
    const all = await page.locator('#table-list [role="option"]').count();
    expect(all).toBe(CATALOGUE.length);

    const topic = CATALOGUE[CATALOGUE.length - 1].topic;
    await page.selectOption("#topic-filter", topic);
    const titles = await page.locator('#table-list [role="option"] .entry-title').allTextContents();
    expect(titles.sort()).toEqual(
      CATALOGUE.filter((t) => t.topic === topic)
        .map((t) => t.title)
        .sort()
    );

    await page.selectOption("#topic-filter", "");
    await page.fill("#search", "zzzz no such table");
    expect(await page.isHidden("#table-list")).toBe(true);
    expect(await page.textContent("#result-count")).toMatch(/No table matches/);
    expect(refused.get(page)).toEqual([]);
    await page.close();
  });
});
