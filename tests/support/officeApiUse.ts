/**
 * Every Office.js member that the add-in's source uses, with the requirement set that @types/office-js
 * names for it, found through the TypeScript compiler: what the checker resolves a property access (or a
 * property named in a `load("a,b/c")` string) to, and the `[Api set: ExcelApi 1.12]` or
 * `**Requirement set**: {@link … | OpenBrowserWindowApi 1.1}` tag in that declaration's JSDoc.
 *
 * A use is guarded when it can only run after `isSetSupported(set, version)` said yes: inside the true
 * branch of an `if`, `?:` or `&&` on such a call, or after an early `if (!…) return` on it in the same
 * block; a call of a local function that returns such a call counts as the call itself.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export interface RequirementSet {
  name: string;
  version: string;
}

export interface ApiUse {
  /** Path relative to the project root, with "/" separators. */
  file: string;
  line: number;
  /** "Excel.Range.formulas", "Office.UI.openBrowserWindow"… */
  member: string;
  needs: RequirementSet;
  /** The sets an `isSetSupported` check around the use asked for. */
  guardedBy: RequirementSet[];
}

const TYPE_PACKAGES = [
  "@types/office-js",
  "@types/custom-functions-runtime",
  "@types/office-runtime",
];
const API_SET_TAG = /\[Api set:\s*([A-Za-z]+)\s+(\d+(?:\.\d+)*)\s*\]/;
const REQUIREMENT_SET_TAG =
  /\*\*Requirement set\*\*:\s*\{@link [^|}]*\|\s*([A-Za-z]+)\s+(\d+(?:\.\d+)*)\s*\}/;

/** Compares dotted versions numerically: "1.12" is above "1.9". */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The requirement set named in the JSDoc of a declaration from the Office type packages, if any. */
function requirementOf(declaration: ts.Declaration): RequirementSet | undefined {
  const file = declaration.getSourceFile().fileName.split(path.sep).join("/");
  if (!TYPE_PACKAGES.some((p) => file.includes(`/node_modules/${p}/`))) return undefined;
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  for (const range of comments.reverse()) {
    const comment = text.slice(range.pos, range.end);
    const match = API_SET_TAG.exec(comment) ?? REQUIREMENT_SET_TAG.exec(comment);
    if (match) return { name: match[1], version: match[2] };
  }
  return undefined;
}

/** "Excel.Range.formulas": the declaration's name with its enclosing interfaces, classes and namespaces. */
function qualifiedName(declaration: ts.Declaration): string {
  const parts: string[] = [];
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    const name = (node as ts.NamedDeclaration).name;
    if (name && ts.isIdentifier(name)) parts.unshift(name.text);
    if (ts.isSourceFile(node)) break;
  }
  return parts.join(".");
}

/** `isSetSupported("ExcelApi", "1.12")` as a set, or a call of a function whose body returns one. */
function guardOfCall(call: ts.Node, checker: ts.TypeChecker, depth = 0): RequirementSet[] {
  if (!ts.isCallExpression(call)) return [];
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee)
    ? callee.name.text
    : ts.isIdentifier(callee)
      ? callee.text
      : "";
  if (name === "isSetSupported") {
    const [set, version] = call.arguments;
    if (set && ts.isStringLiteral(set))
      return [
        { name: set.text, version: version && ts.isStringLiteral(version) ? version.text : "1.1" },
      ];
    return [];
  }
  if (depth > 0) return [];
  const symbol = checker.getSymbolAtLocation(callee);
  const declaration = symbol?.declarations?.[0];
  if (!declaration || !ts.isFunctionDeclaration(declaration) || !declaration.body) return [];
  const found: RequirementSet[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression)
      found.push(...guardsIn(node.expression, checker, depth + 1));
    ts.forEachChild(node, visit);
  };
  visit(declaration.body);
  return found;
}

/** The sets asked for by every set check that `condition` requires to be true (through `&&`). */
function guardsIn(condition: ts.Expression, checker: ts.TypeChecker, depth = 0): RequirementSet[] {
  const e = ts.isParenthesizedExpression(condition) ? condition.expression : condition;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    return [...guardsIn(e.left, checker, depth), ...guardsIn(e.right, checker, depth)];
  return guardOfCall(e, checker, depth);
}

/** The condition of `if (!check) return|throw …;`, when `statement` is one. */
function earlyExitGuard(statement: ts.Statement, checker: ts.TypeChecker): RequirementSet[] {
  if (!ts.isIfStatement(statement) || statement.elseStatement) return [];
  const exit = ts.isBlock(statement.thenStatement)
    ? statement.thenStatement.statements[statement.thenStatement.statements.length - 1]
    : statement.thenStatement;
  if (!exit || !(ts.isReturnStatement(exit) || ts.isThrowStatement(exit))) return [];
  const c = statement.expression;
  if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken)
    return guardsIn(c.operand, checker);
  return [];
}

/** Every set check that must have passed for `node` to run. */
function guardsAround(node: ts.Node, checker: ts.TypeChecker): RequirementSet[] {
  const guards: RequirementSet[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child)
      guards.push(...guardsIn(parent.expression, checker));
    else if (ts.isConditionalExpression(parent) && parent.whenTrue === child)
      guards.push(...guardsIn(parent.condition, checker));
    else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    )
      guards.push(...guardsIn(parent.left, checker));
    else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        guards.push(...earlyExitGuard(statement, checker));
      }
    }
  }
  return guards;
}

/** The members that a `load("a,b/c")` string names, resolved from the type of the object loaded. */
function loadedMembers(
  call: ts.CallExpression,
  checker: ts.TypeChecker
): { declaration: ts.Declaration }[] {
  const callee = call.expression;
  const arg = call.arguments[0];
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "load") return [];
  const paths: string[] = [];
  if (arg && ts.isStringLiteralLike(arg)) paths.push(...arg.text.split(","));
  else if (arg && ts.isArrayLiteralExpression(arg))
    for (const el of arg.elements)
      if (ts.isStringLiteralLike(el)) paths.push(...el.text.split(","));
  const found: { declaration: ts.Declaration }[] = [];
  for (const p of paths) {
    let type: ts.Type | undefined = checker.getTypeAtLocation(callee.expression);
    for (const segment of p.trim().split("/")) {
      if (!type) break;
      const property = checker.getPropertyOfType(type, segment);
      const declaration = property?.declarations?.[0];
      if (!property || !declaration) {
        type = undefined;
        break;
      }
      found.push({ declaration });
      type = checker.getTypeOfSymbolAtLocation(property, call);
      // "items" of a collection is an array: the next segment is a property of its elements.
      if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0];
    }
  }
  return found;
}

/** Every use of an Office member with a requirement set in the `.ts` files under `srcDir` (relative to `root`, or absolute). */
export function officeApiUses(root: string, srcDir = "src"): ApiUse[] {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = sourceFiles(path.resolve(root, srcDir));
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];

  const record = (source: ts.SourceFile, at: ts.Node, declaration: ts.Declaration): void => {
    const needs = requirementOf(declaration);
    if (!needs) return;
    uses.push({
      file: path.relative(root, source.fileName).split(path.sep).join("/"),
      line: source.getLineAndCharacterOfPosition(at.getStart()).line + 1,
      member: qualifiedName(declaration),
      needs,
      guardedBy: guardsAround(at, checker),
    });
  };

  for (const source of program.getSourceFiles()) {
    if (!files.includes(path.resolve(source.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node)) {
        const target = ts.isPropertyAccessExpression(node) ? node.name : node;
        // The name of a property access is visited as part of the access, not on its own.
        if (!(
          ts.isIdentifier(node) &&
          ts.isPropertyAccessExpression(node.parent) &&
          node.parent.name === node
        )) {
          const symbol = checker.getSymbolAtLocation(target);
          const resolved =
            symbol && symbol.flags & ts.SymbolFlags.Alias
              ? checker.getAliasedSymbol(symbol)
              : symbol;
          // A call resolves to one overload, whose own tag applies; anything else to its first declaration.
          const call =
            ts.isCallExpression(node.parent) && node.parent.expression === node
              ? node.parent
              : undefined;
          const declaration =
            (call && checker.getResolvedSignature(call)?.declaration) ||
            resolved?.declarations?.[0];
          if (declaration && !ts.isJSDocSignature(declaration)) record(source, node, declaration);
        }
      }
      if (ts.isCallExpression(node))
        for (const { declaration } of loadedMembers(node, checker))
          record(source, node, declaration);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
