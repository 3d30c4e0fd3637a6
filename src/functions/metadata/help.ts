/**
 * The shape of the DESK functions' help in a language other than English. The English is the JSDoc of
 * src/functions/functions.ts, from which the build generates functions.json; for each other language the
 * build writes functions.<language>.json (scripts/functionText.ts): the same metadata with these
 * descriptions, and parameter names from the messages' "arg." keys (src/core/messages), so that a message
 * names an argument as Excel's formula tooltip does. Function names stay DESK.CONVERT etc. everywhere.
 *
 * A function missing here fails the typecheck; a parameter missing or extra fails the build.
 */
import type * as DeskFunctions from "../functions";

export type FunctionId = Uppercase<keyof typeof DeskFunctions>;

export interface FunctionHelp {
  description: string;
  /** Each parameter's description, by its English name. */
  parameters: Readonly<Record<string, string>>;
}

export type FunctionsHelp = Readonly<Record<FunctionId, FunctionHelp>>;
