/**
 * @jest-environment jsdom
 *
 * The exchange rates panel: the service field refuses what the page may not connect to, a valid choice is
 * stored and used at once, the status line says where rates came from, and the re-pin command is offered
 * inside Excel only.
 */
import type { RateStatus } from "../../src/functions/rateChain";

const globals = globalThis as unknown as Record<string, unknown>;
// What the build's DefinePlugin supplies.
globals.__ADDIN_URL__ = "https://localhost:3000/";
globals.__RATES_API_URL__ = "https://api.frankfurter.dev/v1";

const { mountRatesPanel, allowedRateOrigins, statusText, serviceProblemText } =
  require("../../src/taskpane/ratesPanel") as typeof import("../../src/taskpane/ratesPanel");

function mount(): HTMLElement {
  document.head.innerHTML =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; connect-src 'self' https://api.frankfurter.dev; object-src 'none'\">";
  document.body.innerHTML = "";
  const section = document.createElement("section");
  document.body.appendChild(section);
  mountRatesPanel(section);
  return section;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function field(root: HTMLElement): HTMLInputElement {
  const input = root.querySelector("input") as HTMLInputElement;
  const label = root.querySelector(`label[for="${input.id}"]`);
  expect(label?.textContent).toMatch(/Rate service/);
  return input;
}

function button(root: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll("button")].find((b) => b.textContent === name);
}

afterEach(() => {
  localStorage.clear();
  delete globals.Office;
  delete globals.Excel;
});

describe("rates panel", () => {
  it("reads the allowed origins from the page's Content-Security-Policy", () => {
    mount();
    expect(allowedRateOrigins(document)).toEqual(["https://api.frankfurter.dev"]);
  });

  it("shows the service in use and refuses http and origins the page may not reach", async () => {
    const root = mount();
    await flush();
    const input = field(root);
    expect(input.value).toBe("https://api.frankfurter.dev/v1");
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(
      /ECB rate service: https:\/\/api\.frankfurter\.dev\/v1\. No rate looked up yet\./
    );
    const message = root.querySelector("#rates-url-message") as HTMLElement;
    for (const [text, expected] of [
      ["http://api.frankfurter.dev/v1", /must use https/],
      ["https://rates.example.org", /may only connect to https:\/\/api\.frankfurter\.dev/],
    ] as const) {
      input.value = text;
      button(root, "Use this service")?.click();
      // The check's code is fetched on the click.
      await flush();
      expect(message.textContent).toMatch(expected);
      expect(input.getAttribute("aria-invalid")).toBe("true");
    }
    expect(localStorage.getItem("seizureDesk.ratesBaseUrl")).toBeNull();
  });

  it("stores a valid choice and uses it at once; empty turns the ECB rates off", async () => {
    const root = mount();
    await flush();
    const input = field(root);
    input.value = "https://api.frankfurter.dev/mirror/v1/";
    button(root, "Use this service")?.click();
    await flush();
    expect(localStorage.getItem("seizureDesk.ratesBaseUrl")).toBe(
      "https://api.frankfurter.dev/mirror/v1"
    );
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(
      /ECB rate service: https:\/\/api\.frankfurter\.dev\/mirror\/v1\./
    );
    input.value = "";
    button(root, "Use this service")?.click();
    await flush();
    expect(localStorage.getItem("seizureDesk.ratesBaseUrl")).toBe("off");
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/ECB rate service: off/);
  });

  it("offers re-pinning inside Excel only", () => {
    expect(button(mount(), "Re-fetch and re-pin rates")).toBeUndefined();
    globals.Office = { context: { document: {} } };
    globals.Excel = {};
    expect(button(mount(), "Re-fetch and re-pin rates")).toBeDefined();
  });

  it("says which source answered, the newest rate of each, the imported file's range and the last failure", () => {
    const status: RateStatus = {
      counts: { pinned: 3, "ECB live": 120, "ECB file": 7, bundled: 2 },
      lastSource: "ECB file",
      lastFallback: {
        reason: "https://api.frankfurter.dev/v1 answered HTTP 500",
        atMs: Date.UTC(2026, 10, 30, 9, 5),
      },
      baseUrl: "https://api.frankfurter.dev/v1",
      requests: 2,
      newest: { "ECB file": "2026-11-27", bundled: "2025-01-03" },
      importedRange: { first: "1999-01-04", last: "2026-11-27" },
      serviceFailure: undefined,
      bundledError: undefined,
      canPin: true,
      pinCount: 125,
    };
    const text = statusText(status);
    // The service answered again since that failure: no problem is shown.
    expect(serviceProblemText(status)).toBe("");
    expect(text).toMatch(/Last look-up answered by: ECB file\./);
    expect(text).toMatch(/Look-ups so far: 3 pinned, 120 ECB live, 7 ECB file, 2 bundled\./);
    expect(text).toMatch(/Newest rate: ECB live none; ECB file 2026-11-27; bundled 2025-01-03\./);
    expect(text).toMatch(/Imported ECB file: 1999-01-04 to 2026-11-27\./);
    expect(text).toMatch(
      /Last failure at .*: https:\/\/api\.frankfurter\.dev\/v1 answered HTTP 500\./
    );
  });

  it("says what is wrong with the service now, and which sources answer instead with their newest rate", () => {
    const failure = {
      reason: "https://api.frankfurter.dev could not be reached: this computer is offline",
      atMs: Date.UTC(2026, 11, 1, 9),
    };
    const base = {
      counts: { pinned: 0, "ECB live": 4, "ECB file": 0, bundled: 2 },
      lastSource: "bundled" as const,
      lastFallback: failure,
      serviceFailure: failure,
      baseUrl: "https://api.frankfurter.dev/v1",
      requests: 3,
      importedRange: undefined,
      bundledError: undefined,
      canPin: false,
      pinCount: 0,
    };
    expect(
      serviceProblemText({ ...base, newest: { "ECB live": "2021-12-31", bundled: "2025-01-03" } })
    ).toMatch(
      /^ECB rates from the service are not available since .*: https:\/\/api\.frankfurter\.dev could not be reached: this computer is offline\. Look-ups use the bundled rates \(newest rate 2025-01-03\) instead, and RATEINFO names the source of each rate\. ECB rates kept from earlier answers reach 2021-12-31\.$/
    );
    expect(
      serviceProblemText({ ...base, newest: { "ECB file": "2026-11-27", bundled: "2025-01-03" } })
    ).toMatch(
      /Look-ups use the imported ECB file \(newest rate 2026-11-27\), then the bundled rates \(newest rate 2025-01-03\) instead/
    );
    expect(serviceProblemText({ ...base, newest: {} })).toMatch(
      /No other source has rates: import the ECB's history file below\.$/
    );
  });
});
