/**
 * Loads the built dist/functions.js the way Excel does: in a fresh JavaScript context that defines
 * `CustomFunctions` (recording every `associate`) and `fetch` (answered from dist/, as the add-in's server
 * would). What the tests call is exactly what ships.
 *
 * The rate service: by default the host sets the stored service to "off", so the functions use the bundled
 * rates at once and never touch the network; a test of the ECB provider passes `ratesBaseUrl` (and a
 * `fetch`, Node's by default) for everything outside the add-in's own URL. `storage` stands in for the
 * browser's localStorage and `workbook` for the document settings of an open workbook: pass the same one
 * to two loads to simulate a reload, or a close and reopen.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { DIST } from "./paths";
import { INSPECTION_HOOK, type RuntimeInspection } from "../../src/functions/inspectionHook";

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
  /** The script's global object. */
  globals: Record<string, unknown>;
  /**
   * The runtime's state as the task pane on the page sees it: the date system setter, the usage log, the
   * rate engine (loaded by the first rate formula). The script hands it over only because this host asks
   * (src/functions/hostInspection.ts).
   */
  runtime: RuntimeInspection;
}

/** The add-in's own URL in the built script (ADDIN_URL of the build): answered from dist/. */
const ADDIN_URL = "https://localhost:3000/";

/** A workbook file: its document settings as last saved. Each `open` starts from the saved state. */
export class FakeWorkbookFile {
  saved: Record<string, unknown> = {};
  saves = 0;

  open(): Office.Settings {
    const current: Record<string, unknown> = JSON.parse(JSON.stringify(this.saved));
    const settings = {
      get: (name: string) => (name in current ? current[name] : null),
      set: (name: string, value: unknown) => void (current[name] = value),
      remove: (name: string) => void delete current[name],
      saveAsync: (callback?: (result: { status: string }) => void) => {
        // Settings are serialized into the file, as Office does: nothing else survives a close.
        this.saved = JSON.parse(JSON.stringify(current));
        this.saves++;
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
    };
    return settings as unknown as Office.Settings;
  }
}

export interface HostOptions {
  /** Base URL of the rate service; "off" (the default) for the bundled rates only. */
  ratesBaseUrl?: string;
  /** fetch for URLs outside the add-in's own (the rate service); by default Node's fetch. */
  fetch?: (url: string, init?: unknown) => Promise<unknown>;
  /** localStorage's contents; share one Map between loads to keep the storage across a reload. */
  storage?: Map<string, string>;
  /** When given, the script runs inside Office with this workbook's document settings. */
  workbook?: FakeWorkbookFile;
  /**
   * Run the script in this process's own global scope instead of a fresh context, as a page runs it. A
   * fresh context answers every global name (Math, Array...) through an interceptor, which costs far more
   * than in a browser: the bench measures this way. Only one script can be loaded so.
   */
  ownGlobals?: boolean;
  /**
   * The workbook's date system as the task pane reports it in the shared runtime (src/taskpane/taskpane.ts
   * sets it before any formula needs it); "unreported" leaves it to the test, as before the pane has read it.
   */
  dateSystem?: "1900" | "1904" | "unreported";
  /**
   * Office's display language ("fr-BE"...): the script then runs inside Office (with an empty workbook unless
   * `workbook` is given), where, without the pane, it speaks that language (src/functions/language.ts).
   */
  displayLanguage?: string;
  /** Leave `CustomFunctions` undefined, as on the page opened outside Office. */
  withoutCustomFunctions?: boolean;
}

/** The storage key of the rate service setting (src/functions/ratesService.ts). */
export const RATES_URL_KEY = "seizureDesk.ratesBaseUrl";

function localStorageOver(values: Map<string, string>) {
  return {
    getItem: (key: string) => (values.has(key) ? (values.get(key) as string) : null),
    setItem: (key: string, value: string) => void values.set(key, String(value)),
    removeItem: (key: string) => void values.delete(key),
    get length() {
      return values.size;
    },
  };
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

export function loadBuiltFunctions(distDir = DIST, options: HostOptions = {}): LoadedFunctions {
  const scriptPath = path.join(distDir, "functions.js");
  if (!fs.existsSync(scriptPath))
    throw new Error(`${scriptPath} is missing: run npm run build first.`);
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const fetched: string[] = [];
  const storage = options.storage ?? new Map<string, string>();
  storage.set(RATES_URL_KEY, options.ratesBaseUrl ?? "off");
  const networkFetch =
    options.fetch ?? ((url: string, init?: unknown) => fetch(url, init as RequestInit));
  const fetchFromDist = async (url: string, init?: unknown) => {
    fetched.push(String(url));
    const absolute = new URL(String(url), ADDIN_URL);
    if (absolute.origin !== new URL(ADDIN_URL).origin) return networkFetch(absolute.href, init);
    const file = path.join(distDir, absolute.pathname);
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
  const customFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: StandInError,
    ErrorCode: ERROR_CODES,
  };
  const globals = {
    ...(options.withoutCustomFunctions ? {} : { CustomFunctions: customFunctions }),
    fetch: fetchFromDist,
    console,
    setTimeout,
    clearTimeout,
    URL,
    TextDecoder,
    AbortController,
    localStorage: localStorageOver(storage),
    ...(options.workbook || options.displayLanguage
      ? {
          Office: officeStandIn(
            (options.workbook ?? new FakeWorkbookFile()).open(),
            options.displayLanguage ?? "en-US"
          ),
        }
      : {}),
    [INSPECTION_HOOK]: (given: RuntimeInspection) => void (runtime = given),
  };
  let runtime: RuntimeInspection | undefined;
  const source = fs.readFileSync(scriptPath, "utf8");
  let context: object;
  if (options.ownGlobals) {
    context = Object.assign(globalThis, globals);
    vm.runInThisContext(source, { filename: scriptPath });
  } else {
    context = vm.createContext(globals);
    vm.runInContext(source, context, { filename: scriptPath });
  }
  if (!runtime) throw new Error(`${scriptPath} did not offer its runtime to the host.`);
  // As the pane reports the workbook's date system once Office is ready, before any formula needs it.
  const dateSystem = options.dateSystem ?? "1900";
  if (dateSystem !== "unreported") runtime.setWorkbookDateSystem(dateSystem);
  return {
    associated,
    fetched,
    globals: context as Record<string, unknown>,
    runtime,
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

/** What the script uses of Office: onReady, the display language and the open workbook's document settings. */
function officeStandIn(settings: Office.Settings, displayLanguage: string) {
  return {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: { document: { settings }, displayLanguage },
  };
}

/** The error a call threw (a cell's #VALUE!, #N/A...); fails the test when the call did not throw. */
export function thrown(f: () => unknown): StandInError {
  try {
    f();
  } catch (e) {
    return e as StandInError;
  }
  throw new Error("expected the call to throw");
}
