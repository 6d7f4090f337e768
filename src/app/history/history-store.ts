import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { migrate, storedVersion, type StoredSchema } from '../common/stored-schema';
import { isHistoryEntry, type HistoryEntry } from './history-entry';

/** Questions kept per document: the newest win. */
export const MAX_ENTRIES = 100;
/** Documents with a history kept in this browser: the least recently used go first. */
export const MAX_DOCUMENTS = 30;

/** The few storage calls the history needs; IndexedDB in the app, a Map in the tests. */
export interface HistoryBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
}

interface HistoryRecord {
  version: 1;
  updatedAt: number;
  /** Oldest first. */
  entries: HistoryEntry[];
}

/**
 * Records carry a version since the first one. A later shape adds version 2 and an upgrade from 1;
 * entries are checked one by one on load, so the record only needs its list.
 */
const HISTORY_SCHEMA: StoredSchema<{ entries: unknown[] }> = {
  version: 1,
  validate: (v): v is { entries: unknown[] } => typeof v === 'object' && v !== null && Array.isArray((v as { entries?: unknown }).entries),
};

/** A finished question added to a history: asked again about the same text (or read on to the end), it replaces its last entry. */
export function withEntry(list: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = list[list.length - 1];
  const kept = last && last.question === entry.question && last.textKey === entry.textKey ? list.slice(0, -1) : list;
  return [...kept, entry].slice(-MAX_ENTRIES);
}

let idb: UseStore | null = null;
/** Its own database: the documents' one is opened by another module with its own version. */
function indexedDbBackend(): HistoryBackend {
  const store = () => (idb ??= createStore('qa-app-history', 'histories'));
  return {
    get: (key) => get(key, store()),
    set: (key, value) => set(key, value, store()),
    del: (key) => del(key, store()),
    entries: () => entries(store()),
  };
}

const updatedAt = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as HistoryRecord).updatedAt === 'number' ? (v as HistoryRecord).updatedAt : 0;

/** Histories kept per document (by textKey of its text). Calls reject when the browser's storage does. */
export function createHistoryStore(backend: HistoryBackend = indexedDbBackend(), now: () => number = Date.now) {
  const save = async (key: string, list: readonly HistoryEntry[]): Promise<void> => {
    if (list.length === 0) return backend.del(key);
    const record: HistoryRecord = { version: 1, updatedAt: now(), entries: list.slice(-MAX_ENTRIES) };
    await backend.set(key, record);
    const all = await backend.entries();
    if (all.length <= MAX_DOCUMENTS) return;
    const stale = all
      .filter(([k]) => k !== key)
      .sort((a, b) => updatedAt(b[1]) - updatedAt(a[1]))
      .slice(MAX_DOCUMENTS - 1);
    await Promise.all(stale.map(([k]) => backend.del(String(k))));
  };
  return {
    /** The document's questions, oldest first; a record of an unknown version, or entries that don't check out, are dropped. */
    async load(key: string): Promise<HistoryEntry[]> {
      const stored = await backend.get(key);
      const record = migrate(HISTORY_SCHEMA, storedVersion(stored), stored);
      return record ? record.entries.filter(isHistoryEntry) : [];
    },
    save,
    remove: (key: string) => backend.del(key),
    /** The text was edited: its history follows it to the new text's key. */
    async move(from: string, to: string, list: readonly HistoryEntry[]): Promise<void> {
      await save(to, list);
      if (from !== to) await backend.del(from);
    },
  };
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
