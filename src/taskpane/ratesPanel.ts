/**
 * Exchange rates: which service the ECB rates come from (a setting in the browser's storage), what the
 * last look-ups used (pinned, ECB live or cached, bundled, and any fallback with its reason), and inside
 * Excel the command that fetches every pinned rate again, re-pins it and shows what changed.
 */
import { describePinChange } from "../core/rates/pins";
import { browserStore } from "../functions/browserStore";
import type { RateStatus } from "../functions/rateChain";
import { rateChain } from "./rateChainOnDemand";
import {
  DEFAULT_RATES_URL,
  checkRatesBaseUrl,
  readRatesBaseUrl,
  saveRatesBaseUrl,
} from "../functions/ratesService";
import { clear, el } from "./dom";
import { recalculateWorkbook } from "../excel/recalculate";
import { ecbFileSection } from "./ecbFilePanel";
import { pinCheckSection } from "./pinCheckPanel";

/** How often the status line is brought up to date while the panel is on the page. */
const STATUS_REFRESH_MS = 3000;
/** The change list shows this many lines; the rest are counted. */
const MAX_CHANGES_SHOWN = 50;

/** Origins the page's Content-Security-Policy lets it connect to, besides its own. */
export function allowedRateOrigins(doc: Document): string[] {
  const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const policy = meta?.getAttribute("content");
  if (!policy) return [new URL(DEFAULT_RATES_URL).origin];
  const directive = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find((words) => words[0] === "connect-src");
  return (directive ?? []).slice(1).filter((w) => /^https:\/\/[^/]+$/.test(w));
}

function insideExcel(): boolean {
  return (
    typeof Office !== "undefined" &&
    typeof Excel !== "undefined" &&
    !!Office.context &&
    !!Office.context.document
  );
}

function timeOf(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

const SOURCE_NAMES = ["pinned", "ECB live", "ECB file", "bundled"] as const;

/** The status line's accessible name. */
const STATUS_LABEL = "Where rates come from";
/** The service problem line's accessible name. */
const PROBLEM_LABEL = "Rate service problem";
/** How the problem line names the sources that stand in for the service, with their newest rate. */
const STAND_IN_NAMES = {
  "ECB file": "the imported ECB file",
  bundled: "the bundled rates",
} as const;

/**
 * What is wrong with the ECB rate service now, in plain words, and which sources answer instead with the
 * newest rate each has; "" when nothing is wrong (or the service is off by choice).
 */
export function serviceProblemText(status: RateStatus): string {
  const failure = status.serviceFailure;
  if (!failure) return "";
  const standIns = (["ECB file", "bundled"] as const)
    .filter((name) => status.newest[name] !== undefined)
    .map((name) => `${STAND_IN_NAMES[name]} (newest rate ${status.newest[name]})`);
  const instead =
    standIns.length === 0
      ? "No other source has rates: import the ECB's history file below."
      : `Look-ups use ${standIns.join(", then ")} instead, and RATEINFO names the source of each rate.`;
  const cached = status.newest["ECB live"];
  const kept = cached ? ` ECB rates kept from earlier answers reach ${cached}.` : "";
  return `ECB rates from the service are not available since ${timeOf(failure.atMs)}: ${failure.reason}. ${instead}${kept}`;
}

/** The state of the rates in plain words: service, which source answered, newest rate of each, last failure. */
export function statusText(status: RateStatus): string {
  const c = status.counts;
  const service =
    status.baseUrl === "" ? "ECB rate service: off." : `ECB rate service: ${status.baseUrl}.`;
  const total = SOURCE_NAMES.reduce((sum, name) => sum + c[name], 0);
  const used =
    total === 0
      ? "No rate looked up yet."
      : `Last look-up answered by: ${status.lastSource ?? "none"}. Look-ups so far: ` +
        SOURCE_NAMES.map((name) => `${c[name]} ${name}`).join(", ") +
        ".";
  const newest =
    "Newest rate: " +
    ["ECB live", "ECB file", "bundled"]
      .map((name) => `${name} ${status.newest[name as keyof RateStatus["newest"]] ?? "none"}`)
      .join("; ") +
    ".";
  const file = status.importedRange
    ? ` Imported ECB file: ${status.importedRange.first} to ${status.importedRange.last}.`
    : "";
  const bundled = status.bundledError ? ` ${status.bundledError}` : "";
  const failure = status.lastFallback
    ? ` Last failure at ${timeOf(status.lastFallback.atMs)}: ${status.lastFallback.reason}.`
    : "";
  return `${service} ${used} ${newest}${file}${bundled}${failure}`;
}

export function mountRatesPanel(root: HTMLElement): void {
  clear(root);
  root.classList.add("panel", "rates-panel");
  root.setAttribute("aria-labelledby", "rates-heading");
  const store = browserStore();
  const chain = rateChain();
  const origins = allowedRateOrigins(document);

  root.appendChild(el("h2", { text: "Exchange rates", attrs: { id: "rates-heading" } }));
  root.appendChild(
    el("p", {
      className: "rates-help",
      attrs: { id: "rates-help" },
      text:
        "DESK.CONVERT, RATE and RATEINFO use a rate pinned in this workbook first, then the ECB euro reference " +
        "rates from the service below, then the bundled rates. Every rate used is pinned in the workbook, so it " +
        "recalculates to the same numbers anywhere.",
    })
  );

  const input = el("input", {
    attrs: {
      id: "rates-base-url",
      type: "url",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: DEFAULT_RATES_URL,
      "aria-describedby": "rates-url-hint rates-url-message",
    },
  });
  const message = el("p", {
    className: "rates-message",
    attrs: { id: "rates-url-message", "aria-live": "polite" },
  });
  const save = el("button", {
    className: "button",
    text: "Use this service",
    attrs: { type: "button" },
  });
  root.appendChild(
    el("div", { className: "field" }, [
      el("label", {
        text: "Rate service (Frankfurter-compatible)",
        attrs: { for: "rates-base-url" },
      }),
      input,
      el("p", {
        className: "rates-hint",
        attrs: { id: "rates-url-hint" },
        text: `https only, on ${origins.join(" or ") || "no allowed origin"}; empty for bundled rates only.`,
      }),
      save,
      message,
    ])
  );

  const status = el("p", {
    className: "rates-status",
    attrs: {
      id: "rates-status",
      role: "status",
      "aria-live": "polite",
      "aria-label": STATUS_LABEL,
    },
  });
  const problem = el("p", {
    className: "rates-message rates-message-error",
    attrs: { id: "rates-problem", role: "alert", "aria-label": PROBLEM_LABEL },
  });
  problem.hidden = true;
  const refreshStatus = () => {
    const now = chain.status();
    const text = statusText(now);
    const problemText = serviceProblemText(now);
    // Only a change is written: a live region re-announces text that is set again.
    if (status.textContent !== text) status.textContent = text;
    if (problem.textContent !== problemText) problem.textContent = problemText;
    problem.hidden = problemText === "";
  };

  void readRatesBaseUrl(store).then((url) => {
    if (input.value === "") input.value = url;
    refreshStatus();
  });

  save.addEventListener("click", () => {
    const checked = checkRatesBaseUrl(input.value, origins);
    message.classList.toggle("rates-message-error", !checked.ok);
    if (!checked.ok) {
      message.textContent = checked.message;
      input.setAttribute("aria-invalid", "true");
      return;
    }
    input.removeAttribute("aria-invalid");
    input.value = checked.url;
    void saveRatesBaseUrl(store, checked.url).then(() => {
      chain.setBaseUrl(checked.url);
      message.textContent =
        checked.url === ""
          ? "The ECB rates are off: new look-ups use the bundled rates."
          : `New look-ups use ${checked.url}. Pinned rates stay as they are until you re-pin.`;
      refreshStatus();
    });
  });

  if (insideExcel()) {
    const repin = el("button", {
      className: "button",
      text: "Re-fetch and re-pin rates",
      attrs: { type: "button", "aria-describedby": "rates-help" },
    });
    const outcomeLine = el("p", {
      className: "rates-outcome",
      attrs: { id: "rates-outcome", role: "status", "aria-live": "polite" },
    });
    const changes = el("ul", {
      className: "rates-changes",
      attrs: { "aria-label": "Changed rates" },
    });
    repin.addEventListener("click", () => {
      repin.disabled = true;
      root.setAttribute("aria-busy", "true");
      clear(changes);
      outcomeLine.textContent = "Fetching the pinned rates again…";
      void chain
        .repin()
        .then(async (outcome) => {
          if (!outcome.ok) {
            outcomeLine.textContent = outcome.message;
            return;
          }
          for (const change of outcome.changes.slice(0, MAX_CHANGES_SHOWN)) {
            changes.appendChild(el("li", { text: describePinChange(change) }));
          }
          const more = outcome.changes.length - MAX_CHANGES_SHOWN;
          if (more > 0) changes.appendChild(el("li", { text: `and ${more} more.` }));
          await recalculateWorkbook();
          outcomeLine.textContent =
            outcome.changes.length === 0
              ? `All ${outcome.checked} pinned rates are unchanged.`
              : `${outcome.changes.length} of ${outcome.checked} pinned rates changed; the workbook was recalculated.`;
        })
        .catch((error: unknown) => {
          outcomeLine.textContent = `Re-pinning did not work: ${error instanceof Error ? error.message : String(error)}`;
        })
        .finally(() => {
          repin.disabled = false;
          root.removeAttribute("aria-busy");
          refreshStatus();
        });
    });
    root.appendChild(repin);
    root.appendChild(outcomeLine);
    root.appendChild(changes);
  }

  root.appendChild(problem);
  root.appendChild(status);
  root.appendChild(ecbFileSection());
  if (insideExcel()) root.appendChild(pinCheckSection(chain));
  refreshStatus();
  const timer = setInterval(() => {
    if (!root.isConnected) clearInterval(timer);
    else if (root.getAttribute("aria-busy") !== "true") refreshStatus();
  }, STATUS_REFRESH_MS);
}
