/** Driving a pane panel as a user does: its buttons by their names, and what its live region says after a click. */

export function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll("button")].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Clicks, then waits until the panel is no longer busy and its live region has spoken. */
export async function statusAfter(root: HTMLElement, click: () => void): Promise<string> {
  const status = root.querySelector('[role="status"]') as HTMLElement;
  status.textContent = "";
  click();
  for (
    let i = 0;
    i < 400 && (root.getAttribute("aria-busy") === "true" || status.textContent === "");
    i++
  )
    await new Promise((resolve) => setTimeout(resolve, 10));
  return status.textContent ?? "";
}
