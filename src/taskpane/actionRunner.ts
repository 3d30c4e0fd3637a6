/**
 * One action at a time in a panel: its buttons are disabled and the panel marked busy meanwhile, and the
 * outcome (or what went wrong) goes to its live region.
 */
import { ui } from "../i18n/ui/current";
import { reasonOf } from "../core/errorReason";

export type RunAction = (working: string, action: () => Promise<string>) => Promise<void>;

/** `buttons` is read at each run, so a panel may add and remove buttons between runs. */
export function actionRunner(
  root: HTMLElement,
  status: HTMLElement,
  buttons: readonly HTMLButtonElement[]
): RunAction {
  return async (working, action) => {
    const disabled = buttons.slice();
    disabled.forEach((b) => (b.disabled = true));
    root.setAttribute("aria-busy", "true");
    status.classList.remove("share-status-error");
    status.textContent = working;
    try {
      status.textContent = await action();
    } catch (error) {
      status.classList.add("share-status-error");
      status.textContent = ui("actionFailed", {
        reason: reasonOf(error),
      });
    } finally {
      disabled.forEach((b) => (b.disabled = false));
      root.removeAttribute("aria-busy");
    }
  };
}
