/**
 * ECB rates from the ECB's own history file, offline: the file a journalist imported in the task pane
 * (kept in the browser's storage until removed), else one bundled at build time (RATES_ECB_FILE). The
 * rate look-up takes its history from here through `onImportedEcbHistory`, without knowing where it came
 * from; `sourceName` says it, for RATEINFO and the Sources sheet.
 *
 * One state per runtime: the pane imports on the same page the functions run on.
 */
import { isoDateFromDayNumber } from "../core/dates/dayNumber";
import type { EcbHistory } from "../core/rates/ecbHistory";
import { summarizeEcbHistory, type EcbHistorySummary } from "../core/rates/ecbFile/summary";
import type { EcbFileResult } from "../core/rates/ecbFile/parseEcbCsv";
import { failure, MessageError, msg, type MessageText } from "../core/messages/text";
import { bundledAssetUrl } from "./assetUrl";
import {
  indexedDbEcbFileStore,
  memoryEcbFileStore,
  type EcbFileStore,
  type StoredEcbFile,
} from "./ecbFileStore";
import { reasonOf } from "../core/errorReason";

declare const __ECB_HISTORY_ASSET__: string;

export interface ImportedEcbHistory {
  history: EcbHistory;
  summary: EcbHistorySummary;
  /** "imported": chosen in the task pane; "build": bundled with this add-in. */
  origin: "imported" | "build";
  fileName: string;
  /** For the imported file: when it was imported. */
  importedAtMs: number | undefined;
  /** How RATEINFO and the Sources sheet name this source. */
  sourceName: string;
}

export type ImportOutcome =
  { ok: true; imported: ImportedEcbHistory } | { ok: false; message: string; text: MessageText };

type Listener = (current: ImportedEcbHistory | undefined) => void;

const MS_PER_DAY = 86400000;

function describeStored(
  stored: StoredEcbFile,
  origin: ImportedEcbHistory["origin"]
): ImportedEcbHistory {
  const summary = summarizeEcbHistory(stored.history);
  const when =
    origin === "imported"
      ? `imported ${isoDateFromDayNumber(Math.floor(stored.importedAtMs / MS_PER_DAY))}`
      : "bundled with this add-in";
  return {
    history: stored.history,
    summary,
    origin,
    fileName: stored.fileName,
    importedAtMs: origin === "imported" ? stored.importedAtMs : undefined,
    sourceName: `ECB euro reference rates, history file ${stored.fileName} (${summary.firstDate} to ${summary.lastDate}, ${when})`,
  };
}

export interface ImportedRates {
  current(): ImportedEcbHistory | undefined;
  /** Calls `listener` now and on every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
  /** Settles once the stored (and the bundled) file are read. */
  ready(): Promise<ImportedEcbHistory | undefined>;
  import(bytes: Uint8Array, fileName: string, nowMs?: number): Promise<ImportOutcome>;
  remove(): Promise<void>;
}

/**
 * Reads a chosen or bundled file. The reader and its unzipper load only when a file is read, so that a
 * pane that never imports one does not load them at start.
 */
async function readEcbFile(bytes: Uint8Array): Promise<EcbFileResult> {
  const reader = await import(
    /* webpackChunkName: "ecb-file" */ "../core/rates/ecbFile/readEcbFile"
  );
  return reader.readEcbFile(bytes);
}

/** Downloads and reads the file bundled at build time, if the build had one. */
async function loadBuildFile(): Promise<StoredEcbFile | undefined> {
  const name = typeof __ECB_HISTORY_ASSET__ === "string" ? __ECB_HISTORY_ASSET__ : "";
  if (name === "") return undefined;
  const response = await fetch(bundledAssetUrl(name));
  if (!response.ok) return undefined;
  const read = await readEcbFile(new Uint8Array(await response.arrayBuffer()));
  return read.ok ? { history: read.history, fileName: name, importedAtMs: 0 } : undefined;
}

export function createImportedRates(
  store: EcbFileStore,
  loadBuilt: () => Promise<StoredEcbFile | undefined> = loadBuildFile
): ImportedRates {
  let imported: ImportedEcbHistory | undefined;
  let built: ImportedEcbHistory | undefined;
  const listeners = new Set<Listener>();
  const current = () => imported ?? built;
  const notify = () => {
    for (const listener of listeners) listener(current());
  };
  const ready = Promise.all([
    store.read().catch(() => undefined),
    loadBuilt().catch(() => undefined),
  ]).then(([stored, buildFile]) => {
    // An import made while reading wins over what was stored before it.
    if (stored && !imported) imported = describeStored(stored, "imported");
    if (buildFile) built = describeStored(buildFile, "build");
    notify();
    return current();
  });
  return {
    current,
    subscribe(listener) {
      listeners.add(listener);
      listener(current());
      return () => void listeners.delete(listener);
    },
    ready: () => ready,
    async import(bytes, fileName, nowMs = Date.now()) {
      const read = await readEcbFile(bytes);
      if (!read.ok) return read;
      const stored: StoredEcbFile = { history: read.history, fileName, importedAtMs: nowMs };
      try {
        await store.write(stored);
      } catch (error) {
        // The store says why as a message (ecbFileStore.ts), written in the pane's language.
        const reason = error instanceof MessageError ? error.text : reasonOf(error);
        return failure(msg("ecbFile.notKept", { reason }));
      }
      imported = describeStored(stored, "imported");
      notify();
      return { ok: true, imported };
    },
    async remove() {
      await store.remove();
      imported = undefined;
      notify();
    },
  };
}

let instance: ImportedRates | undefined;

/** The runtime's state, made on first use (it starts reading the stored file). */
function importedRates(): ImportedRates {
  instance ??= createImportedRates(indexedDbEcbFileStore() ?? memoryEcbFileStore());
  return instance;
}

/** The ECB history the rate look-up should use now (imported, else bundled at build), if any. */
export function currentImportedEcbHistory(): ImportedEcbHistory | undefined {
  return importedRates().current();
}

/** Tells `listener` the history to use now and each time it changes (import, removal, first read). */
export function onImportedEcbHistory(listener: Listener): () => void {
  return importedRates().subscribe(listener);
}

export function importedRatesState(): ImportedRates {
  return importedRates();
}
