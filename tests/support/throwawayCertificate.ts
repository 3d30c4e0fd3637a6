/**
 * A throwaway self-signed certificate from `openssl req -x509`, for https stand-ins on loopback, and the
 * key by which Chromium trusts it without a CA (launchChromium's trustKey).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { createHash, X509Certificate } from "crypto";
import { execFileSync } from "child_process";
import { OPENSSL_PATH } from "./nginxPath";

export function hasOpenssl(): boolean {
  return fs.existsSync(OPENSSL_PATH);
}

/** The base64 SHA-256 of a certificate's public key: what --ignore-certificate-errors-spki-list takes. */
export function trustKeyOf(certificate: Buffer): string {
  const publicKey = new X509Certificate(certificate).publicKey.export({
    type: "spki",
    format: "der",
  });
  return createHash("sha256").update(publicKey).digest("base64");
}

/** A certificate for `hostNames` (and 127.0.0.1), valid for a day. */
export function throwawayCertificate(hostNames: string[]): {
  key: Buffer;
  cert: Buffer;
  trustKey: string;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-cert-"));
  try {
    const keyFile = path.join(dir, "key.pem");
    const certFile = path.join(dir, "cert.pem");
    const names = ["IP:127.0.0.1", ...hostNames.map((h) => `DNS:${h}`)].join(",");
    execFileSync(
      OPENSSL_PATH,
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        .concat(["-addext", `subjectAltName=${names}`])
        .concat(["-keyout", keyFile, "-out", certFile]),
      { stdio: "ignore" }
    );
    const cert = fs.readFileSync(certFile);
    return { key: fs.readFileSync(keyFile), cert, trustKey: trustKeyOf(cert) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
