/**
 * The rates panel's "Use this service" checks the typed service with code fetched on the first click, not
 * at the page's start: the built pane in headless Chromium with the Excel stand-in. A fetch that fails is
 * said in the panel, the stored setting stays as it was, and the next click fetches the code again.
 */
import { describeInBrowser, keepPageOffline, useBrowserSuite } from "../support/browser";
import { injectExcelStandIn } from "../support/excelStandIn";
import { RATES_URL_KEY } from "../support/functionsHost";

describeInBrowser("the rate service check, fetched on first use", () => {
  const suite = useBrowserSuite();

  it("is fetched on the first click; one that cannot be fetched says so and stores nothing; the next click checks and stores", async () => {
    const page = await suite.browser.newPage();
    const checkCode: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith("/chunks/rate-service-check.")) checkCode.push(url.pathname);
    });
    await keepPageOffline(page);
    await injectExcelStandIn(page);
    let refuse = true;
    await page.route(
      (url) => url.pathname.startsWith("/chunks/rate-service-check."),
      (route) => (refuse ? route.abort() : route.continue())
    );
    await page.goto(`${suite.origin}/taskpane.html`);
    await page.waitForFunction(() =>
      /Connected to Excel/.test(document.getElementById("host-status")?.textContent ?? "")
    );
    expect(checkCode).toEqual([]);

    const stored = () => page.evaluate((key) => window.localStorage.getItem(key), RATES_URL_KEY);
    const message = () => page.locator("#rates-url-message").textContent();
    const field = page.getByLabel("Rate service (Frankfurter-compatible)");
    const use = page.getByRole("button", { name: "Use this service" });
    const before = await stored();

    await field.fill("off");
    await use.click();
    await page.waitForFunction(() =>
      /^That did not work: /.test(document.getElementById("rates-url-message")?.textContent ?? "")
    );
    expect(await stored()).toBe(before);
    expect(await page.locator("#rates-url-message.rates-message-error").count()).toBe(1);

    refuse = false;
    await field.fill("http://rates.example.org/v1");
    await use.click();
    await page.waitForFunction(
      () => document.getElementById("rates-base-url")?.getAttribute("aria-invalid") === "true"
    );
    expect(await message()).toBe("The rate service must use https.");
    expect(await stored()).toBe(before);

    await field.fill("off");
    await use.click();
    await page.waitForFunction(() =>
      /^The ECB rates are off/.test(document.getElementById("rates-url-message")?.textContent ?? "")
    );
    expect(await message()).toBe("The ECB rates are off: new look-ups use the bundled rates.");
    expect(await stored()).toBe("off");
    expect(await page.locator("#rates-url-message.rates-message-error").count()).toBe(0);
    expect(checkCode).toHaveLength(2);
    await page.close();
  });
});
