/**
 * Exchange rates: which service the ECB rates come from (a setting in the browser's storage), what the
 * last look-ups used (pinned, ECB live or cached, bundled, and any fallback with its reason), and inside
 * Excel the command that fetches every pinned rate again, re-pins it and shows what changed.
 */
import { browserStore } from "../functions/browserStore";
import type { RateStatus } from "../functions/rateChain";
import { rateChain } from "./rateChainOnDemand";
import { DEFAULT_RATES_URL, readRatesBaseUrl, saveRatesBaseUrl } from "../functions/ratesService";
import { activeLanguage } from "../i18n/activeLanguage";
import { localeOf } from "../i18n/fill";
import { ui } from "../i18n/ui/current";
import type { MessageText } from "../core/messages/text";
import { withMessages, writeMessage } from "../functions/messages";
import { whenRateEngineLoads } from "../functions/rateEngineLoader";
import type { UiKey } from "../i18n/ui";
import { clear, el } from "./dom";
import { recalculateWorkbook } from "../excel/recalculate";
import { ecbFileSection } from "./ecbFilePanel";
import { pinCheckSection, pinLinesWriter } from "./pinCheckPanel";
import { reasonOf } from "../core/errorReason";

/** How often the status line is brought up to date while the panel is on the page. */
const STATUS_REFRESH_MS = 3000;
/** The change list shows this many lines; the rest are counted. */
const MAX_CHANGES_SHOWN = 50;

/** "a", "a or b", "a, b or c" in the active language; "" for none. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return ui("listOr", { list: items.slice(0, -1).join(", "), last: items[items.length - 1] });
}

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
  return new Date(ms).toLocaleTimeString(localeOf(activeLanguage()), {
    hour: "2-digit",
    minute: "2-digit",
  });
}

type SourceName = keyof RateStatus["counts"];
const SOURCE_NAMES: readonly SourceName[] = ["pinned", "ECB live", "ECB file", "bundled"];
/** The rate chain's source names ("pinned", "ECB live", …) as the pane says them. */
const SOURCE_WORDS: Record<SourceName, UiKey> = {
  pinned: "sourcePinned",
  "ECB live": "sourceEcbLive",
  "ECB file": "sourceEcbFile",
  bundled: "sourceBundled",
};

function sourceWord(name: string | undefined): string {
  return name && name in SOURCE_WORDS ? ui(SOURCE_WORDS[name as SourceName]) : (name ?? ui("none"));
}

/** How the problem line names the sources that stand in for the service. */
const STAND_IN_WORDS = { "ECB file": "standInEcbFile", bundled: "standInBundled" } as const;

/**
 * Why the service failed, in the pane's language: the client keeps the reason as a message beside its
 * English (ecbClient.ts's Failure), which the rate chain passes on as it is.
 */
export function failureReason(failure: { reason: string; text?: MessageText }): string {
  const text = failure.text;
  return text ? writeMessage(text) : failure.reason;
}

/**
 * What is wrong with the ECB rate service now, in plain words, and which sources answer instead with the
 * newest rate each has; "" when nothing is wrong (or the service is off by choice).
 */
export function serviceProblemText(status: RateStatus): string {
  const failure = status.serviceFailure;
  if (!failure) return "";
  const standIns = (["ECB file", "bundled"] as const)
    .filter((name) => status.newest[name] !== undefined)
    .map((name) =>
      ui("standInNewest", { source: ui(STAND_IN_WORDS[name]), day: status.newest[name] ?? "" })
    );
  const instead =
    standIns.length === 0
      ? ui("serviceNoStandIn")
      : ui("serviceStandIns", { sources: standIns.join(ui("thenList")) });
  const cached = status.newest["ECB live"];
  const kept = cached ? ` ${ui("serviceKept", { day: cached })}` : "";
  const problem = ui("serviceProblem", {
    time: timeOf(failure.atMs),
    reason: failureReason(failure),
  });
  return `${problem} ${instead}${kept}`;
}

/**
 * The state of the rates in plain words: service, which source answered, newest rate of each, last failure.
 * Rate days stay ISO dates (2026-11-27), as the ECB file and DESK.RATEINFO give them.
 */
export function statusText(status: RateStatus): string {
  const c = status.counts;
  const service =
    status.baseUrl === "" ? ui("serviceOff") : ui("serviceAt", { url: status.baseUrl });
  const total = SOURCE_NAMES.reduce((sum, name) => sum + c[name], 0);
  const used =
    total === 0
      ? ui("noLookupYet")
      : ui("lookupsSoFar", {
          source: sourceWord(status.lastSource ?? undefined),
          counts: SOURCE_NAMES.map((name) =>
            ui("countOfSource", { count: c[name], source: sourceWord(name) })
          ).join(", "),
        });
  const newest = ui("newestRates", {
    list: (["ECB live", "ECB file", "bundled"] as const)
      .map((name) =>
        ui("newestOfSource", { source: sourceWord(name), day: status.newest[name] ?? ui("none") })
      )
      .join(ui("listSeparator")),
  });
  const file = status.importedRange
    ? ` ${ui("importedRange", { first: status.importedRange.first, last: status.importedRange.last })}`
    : "";
  const bundled = status.bundledError ? ` ${writeMessage(status.bundledError)}` : "";
  const failure = status.lastFallback
    ? ` ${ui("lastFailure", { time: timeOf(status.lastFallback.atMs), reason: failureReason(status.lastFallback) })}`
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

  root.appendChild(el("h2", { text: ui("ratesHeading"), attrs: { id: "rates-heading" } }));
  root.appendChild(
    el("p", {
      className: "rates-help",
      attrs: { id: "rates-help" },
      text: ui("ratesHelp"),
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
    text: ui("useThisService"),
    attrs: { type: "button" },
  });
  root.appendChild(
    el("div", { className: "field" }, [
      el("label", {
        text: ui("rateServiceLabel"),
        attrs: { for: "rates-base-url" },
      }),
      input,
      el("p", {
        className: "rates-hint",
        attrs: { id: "rates-url-hint" },
        text: ui("rateServiceHint", { origins: orList(origins) || ui("noAllowedOrigin") }),
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
      "aria-label": ui("ratesStatusLabel"),
    },
  });
  const problem = el("p", {
    className: "rates-message rates-message-error",
    attrs: { id: "rates-problem", role: "alert", "aria-label": ui("ratesProblemLabel") },
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

  const useService = async () => {
    // The check's code and the messages it writes are fetched on the first use of the button, not at start.
    const [{ checkRatesBaseUrl }] = await Promise.all([
      import(/* webpackChunkName: "rate-service-check" */ "../core/rates/ecb/serviceUrl"),
      withMessages(() => undefined),
    ]);
    const checked = checkRatesBaseUrl(input.value, origins);
    message.classList.toggle("rates-message-error", !checked.ok);
    if (!checked.ok) {
      message.textContent = writeMessage(checked.text);
      input.setAttribute("aria-invalid", "true");
      return;
    }
    input.removeAttribute("aria-invalid");
    input.value = checked.url;
    await saveRatesBaseUrl(store, checked.url);
    chain.setBaseUrl(checked.url);
    message.textContent =
      checked.url === "" ? ui("ratesOff") : ui("ratesServiceSet", { url: checked.url });
    refreshStatus();
  };
  save.addEventListener("click", () => {
    void useService().catch((error: unknown) => {
      message.classList.add("rates-message-error");
      message.textContent = ui("actionFailed", { reason: reasonOf(error) });
    });
  });

  if (insideExcel()) {
    const repin = el("button", {
      className: "button",
      text: ui("repinButton"),
      attrs: { type: "button", "aria-describedby": "rates-help" },
    });
    const outcomeLine = el("p", {
      className: "rates-outcome",
      attrs: { id: "rates-outcome", role: "status", "aria-live": "polite" },
    });
    const changes = el("ul", {
      className: "rates-changes",
      attrs: { "aria-label": ui("changedRates") },
    });
    repin.addEventListener("click", () => {
      repin.disabled = true;
      root.setAttribute("aria-busy", "true");
      clear(changes);
      outcomeLine.textContent = ui("fetchingPinnedAgain");
      void chain
        .repin()
        .then(async (outcome) => {
          if (!outcome.ok) {
            outcomeLine.textContent = writeMessage(outcome.text);
            return;
          }
          // Its wording comes with the re-pin, not at start: the code and the language's lines.
          const [{ describePinChange }, lines] = await Promise.all([
            import(/* webpackChunkName: "pin-changes" */ "../core/rates/pins"),
            pinLinesWriter(),
          ]);
          for (const change of outcome.changes.slice(0, MAX_CHANGES_SHOWN)) {
            changes.appendChild(el("li", { text: describePinChange(change, lines) }));
          }
          const more = outcome.changes.length - MAX_CHANGES_SHOWN;
          if (more > 0)
            changes.appendChild(el("li", { text: ui("andMoreItems", { count: more }) }));
          await recalculateWorkbook();
          outcomeLine.textContent =
            outcome.changes.length === 0
              ? ui("allPinsUnchanged", { count: outcome.checked })
              : ui("somePinsChanged", {
                  changed: outcome.changes.length,
                  checked: outcome.checked,
                });
        })
        .catch((error: unknown) => {
          outcomeLine.textContent = ui("repinFailed", {
            reason: reasonOf(error),
          });
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
  // A failure of the service is a message of the functions (functions/messages.ts), met only once the
  // rate engine is in (its English comes with it): then the status is written again in the language's
  // messages, fetched if need be.
  whenRateEngineLoads(() => void withMessages(refreshStatus));
  const timer = setInterval(() => {
    // Taken off the page, or the panel mounted again (in another language): this one stops.
    if (!status.isConnected) clearInterval(timer);
    else if (root.getAttribute("aria-busy") !== "true") refreshStatus();
  }, STATUS_REFRESH_MS);
}
