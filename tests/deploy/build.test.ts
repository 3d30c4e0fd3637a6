/**
 * The production build's settings: `ADDIN_URL=https://... RATES_API_URL=https://... npm run build` refuses
 * URLs that would give a broken add-in, with a message that says what to write; the manifest's Version
 * follows package.json.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import { DOMParser } from "@xmldom/xmldom";
import { DIST, ROOT } from "../support/paths";

const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");

/** webpack as `npm run build` runs it, with extra environment variables. */
function build(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [WEBPACK_CLI, "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** The build's settings function (webpack.config.js) under each environment, in one process: its error or "". */
function settingsErrors(envs: Record<string, string>[]): string[] {
  const script = `
    (async () => {
      const errors = [];
      for (const env of ${JSON.stringify(envs)}) {
        Object.assign(process.env, env);
        delete require.cache[require.resolve("./webpack.config.js")];
        errors.push(await require("./webpack.config.js")({}, { mode: "production" }).then(() => "", (e) => e.message));
        for (const name of Object.keys(env)) delete process.env[name];
      }
      console.log(JSON.stringify(errors));
    })();`;
  const env = { ...process.env };
  delete env.ADDIN_URL;
  delete env.RATES_API_URL;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, env, encoding: "utf8" });
  return JSON.parse(run.stdout);
}

const REFUSED: [Record<string, string>, RegExp][] = [
  [
    { ADDIN_URL: "http://desk.example.org/" },
    /^ADDIN_URL must be an https URL, got "http:\/\/desk\.example\.org\/"\. Use a base URL such as https:\/\/desk\.example\.org\/$/,
  ],
  [
    { ADDIN_URL: "https://desk.example.org/app" },
    /^ADDIN_URL must end its path with "\/" \(a folder\), got "https:\/\/desk\.example\.org\/app"\. Use "https:\/\/desk\.example\.org\/app\/"$/,
  ],
  [
    { ADDIN_URL: "https://desk.example.org/?v=2" },
    /^ADDIN_URL must have no user, query or fragment/,
  ],
  [
    { ADDIN_URL: "https://me@desk.example.org/" },
    /^ADDIN_URL must have no user, query or fragment/,
  ],
  [
    { ADDIN_URL: "desk.example.org" },
    /^ADDIN_URL is not a URL, got "desk\.example\.org"\. Use a base URL such as https:\/\/desk\.example\.org\/$/,
  ],
  [{ RATES_API_URL: "http://rates.example.org/v1/" }, /^RATES_API_URL must be an https URL/],
  [
    { RATES_API_URL: "https://rates.example.org/v1" },
    /^RATES_API_URL must end its path with "\/" \(a folder\), got "https:\/\/rates\.example\.org\/v1"\. Use "https:\/\/rates\.example\.org\/v1\/"$/,
  ],
];

const ACCEPTED: Record<string, string>[] = [
  { ADDIN_URL: "https://desk.example.org/", RATES_API_URL: "https://desk.example.org/v1/" },
  { ADDIN_URL: "https://example.org/desk/", RATES_API_URL: "https://api.frankfurter.dev/v1/" },
  { ADDIN_URL: "https://desk.example.org" }, // the path of a bare origin is "/"
];

function manifestVersions(xml: string): (string | null)[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(doc.getElementsByTagName("Version") as unknown as ArrayLike<Element>).map(
    (v) => v.textContent
  );
}

describe("production build settings", () => {
  it("refuses http URLs and paths that do not end in /, saying what to write", () => {
    const errors = settingsErrors(REFUSED.map(([env]) => env));
    REFUSED.forEach(([, message], i) => expect(errors[i]).toMatch(message));
    expect(settingsErrors(ACCEPTED)).toEqual(ACCEPTED.map(() => ""));
  });

  it("stops `npm run build` with that message before building anything", () => {
    const { status, output } = build({ ADDIN_URL: "https://desk.example.org/app" });
    expect(status).not.toBe(0);
    expect(output).toMatch(/ADDIN_URL must end its path with "\/" \(a folder\)/);
    expect(output).not.toMatch(/compiled/);
  });

  it("refuses a package.json version that the manifest's Version cannot carry", () => {
    // The build's own settings function, with package.json read as a pre-release version.
    const script = `
      require.cache[require.resolve("./package.json")] = { exports: { version: "1.2.0-beta.1" } };
      require("./webpack.config.js")({}, { mode: "production" }).then(
        () => process.exit(0),
        (error) => { console.error(error.message); process.exit(1); });`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /version "1\.2\.0-beta\.1" must be major\.minor\.patch, numbers only/
    );
  });

  it("writes package.json's version into the built manifest as a four-part Version", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(manifestVersions(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"))).toEqual([
      `${version}.0`,
    ]);
    // The same with another version: the build's copy step alone, with package.json read as 2.13.4.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "desk-version-"));
    const script = `
      require.cache[require.resolve("./package.json")] = { exports: { version: "2.13.4" } };
      const CopyPlugin = require("copy-webpack-plugin");
      require("./webpack.config.js")({}, { mode: "production" }).then((cfg) => {
        cfg.output.path = ${JSON.stringify(out)};
        cfg.entry = { empty: "data:text/javascript," };
        cfg.plugins = cfg.plugins.filter((p) => p instanceof CopyPlugin);
        require("webpack")(cfg, (err, stats) => process.exit(err || stats.hasErrors() ? 1 : 0));
      });`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(manifestVersions(fs.readFileSync(path.join(out, "manifest.xml"), "utf8"))).toEqual([
      "2.13.4.0",
    ]);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
