/**
 * Debian's nginx on 127.0.0.1 serving dist/ with the site that scripts/deploy/nginxSite.js writes (the
 * command the Dockerfile runs) and a throwaway certificate from `openssl req -x509`. nginx runs in the
 * foreground (daemon off), started and stopped by the calling suite.
 */
import fs from "fs";
import https from "https";
import net from "net";
import os from "os";
import path from "path";
import zlib from "zlib";
import { execFileSync, spawn, type ChildProcess } from "child_process";
import { DIST, ROOT } from "./paths";
import type { Served } from "./browser";
import { hasNginx, NGINX_PATH, OPENSSL_PATH } from "./nginxPath";
import { trustKeyOf } from "./throwawayCertificate";

export { hasNginx };

/** `describe` when nginx and openssl are there; otherwise skipped (CI requires them: tests/globalSetup.ts). */
export const describeWithNginx: jest.Describe = hasNginx() ? describe : describe.skip;

export interface NginxOptions {
  /** Passed through as --rates-upstream: the rate service behind /v1/. */
  ratesUpstream?: string;
  /** Passed through as --source-maps. */
  sourceMaps?: boolean;
}

export interface NginxSite {
  /** e.g. https://127.0.0.1:41234 */
  origin: string;
  /** The throwaway certificate, to trust in requests. */
  certificate: Buffer;
  /** The site nginx runs with, as nginxSite.js wrote it. */
  site: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The main configuration around the site: everything in the throwaway folder, errors on stderr. */
function mainConfig(dir: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, "tmp", name)};`;
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log stderr warn;
events { worker_connections 64; }
http {
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  include ${path.join(dir, "seizure-desk.conf")};
}
`;
}

/** Resolves once the port accepts connections; rejects if nginx exits first or after 10 s. */
async function listening(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr()}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(true));
      socket.on("error", () => resolve(false));
      socket.on("connect", () => socket.destroy());
    });
    if (up) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startNginx(options: NginxOptions = {}): Promise<NginxSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-nginx-"));
  fs.mkdirSync(path.join(dir, "tmp"));
  const certificate = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  execFileSync(
    OPENSSL_PATH,
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
      .concat(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
      .concat(["-keyout", key, "-out", certificate]),
    { stdio: "ignore" }
  );
  const port = await freePort();
  const args = ["scripts/deploy/nginxSite.js", "--dist", DIST, "--port", String(port)]
    .concat(["--certificate", certificate, "--certificate-key", key])
    .concat(options.ratesUpstream ? ["--rates-upstream", options.ratesUpstream] : [])
    .concat(options.sourceMaps ? ["--source-maps"] : []);
  const site = execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  fs.writeFileSync(path.join(dir, "seizure-desk.conf"), site);
  fs.writeFileSync(path.join(dir, "nginx.conf"), mainConfig(dir));

  const child = spawn(NGINX_PATH, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGQUIT"); // graceful: the master stops its workers, then itself
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(port, child, () => errors);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin: `https://127.0.0.1:${port}`,
    certificate: fs.readFileSync(certificate),
    site,
    stop,
  };
}

export interface Fetched {
  status: number;
  headers: Record<string, string>;
  /** The body, gunzipped where it came gzipped. */
  body: Buffer;
}

/** A GET over https that trusts only the site's certificate, asking for gzip like a browser does. */
export function get(site: NginxSite, pathname: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(site.origin);
    const request = https.get(
      // The path as given, not normalized, so that "/../x" reaches nginx as such.
      {
        hostname,
        port,
        path: pathname,
        ca: site.certificate,
        headers: { "accept-encoding": "gzip" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const headers = response.headers as Record<string, string>;
          resolve({
            status: response.statusCode ?? 0,
            headers,
            body: headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw,
          });
        });
      }
    );
    request.on("error", reject);
  });
}

/** nginx as the server of a browser suite: useBrowserSuite(serveWithNginx). */
export async function serveWithNginx(): Promise<Served> {
  const site = await startNginx();
  return {
    origin: site.origin,
    trustKey: trustKeyOf(site.certificate),
    close: site.stop,
  };
}
