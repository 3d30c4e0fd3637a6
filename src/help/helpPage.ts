/**
 * The help page of each language as the build writes it (help.html in English, help.fr.html…), and the
 * anchors a link into it can name: the pane's help link and the functions' help links point there.
 */
import type { Language } from "../i18n/language";

export function helpPageOf(language: Language): string {
  return language === "en" ? "help.html" : `help.${language}.html`;
}

/** The ids of a page's elements (quoted or not), each a `#fragment` a link can point at. */
export function anchorsOf(html: string): Set<string> {
  const ids = html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g);
  return new Set([...ids].map((m) => m[1] ?? m[2] ?? m[3]));
}
