/**
 * The page's own texts (taskpane.html): elements name their string by key, `data-ui` for the text,
 * `data-ui-placeholder` for a placeholder, and take it in the active language. `<html lang>` follows, so
 * that screen readers and hyphenation use the language shown, and the help link opens the help page in it.
 */
import { activeLanguage } from "../i18n/activeLanguage";
import { isUiKey, ui } from "../i18n/ui/current";
import { helpPageOf } from "../help/helpPage";

export function applyPageText(root: Document = document): void {
  root.documentElement.lang = activeLanguage();
  for (const element of Array.from(root.querySelectorAll<HTMLElement>("[data-ui]"))) {
    const key = element.dataset.ui;
    if (isUiKey(key)) element.textContent = ui(key);
  }
  for (const element of Array.from(root.querySelectorAll<HTMLElement>("[data-ui-placeholder]"))) {
    const key = element.dataset.uiPlaceholder;
    if (isUiKey(key)) element.setAttribute("placeholder", ui(key));
  }
  root.getElementById("help-link")?.setAttribute("href", helpPageOf(activeLanguage()));
}
