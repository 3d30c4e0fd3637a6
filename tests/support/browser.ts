/**
 * Real headless Chromium (Debian's package) driven by playwright-core, against the built dist/ served on
 * loopback. Office.js requests to Microsoft's CDN are answered from node_modules/@microsoft/office-js, so
 * the page under test is the production page, offline.
 */
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, OFFICE_JS_DIR, ROOT } from "./paths";
import { CHROMIUM_PATH, hasChromium } from "./chromiumPath";

const { paneContentSecurityPolicy } = require("../../scripts/csp") as {
  paneContentSecurityPolicy(options: { ratesOrigin: string }): string;
};

/**
 * `describe` when Chromium is there; otherwise skipped (CI requires it: see tests/globalSetup.ts). Outside
 * Jest (the bench imports the helpers below) there is no `describe`, and this is undefined.
 */
export const describeInBrowser: jest.Describe = (
  hasChromium() ? globalThis.describe : globalThis.describe?.skip
) as jest.Describe;

/**
 * `trustKey`: the base64 SHA-256 of a certificate's public key that Chromium accepts without a CA;
 * `hostRules`: host names answered by a loopback port instead of the network (Chromium's
 * --host-resolver-rules), e.g. { "api.frankfurter.dev": 41234 }, so that a page reaches a stand-in under
 * the real name, through the browser's own network stack (CORS, Content-Security-Policy, redirects).
 */
export function launchChromium(
  trustKey?: string,
  hostRules: Record<string, number> = {}
): Promise<Browser> {
  const rules = Object.entries(hostRules).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(trustKey ? [`--ignore-certificate-errors-spki-list=${trustKey}`] : []),
      ...(rules.length > 0 ? [`--host-resolver-rules=${rules.join(", ")}`] : []),
    ],
  });
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".bin": "application/octet-stream",
  ".map": "application/json",
};

function sendFile(res: http.ServerResponse, file: string): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "Content-Type": MIME[path.extname(file)] || "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
}

export interface Served {
  origin: string;
  /** For https with a throwaway certificate: its public key's SHA-256, base64, for launchChromium. */
  trustKey?: string;
  close(): Promise<void>;
}

/**
 * The task pane as a build with RATES_API_URL on `ratesOrigin` would write it: the page's
 * Content-Security-Policy is the only part of the page that the setting changes (the default service
 * compiled into the script is overridden by the pane's setting), and scripts/csp.js makes it.
 */
function sendPaneBuiltFor(res: http.ServerResponse, file: string, ratesOrigin: string): void {
  const policy = paneContentSecurityPolicy({ ratesOrigin });
  const html = fs
    .readFileSync(file, "utf8")
    // The build minifies the page: the attribute may be unquoted.
    .replace(/(http-equiv="?Content-Security-Policy"?\s+content=")[^"]*"/, `$1${policy}"`);
  if (!html.includes(policy)) throw new Error(`${file} has no Content-Security-Policy meta tag.`);
  res.writeHead(200, { "Content-Type": MIME[".html"] }).end(html);
}

/**
 * Serves a folder (dist/ by default) on 127.0.0.1 at a free port. `paneRatesOrigin`: serve taskpane.html
 * as built with RATES_API_URL on that origin (see sendPaneBuiltFor).
 */
export async function serveStatic(
  dir = DIST,
  options: { paneRatesOrigin?: string } = {}
): Promise<Served> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url || "/", "http://x").pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (options.paneRatesOrigin && pathname === "/taskpane.html")
      sendPaneBuiltFor(res, file, options.paneRatesOrigin);
    else sendFile(res, file);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface BrowserSuite {
  browser: Browser;
  /** Where dist/ is served, e.g. http://127.0.0.1:41234 */
  origin: string;
}

/**
 * Serves dist/ for the calling suite (with `serve`: e.g. nginx over https, whose throwaway certificate
 * Chromium then accepts) and launches Chromium, and closes both after it. Read the fields in tests.
 */
export function useBrowserSuite(serve: () => Promise<Served> = serveStatic): BrowserSuite {
  const suite = {} as BrowserSuite;
  let served: Served | undefined;
  beforeAll(async () => {
    served = await serve();
    suite.browser = await launchChromium(served.trustKey);
    suite.origin = served.origin;
  });
  afterAll(async () => {
    await suite.browser?.close();
    await served?.close();
  });
  return suite;
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * Answers Office.js CDN requests from the local package, and refuses every other off-machine request
 * except to `reachable` origins (those a test maps to loopback stand-ins with launchChromium's hostRules).
 */
export async function keepPageOffline(page: Page, reachable: string[] = []): Promise<void> {
  await page.route(
    (url) =>
      !/^https?:\/\/127\.0\.0\.1:/.test(url.href) &&
      !url.href.startsWith("data:") &&
      !reachable.includes(url.origin),
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        const file = path.join(OFFICE_JS_DIR, new URL(url).pathname.slice("/lib/1/hosted/".length));
        if (fs.existsSync(file)) {
          await route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
          return;
        }
      }
      await route.abort();
    }
  );
}

/**
 * Saves the page as assets/screenshots/<name>.png when UPDATE_SCREENSHOTS is set: the pictures are
 * refreshed on request, not on every run.
 */
export async function updateScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  const file = path.join(ROOT, "assets/screenshots", `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
}
