/** The built task pane opened in a plain browser: Office.js loads, and the page says it is outside Excel. */
import type { Browser } from "playwright-core";
import {
  describeInBrowser,
  keepPageOffline,
  launchChromium,
  serveStatic,
  type Served,
} from "../support/browser";

describeInBrowser("task pane outside Excel", () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    [browser, served] = await Promise.all([launchChromium(), serveStatic()]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("loads Office.js from the (local copy of the) CDN and reports that it runs outside Excel", async () => {
    const page = await browser.newPage();
    const cspViolations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await keepPageOffline(page);
    await page.goto(`${served.origin}/taskpane.html`);
    await page.waitForFunction(
      () => /Outside Excel/.test(document.getElementById("host-status")?.textContent || ""),
      null,
      { timeout: 20000 }
    );
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
