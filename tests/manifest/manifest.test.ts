/**
 * Offline checks of manifest.xml (Microsoft's validator needs the network: npm run validate), and of the
 * production manifest the build writes with ADDIN_URL.
 */
import fs from "fs";
import path from "path";
import { execFileSync } from "child_process";
import { DOMParser } from "@xmldom/xmldom";
import { ROOT, DIST } from "../support/paths";

const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  if (errors.length) throw new Error(`manifest is not well-formed: ${errors.join("; ")}`);
  return doc;
}

function childNames(el: Element): string[] {
  return Array.from(el.childNodes as unknown as ArrayLike<Node>)
    .filter((n) => n.nodeType === 1)
    .map((n) => (n as Element).localName);
}

function all(doc: Document | Element, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = parse(source);
const root = doc.documentElement;

describe("manifest.xml", () => {
  it("is a TaskPaneApp for Excel workbooks in the add-in namespace", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS_APP);
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(
      all(doc, "Host")
        .filter((h) => h.getAttribute("Name"))
        .map((h) => h.getAttribute("Name"))
    ).toEqual(["Workbook"]);
  });

  it("keeps the schema's element order at the top level", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const names = childNames(root);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]) {
      expect(names).toContain(required);
    }
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(all(doc, "Permissions").map((p) => p.textContent)).toEqual(["ReadWriteDocument"]);
  });

  it("requires ExcelApi, the shared runtime and the custom functions runtime", () => {
    const sets = all(doc, "Set").map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`
    );
    expect(sets).toEqual(
      expect.arrayContaining(["ExcelApi 1.9", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.3"])
    );
  });

  it("resolves every resid, and declares no resource twice", () => {
    const declared = [...all(doc, "bt:Image"), ...all(doc, "bt:Url"), ...all(doc, "bt:String")]
      .filter((e) => e.getAttribute("id"))
      .map((e) => e.getAttribute("id") as string);
    expect(new Set(declared).size).toBe(declared.length);
    const used = all(doc, "*")
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((r) => !declared.includes(r))).toEqual([]);
  });

  it("uses one runtime resid for the runtime, the functions page, the function file and the pane", () => {
    const runtime = all(doc, "Runtime").map((r) => r.getAttribute("resid"));
    expect(runtime).toHaveLength(1);
    const pageResids = [
      ...all(doc, "Page").map((p) =>
        p.getElementsByTagName("SourceLocation")[0].getAttribute("resid")
      ),
      ...all(doc, "FunctionFile").map((f) => f.getAttribute("resid")),
      ...all(doc, "Action").map((a) =>
        a.getElementsByTagName("SourceLocation")[0].getAttribute("resid")
      ),
    ];
    expect(pageResids.length).toBe(3);
    expect(new Set(pageResids)).toEqual(new Set(runtime));
    expect(all(doc, "Runtime")[0].getAttribute("lifetime")).toBe("long");
  });

  it("declares the DESK namespace for the custom functions", () => {
    const nsResid = all(doc, "Namespace")[0].getAttribute("resid");
    const str = all(doc, "bt:String").find((s) => s.getAttribute("id") === nsResid);
    expect(str?.getAttribute("DefaultValue")).toBe("DESK");
  });

  it("puts a button that opens the pane on the Home tab", () => {
    const tab = all(doc, "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = all(tab, "Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  it("uses https for every URL", () => {
    const urls = source.match(/\b[a-z]+:\/\/[^"<\s]+/g) || [];
    const nonSchema = urls.filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/")
    );
    expect(nonSchema.length).toBeGreaterThan(5);
    expect(nonSchema.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("points its icons at PNGs in assets/ of exactly the declared size", () => {
    const images = all(doc, "bt:Image").filter((e) => e.getAttribute("id"));
    const iconUrls = [
      ...images.map(
        (e) =>
          [
            e.getAttribute("DefaultValue") as string,
            Number((e.getAttribute("id") as string).split(".").pop()),
          ] as const
      ),
      [all(doc, "IconUrl")[0].getAttribute("DefaultValue") as string, 32] as const,
      [all(doc, "HighResolutionIconUrl")[0].getAttribute("DefaultValue") as string, 64] as const,
    ];
    for (const [url, size] of iconUrls) {
      const file = path.join(ROOT, "assets", path.basename(new URL(url).pathname));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("has a support URL served by the add-in itself", () => {
    expect(all(doc, "SupportUrl")[0].getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/help.html"
    );
    expect(fs.existsSync(path.join(DIST, "help.html"))).toBe(true);
  });

  it("has a URL for every file the build emits that it names", () => {
    const urls = all(doc, "bt:Url").map((u) => u.getAttribute("DefaultValue") as string);
    for (const url of urls)
      expect(fs.existsSync(path.join(DIST, new URL(url).pathname))).toBe(true);
  });

  it("is rewritten by a production build to ADDIN_URL at every occurrence", () => {
    const out = buildCopiesAndPage({ ADDIN_URL: "https://desk.example.org/app/" }, false);
    const built = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(built).not.toContain("localhost");
    expect(built.split("https://desk.example.org/app/").length - 1).toBe(
      source.split("https://localhost:3000/").length - 1
    );
    parse(built);
  });

  it("names exactly one AppDomain, the rate service's origin, after SupportUrl and before Hosts", () => {
    expect(all(doc, "AppDomain").map((d) => d.textContent)).toEqual([DEFAULT_RATES_ORIGIN]);
    const names = childNames(root);
    expect(names.indexOf("AppDomains")).toBe(names.indexOf("SupportUrl") + 1);
    const built = parse(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"));
    expect(all(built, "AppDomain").map((d) => d.textContent)).toEqual([buildRatesOrigin()]);
  });

  it("lets the task pane page connect to its own origin and the rate service's, and no more", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(connectSources(html)).toEqual(["'self'", buildRatesOrigin()]);
  });

  it("writes RATES_API_URL's origin into the manifest and the page's connect-src", () => {
    const out = buildCopiesAndPage({ RATES_API_URL: "https://rates.example.org/ecb/" }, true);
    const built = parse(fs.readFileSync(path.join(out, "manifest.xml"), "utf8"));
    expect(all(built, "AppDomain").map((d) => d.textContent)).toEqual([
      "https://rates.example.org",
    ]);
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(connectSources(html)).toEqual(["'self'", "https://rates.example.org"]);
    expect(html).not.toContain("frankfurter");
  });
});

/**
 * Runs the build's copy step (manifest, assets) and, with `withPage`, the task pane page, with extra
 * environment variables, into a fresh folder; the bundles are not rebuilt. Returns the folder.
 */
function buildCopiesAndPage(env: Record<string, string>, withPage: boolean): string {
  const out = fs.mkdtempSync(path.join(require("os").tmpdir(), "desk-build-"));
  const script = `
    const cfgFn = require(${JSON.stringify(path.join(ROOT, "webpack.config.js"))});
    const CopyPlugin = require("copy-webpack-plugin");
    const HtmlPlugin = require("html-webpack-plugin");
    cfgFn({}, { mode: "production" }).then((cfg) => {
      cfg.output.path = ${JSON.stringify(out)};
      cfg.entry = { empty: "data:text/javascript," };
      cfg.plugins = cfg.plugins.filter((p) => p instanceof CopyPlugin || (${withPage} && p instanceof HtmlPlugin));
      require("webpack")(cfg, (err, stats) => { if (err || stats.hasErrors()) { console.error(err || stats.toString()); process.exit(1); } });
    });`;
  execFileSync(process.execPath, ["-e", script], { cwd: ROOT, env: { ...process.env, ...env } });
  return out;
}

/** The public Frankfurter service: the build's default rate service. */
const DEFAULT_RATES_ORIGIN = "https://api.frankfurter.dev";

/** The rate service origin that the build in dist/ was made with. */
function buildRatesOrigin(): string {
  return new URL(process.env.RATES_API_URL || DEFAULT_RATES_ORIGIN).origin;
}

/** The connect-src sources of the page's Content-Security-Policy meta tag (minified or not). */
function connectSources(html: string): string[] {
  const metas =
    html.match(/<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi) ?? [];
  expect(metas).toHaveLength(1);
  const content = /\scontent=(?:"([^"]*)"|'([^']*)')/.exec(metas[0] ?? "");
  if (!content) throw new Error("no Content-Security-Policy content");
  const directive = (content[1] ?? content[2])
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find((words) => words[0] === "connect-src");
  return directive ? directive.slice(1) : [];
}
