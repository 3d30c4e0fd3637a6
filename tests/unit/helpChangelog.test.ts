import fs from "fs";
import path from "path";
import { DATASET_CHANGELOG } from "../../src/data";
import { figureById } from "../../src/core/dataset/byId";
import type { DatasetVersion } from "../../src/data";
import { CHANGELOG_PLACEHOLDER, changelogHtml, escapeHtml } from "../../src/help/changelogHtml";
import { DIST, ROOT } from "../support/paths";
import type { DatasetTexts } from "../../src/core/i18n/datasetTexts";
import fr from "../../src/i18n/dataset/fr";
import nl from "../../src/i18n/dataset/nl";
import de from "../../src/i18n/dataset/de";

const TRANSLATIONS: [string, DatasetTexts][] = [
  ["fr", fr],
  ["nl", nl],
  ["de", de],
];

/** Every reason of the changelog as the data gives it, in English. */
const ENGLISH_WHYS = DATASET_CHANGELOG.flatMap((v) => [
  ...v.changes.map((c) => c.why),
  ...(v.sourceChanges ?? []).map((c) => c.why),
]);

/** The text of built HTML, its entities read (the build writes &#39; as ' and so on). */
const decoded = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("the changelog on the help page", () => {
  it("is generated from the data: every version and every changed figure, newest first", () => {
    const html = changelogHtml(DATASET_CHANGELOG, figureById);
    const versions = DATASET_CHANGELOG.map((v) => v.version);
    const order = versions.map((v) => html.indexOf(`<h3>${v}</h3>`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].reverse()).toEqual([...order].sort((a, b) => a - b));
    for (const c of DATASET_CHANGELOG.flatMap((v) => v.changes))
      expect(html).toContain(`<code>${escapeHtml(c.figureId)}</code>`);
    // A revision shows old and new value with the hedge the sources gave.
    expect(html).toContain("<code>seized.nl.2020.customs</code>: more than 48 t → 48 t.");
    expect(html).toContain("<code>port.rotterdam.2020.om</code>: 40.558 t → 40.641 t.");
  });

  it("escapes every text it takes from the data", () => {
    const crafted: DatasetVersion[] = [
      {
        version: "2026-12-31",
        summary: "<script>alert(1)</script>",
        changes: [
          {
            figureId: "x.<img>",
            kind: "withdrawn",
            oldValue: '<b onclick="x">',
            why: "a & b's <i>reason</i>",
            sourceIds: ["<s>"],
          },
        ],
      },
    ];
    const html = changelogHtml(crafted, () => undefined);
    expect(html).not.toMatch(/<(script|img|b|i|s)[\s>]/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("a &amp; b&#39;s &lt;i&gt;reason&lt;/i&gt;");
  });

  it("is in the built help page, which runs no script", () => {
    const source = fs.readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
    expect(source).toContain(CHANGELOG_PLACEHOLDER);
    const built = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    expect(built).not.toContain(CHANGELOG_PLACEHOLDER);
    // The production build minifies the page: look for each version and each changed figure in it.
    for (const v of DATASET_CHANGELOG) {
      expect(built).toContain(`<h3>${v.version}</h3>`);
      for (const c of v.changes) expect(built).toContain(`<code>${c.figureId}</code>`);
    }
    expect(built).not.toMatch(/<script/i);
    expect(built).toContain("default-src 'none'");
  });

  it.each(TRANSLATIONS)(
    "in %s: every summary and reason of that language, its words and numbers, no English reason",
    (_language, texts) => {
      const html = changelogHtml(DATASET_CHANGELOG, figureById, texts);
      for (const v of DATASET_CHANGELOG) {
        const own = texts.changelog.versions[v.version];
        expect(html).toContain(`<p>${escapeHtml(own.summary)}</p>`);
        for (const c of v.changes)
          expect(html).toContain(escapeHtml(own.figures?.[c.figureId] ?? "-"));
        for (const c of v.sourceChanges ?? [])
          expect(html).toContain(escapeHtml(own.sources?.[c.sourceId]?.[c.field] ?? "-"));
      }
      expect(ENGLISH_WHYS.filter((why) => html.includes(escapeHtml(why)))).toEqual([]);
      expect(html).not.toMatch(/<h4>(Added|Revised|Withdrawn|Sources corrected) /);
    }
  );

  it("writes values, hedges and headings the language's way", () => {
    const french = changelogHtml(DATASET_CHANGELOG, figureById, fr);
    expect(french).toContain(
      "<code>seized.nl.2020.customs</code>\u00a0: plus de 48 t → 48 t. Valeur inchangée"
    );
    expect(french).toContain("<code>port.rotterdam.2020.om</code>\u00a0: 40,558 t → 40,641 t.");
    expect(french).toContain("<h4>Ajoutés (62)</h4>");
    expect(french).toContain("Sources\u00a0: rtl-2024-10-28.</li>");
    expect(french).toContain(
      "<code>abendblatt-2024</code> date\u00a0: «\u00a02024\u00a0» → «\u00a02024-05\u00a0»."
    );
    const german = changelogHtml(DATASET_CHANGELOG, figureById, de);
    expect(german).toContain("<code>aftermath.be.2024-10.money.bruzz</code>: zuvor 239 Millionen.");
    expect(german).toContain(
      "<code>brusselstimes-2021-03-09</code> Titel: keine Angabe → „17 tonnes"
    );
    const dutch = changelogHtml(DATASET_CHANGELOG, figureById, nl);
    expect(dutch).toContain("<code>seized.nl.2022.customs</code>: ongeveer 51 t → 51,447 t.");
  });

  it.each(TRANSLATIONS)("is in the built help page in %s, in that language", (language, texts) => {
    const built = decoded(fs.readFileSync(path.join(DIST, `help.${language}.html`), "utf8"));
    for (const v of DATASET_CHANGELOG) {
      const own = texts.changelog.versions[v.version];
      expect(built).toContain(own.summary);
      for (const c of v.changes) expect(built).toContain(own.figures?.[c.figureId]);
    }
    expect(ENGLISH_WHYS.filter((why) => built.includes(why))).toEqual([]);
  });
});
