/**
 * src/core (and the data it reads) computes without Office, the DOM or the network, so that all of it runs
 * under plain Node: the TypeScript compiler checks it against the ECMAScript library alone, and every import
 * stays inside src/core and src/data. Planted violations show the check fails where it should.
 */
import path from "path";
import ts from "typescript";
import { ROOT } from "../support/paths";

const CORE = path.join(ROOT, "src/core");
const DATA = path.join(ROOT, "src/data");

/**
 * The host globals core may use besides ECMAScript's, which Node and browsers both have: URL, to parse a
 * service's base URL (WHATWG URL parsing, no request); timers, so that a formula waiting for the
 * workbook's date system always settles (core/functions/dateSystem.ts); and TextDecoder (WHATWG
 * Encoding), to read a file's bytes as UTF-8 (rates/ecbFile/readEcbFile.ts).
 */
const ALLOWED_GLOBALS = `
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}`;

/**
 * Packages core may import: pure computation with no I/O of its own. @borgar/fx tokenizes Excel formulas
 * (share/deskFormula.ts, share/restorableFormula.ts); fflate unzips the ECB's history file from bytes
 * handed to it (rates/ecbFile/readEcbFile.ts).
 */
const ALLOWED_PACKAGES: ReadonlySet<string> = new Set(["@borgar/fx", "fflate"]);

interface LayerCheck {
  /** Type errors against ECMAScript alone: a DOM, Office or network name does not exist there. */
  typeErrors: string[];
  /** Imports of a core or data file that leave src/core and src/data. */
  outsideImports: string[];
  program: ts.Program;
}

function within(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
}

/**
 * Checks src/core and src/data, with `planted` files (path in src/core -> text) added to the program;
 * `previous` lends its unchanged source files.
 */
function checkCoreLayer(planted: Record<string, string> = {}, previous?: ts.Program): LayerCheck {
  const configPath = path.join(ROOT, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(
    {
      ...config,
      compilerOptions: { ...config.compilerOptions, lib: ["ES2020"], types: [], noEmit: true },
      include: ["src/core", "src/data"],
    },
    ts.sys,
    ROOT
  );
  const extra: Record<string, string> = { ...planted };
  extra[path.join(CORE, "__allowedGlobals.d.ts")] = ALLOWED_GLOBALS;
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f in extra || fileExists.call(host, f);
  host.readFile = (f) => extra[f] ?? readFile.call(host, f);
  host.getSourceFile = (f, language, ...rest) =>
    f in extra
      ? ts.createSourceFile(f, extra[f], language)
      : getSourceFile.call(host, f, language, ...rest);
  const program = ts.createProgram(
    [...parsed.fileNames, ...Object.keys(extra)],
    parsed.options,
    host,
    previous
  );

  const typeErrors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? path.relative(ROOT, d.file.fileName) : "";
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });

  const outsideImports: string[] = [];
  for (const source of program.getSourceFiles()) {
    const file = path.resolve(source.fileName);
    if (!within(file, CORE) && !within(file, DATA)) continue;
    const specifiers: string[] = [];
    const visit = (node: ts.Node): void => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      )
        specifiers.push(node.moduleSpecifier.text);
      else if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
        node.arguments.length > 0 &&
        ts.isStringLiteralLike(node.arguments[0])
      )
        specifiers.push(node.arguments[0].text);
      else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const literal = node.argument.literal;
        if (ts.isStringLiteral(literal)) specifiers.push(literal.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const specifier of specifiers) {
      const target = path.resolve(path.dirname(file), specifier);
      if (ALLOWED_PACKAGES.has(specifier)) continue;
      if (!specifier.startsWith(".") || (!within(target, CORE) && !within(target, DATA)))
        outsideImports.push(`${path.relative(ROOT, file)} imports "${specifier}"`);
    }
  }
  return { typeErrors, outsideImports, program };
}

const PLANTED_USES: [string, string, RegExp][] = [
  ["the DOM", "export const title = (): string => document.title;", /document/],
  ["the network", 'export const get = () => fetch("https://example.org/");', /fetch/],
  ["Office.js", "export const run = () => Excel.run(async () => undefined);", /Excel/],
  ["the browser's storage", 'export const read = () => localStorage.getItem("k");', /localStorage/],
];
const plantedUse = (i: number): string => path.join(CORE, `planted${i}.ts`);
const PLANTED_IMPORTS = path.join(CORE, "share", "plantedImports.ts");

describe("the core layer", () => {
  let clean: LayerCheck;
  let planted: LayerCheck;
  beforeAll(() => {
    clean = checkCoreLayer();
    const files: Record<string, string> = {
      [PLANTED_IMPORTS]:
        'import type { SourcesPlanFor } from "../../excel/sourcesSheet";\n' +
        'import type { Workbook } from "exceljs";\n' +
        "export type Both = [SourcesPlanFor, Workbook];\n",
    };
    PLANTED_USES.forEach(([, text], i) => (files[plantedUse(i)] = text));
    planted = checkCoreLayer(files, clean.program);
  });

  it("uses neither Office, the DOM nor the network, and imports only core and data", () => {
    expect(clean.typeErrors).toEqual([]);
    expect(clean.outsideImports).toEqual([]);
  });

  it.each(PLANTED_USES.map(([what, , name], i) => [what, name, i] as const))(
    "fails on a planted use of %s",
    (_, name, i) => {
      const where = `${path.relative(ROOT, plantedUse(i))}: `;
      const errors = planted.typeErrors.filter((e) => e.startsWith(where));
      expect(errors).toEqual([expect.stringMatching(name)]);
    }
  );

  it("fails on a planted import of the Excel layer or of a package", () => {
    expect(planted.outsideImports).toEqual([
      'src/core/share/plantedImports.ts imports "../../excel/sourcesSheet"',
      'src/core/share/plantedImports.ts imports "exceljs"',
    ]);
  });
});
