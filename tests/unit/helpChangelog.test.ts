import fs from "fs";
import path from "path";
import { DATASET_CHANGELOG } from "../../src/data";
import { figureById } from "../../src/core/dataset/byId";
import type { DatasetVersion } from "../../src/data";
import { CHANGELOG_PLACEHOLDER, changelogHtml, escapeHtml } from "../../src/help/changelogHtml";
import { DIST, ROOT } from "../support/paths";

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
});
