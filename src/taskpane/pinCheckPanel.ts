/**
 * Pinned rates in the rates panel (inside Excel): whether the last save of the pins worked and how much
 * room they take, and "Verify pinned rates", which lists the pins that no source at hand explains within
 * its rounding (see src/core/rates/verifyPins.ts).
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

function listChecks(list: HTMLElement, checks: PinCheck[]): void {
  for (const check of checks.slice(0, MAX_SHOWN))
    list.appendChild(el("li", { text: describePinCheck(check) }));
  if (checks.length > MAX_SHOWN)
    list.appendChild(el("li", { text: `and ${checks.length - MAX_SHOWN} more.` }));
}

/** The outcome line: how many pins no source explains, and how many could not be checked. */
export function verificationText(result: PinVerification, sourceNames: string[]): string {
  if (result.checked === 0) return "This workbook has no pinned rates.";
  const last = sourceNames[sourceNames.length - 1];
  const sources = `a source at hand (${sourceNames.length > 1 ? `${sourceNames.slice(0, -1).join(", ")} or ${last}` : last})`;
  const unchecked =
    result.unchecked.length > 0
      ? ` ${result.unchecked.length} could not be checked: no source at hand has their pair on their day.`
      : "";
  if (result.differing.length === 0) {
    return `All ${result.checked - result.unchecked.length} pinned rates checked agree with ${sources} within its rounding.${unchecked}`;
  }
  return (
    `${result.differing.length} of ${result.checked} pinned rates match no ${sources.slice(2)} within its rounding: ` +
    `re-fetch and re-pin them, or check where the workbook came from.${unchecked}`
  );
}

export function pinCheckSection(
  chain: Pick<RateChain, "ready" | "pinnedRates" | "bundledTable">
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
        text:
          "Pins come with the workbook, from whoever saved it. Verify compares each with the ECB history file " +
          "(if one is kept) and the bundled rates for its day, and lists those that none matches within its rounding.",
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
        const references = pinReferences(chain.bundledTable());
        const result = verifyPins(chain.pinnedRates(), references);
        listChecks(list, [...result.differing, ...result.unchecked]);
        outcome.textContent = verificationText(
          result,
          references.map((r) => r.name)
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
