/**
 * Loads the built dist/functions.js the way Excel does: in a fresh JavaScript context that defines
 * `CustomFunctions` (recording every `associate`) and `fetch` (answered from dist/, as the add-in's server
 * would). What the tests call is exactly what ships.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { DIST } from "./paths";

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface LoadedFunctions {
  /** Every id passed to CustomFunctions.associate, with its function. */
  associated: Map<string, (...args: unknown[]) => unknown>;
  /** URLs the script fetched. */
  fetched: string[];
  call(id: string, ...args: unknown[]): unknown;
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export function loadBuiltFunctions(distDir = DIST): LoadedFunctions {
  const scriptPath = path.join(distDir, "functions.js");
  if (!fs.existsSync(scriptPath))
    throw new Error(`${scriptPath} is missing: run npm run build first.`);
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const fetched: string[] = [];
  const fetchFromDist = async (url: string) => {
    fetched.push(String(url));
    const file = path.join(distDir, new URL(String(url), "https://localhost:3000/").pathname);
    if (!fs.existsSync(file))
      return { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) };
    const bytes = fs.readFileSync(file);
    return {
      ok: true,
      status: 200,
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      json: async () => JSON.parse(bytes.toString("utf8")),
    };
  };
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: StandInError,
      ErrorCode: ERROR_CODES,
    },
    fetch: fetchFromDist,
    console,
    setTimeout,
    clearTimeout,
    URL,
    TextDecoder,
  });
  vm.runInContext(fs.readFileSync(scriptPath, "utf8"), context, { filename: scriptPath });
  return {
    associated,
    fetched,
    call(id, ...args) {
      const fn = associated.get(id);
      if (!fn)
        throw new Error(
          `${id} was not associated; associated: ${[...associated.keys()].join(", ")}`
        );
      return fn(...args);
    },
  };
}
