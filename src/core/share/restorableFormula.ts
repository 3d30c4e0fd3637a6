/**
 * Which kept formulas Restore may write back. The records sheet comes with the workbook, which may come
 * from anyone: a formula is written back only if it calls a DESK function and nothing that reaches
 * outside the workbook: another workbook or a file (`[Book.xlsx]Sheet1!A1`, `'C:\…\[Book.xlsx]Sheet1'!A1`),
 * a DDE link (`=cmd|' /C …'!A0`), the web (WEBSERVICE, IMAGE, HYPERLINK, STOCKHISTORY…), a server or a DLL
 * (RTD, CALL, REGISTER.ID, the cube functions), an XLL add-in (`_xll.`), or a reference built from text
 * (INDIRECT). Everything else is refused: the cells keep their frozen values.
 */
import { tokenTypes, type Token } from "@borgar/fx";
import { calledNames, canonicalDeskFormula, deskFunctionName, formulaTokens } from "./deskFormula";

/**
 * Functions that fetch, link, run code or read outside the workbook, by their English names: the web
 * functions (WEBSERVICE, IMAGE, STOCKHISTORY…), DLL calls ("REGISTER.ID … registers the DLL or code
 * resource": https://support.microsoft.com/excel/register-id-function), real-time data servers (RTD),
 * OLAP cubes (CUBE*), and the Excel 4.0 macro functions that run or reach other programs.
 */
const REACHES_OUTSIDE = new Set([
  "WEBSERVICE",
  "FILTERXML",
  "HYPERLINK",
  "IMAGE",
  "STOCKHISTORY",
  "TRANSLATE",
  "DETECTLANGUAGE",
  "COPILOT",
  "PY",
  "RTD",
  "CALL",
  "REGISTER",
  "REGISTER.ID",
  "UNREGISTER",
  "EXEC",
  "EXECUTE",
  "INITIATE",
  "REQUEST",
  "POKE",
  "TERMINATE",
  "RUN",
  "EVALUATE",
  "INDIRECT",
  "INFO",
  "CUBEKPIMEMBER",
  "CUBEMEMBER",
  "CUBEMEMBERPROPERTY",
  "CUBERANKEDMEMBER",
  "CUBESET",
  "CUBESETCOUNT",
  "CUBEVALUE",
  "SQL.REQUEST",
]);
/** Prefixes of names that run outside code (XLL add-ins) or read the file system (Excel 4.0 GET.* functions). */
const OUTSIDE_PREFIXES = ["_XLL.", "GET.", "FOPEN", "FWRITE", "FREAD", "FILES", "DIRECTORY"];
/** Prefixes Excel writes before newer built-in names in a file; they change nothing here. */
const BUILT_IN_PREFIX = /^_(xlfn|xlws)\./i;
/** Excel's limit on a formula's length, in characters (Excel specifications and limits). */
const MAX_FORMULA_LENGTH = 8192;

const REFERENCE_TYPES: ReadonlySet<string> = new Set([
  tokenTypes.REF_RANGE,
  tokenTypes.REF_BEAM,
  tokenTypes.REF_TERNARY,
  tokenTypes.REF_NAMED,
  tokenTypes.REF_STRUCT,
  tokenTypes.CONTEXT,
  tokenTypes.CONTEXT_QUOTE,
]);

/** Why a formula is not written back: a sentence of the share panel (src/i18n/ui/share) and its values. */
export type RefusalKey =
  | "whyNotAccepted"
  | "whyNotFormula"
  | "whyNotToken"
  | "whyUnclosedText"
  | "whyOtherFile"
  | "whyOutsideName"
  | "whyReachesOutside"
  | "whyNoDeskCall"
  | "whyRecordsSheet"
  | "whyOutsideSheet"
  | "whyTooManyCells"
  | "whyOverlap";

export interface RefusalWhy {
  key: RefusalKey;
  values?: Readonly<Record<string, string>>;
}

export type Restorable = { ok: true; formula: string } | { ok: false; why: RefusalWhy };

/** Why a reference reaches outside the workbook, or undefined when it stays inside. */
function outsideReference(token: Token): RefusalWhy | undefined {
  const text = token.value;
  // Sheet names cannot hold [ ] \ / (Excel refuses them), so these only come from a path or a workbook.
  if (/[\\/|]/.test(text) || (token.type !== tokenTypes.REF_STRUCT && text.includes("[")))
    return { key: "whyOtherFile", values: { text } };
  // A name qualified by a prefix may be another workbook's name (Book2.xlsx!Rates).
  if (
    (token.type === tokenTypes.REF_NAMED || token.type === tokenTypes.REF_STRUCT) &&
    text.includes("!")
  )
    return { key: "whyOutsideName", values: { text } };
  return undefined;
}

/** Why a called function reaches outside the workbook, or undefined when it does not. */
function outsideFunction(name: string): RefusalWhy | undefined {
  const upper = name.replace(BUILT_IN_PREFIX, "").toUpperCase();
  if (REACHES_OUTSIDE.has(upper) || OUTSIDE_PREFIXES.some((p) => upper.startsWith(p)))
    return { key: "whyReachesOutside", values: { name: upper } };
  return undefined;
}

/**
 * The formula to write back (with `_xldudf_` DESK names under their real names), or why it is refused.
 * The check reads every token: a name inside a string literal is text, not a call.
 */
export function restorableFormula(formula: unknown): Restorable {
  if (typeof formula !== "string" || formula.length > MAX_FORMULA_LENGTH)
    return { ok: false, why: { key: "whyNotAccepted" } };
  const tokens = formulaTokens(formula);
  if (!tokens) return { ok: false, why: { key: "whyNotFormula" } };
  for (const token of tokens) {
    if (token.type === tokenTypes.UNKNOWN)
      return { ok: false, why: { key: "whyNotToken", values: { text: token.value } } };
    if (token.type === tokenTypes.STRING && token.unterminated)
      return { ok: false, why: { key: "whyUnclosedText" } };
    const outside = REFERENCE_TYPES.has(token.type) ? outsideReference(token) : undefined;
    if (outside) return { ok: false, why: outside };
  }
  const called = calledNames(tokens).map((i) => tokens[i].value);
  for (const name of called) {
    const outside = outsideFunction(name);
    if (outside) return { ok: false, why: outside };
  }
  if (!called.some((name) => deskFunctionName(name) !== undefined))
    return { ok: false, why: { key: "whyNoDeskCall" } };
  return { ok: true, formula: canonicalDeskFormula(formula) };
}
