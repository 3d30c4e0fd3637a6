/**
 * The nginx site for dist/ (scripts/deploy/nginxSite.js), run by Debian's nginx on loopback with a
 * throwaway certificate: every header on every kind of file the build writes, and 404 for the rest.
 */
import fs from "fs";
import path from "path";
import { parse } from "parse5";
import { DIST } from "../support/paths";
import { describeWithNginx, get, startNginx, type Fetched, type NginxSite } from "../support/nginx";
import { startFrankfurterServer, type FrankfurterServer } from "../rates/support/frankfurterServer";

/** The Content-Security-Policy meta tag of a built page, read with an HTML parser. */
function metaPolicy(page: string): string {
  type Node = { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
  const found: string[] = [];
  const visit = (node: Node): void => {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    if (node.tagName === "meta" && attr("http-equiv") === "Content-Security-Policy")
      found.push(attr("content") ?? "");
    node.childNodes?.forEach(visit);
  };
  visit(parse(fs.readFileSync(path.join(DIST, page), "utf8")) as Node);
  expect(found).toHaveLength(1);
  return found[0].replace(/\s+/g, " ").trim();
}

const hashedChunk = fs
  .readdirSync(path.join(DIST, "chunks"))
  .find((f) => /^exceljs\..*\.js$/.test(f));

/** The headers every answer carries, found or not. */
const EVERY_ANSWER = {
  "strict-transport-security": "max-age=31536000",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "access-control-allow-origin": "*",
  server: "nginx",
};
const REVALIDATE = "no-cache";
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Each kind of file: a path, its type, its caching, whether it comes gzipped, its policy. */
const KINDS: [string, string, string, string, boolean, string | undefined][] = [
  ["page", "/taskpane.html", "text/html; charset=utf-8", REVALIDATE, true, "taskpane.html"],
  ["help page", "/help.html", "text/html; charset=utf-8", REVALIDATE, true, "help.html"],
  ["script", "/functions.js", "text/javascript; charset=utf-8", REVALIDATE, true, undefined],
  [
    "hashed chunk",
    `/chunks/${hashedChunk}`,
    "text/javascript; charset=utf-8",
    IMMUTABLE,
    true,
    undefined,
  ],
  [
    "chunk licence",
    `/chunks/${hashedChunk}.LICENSE.txt`,
    "text/plain; charset=utf-8",
    IMMUTABLE,
    true,
    undefined,
  ],
  ["style sheet", "/taskpane.css", "text/css; charset=utf-8", REVALIDATE, true, undefined],
  ["icon", "/assets/icon-32.png", "image/png", REVALIDATE, false, undefined],
  [
    "function metadata",
    "/functions.json",
    "application/json; charset=utf-8",
    REVALIDATE,
    true,
    undefined,
  ],
  ["rates asset", "/rates.bin", "application/octet-stream", REVALIDATE, false, undefined],
  ["manifest", "/manifest.xml", "application/xml; charset=utf-8", REVALIDATE, true, undefined],
];

const NOT_SERVED: [string, string][] = [
  ["a source map", "/functions.js.map"],
  ["a chunk's source map", `/chunks/${hashedChunk}.map`],
  ["a missing file", "/nothing-here.js"],
  ["a folder", "/assets/"],
  ["a folder without its slash", "/chunks"],
  ["the root", "/"],
  ["a way out of the folder", "/assets/../../package.json"],
  ["a hidden file", "/.gitignore"],
];

describeWithNginx("nginx serving dist/", () => {
  let site: NginxSite;
  beforeAll(async () => {
    site = await startNginx();
  });
  afterAll(() => site?.stop());

  it.each(KINDS)(
    "serves the %s %s with its type, caching and headers",
    async (_, url, type, cache, gzip, page) => {
      const answer = await get(site, url);
      expect(answer.status).toBe(200);
      expect(answer.body.equals(fs.readFileSync(path.join(DIST, decodeURIComponent(url))))).toBe(
        true
      );
      expect(answer.headers).toMatchObject({
        ...EVERY_ANSWER,
        "content-type": type,
        "cache-control": cache,
      });
      expect(answer.headers["content-encoding"]).toBe(gzip ? "gzip" : undefined);
      if (gzip) expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(answer.headers.etag).toBeTruthy();
      expect(answer.headers["x-frame-options"]).toBeUndefined();
      expect(answer.headers["content-security-policy"]).toBe(page && metaPolicy(page));
    }
  );

  it("sends each page's own meta policy as its header, the pane's with the rate service in connect-src", async () => {
    const pane = (await get(site, "/taskpane.html")).headers["content-security-policy"];
    expect(pane).toMatch(/connect-src 'self' https:\/\/[^ ;]+;/);
    expect(pane).toMatch(/object-src 'none'/);
    const help = (await get(site, "/help.html")).headers["content-security-policy"];
    expect(help).toMatch(/^default-src 'none'/);
  });

  it.each(NOT_SERVED)("answers 404 for %s (%s), with no listing and no caching", async (_, url) => {
    const answer = await get(site, url);
    expect([400, 404]).toContain(answer.status);
    expect(answer.headers).toMatchObject(EVERY_ANSWER);
    expect(answer.headers["cache-control"]).toBeUndefined();
    expect(answer.body.toString()).not.toMatch(/Index of|taskpane|"version"/);
  });

  it("names no nginx version", async () => {
    expect((await get(site, "/taskpane.html")).headers.server).toBe("nginx");
  });
});

describeWithNginx("nginx serving dist/ with options", () => {
  let rates: FrankfurterServer;
  let site: NginxSite;
  beforeAll(async () => {
    rates = await startFrankfurterServer();
    site = await startNginx({ ratesUpstream: `${rates.url}/`, sourceMaps: true });
  });
  afterAll(async () => {
    await site?.stop();
    await rates?.close();
  });

  it("serves source maps when asked, as JSON", async () => {
    const answer: Fetched = await get(site, "/functions.js.map");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(answer.body.toString()).version).toBe(3);
  });

  it("passes /v1/ to the rate service, with one CORS header and no caching of its own", async () => {
    const answer = await get(site, "/v1/2021-03-09?from=EUR&to=USD");
    expect(rates.requests).toEqual(["/v1/2021-03-09?from=EUR&to=USD"]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toMatchObject({ base: "EUR", date: "2021-03-09" });
    expect(answer.headers["access-control-allow-origin"]).toBe("*");
    expect(answer.headers["cache-control"]).toBeUndefined();

    rates.status = 503;
    const failed = await get(site, "/v1/latest?from=EUR&to=USD");
    expect(failed.status).toBe(503);
    expect(JSON.parse(failed.body.toString())).toEqual({ message: "fixture: forced error" });
  });
});
