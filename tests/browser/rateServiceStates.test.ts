/**
 * What the rates panel shows, and what DESK.RATEINFO's source column says, when the ECB rate service has
 * moved, is blocked, or the computer is offline; and "Verify pinned rates" against the ECB service and the
 * bundled rates: the built pane in headless Chromium with the Excel stand-in, DESK functions called
 * through what the page registered.
 *
 * The services are https stand-ins on loopback reached under their real names (Chromium's host resolver
 * rules), so that every request goes through the browser's own network stack: CORS, the page's
 * Content-Security-Policy, redirects. (A request answered by Playwright's route.fulfill skips the CORS
 * check of a redirect, and would show a moved service as the browser never does.)
 *
 * The moved service is the old api.frankfurter.app as it answers today: a 301 to
 * api.frankfurter.dev/v1/... without CORS headers (lineofflight/frankfurter CHANGELOG.md 1.0.0; reported
 * by users in spliit-app/spliit issue 514 and Git-Romer/pokecollector issue 231). It is met by a pane
 * built with RATES_API_URL=https://api.frankfurter.app, as builds were before the move.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  describeInBrowser,
  keepPageOffline,
  launchChromium,
  serveStatic,
  type Served,
} from "../support/browser";
import { injectExcelStandIn, type StandInSetup } from "../support/excelStandIn";
import { PINS_SETTING, pinKey, serializePins } from "../../src/core/rates/pins";
import { loadBuiltFunctions } from "../support/functionsHost";
import { callRegistered, recordRegisteredFunctions } from "../support/registeredFunctions";
import { throwawayCertificate } from "../support/throwawayCertificate";
import { chainOf, settle } from "../rates/support/deskRates";
import {
  refusedUrl,
  startFrankfurterServer,
  startMovedOrigin,
  type FrankfurterServer,
} from "../rates/support/frankfurterServer";
import { dayNumberOf, fixtureRate } from "../rates/support/frankfurterFixture";
import { en } from "../../src/i18n/ui/en";
import { fr } from "../../src/i18n/ui/fr";

const OLD_HOST = "api.frankfurter.app";
const HOST = "api.frankfurter.dev";
const OLD_ORIGIN = `https://${OLD_HOST}`;
const ORIGIN = `https://${HOST}`;

/** The time of day as the pane writes it (en-US in Chromium here): the text around it is matched exactly. */
const TIME = "\\d{1,2}:\\d{2}(?: [AP]M)?";

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What the problem line says when the bundled rates stand in, given the reason. */
function problemLine(reason: string, bundledNewest: string, kept = ""): RegExp {
  return new RegExp(
    `^ECB rates from the service are not available since ${TIME}: ${escaped(reason)}\\. ` +
      `Look-ups use the bundled rates \\(newest rate ${bundledNewest}\\) instead, and RATEINFO names ` +
      `the source of each rate\\.${escaped(kept)}$`
  );
}

describeInBrowser(
  "the rates panel when the rate service has moved, is blocked, or is offline",
  () => {
    const certificate = throwawayCertificate([OLD_HOST, HOST]);
    let stockPane: Served;
    let oldBuildPane: Served;
    let frankfurter: FrankfurterServer;
    /** What the bundled rates alone answer (the build's functions.js, service off). */
    let bundled: { usd20210309: unknown[]; newest: string };
    const browsers: Browser[] = [];

    beforeAll(async () => {
      stockPane = await serveStatic();
      oldBuildPane = await serveStatic(undefined, { paneRatesOrigin: OLD_ORIGIN });
      frankfurter = await startFrankfurterServer(certificate);
      const desk = loadBuiltFunctions();
      const row = (await settle(desk.call("RATEINFO", [["EUR"]], [["USD"]], [["2021-03-09"]])))[0];
      const status = chainOf(desk).status() as unknown as { newest: { bundled: string } };
      bundled = { usd20210309: row, newest: status.newest.bundled };
    });
    afterAll(async () => {
      for (const browser of browsers) await browser.close();
      await frankfurter?.close();
      await stockPane?.close();
      await oldBuildPane?.close();
    });

    /** Chromium with `hosts` answered on loopback; its own context, so that storage starts empty. */
    async function openPane(
      pane: Served,
      hosts: Record<string, string>,
      ratesBaseUrl?: string,
      standIn: StandInSetup = {}
    ): Promise<{ context: BrowserContext; page: Page }> {
      const ports = Object.fromEntries(
        Object.entries(hosts).map(([host, url]) => [host, Number(new URL(url).port)])
      );
      const browser = await launchChromium(certificate.trustKey, ports);
      browsers.push(browser);
      const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
      const page = await context.newPage();
      await keepPageOffline(
        page,
        Object.keys(hosts).map((host) => `https://${host}`)
      );
      await recordRegisteredFunctions(page, { ratesBaseUrl });
      await injectExcelStandIn(page, standIn);
      await page.goto(`${pane.origin}/taskpane.html`);
      // The host line of the pane's language (Excel's display language), once Excel has answered.
      const connected = standIn.displayLanguage?.startsWith("fr") ? fr.hostExcel : en.hostExcel;
      await page.waitForFunction(
        (text) => document.getElementById("host-status")?.textContent === text,
        connected,
        { timeout: 20000 }
      );
      return { context, page };
    }

    /** The problem line, found by its role and accessible name, once it shows something. */
    async function problemShown(page: Page): Promise<string> {
      await page.waitForFunction(
        () => (document.getElementById("rates-problem")?.textContent ?? "") !== "",
        null,
        { timeout: 10000 }
      );
      const alert = page.getByRole("alert", { name: "Rate service problem" });
      expect(await alert.isVisible()).toBe(true);
      return (await alert.textContent()) ?? "";
    }

    function statusShown(page: Page): Promise<string | null> {
      return page.getByRole("status", { name: "Where rates come from" }).textContent();
    }

    it("moved: says that the service moved, where to and what to set; the cells say they use the bundled rates", async () => {
      const moved = await startMovedOrigin(`${ORIGIN}/v1`, certificate);
      try {
        const { page } = await openPane(oldBuildPane, {
          [OLD_HOST]: moved.url,
          [HOST]: frankfurter.url,
        });
        // The journalist points the pane at the service the add-in was built for, as builds did before the move.
        await page.getByLabel("Rate service (Frankfurter-compatible)").fill(OLD_ORIGIN);
        await page.getByRole("button", { name: "Use this service" }).click();
        await page.waitForFunction(() =>
          /^New look-ups use/.test(document.getElementById("rates-url-message")?.textContent ?? "")
        );
        const before = frankfurter.requests.length;

        const converted = await callRegistered(
          page,
          "CONVERT",
          [[100]],
          [["EUR"]],
          [["USD"]],
          [["2021-03-09"]]
        );
        const info = await callRegistered(page, "RATEINFO", [["EUR"]], [["USD"]], [["2021-03-09"]]);

        // Asked once, and once more to tell a redirect from a dead server; the redirect is never followed.
        expect(moved.requests).toEqual([
          "/2021-01-01..2021-12-31?from=EUR&to=USD",
          "/2021-01-01..2021-12-31?from=EUR&to=USD",
        ]);
        expect(frankfurter.requests.length).toBe(before);
        expect(info).toEqual([bundled.usd20210309]);
        expect((info as unknown[][])[0][2]).toBe("bundled");
        expect(converted).toEqual([[100 * Number(bundled.usd20210309[0])]]);

        const reason =
          `the rate service ${OLD_ORIGIN} has moved to ${ORIGIN}/v1 (it answers with a redirect, which ` +
          `this add-in does not follow); build the add-in with RATES_API_URL=${ORIGIN}/v1 and choose it below`;
        const problem = await problemShown(page);
        console.log(`moved, the pane shows:\n  ${problem}\n  ${await statusShown(page)}`);
        expect(problem).toMatch(problemLine(reason, bundled.newest));
        expect(await statusShown(page)).toMatch(
          new RegExp(`Last failure at ${TIME}: ${escaped(reason)}\\.$`)
        );
      } finally {
        await moved.close();
      }
    });

    it("blocked: a refused connection, and a service the page's policy does not allow, each in plain words", async () => {
      const refused = await refusedUrl();
      const { page } = await openPane(stockPane, { [HOST]: refused });
      const info = await callRegistered(page, "RATEINFO", [["EUR"]], [["USD"]], [["2021-03-09"]]);
      expect(info).toEqual([bundled.usd20210309]);
      const unreachable =
        `${ORIGIN} could not be reached: no connection (the server is down or refuses connections, ` +
        `the address is wrong, or a firewall blocks it)`;
      const problem = await problemShown(page);
      console.log(
        `blocked (connection refused), the pane shows:\n  ${problem}\n  ${await statusShown(page)}`
      );
      expect(problem).toMatch(problemLine(unreachable, bundled.newest));

      // A setting kept from a build for another service: this page's policy refuses it before any request.
      const elsewhere = await openPane(stockPane, {}, "https://rates.example.org/v1");
      const answer = await callRegistered(
        elsewhere.page,
        "RATEINFO",
        [["EUR"]],
        [["USD"]],
        [["2021-03-09"]]
      );
      expect((answer as unknown[][])[0][2]).toBe("bundled");
      const notAllowed =
        "https://rates.example.org is not one this page may connect to: its Content-Security-Policy " +
        "allows only the rate service the add-in was built for (RATES_API_URL); choose that service below";
      const policyProblem = await problemShown(elsewhere.page);
      console.log(`blocked (policy), the pane shows:\n  ${policyProblem}`);
      expect(policyProblem).toMatch(problemLine(notAllowed, bundled.newest));
    });

    it("a response the add-in refuses: says what the service sent, in the pane's language", async () => {
      // The service answers, but with a rate no ECB figure can be: the whole year is refused.
      frankfurter.overrides = { "2021-03-09": { USD: -1 } };
      try {
        const { page } = await openPane(stockPane, { [HOST]: frankfurter.url }, undefined, {
          displayLanguage: "fr-FR",
        });
        const info = await callRegistered(page, "RATEINFO", [["EUR"]], [["USD"]], [["2021-03-09"]]);
        expect((info as unknown[][])[0][2]).toBe("bundled");
        await page.waitForFunction(
          () => (document.getElementById("rates-problem")?.textContent ?? "") !== ""
        );
        const problem = await page.getByRole("alert", { name: fr.ratesProblemLabel }).textContent();
        console.log(`a refused response, the French pane shows:\n  ${problem}`);
        expect(problem).toMatch(
          new RegExp(
            "^Les taux de la BCE du service ne sont pas disponibles depuis \\d{1,2}:\\d{2}\u00a0: " +
              "le service de taux a envoyé -1 comme taux USD du 2021-03-09\\. "
          )
        );
        const status = await page.getByRole("status", { name: fr.ratesStatusLabel }).textContent();
        expect(status).not.toMatch(/the rate service sent/);
      } finally {
        frankfurter.overrides = {};
      }
    });

    it("offline: says the computer is offline, and the newest rate each source has", async () => {
      const { context, page } = await openPane(stockPane, { [HOST]: frankfurter.url });
      const online = await callRegistered(page, "RATEINFO", [["EUR"]], [["USD"]], [["2021-03-09"]]);
      expect((online as unknown[][])[0][0]).toBe(fixtureRate("USD", dayNumberOf("2021-03-09")));
      expect((online as unknown[][])[0][2]).toBe("ECB live");
      expect(await page.locator("#rates-problem").isHidden()).toBe(true);

      await context.setOffline(true);
      const offline = await callRegistered(
        page,
        "RATEINFO",
        [["EUR"]],
        [["USD"]],
        [["2022-06-01"]]
      );
      expect((offline as unknown[][])[0][2]).toBe("bundled");
      // What the service answered before stays in use for its year.
      const kept = await callRegistered(page, "RATEINFO", [["EUR"]], [["USD"]], [["2021-06-01"]]);
      expect((kept as unknown[][])[0][2]).toBe("ECB live");

      const problem = await problemShown(page);
      const status = await statusShown(page);
      console.log(`offline, the pane shows:\n  ${problem}\n  ${status}`);
      expect(problem).toMatch(
        problemLine(
          `${ORIGIN} could not be reached: this computer is offline`,
          bundled.newest,
          " ECB rates kept from earlier answers reach 2021-12-31."
        )
      );
      expect(status).toContain(
        `Newest rate: ECB live 2021-12-31; ECB file none; bundled ${bundled.newest}.`
      );
    });

    it("Verify pinned rates asks the ECB service for the pins' year in one request and says what each source says", async () => {
      const day = dayNumberOf("2021-03-09");
      const ecbSource = `ECB euro reference rate via ${ORIGIN}/v1`;
      const pinOf = (rate: number) => ({
        rate,
        dateUsed: "2021-03-09",
        source: ecbSource,
        pinnedOn: "2026-11-01",
      });
      const pins = new Map([
        [pinKey("EUR", "USD", "2021-03-09", "previous"), pinOf(fixtureRate("USD", day))],
        // Says it came from the ECB; the ECB gives another figure.
        [pinKey("EUR", "GBP", "2021-03-09", "previous"), pinOf(0.8567)],
      ]);
      const { page } = await openPane(stockPane, { [HOST]: frankfurter.url }, undefined, {
        documentSettings: { [PINS_SETTING]: serializePins(pins) },
      });
      const before = frankfurter.requests.length;
      await page.getByRole("button", { name: "Verify pinned rates" }).click();
      await page.waitForFunction(
        () => !/Comparing|^$/.test(document.getElementById("pin-check-outcome")?.textContent ?? ""),
        null,
        { timeout: 15000 }
      );
      expect(frankfurter.requests.slice(before)).toEqual([
        "/v1/2021-01-01..2021-12-31?from=EUR&to=GBP,USD",
      ]);
      const outcome = await page.locator("#pin-check-outcome").textContent();
      const lines = await page
        .getByRole("list", { name: "Pinned rates that differ" })
        .getByRole("listitem")
        .allTextContents();
      console.log(`Verify pinned rates, the pane shows:\n  ${outcome}\n  ${lines.join("\n  ")}`);
      expect(outcome).toBe(
        "1 of 2 pinned rates differ from their own source, or match none of the sources at hand (ECB live " +
          "or bundled), by more than its rounding: re-fetch and re-pin them, or check where the workbook " +
          "came from. 1 match their own source while another source gives another rate (listed too: each " +
          "value stays with its source)."
      );
      const usd = escaped(String(fixtureRate("USD", day)));
      const differs = "\\(pin [+-]\\d+\\.\\d\\d%, more than its rounding\\)";
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(
          "^EUR/GBP 2021-03-09 \\(previous; rate of 2021-03-09\\): pinned 0\\.8567 \\(pinned from the ECB's rates\\); " +
            `ECB live says ${escaped(String(fixtureRate("GBP", day)))} ${differs}; bundled says `
        )
      );
      expect(lines[1]).toMatch(
        new RegExp(
          `^EUR/USD .*: pinned ${usd} \\(pinned from the ECB's rates\\); ` +
            `ECB live says ${usd} \\(agrees within its rounding\\); ` +
            `bundled says ${escaped(String(bundled.usd20210309[0]))} ${differs}$`
        )
      );
    });
  }
);
