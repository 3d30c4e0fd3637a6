/**
 * The pages' Content-Security-Policy comes from one place (scripts/csp.js): the built pages carry exactly
 * that text, the page templates none of their own, and the policy is what Office needs and no more.
 */
import fs from "fs";
import path from "path";
import { DIST, ROOT } from "../support/paths";
const csp = require("../../scripts/csp") as {
  OFFICE_JS_ORIGIN: string;
  paneContentSecurityPolicy(o: { ratesOrigin: string }): string;
  helpContentSecurityPolicy(): string;
};

/** The content of a page's one Content-Security-Policy meta tag (minified or not). */
function metaPolicy(html: string): string {
  const metas =
    html.match(/<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi) ?? [];
  expect(metas).toHaveLength(1);
  const content = /\scontent=(?:"([^"]*)"|'([^']*)')/.exec(metas[0] ?? "");
  if (!content) throw new Error("no Content-Security-Policy content");
  return (content[1] ?? content[2]).replace(/&#39;|&apos;/g, "'");
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources])
  );
}

// The default of webpack.config.js (DEFAULT_RATES_API_URL).
const ratesOrigin = new URL(process.env.RATES_API_URL || "https://api.frankfurter.dev/v1").origin;
const built = (page: string): string => fs.readFileSync(path.join(DIST, page), "utf8");

describe("Content-Security-Policy", () => {
  it("is written into the built pages from scripts/csp.js, and the templates hold none of their own", () => {
    expect(metaPolicy(built("taskpane.html"))).toBe(csp.paneContentSecurityPolicy({ ratesOrigin }));
    expect(metaPolicy(built("help.html"))).toBe(csp.helpContentSecurityPolicy());
    for (const template of ["src/taskpane/taskpane.html", "src/help/help.html"]) {
      const html = fs.readFileSync(path.join(ROOT, template), "utf8");
      expect(html).toContain('content="<%= contentSecurityPolicy %>"');
      expect(html).not.toMatch(/-src\b/);
    }
  });

  it("lets the pane run its own scripts and Office.js, and no inline or evaluated script", () => {
    const pane = directives(csp.paneContentSecurityPolicy({ ratesOrigin }));
    expect(pane.get("script-src")).toEqual(["'self'", csp.OFFICE_JS_ORIGIN]);
    expect(pane.get("default-src")).toEqual(["'self'"]);
    expect(pane.get("object-src")).toEqual(["'none'"]);
    expect(pane.get("connect-src")).toEqual(["'self'", ratesOrigin]);
  });

  it("allows inline styles, which excel-web-16.00.js applies (office-js issue 1687), and nothing else extra", () => {
    const pane = directives(csp.paneContentSecurityPolicy({ ratesOrigin }));
    expect(pane.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(pane.get("img-src")).toEqual(["'self'"]);
    const help = directives(csp.helpContentSecurityPolicy());
    expect(help.get("default-src")).toEqual(["'none'"]);
    expect(help.has("script-src")).toBe(false);
  });
});
