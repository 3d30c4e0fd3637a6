/**
 * The help page in each language, as the build writes it (dist/help.html, help.fr.html, help.nl.html,
 * help.de.html): the same sections and function headings as English, in the page's own language, with the
 * dataset changelog and the help page's Content-Security-Policy filled in.
 */
import fs from "fs";
import path from "path";
import { DATASET_CHANGELOG } from "../../src/data";
import { LANGUAGES, type Language } from "../../src/i18n/language";
import { helpPageOf } from "../../src/help/helpPage";
import { DIST } from "../support/paths";

const csp = require("../../scripts/csp") as { helpContentSecurityPolicy(): string };

const built = (language: Language) =>
  fs.readFileSync(path.join(DIST, helpPageOf(language)), "utf8");

/** Each h2 as [id, text]. */
function sections(html: string): [string, string][] {
  return [...html.matchAll(/<h2 id="?([\w-]+)"?>([^<]*)<\/h2>/g)].map((m) => [m[1], m[2].trim()]);
}

const english = sections(built("en"));

describe("the help page in each language", () => {
  it("English has its sections", () => {
    expect(english.length).toBeGreaterThan(10);
  });

  it.each(LANGUAGES.filter((l) => l !== "en").map((l) => [l]))(
    "%s: same sections in the same order, function headings as in English, the rest translated",
    (language) => {
      const html = built(language);
      expect(html).toMatch(new RegExp(`<html lang="?${language}"?`));
      const own = sections(html);
      expect(own.map(([id]) => id)).toEqual(english.map(([id]) => id));
      own.forEach(([, text], i) => {
        const englishText = english[i][1];
        // DESK.CONVERT(amount, from, to, [date], [rule]) is the function as Excel shows it.
        if (englishText.startsWith("DESK.")) expect(text).toBe(englishText);
        else expect(text).not.toBe(englishText);
      });
      for (const v of DATASET_CHANGELOG) expect(html).toContain(`<h3>${v.version}</h3>`);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain(csp.helpContentSecurityPolicy());
    }
  );
});
