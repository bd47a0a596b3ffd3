/**
 * The reader's one door to localStorage. Storage can be missing, refused (sandboxed frames,
 * private modes) or full; the reader then simply does not remember, and never throws.
 */
const PREFIX = 'article-reader:';

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Reading `localStorage` itself throws in some sandboxed frames.
  }
}

/** Run a storage operation; refused or broken storage gives `fallback`. */
function attempt<T>(operation: (storage: Storage) => T, fallback: T): T {
  try {
    const storage = store();
    return storage ? operation(storage) : fallback;
  } catch {
    return fallback;
  }
}

/** The JSON value kept under `article-reader:<key>`, or undefined (absent, unreadable, refused). */
export function readStored(key: string): unknown {
  return attempt((storage) => {
    const raw = storage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  }, undefined);
}

export function writeStored(key: string, value: unknown): void {
  attempt((storage) => storage.setItem(PREFIX + key, JSON.stringify(value)), undefined);
}

export function removeStored(key: string): void {
  attempt((storage) => storage.removeItem(PREFIX + key), undefined);
}
