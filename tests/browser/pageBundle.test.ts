/**
 * The shared runtime's page loads the add-in's code once: one script of ours (Office.js aside), small
 * enough to start fast, which both registers every DESK function and runs the pane, so that what the pane
 * learns about the workbook is what the functions use.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { describeInBrowser, keepPageOffline, useBrowserSuite } from "../support/browser";
import { injectExcelStandIn } from "../support/excelStandIn";
import { DIST } from "../support/paths";
import {
  callRegistered,
  recordRegisteredFunctions,
  registeredIds,
} from "../support/registeredFunctions";

/**
 * The ceiling for the JavaScript the page loads at start, Office.js aside (gzip -9): 70 KB read strictly,
 * 70,000 bytes. It holds the catalogue with the dataset it renders at once, the pane's panels, every DESK
 * function's registration and the pane's English, the language that renders first. Fetched on first use,
 * not counted here: the rate engine, the English cell messages (with the first formula), the Excel layer,
 * exceljs, the other languages, the chart, the pin and update checks' wording, the rate service check and
 * the re-pin's list of changes.
 */
const START_BUDGET_GZIP_BYTES = 70_000;

/** The ids functions.json declares: what Excel expects the runtime to associate. */
const DECLARED_IDS: string[] = JSON.parse(
  fs.readFileSync(path.join(DIST, "functions.json"), "utf8")
).functions.map((f: { id: string }) => f.id);

describeInBrowser("the shared runtime's page", () => {
  const suite = useBrowserSuite();

  /**
   * The pane offline in the Excel stand-in (a 1904-date workbook if asked), with the functions registered,
   * once Excel is connected; chunks whose path starts with `refuse` are refused until `allow()`.
   * `scripts`: our scripts fetched, in order.
   */
  async function openPane(options: { refuse?: string; date1904?: boolean } = {}) {
    const page = await suite.browser.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.url().startsWith(suite.origin) && r.resourceType() === "script")
        scripts.push(new URL(r.url()).pathname);
    });
    await keepPageOffline(page);
    await recordRegisteredFunctions(page, { ratesBaseUrl: "off" });
    await injectExcelStandIn(page, { date1904: options.date1904 ?? false });
    let refuse = options.refuse !== undefined;
    const prefix = options.refuse ?? "";
    await page.route(
      (url) => refuse && url.pathname.startsWith(prefix),
      (route) => route.abort()
    );
    await page.goto(`${suite.origin}/taskpane.html`);
    // The pane asks Excel once at start: wait for that run to finish.
    await page.waitForFunction(
      () => (window as unknown as { __excelStandIn: { syncs: number } }).__excelStandIn.syncs >= 1
    );
    return { page, scripts, allow: () => void (refuse = false) };
  }

  it("loads one script of ours, within the start budget, that registers every function once", async () => {
    const { page, scripts } = await openPane();
    await page.waitForFunction(() =>
      /Connected to Excel/.test(document.getElementById("host-status")?.textContent ?? "")
    );

    expect(scripts).toEqual(["/taskpane.js"]);
    const gzipBytes = zlib.gzipSync(fs.readFileSync(path.join(DIST, "taskpane.js")), {
      level: 9,
    }).length;
    expect(gzipBytes).toBeLessThanOrEqual(START_BUDGET_GZIP_BYTES);

    const ids = await registeredIds(page);
    expect([...ids].sort()).toEqual([...DECLARED_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
  });

  it("gives the functions the date system the pane read from the workbook, fetching the rate engine on the first rate formula", async () => {
    const { page, scripts } = await openPane({ date1904: true });
    expect(scripts.filter((p) => p.startsWith("/chunks/rates."))).toEqual([]);
    // 2020-03-10 is Excel serial 43900 in the 1900 system; in 1904 it is 43900 - 1462 = 42438.
    const answer = await callRegistered(page, "RATEINFO", [["EUR"]], [["USD"]], [["2020-03-10"]]);
    const row = (answer as unknown[][])[0];
    expect(row[1]).toBe(42438);
    expect(row[3]).toBe("previous");
    expect(scripts.filter((p) => p.startsWith("/chunks/rates."))).toHaveLength(1);
    await page.close();
  });

  it("fetches the English cell messages with the first formula, answers #N/A saying why when they cannot be fetched, and fetches them on the next", async () => {
    const { page, scripts, allow } = await openPane({ refuse: "/chunks/messages-en." });
    expect(scripts.filter((p) => p.startsWith("/chunks/messages-en."))).toEqual([]);
    // Ranges of different shapes: the formula as a whole is refused, with its message.
    const share = () => callRegistered(page, "SHARE", [[1], [2], [3]], [[1], [2]]);
    const refused = (await share()) as { error: string; message: string };
    expect(refused.error).toBe("#N/A");
    expect(refused.message).toMatch(
      /^The add-in's messages could not be fetched \(.+\); the next formula tries again\.$/
    );
    allow();
    const answered = (await share()) as { error: string; message: string };
    expect(answered.error).toBe("#VALUE!");
    expect(answered.message).toMatch(/total is 2×1 cells but part is 3×1/);
    expect(await callRegistered(page, "SHARE", [[2]], [[10]])).toEqual([[0.2]]);
    expect(scripts.filter((p) => p.startsWith("/chunks/messages-en."))).toHaveLength(2);
    await page.close();
  });

  it("answers #N/A saying why when the rate engine cannot be fetched, and fetches it on the next formula", async () => {
    const { page, allow } = await openPane({ refuse: "/chunks/rates." });
    const rate = () => callRegistered(page, "RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]);
    const refused = (await rate()) as { error: string; message: string };
    expect(refused.error).toBe("#N/A");
    expect(refused.message).toMatch(
      /^The add-in's exchange-rate code could not be fetched \(.+\); the next rate formula tries again\.$/
    );
    allow();
    const answered = (await rate()) as number[][];
    expect(answered[0][0]).toBeGreaterThan(1);
    await page.close();
  });
});
