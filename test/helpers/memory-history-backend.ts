import type { HistoryBackend } from '../../src/app/history/history-store';

/** History storage in a Map, cloned on the way in and out as IndexedDB would; `map` lets a test look inside. */
export function memoryHistoryBackend(): HistoryBackend & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (k) => structuredClone(map.get(k)),
    set: async (k, v) => void map.set(k, structuredClone(v)),
    del: async (k) => void map.delete(k),
    entries: async () => [...map.entries()],
  };
}
