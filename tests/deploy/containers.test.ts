/**
 * What can be checked of the Dockerfile and compose.yaml without Docker: the compose file parses and wires
 * the add-in to the rate service it runs; the image is built for the given URL and gets the nginx site
 * that tests/deploy/nginx.test.ts runs, on the same Debian release.
 */
import fs from "fs";
import path from "path";
import { execFileSync } from "child_process";
import { load } from "js-yaml";
import { DIST, ROOT } from "../support/paths";

const dockerfile = fs.readFileSync(path.join(ROOT, "Dockerfile"), "utf8");
/** The Dockerfile's instructions, continuation lines joined. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, " ")
  .split("\n")
  .filter((line) => /^[A-Z]+ /.test(line));

interface ComposeService {
  image?: string;
  build?: { context: string; args: Record<string, string> };
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
}
const compose = load(fs.readFileSync(path.join(ROOT, "compose.yaml"), "utf8")) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};

/** Compose's ${NAME} and ${NAME:?message} with a value for NAME. */
function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_, name: string) => values[name]);
}

/** The arguments of the Dockerfile's `node scripts/deploy/nginxSite.js ...`, with build arguments put in. */
function siteArguments(buildArgs: Record<string, string>): { args: string[]; output: string } {
  const run = instructions.find((line) => line.includes("scripts/deploy/nginxSite.js"));
  const match = /node scripts\/deploy\/nginxSite\.js (.*) > (\S+)$/.exec(run ?? "");
  if (!match) throw new Error("the Dockerfile does not run scripts/deploy/nginxSite.js");
  const args = match[1]
    .split(/\s+/)
    .map((word) => word.replace(/^"\$(\w+)"$/, (_, name: string) => buildArgs[name] ?? ""));
  return { args, output: match[2] };
}

function option(args: string[], name: string): string {
  return args[args.indexOf(name) + 1];
}

describe("compose.yaml", () => {
  const { frankfurter, addin } = compose.services;
  const buildArgs = Object.fromEntries(
    Object.entries(addin.build?.args ?? {}).map(([k, v]) => [
      k,
      interpolate(v, { ADDIN_HOST: "desk.example.org" }),
    ])
  );

  it("runs Frankfurter's image with its database on a named volume, published nowhere", () => {
    expect(frankfurter.image).toMatch(/^lineofflight\/frankfurter(:|@|$)/);
    expect(frankfurter.ports).toBeUndefined();
    const [volume, mountedAt] = (frankfurter.volumes ?? [])[0].split(":");
    expect(Object.keys(compose.volumes)).toContain(volume);
    // lib/db.rb: DATABASE_URL is a sqlite URL; sqlite:///<absolute path>.
    const database = frankfurter.environment?.DATABASE_URL ?? "";
    expect(database).toMatch(/^sqlite:\/\/\//);
    expect(database.slice("sqlite://".length).startsWith(`${mountedAt}/`)).toBe(true);
  });

  it("builds the add-in for its host, with the rate service on the same origin under /v1/", () => {
    expect(addin.build?.context).toBe(".");
    expect(buildArgs).toEqual({
      ADDIN_URL: "https://desk.example.org/",
      RATES_API_URL: "https://desk.example.org/v1/",
      // Frankfurter's Dockerfile: ENV PORT=8080; its API under /v1 (lib/app.rb).
      RATES_UPSTREAM: "http://frankfurter:8080/v1/",
    });
    expect(new URL(buildArgs.RATES_UPSTREAM).hostname).toBe(Object.keys(compose.services)[0]);
    expect(addin.depends_on).toEqual({ frankfurter: { condition: "service_healthy" } });
  });

  it("refuses to start without a host name or a certificate folder", () => {
    expect(addin.build?.args.ADDIN_URL).toMatch(/\$\{ADDIN_HOST:\?[^}]+\}/);
    expect(addin.volumes?.[0]).toMatch(/^\$\{TLS_DIR:\?[^}]+\}:\/etc\/nginx\/tls:ro$/);
  });

  it("publishes the port the image's nginx listens on, with the certificate where the site reads it", () => {
    const { args } = siteArguments(buildArgs);
    expect(addin.ports).toEqual([`443:${option(args, "--port")}`]);
    const tls = interpolate(addin.volumes?.[0] ?? "", { TLS_DIR: "/etc/ssl/desk" }).split(":")[1];
    expect(path.dirname(option(args, "--certificate"))).toBe(tls);
    expect(path.dirname(option(args, "--certificate-key"))).toBe(tls);
  });
});

describe("Dockerfile", () => {
  it("builds with ADDIN_URL, RATES_API_URL and RATES_UPSTREAM, and refuses to build without ADDIN_URL", () => {
    const build = instructions.slice(
      0,
      instructions.findIndex((l) => l.startsWith("FROM debian"))
    );
    expect(build.filter((l) => l.startsWith("ARG ")).map((l) => l.slice(4))).toEqual([
      "ADDIN_URL",
      "RATES_API_URL",
      "RATES_UPSTREAM",
    ]);
    expect(build).toContain("RUN npm ci --no-audit --no-fund");
    expect(build).toContain("RUN npm run build");
    expect(build.join("\n")).toMatch(/RUN test -n "\$ADDIN_URL" \|\|/);
  });

  it("serves with the nginx the tests run: Debian's nginx-light, same release", () => {
    const release = /VERSION_CODENAME=(\w+)/.exec(fs.readFileSync("/etc/os-release", "utf8"))?.[1];
    const runtime = instructions.slice(instructions.findIndex((l) => l.startsWith("FROM debian")));
    expect(runtime[0]).toBe(`FROM debian:${release}-slim`);
    expect(runtime.join("\n")).toMatch(/apt-get install -y --no-install-recommends nginx-light/);
    expect(runtime.join("\n")).toMatch(/rm -rf .*\/etc\/nginx\/sites-enabled\/default/);
  });

  it("puts the built files where its site serves them from, and the site where nginx reads it", () => {
    const { args, output } = siteArguments({});
    expect(instructions).toContain(`COPY --from=build /app/dist ${option(args, "--root")}`);
    expect(instructions).toContain(
      `COPY --from=build ${output} /etc/nginx/sites-enabled/seizure-desk`
    );
    expect(option(args, "--dist")).toBe("dist");
  });

  it("gives the image the site that the nginx tests run, but for its paths and port", () => {
    const upstream = interpolate(compose.services.addin.build?.args.RATES_UPSTREAM ?? "", {});
    const image = siteArguments({ RATES_UPSTREAM: upstream }).args;
    const site = (args: string[]) =>
      execFileSync(process.execPath, ["scripts/deploy/nginxSite.js", ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
    const imageSite = site(image.map((a) => (a === "dist" ? DIST : a)));
    const tested = site(
      ["--dist", DIST, "--root", DIST, "--port", "44300", "--certificate", "/t/c.pem"].concat([
        "--certificate-key",
        "/t/k.pem",
        "--rates-upstream",
        upstream,
      ])
    );
    const paths = (text: string) =>
      text.replace(/^(\s*(?:listen|root|ssl_certificate|ssl_certificate_key)) .*$/gm, "$1 ...");
    expect(paths(imageSite)).toBe(paths(tested));
    expect(imageSite).toMatch(/listen 443 ssl http2;/);
    expect(imageSite).toMatch(/root "\/srv\/seizure-desk";/);
    expect(imageSite).toMatch(/proxy_pass http:\/\/frankfurter:8080\/v1\/;/);
  });
});
