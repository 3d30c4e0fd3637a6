/**
 * Time to import the full ECB history through the task pane's own path, in headless Chromium: the built
 * pane (dist/) served on loopback, a file in the ECB's format (7,000 working days, the 41 columns of the
 * real eurofxref-hist.csv, zipped) chosen in the pane's file input, timed in the page from the input's
 * change event to the pane's "imported" message (read, unzip, parse, store in IndexedDB, show). Each run
 * has a fresh browser context (empty storage). Part of `npm run bench`; on its own, after a build:
 *
 *   npm run bench:ecb-import
 */
import { makeEcbHistoryCsv, zipEcbHistory } from "../ecbFile/makeEcbHistoryFile";
import { keepPageOffline, launchChromium, serveStatic } from "../../tests/support/browser";
import { median } from "./inputs";

const DAYS = 7000;
const RUNS = 5;
/** The goal for one import. */
export const ECB_IMPORT_TARGET_MS = 1000;

export interface EcbImportMeasure {
  medianMs: number;
  runsMs: number[];
  zipBytes: number;
  days: number;
  columns: number;
}

export async function measureEcbImport(): Promise<EcbImportMeasure> {
  const { text, expected } = makeEcbHistoryCsv({ days: DAYS, naShare: 0.25, seed: 2026 });
  const zip = Buffer.from(zipEcbHistory(text));
  const [browser, served] = await Promise.all([launchChromium(), serveStatic()]);
  const runsMs: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await keepPageOffline(page);
      await page.goto(`${served.origin}/taskpane.html`);
      await page.waitForSelector("#ecb-file-input");
      await page.evaluate(() => {
        const w = window as unknown as { importMs: Promise<number> };
        w.importMs = new Promise((resolve, reject) => {
          let start = 0;
          // Capture on the document runs before the pane's own listener on the input.
          document.addEventListener("change", () => void (start = performance.now()), true);
          const message = document.getElementById("ecb-file-message") as HTMLElement;
          new MutationObserver(() => {
            const said = message.textContent ?? "";
            if (/ is imported/.test(said)) resolve(performance.now() - start);
            else if (/not imported|could not/.test(said)) reject(new Error(said));
          }).observe(message, { childList: true, characterData: true, subtree: true });
        });
      });
      await page.locator("#ecb-file-input").setInputFiles({
        name: "eurofxref-hist.zip",
        mimeType: "application/zip",
        buffer: zip,
      });
      runsMs.push(
        await page.evaluate(() => (window as unknown as { importMs: Promise<number> }).importMs)
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return {
    medianMs: median(runsMs),
    runsMs,
    zipBytes: zip.length,
    days: DAYS,
    columns: expected.currencies.length,
  };
}

/** The bench's line: what was measured, the time, the goal. */
export function ecbImportLine(m: EcbImportMeasure): string {
  const pass = m.medianMs < ECB_IMPORT_TARGET_MS;
  return (
    `import ECB history file in the pane (${m.days.toLocaleString("en-GB")} days x ${m.columns} columns, ` +
    `zip ${(m.zipBytes / 1e6).toFixed(2)} MB, headless Chromium): ${m.medianMs.toFixed(0)} ms median of ` +
    `${m.runsMs.length} (runs ${m.runsMs.map((x) => x.toFixed(0)).join(", ")}), target < ${ECB_IMPORT_TARGET_MS} ms: ${pass ? "PASS" : "FAIL"}`
  );
}

if (require.main === module) {
  measureEcbImport().then(
    (m) => {
      process.stdout.write(ecbImportLine(m) + "\n");
      if (m.medianMs >= ECB_IMPORT_TARGET_MS) process.exitCode = 1;
    },
    (error: unknown) => {
      process.stderr.write(String(error instanceof Error ? error.stack : error) + "\n");
      process.exit(1);
    }
  );
}
