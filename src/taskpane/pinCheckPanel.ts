/**
 * Pinned rates in the rates panel (inside Excel): whether the last save of the pins worked and how much
 * room they take, and "Verify pinned rates", which compares every pin with the ECB (service and history
 * file) and the bundled rates, and lists those that differ by more than a source's rounding, with what each
 * source says (see src/core/rates/verifyPins.ts).
 */
import { describePinSave, type PinSaveStatus } from "../core/rates/pinBudget";
import type { PinCheck, PinVerification, ReferenceName } from "../core/rates/verifyPins";
import type { PinLinesWriter } from "./pinCheckWording";
import { loadedRateEngine } from "../functions/rateEngineLoader";
import type { RateChain } from "../functions/rateChain";
import { ui } from "../i18n/ui/current";
import type { Language } from "../i18n/language";
import type { UiKey } from "../i18n/ui";
import { clear, el } from "./dom";
import { failureReason, orList } from "./ratesPanel";
import { reasonOf } from "../core/errorReason";
import { activeLanguage } from "../i18n/activeLanguage";

const REFRESH_MS = 3000;

/** The sources a pin is checked against, as the pane names them. */
const REFERENCE_WORDS: Record<ReferenceName, UiKey> = {
  "ECB live": "sourceEcbLive",
  "ECB file": "sourceEcbFile",
  "ECB (bundled file)": "sourceEcbBundledFile",
  bundled: "sourceBundled",
};

export function referenceWord(name: ReferenceName): string {
  return ui(REFERENCE_WORDS[name]);
}

const writers = new Map<Language, Promise<PinLinesWriter>>();

/**
 * The pinned rates' lines in the active language (the save line, re-pin changes, Verify's lines): their
 * strings come with the check's code, fetched when first needed, not at the pane's start.
 */
export function pinLinesWriter(): Promise<PinLinesWriter> {
  const language = activeLanguage();
  let pending = writers.get(language);
  if (!pending) {
    pending = import("./pinCheckWording").then((m) => m.pinCheckWriter(language, referenceWord));
    // A failed fetch (a network hiccup) is tried again on the next call rather than remembered.
    pending.catch(() => writers.delete(language));
    writers.set(language, pending);
  }
  return pending;
}
const MAX_SHOWN = 50;

/**
 * The pin store's last save and unreadable count. The store comes with the rate engine (fetched on first
 * use): before it is loaded nothing was read or saved, which is the store's own state at its start.
 */
const NOTHING_SAVED: PinSaveStatus = { state: "unsaved" };
const pinSaveStatus = () => loadedRateEngine()?.pinSaveStatus() ?? NOTHING_SAVED;
const unreadablePinCount = () => loadedRateEngine()?.unreadablePinCount() ?? 0;

function listChecks(
  list: HTMLElement,
  checks: PinCheck[],
  describePinCheck: (check: PinCheck) => string
): void {
  for (const check of checks.slice(0, MAX_SHOWN))
    list.appendChild(el("li", { text: describePinCheck(check) }));
  if (checks.length > MAX_SHOWN)
    list.appendChild(el("li", { text: ui("andMoreItems", { count: checks.length - MAX_SHOWN }) }));
}

/**
 * The outcome line: how many pins differ from their own source or match none, how many match their
 * source while another source says otherwise, and how many could not be checked. `serviceFailure`: why
 * the ECB service could not be asked, if it could not.
 */
export function verificationText(
  result: PinVerification,
  sourceNames: ReferenceName[],
  serviceFailure?: string
): string {
  if (result.checked === 0) return ui("noPins");
  if (sourceNames.length === 0) return ui("pinsNoSource");
  const sources = orList(sourceNames.map(referenceWord));
  const service = serviceFailure ? ` ${ui("pinsServiceFailure", { reason: serviceFailure })}` : "";
  const unchecked =
    result.unchecked.length > 0
      ? ` ${ui("pinsUnchecked", { count: result.unchecked.length })}`
      : "";
  const disagree =
    result.sourcesDisagree.length > 0
      ? ` ${ui("pinsSourcesDisagree", { count: result.sourcesDisagree.length })}`
      : "";
  const head =
    result.differing.length === 0
      ? ui("pinsAgree", { count: result.checked - result.unchecked.length, sources })
      : ui("pinsDiffer", { differing: result.differing.length, checked: result.checked, sources });
  return `${head}${disagree}${unchecked}${service}`;
}

const failureOf = (failure: { reason: string } | undefined) => failure && failureReason(failure);

export function pinCheckSection(
  chain: Pick<RateChain, "ready" | "pinnedRates" | "bundledTable" | "ecbLiveFor" | "status">
): HTMLElement {
  const saveLine = el("p", {
    className: "rates-status",
    attrs: { id: "pin-save-state", "aria-live": "polite" },
  });
  const verify = el("button", {
    className: "button",
    text: ui("verifyPins"),
    attrs: { type: "button", id: "pin-verify", "aria-describedby": "pin-check-help" },
  });
  const outcome = el("p", {
    className: "rates-outcome",
    attrs: { id: "pin-check-outcome", "aria-live": "polite" },
  });
  const list = el("ul", {
    className: "rates-changes",
    attrs: { "aria-label": ui("pinsThatDiffer") },
  });
  const section = el(
    "div",
    { className: "pin-check", attrs: { role: "group", "aria-labelledby": "pin-check-heading" } },
    [
      el("h3", { text: ui("pinnedHeading"), attrs: { id: "pin-check-heading" } }),
      el("p", {
        className: "rates-hint",
        attrs: { id: "pin-check-help" },
        text: ui("pinCheckHelp"),
      }),
      saveLine,
      verify,
      outcome,
      list,
    ]
  );

  let writer: PinLinesWriter | undefined;
  const refresh = () => {
    if (!writer) {
      void pinLinesWriter().then((w) => {
        writer = w;
        refresh();
      });
      return;
    }
    const saved = describePinSave(pinSaveStatus(), writer);
    const unreadable = unreadablePinCount();
    const text =
      unreadable > 0 ? `${saved.text} ${ui("pinsUnreadable", { count: unreadable })}` : saved.text;
    const problem = saved.problem || unreadable > 0;
    saveLine.classList.toggle("rates-message-error", problem);
    if (saveLine.textContent !== text) saveLine.textContent = text;
  };
  refresh();
  const timer = setInterval(() => {
    if (!section.isConnected && saveLine.textContent !== "") clearInterval(timer);
    else refresh();
  }, REFRESH_MS);

  verify.addEventListener("click", () => {
    verify.disabled = true;
    section.setAttribute("aria-busy", "true");
    clear(list);
    outcome.textContent = ui("comparingPins");
    void chain
      .ready()
      .then(async () => {
        // The references read the rate tables: their code comes with the rate engine, not at start.
        const [{ pinReferences }, { verifyPins, describePinCheck }, lines] = await Promise.all([
          import("../functions/pinReferences"),
          import("./pinCheckWording"),
          pinLinesWriter(),
        ]);
        const pins = chain.pinnedRates();
        const references = await pinReferences(chain, pins);
        const result = verifyPins(pins, references);
        listChecks(
          list,
          [...result.differing, ...result.sourcesDisagree, ...result.unchecked],
          (check) => describePinCheck(check, lines)
        );
        outcome.textContent = verificationText(
          result,
          references.map((r) => r.name),
          failureOf(chain.status().serviceFailure)
        );
      })
      .catch((error: unknown) => {
        outcome.textContent = ui("verifyFailed", {
          reason: reasonOf(error),
        });
      })
      .finally(() => {
        verify.disabled = false;
        section.removeAttribute("aria-busy");
        refresh();
      });
  });
  return section;
}
