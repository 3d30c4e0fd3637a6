/**
 * Where an imported ECB history file is kept: the browser's IndexedDB, which keeps it across restarts of
 * Excel until it is removed, and holds a few MB without the string size limits of localStorage (typed
 * arrays are stored as they are, by structured clone). One record, replaced only by a complete new one.
 */
import type { EcbHistory } from "../core/rates/ecbHistory";
import { isEcbHistory } from "../core/rates/ecbFile/summary";
import { MessageError, msg } from "../core/messages/text";

export interface StoredEcbFile {
  history: EcbHistory;
  /** The name of the file the journalist chose. */
  fileName: string;
  importedAtMs: number;
}

export interface EcbFileStore {
  read(): Promise<StoredEcbFile | undefined>;
  /** Replaces the stored file in one transaction: a failed write leaves the old one in place. */
  write(file: StoredEcbFile): Promise<void>;
  remove(): Promise<void>;
}

const DB_NAME = "seizure-desk";
const DB_VERSION = 1;
const STORE = "ecbHistoryFile";
const KEY = "imported";

/**
 * Why the storage failed, as a message the pane writes in its language: the browser's own words are its
 * language's, not the pane's, so only its error's name is kept, and a full storage is said as such.
 */
function storageError(error: unknown, otherwise: "storage.refused" | "storage.notKept") {
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name !== "string") return new MessageError(msg(otherwise));
  if (name === "QuotaExceededError") return new MessageError(msg("storage.full"));
  return new MessageError(msg("storage.refusedAs", { name }));
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storageError(req.error, "storage.refused"));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  let req: IDBOpenDBRequest;
  try {
    req = factory.open(DB_NAME, DB_VERSION);
  } catch (error) {
    return Promise.reject(storageError(error, "storage.refused"));
  }
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** Runs one transaction on the store and settles when it is committed (or aborted). */
async function transact<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
  const db = await openDatabase(factory);
  try {
    let tx: IDBTransaction;
    let result: Promise<T>;
    try {
      tx = db.transaction(STORE, mode);
      result = request(body(tx.objectStore(STORE)));
    } catch (error) {
      // Refused at once (a value it cannot store, a full disk): said as a refusal after the fact is.
      throw storageError(error, "storage.refused");
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(storageError(tx.error, "storage.notKept"));
    });
    return await result;
  } finally {
    db.close();
  }
}

function isStoredEcbFile(value: unknown): value is StoredEcbFile {
  const v = value as Partial<StoredEcbFile> | null;
  return (
    !!v &&
    typeof v.fileName === "string" &&
    typeof v.importedAtMs === "number" &&
    isEcbHistory(v.history)
  );
}

/** The IndexedDB store, or undefined where the page has none (or it is blocked). */
export function indexedDbEcbFileStore(): EcbFileStore | undefined {
  let factory: IDBFactory;
  try {
    if (typeof indexedDB === "undefined" || !indexedDB) return undefined;
    factory = indexedDB;
  } catch {
    return undefined;
  }
  return {
    read: async () => {
      const value = await transact(factory, "readonly", (s) => s.get(KEY) as IDBRequest<unknown>);
      // Something else under our key (another version, a damaged record) is not used.
      return isStoredEcbFile(value) ? value : undefined;
    },
    write: (file) => transact(factory, "readwrite", (s) => s.put(file, KEY)).then(() => undefined),
    remove: () => transact(factory, "readwrite", (s) => s.delete(KEY)).then(() => undefined),
  };
}

/** For runtimes without IndexedDB: kept in memory until the page closes. */
export function memoryEcbFileStore(): EcbFileStore {
  let kept: StoredEcbFile | undefined;
  return {
    read: async () => kept,
    write: async (file) => void (kept = file),
    remove: async () => void (kept = undefined),
  };
}
