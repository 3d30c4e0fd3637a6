/**
 * The manifests are valid against Microsoft's XML schemas (OfficeApp 1.1, VersionOverrides 1.0), checked
 * offline by libxml2: the source manifest.xml, and every manifest that the build writes to dist/ (the
 * production one, and any per-locale copy).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { DIST, ROOT } from "../support/paths";
import { hasXmllint, validateManifest, XMLLINT_MISSING_LINE } from "../support/xmllint";

const describeWithXmllint = hasXmllint() ? describe : describe.skip;
if (!hasXmllint()) {
  if (process.env.CI) throw new Error(XMLLINT_MISSING_LINE.replace("skipped", "required in CI"));
  process.stdout.write(`\n${XMLLINT_MISSING_LINE}\n`);
}

/** Every manifest file in a folder and its subfolders: manifest.xml, manifest.fr-FR.xml… */
function manifestsIn(dir: string, recursive: boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return recursive && entry.name !== "node_modules" ? manifestsIn(full, true) : [];
    return /^manifest(\..+)?\.xml$/i.test(entry.name) ? [full] : [];
  });
}

describeWithXmllint("manifest schema (xmllint)", () => {
  const manifests = [...manifestsIn(ROOT, false), ...manifestsIn(DIST, true)];

  it("finds the source manifest and the one the build wrote", () => {
    expect(manifests).toEqual(
      expect.arrayContaining([path.join(ROOT, "manifest.xml"), path.join(DIST, "manifest.xml")])
    );
  });

  it.each(manifests.map((file) => [path.relative(ROOT, file), file]))(
    "%s validates",
    (_name, file) => {
      const result = validateManifest(file);
      expect(result.output).toMatch(/validates$/);
      expect(result.ok).toBe(true);
    }
  );

  it("rejects broken manifests, saying what is wrong", () => {
    const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-schema-"));
    const broken: [string, string, RegExp][] = [
      // Elements out of the schema's order.
      [
        "order",
        source.replace(
          /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
          "$3$2$1"
        ),
        /ProviderName.*not expected|Version.*not expected/,
      ],
      // A permission outside the schema's enumeration.
      [
        "permission",
        source.replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>Everything</Permissions>"
        ),
        /Permissions.*not an element of the set|not a valid value/,
      ],
      // A required element missing.
      ["provider", source.replace(/<ProviderName>[^<]*<\/ProviderName>/, ""), /ProviderName/],
      // <Runtimes> after <AllFormFactors>, where the shared runtime's schema does not allow it.
      [
        "runtimes",
        source.replace(
          /(\s*<Runtimes>[\s\S]*?<\/Runtimes>)(\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/,
          "$2$1"
        ),
        /Runtimes/,
      ],
    ];
    try {
      for (const [name, xml, message] of broken) {
        expect(xml).not.toBe(source);
        const file = path.join(dir, `manifest.${name}.xml`);
        fs.writeFileSync(file, xml);
        const result = validateManifest(file);
        expect([name, result.ok]).toEqual([name, false]);
        expect(result.output).toMatch(message);
        expect(result.output).toMatch(/fails to validate/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
