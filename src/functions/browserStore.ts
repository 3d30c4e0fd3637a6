/**
 * The browser's storage as an asynchronous key-value store: localStorage where the page has it (the shared
 * runtime is a browser page, and the task pane on the same page sees the same values), else
 * OfficeRuntime.storage, else memory for this runtime only.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

function localStorageOrNull(): Storage | null {
  try {
    // Reading the property itself throws where storage is blocked (some privacy settings).
    return typeof localStorage !== "undefined" && localStorage !== null ? localStorage : null;
  } catch {
    return null;
  }
}

function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => void values.set(key, value),
  };
}

export function browserStore(): KeyValueStore {
  const local = localStorageOrNull();
  if (local) {
    return {
      get: async (key) => local.getItem(key),
      set: async (key, value) => {
        try {
          local.setItem(key, value);
        } catch {
          // Full or blocked: the rates stay in memory for this session and are fetched again next time.
        }
      },
    };
  }
  if (typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage) {
    const storage = OfficeRuntime.storage;
    return {
      get: async (key) => (await storage.getItem(key)) ?? null,
      set: async (key, value) => {
        await storage.setItem(key, value).catch(() => undefined);
      },
    };
  }
  return memoryStore();
}
