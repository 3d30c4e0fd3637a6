/**
 * The ECB history file in the built task pane, in headless Chromium: chosen through the file input, its
 * range is shown; after a reload it is still kept (IndexedDB); a bad file is refused with the reason and
 * the kept one stays, also after another reload; Remove takes it away. A browser whose storage is full says
 * so in the pane's language.
 */
import type { BrowserContext, Page } from "playwright-core";
import { strToU8 } from "fflate";
import { describeInBrowser, keepPageOffline, useBrowserSuite } from "../support/browser";
import { makeEcbHistoryCsv, zipEcbHistory } from "../../scripts/ecbFile/makeEcbHistoryFile";

describeInBrowser("ECB history file in the task pane (pane)", () => {
  const suite = useBrowserSuite();
  let context: BrowserContext;

  beforeEach(async () => {
    context = await suite.browser.newContext();
  });
  afterEach(async () => {
    await context.close();
  });

  async function open(page: Page): Promise<void> {
    await keepPageOffline(page);
    await page.goto(`${suite.origin}/taskpane.html`);
    await page.waitForFunction(
      () => !/Reading/.test(document.getElementById("ecb-file-state")?.textContent ?? "Reading"),
      null,
      { timeout: 20000 }
    );
  }

  const stateText = (page: Page) => page.locator("#ecb-file-state").textContent();
  const messageText = (page: Page) => page.locator("#ecb-file-message").textContent();

  async function choose(page: Page, name: string, bytes: Uint8Array): Promise<void> {
    await page.locator("#ecb-file-input").setInputFiles({
      name,
      mimeType: name.endsWith(".zip") ? "application/zip" : "text/csv",
      buffer: Buffer.from(bytes),
    });
    await page.waitForFunction(
      () => !/^Reading /.test(document.getElementById("ecb-file-message")?.textContent ?? ""),
      null,
      { timeout: 20000 }
    );
  }

  it("imports a zip, keeps it across a reload, refuses a bad file keeping the old one, and removes it", async () => {
    const { text, expected } = makeEcbHistoryCsv({ days: 300, lastDate: "2026-11-27", seed: 11 });
    const page = await context.newPage();
    await open(page);
    expect(await stateText(page)).toBe("No ECB history file is kept in this browser.");
    const input = page.locator("#ecb-file-input");
    // Reachable and named for a screen reader.
    expect(
      await page.getByRole("group", { name: "ECB history file (offline rates)" }).count()
    ).toBe(1);
    expect(await page.getByLabel("Choose the ECB file (.zip or .csv)").count()).toBe(1);
    expect(await input.getAttribute("aria-describedby")).toMatch(/ecb-file-state/);

    await choose(page, "eurofxref-hist.zip", zipEcbHistory(text));
    const range = `${expected.dates[0]} to 2026-11-27, 41 currencies, 300 days`;
    expect(await stateText(page)).toMatch(
      new RegExp(
        `^ECB history file eurofxref-hist\\.zip: ${range} \\(imported \\d{4}-\\d{2}-\\d{2}\\)\\.$`
      )
    );
    expect(await messageText(page)).toMatch(/eurofxref-hist\.zip is imported/);
    expect(await page.locator("#ecb-file-remove").isVisible()).toBe(true);

    await page.reload();
    await open(page);
    expect(await stateText(page)).toMatch(new RegExp(`eurofxref-hist\\.zip: ${range}`));

    await choose(page, "seizures.csv", strToU8("Country,Year,Tonnes\nBE,2021,89.5\n"));
    expect(await messageText(page)).toMatch(
      /seizures\.csv was not imported: This is not the ECB's history file.*It is kept\./
    );
    expect(await page.locator("#ecb-file-message.rates-message-error").count()).toBe(1);
    await choose(page, "eurofxref-hist.zip", zipEcbHistory(text).slice(0, 4000));
    expect(await messageText(page)).toMatch(/zip file is damaged or incomplete/);
    expect(await stateText(page)).toMatch(new RegExp(`eurofxref-hist\\.zip: ${range}`));

    await page.reload();
    await open(page);
    expect(await stateText(page)).toMatch(new RegExp(`eurofxref-hist\\.zip: ${range}`));

    await page.locator("#ecb-file-remove").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      /removed/.test(document.getElementById("ecb-file-message")?.textContent ?? "")
    );
    expect(await stateText(page)).toBe("No ECB history file is kept in this browser.");
    expect(await page.locator("#ecb-file-remove").isVisible()).toBe(false);
    await page.reload();
    await open(page);
    expect(await stateText(page)).toBe("No ECB history file is kept in this browser.");
  }, 90000);

  it("in French, a storage that is full says so in French", async () => {
    const french = await suite.browser.newContext({ locale: "fr-FR" });
    try {
      const page = await french.newPage();
      // The browser's storage refuses every write as full, as it does when its quota is used up.
      await page.addInitScript(() => {
        const full = () => {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
        IDBObjectStore.prototype.put = full;
      });
      await keepPageOffline(page);
      await page.goto(`${suite.origin}/taskpane.html`);
      await page.waitForFunction(
        () => /^Aucun fichier/.test(document.getElementById("ecb-file-state")?.textContent ?? ""),
        null,
        { timeout: 20000 }
      );
      const { text } = makeEcbHistoryCsv({ days: 30, lastDate: "2026-11-27", seed: 3 });
      await page.locator("#ecb-file-input").setInputFiles({
        name: "eurofxref-hist.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(text),
      });
      await page.waitForFunction(
        () => / importé/.test(document.getElementById("ecb-file-message")?.textContent ?? ""),
        null,
        { timeout: 20000 }
      );
      expect(await messageText(page)).toBe(
        "eurofxref-hist.csv n’a pas été importé\u00a0: Le fichier est valide, mais le stockage du " +
          "navigateur ne l’a pas gardé (le stockage du navigateur est plein)\u00a0; le fichier gardé " +
          "auparavant est inchangé."
      );
    } finally {
      await french.close();
    }
  }, 60000);
});
