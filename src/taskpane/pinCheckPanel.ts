/**
 * Pinned rates in the rates panel (inside Excel): whether the last save of the pins worked and how much
 * room they take, and "Verify pinned rates", which compares every pin with the ECB (service and history
 * file) and the bundled rates, and lists those that differ by more than a source's rounding, with what each
 * source says (see src/core/rates/verifyPins.ts).
 */
import { describePinSave } from "../core/rates/pinBudget";
import {
  describePinCheck,
  verifyPins,
  type PinCheck,
  type PinVerification,
} from "../core/rates/verifyPins";
import { pinSaveStatus, unreadablePinCount } from "../functions/pinStore";
import type { RateChain } from "../functions/rateChain";
import { clear, el } from "./dom";

const REFRESH_MS = 3000;
const MAX_SHOWN = 50;

const HELP_TEXT =
  "Pins come with the workbook, from whoever saved it. Verify compares each with the ECB's rate for its day " +
  "(from the rate service when it is on, and the ECB history file if one is kept) and with the bundled rates, " +
  "and lists those that differ by more than the source's rounding, with what each source says.";
const NO_PINS_TEXT = "This workbook has no pinned rates.";
const NO_SOURCE_TEXT =
  "No source is at hand to check the pins against: turn the rate service on or import an ECB history file.";

function listChecks(list: HTMLElement, checks: PinCheck[]): void {
  for (const check of checks.slice(0, MAX_SHOWN))
    list.appendChild(el("li", { text: describePinCheck(check) }));
  if (checks.length > MAX_SHOWN)
    list.appendChild(el("li", { text: `and ${checks.length - MAX_SHOWN} more.` }));
}

function orList(names: string[]): string {
  const last = names[names.length - 1];
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${last}` : last;
}

/**
 * The outcome line: how many pins differ from their own source or match none, how many match their
 * source while another source says otherwise, and how many could not be checked. `serviceFailure`: why
 * the ECB service could not be asked, if it could not.
 */
export function verificationText(
  result: PinVerification,
  sourceNames: string[],
  serviceFailure?: string
): string {
  if (result.checked === 0) return NO_PINS_TEXT;
  if (sourceNames.length === 0) return NO_SOURCE_TEXT;
  const sources = `the sources at hand (${orList(sourceNames)})`;
  const service = serviceFailure
    ? ` The ECB rate service could not be asked: ${serviceFailure}.`
    : "";
  const unchecked =
    result.unchecked.length > 0
      ? ` ${result.unchecked.length} could not be checked: no source at hand has their pair on their day.`
      : "";
  const disagree =
    result.sourcesDisagree.length > 0
      ? ` ${result.sourcesDisagree.length} match their own source while another source gives another rate ` +
        "(listed too: each value stays with its source)."
      : "";
  const checked = result.checked - result.unchecked.length;
  const head =
    result.differing.length === 0
      ? `All ${checked} pinned rates checked agree with their source among ${sources} within its rounding.`
      : `${result.differing.length} of ${result.checked} pinned rates differ from their own source, or match ` +
        `none of ${sources}, by more than its rounding: re-fetch and re-pin them, or check where the ` +
        "workbook came from.";
  return `${head}${disagree}${unchecked}${service}`;
}

export function pinCheckSection(
  chain: Pick<RateChain, "ready" | "pinnedRates" | "bundledTable" | "ecbLiveFor" | "status">
): HTMLElement {
  const saveLine = el("p", {
    className: "rates-status",
    attrs: { id: "pin-save-state", "aria-live": "polite" },
  });
  const verify = el("button", {
    className: "button",
    text: "Verify pinned rates",
    attrs: { type: "button", id: "pin-verify", "aria-describedby": "pin-check-help" },
  });
  const outcome = el("p", {
    className: "rates-outcome",
    attrs: { id: "pin-check-outcome", "aria-live": "polite" },
  });
  const list = el("ul", {
    className: "rates-changes",
    attrs: { "aria-label": "Pinned rates that differ" },
  });
  const section = el(
    "div",
    { className: "pin-check", attrs: { role: "group", "aria-labelledby": "pin-check-heading" } },
    [
      el("h3", { text: "Pinned rates", attrs: { id: "pin-check-heading" } }),
      el("p", {
        className: "rates-hint",
        attrs: { id: "pin-check-help" },
        text: HELP_TEXT,
      }),
      saveLine,
      verify,
      outcome,
      list,
    ]
  );

  const refresh = () => {
    const saved = describePinSave(pinSaveStatus());
    const unreadable = unreadablePinCount();
    const text =
      unreadable > 0
        ? `${saved.text} ${unreadable} pinned rates stored in this workbook could not be read (not a currency pair, date and positive rate): they are not used, and those look-ups are made afresh.`
        : saved.text;
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
    outcome.textContent = "Comparing the pinned rates with their sources…";
    void chain
      .ready()
      .then(async () => {
        // The references read the rate tables: their code comes with the rate engine, not at start.
        const { pinReferences } = await import("../functions/pinReferences");
        const pins = chain.pinnedRates();
        const references = await pinReferences(chain, pins);
        const result = verifyPins(pins, references);
        listChecks(list, [...result.differing, ...result.sourcesDisagree, ...result.unchecked]);
        outcome.textContent = verificationText(
          result,
          references.map((r) => r.name),
          chain.status().serviceFailure?.reason
        );
      })
      .catch((error: unknown) => {
        outcome.textContent = `The pins could not be verified: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        verify.disabled = false;
        section.removeAttribute("aria-busy");
        refresh();
      });
  });
  return section;
}
