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
import { pinReferences } from "../functions/pinReferences";
import { pinSaveStatus, unreadablePinCount } from "../functions/pinStore";
import type { RateChain } from "../functions/rateChain";
import { ui } from "../i18n/ui/current";
import { clear, el } from "./dom";
import { orList } from "./ratesPanel";

const REFRESH_MS = 3000;
const MAX_SHOWN = 50;

function listChecks(list: HTMLElement, checks: PinCheck[]): void {
  for (const check of checks.slice(0, MAX_SHOWN))
    list.appendChild(el("li", { text: describePinCheck(check) }));
  if (checks.length > MAX_SHOWN)
    list.appendChild(el("li", { text: ui("andMoreItems", { count: checks.length - MAX_SHOWN }) }));
}

/** The outcome line: how many pins no source explains, and how many could not be checked. */
export function verificationText(result: PinVerification, sourceNames: string[]): string {
  if (result.checked === 0) return ui("noPins");
  const sources = orList(sourceNames);
  const unchecked =
    result.unchecked.length > 0
      ? ` ${ui("pinsUnchecked", { count: result.unchecked.length })}`
      : "";
  if (result.differing.length === 0) {
    return (
      ui("pinsAgree", { count: result.checked - result.unchecked.length, sources }) + unchecked
    );
  }
  return (
    ui("pinsDiffer", { differing: result.differing.length, checked: result.checked, sources }) +
    unchecked
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

  const refresh = () => {
    const saved = describePinSave(pinSaveStatus());
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
        const references = pinReferences(chain.bundledTable());
        const result = verifyPins(chain.pinnedRates(), references);
        listChecks(list, [...result.differing, ...result.unchecked]);
        outcome.textContent = verificationText(
          result,
          references.map((r) => r.name)
        );
      })
      .catch((error: unknown) => {
        outcome.textContent = ui("verifyFailed", {
          reason: error instanceof Error ? error.message : String(error),
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
