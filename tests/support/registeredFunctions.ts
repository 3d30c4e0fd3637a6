/**
 * The DESK functions as the page registers them: records every CustomFunctions.associate the page makes,
 * whichever object Office.js installs as CustomFunctions, and calls them as Excel would (ranges as 2D
 * arrays; a promise for what is not in memory). Call `recordRegisteredFunctions` before page.goto.
 */
import type { Page } from "playwright-core";
import { RATES_URL_KEY } from "./functionsHost";

/**
 * `ratesBaseUrl`: what the page's stored rate service setting holds at start ("off" for the bundled rates
 * only); undefined leaves the storage as it is (the build's service, or what the pane stored).
 */
export async function recordRegisteredFunctions(
  page: Page,
  options: { ratesBaseUrl?: string } = {}
): Promise<void> {
  await page.addInitScript(
    ([ratesKey, ratesBaseUrl]) => {
      if (ratesBaseUrl !== null) window.localStorage.setItem(ratesKey, ratesBaseUrl);
      const w = window as unknown as {
        __associated: [string, (...args: unknown[]) => unknown][];
        CustomFunctions?: object;
      };
      w.__associated = [];
      let installed: object | undefined;
      Object.defineProperty(window, "CustomFunctions", {
        configurable: true,
        get: () => installed,
        set(value: object) {
          installed = value;
          // Excel's runtime has CustomFunctions.Error (CustomFunctionsRuntime 1.2); Office.js outside Office
          // may not: give the page one of the same shape, so that a function's error reaches the test.
          const runtime = value as { Error?: unknown; ErrorCode?: unknown };
          if (typeof runtime.Error !== "function") {
            runtime.Error = class CustomFunctionsError extends Error {
              constructor(
                readonly code: string,
                message?: string
              ) {
                super(message);
              }
            };
            runtime.ErrorCode ??= {
              invalidValue: "#VALUE!",
              notAvailable: "#N/A",
              divisionByZero: "#DIV/0!",
              invalidNumber: "#NUM!",
              nullReference: "#NULL!",
            };
          }
          let original: ((...args: unknown[]) => unknown) | undefined;
          Object.defineProperty(value, "associate", {
            configurable: true,
            get: () => (id: string, fn: (...args: unknown[]) => unknown) => {
              w.__associated.push([id, fn]);
              return original?.(id, fn);
            },
            set(fn: (...args: unknown[]) => unknown) {
              original = fn;
            },
          });
        },
      });
    },
    [RATES_URL_KEY, options.ratesBaseUrl ?? null] as const
  );
}

/** The ids the page registered, in order. */
export function registeredIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __associated: [string][] }).__associated.map(([id]) => id)
  );
}

/**
 * Calls the function the page registered under `id`, as Excel does, and waits for its answer. A thrown
 * CustomFunctions.Error comes back as { error: code, message }.
 */
export function callRegistered(
  page: Page,
  id: string,
  ...args: unknown[]
): Promise<unknown[][] | { error: string; message: string }> {
  return page.evaluate(
    async ([name, callArgs]) => {
      const found = (
        window as unknown as { __associated: [string, (...a: unknown[]) => unknown][] }
      ).__associated.find(([registered]) => registered === name);
      if (!found) throw new Error(`The page registered no function ${name}.`);
      try {
        return (await found[1](...callArgs)) as unknown[][];
      } catch (error) {
        const e = error as { code?: string; message?: string };
        return { error: String(e.code), message: String(e.message) };
      }
    },
    [id, args] as const
  );
}
