/**
 * Writes, for each language besides English, the DESK functions' localized metadata and their messages,
 * from functions.json (generated from the JSDoc of src/functions/functions.ts) and the per-language
 * modules (src/functions/metadata/<language>.ts, src/core/messages/<language>.ts). The build runs it
 * (webpack.config.js, FunctionTextPlugin) with functions.json on stdin and emits the files it prints.
 *
 * Localized metadata as Microsoft documents it ("Custom functions naming and localization",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming): one JSON metadata file per
 * language, ids unchanged, name and description (and each parameter's) translated, the manifest's
 * <bt:Override Locale> pointing at it. Here the function names stay as they are (DESK.CONVERT in every
 * language, so that a workbook reads the same everywhere); only descriptions and parameters change.
 *
 * Each function's help link (helpUrl) opens the same section of the help page in the language
 * (help.fr.html#convert), checked against src/help: a page or a section missing fails like a missing text.
 *
 * Anything missing or extra in a language (a function, a parameter, a message, a placeholder, a help
 * section) fails here, and so fails the build, with what to add where.
 */
import fs from "fs";
import path from "path";
import { FUNCTION_MESSAGES_EN, type FunctionMessages } from "../src/core/messages/en";
import { ECB_FILE_MESSAGES_EN } from "../src/core/messages/ecbFileEn";
import { RATE_SERVICE_MESSAGES_EN } from "../src/core/messages/rateServiceEn";
import { FUNCTION_MESSAGES_DE } from "../src/core/messages/de";
import { FUNCTION_MESSAGES_FR } from "../src/core/messages/fr";
import { FUNCTION_MESSAGES_NL } from "../src/core/messages/nl";
import { anchorsOf, helpPageOf } from "../src/help/helpPage";
import { placeholdersOf } from "../src/i18n/fill";
import type { Language } from "../src/i18n/language";
import { FUNCTIONS_HELP_DE } from "../src/functions/metadata/de";
import { FUNCTIONS_HELP_FR } from "../src/functions/metadata/fr";
import type { FunctionsHelp } from "../src/functions/metadata/help";
import { FUNCTIONS_HELP_NL } from "../src/functions/metadata/nl";
import { functionMessagesFile, functionsMetadataFile } from "../src/functions/textFiles";

type Translated = Exclude<Language, "en">;

export const FUNCTION_TEXT: Record<
  Translated,
  { help: FunctionsHelp; messages: FunctionMessages }
> = {
  fr: { help: FUNCTIONS_HELP_FR, messages: FUNCTION_MESSAGES_FR },
  nl: { help: FUNCTIONS_HELP_NL, messages: FUNCTION_MESSAGES_NL },
  de: { help: FUNCTIONS_HELP_DE, messages: FUNCTION_MESSAGES_DE },
};

interface Parameter {
  name: string;
  description?: string;
  [field: string]: unknown;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  [field: string]: unknown;
}
export interface Metadata {
  functions: FunctionMetadata[];
  [field: string]: unknown;
}

/** Why a language's messages do not match the English: keys missing or extra, placeholders that differ. */
/** Every message's English: the start's, the rate engine's and the ECB file reader's (each its own chunk). */
const ENGLISH_MESSAGES: Readonly<Record<string, string>> = {
  ...FUNCTION_MESSAGES_EN,
  ...RATE_SERVICE_MESSAGES_EN,
  ...ECB_FILE_MESSAGES_EN,
};

export function messageProblems(
  messages: Readonly<Record<string, string>>,
  language: string
): string[] {
  const problems: string[] = [];
  for (const [key, english] of Object.entries(ENGLISH_MESSAGES)) {
    const translated = messages[key];
    if (typeof translated !== "string" || translated.trim() === "") {
      problems.push(`message ${key} is missing in ${language} (src/core/messages/${language}.ts)`);
      continue;
    }
    const want = placeholdersOf(english).join(", ");
    const got = placeholdersOf(translated).join(", ");
    if (want !== got)
      problems.push(
        `message ${key} in ${language} has placeholders {${got}}, the English {${want}}`
      );
  }
  for (const key of Object.keys(messages))
    if (!(key in ENGLISH_MESSAGES)) problems.push(`message ${key} in ${language} is not in en.ts`);
  return problems;
}

/** A help page's source as the build copies it (src/help/help.fr.html…), or undefined if there is none. */
function helpPageSource(language: Translated): string | undefined {
  const file = path.join(__dirname, "../src/help", helpPageOf(language));
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}

/**
 * A function's help link in a language: the English link (…/help.html#convert) with the language's page,
 * the same section. Where that page or section is missing, says so in `problems`.
 */
function localizedHelpUrl(
  fn: FunctionMetadata,
  language: Translated,
  page: string | undefined,
  problems: string[]
): string | undefined {
  if (typeof fn.helpUrl !== "string") return undefined;
  const url = new URL(fn.helpUrl);
  const englishPage = helpPageOf("en");
  const ownPage = helpPageOf(language);
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (!url.pathname.endsWith(`/${englishPage}`) || anchor === "") {
    problems.push(
      `${fn.id}'s helpUrl ${fn.helpUrl} is not a section of ${englishPage} (…/${englishPage}#id)`
    );
    return fn.helpUrl;
  }
  if (page === undefined) problems.push(`there is no help page src/help/${ownPage} for ${fn.id}`);
  else if (!anchorsOf(page).has(anchor))
    problems.push(`src/help/${ownPage} has no section id="${anchor}" for ${fn.id}'s help link`);
  url.pathname = url.pathname.slice(0, -englishPage.length) + ownPage;
  return url.href;
}

/**
 * functions.json with a language's descriptions, parameter names and help links; throws saying what is
 * missing. `helpPageIn` gives a language's help page (by default its source in src/help).
 */
export function localizedMetadata(
  english: Metadata,
  language: Translated,
  helpPageIn: (language: Translated) => string | undefined = helpPageSource
): Metadata {
  const helpPage = helpPageIn(language);
  const { help, messages } = FUNCTION_TEXT[language];
  const problems: string[] = messageProblems(messages, language);
  const helpById = new Map(Object.entries(help));
  const functions = english.functions.map((fn) => {
    const text = helpById.get(fn.id);
    helpById.delete(fn.id);
    if (!text) {
      problems.push(`${fn.id} has no help in ${language} (src/functions/metadata/${language}.ts)`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(text.parameters))
      if (!names.has(name)) problems.push(`${fn.id} has no parameter ${name} (${language})`);
    const parameters = fn.parameters.map((p) => {
      const description = text.parameters[p.name];
      const localName = (messages as Record<string, string>)[`arg.${p.name}`];
      if (description === undefined)
        problems.push(`parameter ${p.name} of ${fn.id} has no description in ${language}`);
      if (localName === undefined)
        problems.push(`parameter ${p.name} has no name: add "arg.${p.name}" to src/core/messages`);
      return { ...p, name: localName ?? p.name, description: description ?? p.description };
    });
    const helpUrl = localizedHelpUrl(fn, language, helpPage, problems);
    return { ...fn, description: text.description, parameters, ...(helpUrl && { helpUrl }) };
  });
  for (const id of helpById.keys())
    problems.push(`${language} has help for ${id}, no such function`);
  if (problems.length > 0) throw new Error(`DESK functions' text: ${problems.join("; ")}.`);
  return { ...english, functions };
}

/** Every file the build writes for the languages besides English, by name. */
export function functionTextFiles(englishJson: string): Record<string, string> {
  const english = JSON.parse(englishJson) as Metadata;
  const files: Record<string, string> = {};
  for (const language of Object.keys(FUNCTION_TEXT) as Translated[]) {
    files[functionsMetadataFile(language)] = JSON.stringify(
      localizedMetadata(english, language),
      null,
      4
    );
    files[functionMessagesFile(language)] = JSON.stringify(FUNCTION_TEXT[language].messages);
  }
  return files;
}

if (typeof require !== "undefined" && require.main === module) {
  const chunks: Buffer[] = [];
  process.stdin.on("data", (c: Buffer) => chunks.push(c));
  process.stdin.on("end", () => {
    try {
      process.stdout.write(
        JSON.stringify(functionTextFiles(Buffer.concat(chunks).toString("utf8")))
      );
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(1);
    }
  });
}
