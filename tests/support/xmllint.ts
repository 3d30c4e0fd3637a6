/**
 * libxml2's xmllint (Debian's libxml2-utils): validates the manifest against Microsoft's XML schemas,
 * vendored in tests/manifest/schemas/ (see its README for where they come from and what was patched).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { ROOT } from "./paths";

export const XMLLINT_PATH = process.env.XMLLINT_PATH || "/usr/bin/xmllint";
export const XMLLINT_MISSING_LINE = `Manifest schema tests skipped: no xmllint at ${XMLLINT_PATH}. Install it with: sudo apt-get install -y libxml2-utils (or set XMLLINT_PATH).`;
export const MANIFEST_SCHEMA = path.join(ROOT, "tests/manifest/schemas/OfficeAppManifestV1_1.xsd");

export function hasXmllint(): boolean {
  return fs.existsSync(XMLLINT_PATH);
}

/** xmllint's verdict on one file: ok, and what it printed (each error names the line and element). */
export function validateManifest(file: string): { ok: boolean; output: string } {
  const run = spawnSync(XMLLINT_PATH, ["--noout", "--nonet", "--schema", MANIFEST_SCHEMA, file], {
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
