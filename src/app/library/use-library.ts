import { useCallback, useEffect, useRef, useState } from 'react';
import { qaClient } from '../../client/worker-client';
import type { StoredDocument } from '../document/document-store';
import {
  deleteLibraryDocument,
  entryFor,
  listLibrary,
  loadLibraryDocument,
  renameLibraryDocument,
  saveLibraryDocument,
  type LibraryEntry,
} from './library-store';
import { addFiles, type AddFailure, type AddProgress } from './add-files';
import { askPersistence, readUsage, type StorageUsage } from './storage-usage';

export interface LibraryApi {
  /** Every stored document, oldest first (records only: texts load when needed). */
  entries: readonly LibraryEntry[];
  ready: boolean;
  /** Set while files are being added. */
  adding: AddProgress | null;
  /** Files that could not be added in the last batch, each with why; the others were added. */
  failures: readonly AddFailure[];
  dismissFailures: () => void;
  usage: StorageUsage | null;
  /** The last removed document, which Undo brings back. */
  removed: LibraryEntry | null;
  /** Documents a library question reads: all but those unticked. */
  chosen: readonly string[];
  choose: (id: string, chosen: boolean) => void;
  addFiles: (files: readonly File[]) => void;
  cancelAdd: () => void;
  addText: (text: string, name: string) => Promise<void>;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  undoRemove: () => void;
  dismissRemoved: () => void;
}

const newId = () => crypto.randomUUID();

/**
 * The library's state and its storage. A removal deletes the stored copy at once and keeps the
 * document in memory for Undo; when that offer ends, `onForgotten` lets the rest of the app drop
 * what it keeps about it (its history, the worker's index).
 */
export function useLibrary(onForgotten: (id: string, value: StoredDocument) => void): LibraryApi {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [ready, setReady] = useState(false);
  const [adding, setAdding] = useState<AddProgress | null>(null);
  const [failures, setFailures] = useState<AddFailure[]>([]);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [removed, setRemoved] = useState<{ entry: LibraryEntry; value: StoredDocument } | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const controller = useRef<AbortController | null>(null);
  const forgotten = useRef(onForgotten);
  forgotten.current = onForgotten;

  const refreshUsage = useCallback(() => void readUsage().then(setUsage), []);

  useEffect(() => {
    let cancelled = false;
    listLibrary()
      .catch(() => [])
      .then((list) => {
        if (cancelled) return;
        setEntries(list);
        setReady(true);
        refreshUsage();
      });
    return () => {
      cancelled = true;
    };
  }, [refreshUsage]);

  const store = useCallback(async (value: StoredDocument): Promise<LibraryEntry> => {
    const entry = entryFor(newId(), value);
    await askPersistence();
    await saveLibraryDocument(entry, value);
    setEntries((list) => [...list, entry]);
    return entry;
  }, []);

  const add = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      setFailures([]);
      void addFiles(files, store, {
        signal: c.signal,
        onProgress: setAdding,
        onFailed: (failure) => setFailures((list) => [...list, failure]),
      }).finally(() => {
        if (controller.current === c) {
          controller.current = null;
          setAdding(null);
        }
        refreshUsage();
      });
    },
    [store, refreshUsage],
  );

  const addText = useCallback(
    async (text: string, name: string) => {
      await store({ doc: { kind: 'text', name, text } });
      refreshUsage();
    },
    [store, refreshUsage],
  );

  const rename = useCallback((id: string, name: string) => {
    setEntries((list) => {
      const entry = list.find((e) => e.id === id);
      if (!entry || !name.trim() || entry.name === name) return list;
      void renameLibraryDocument(entry, name.trim()).catch(() => undefined);
      return list.map((e) => (e.id === id ? { ...e, name: name.trim() } : e));
    });
  }, []);

  const removedNow = useRef(removed);
  removedNow.current = removed;
  const endUndo = useCallback(() => {
    const r = removedNow.current;
    removedNow.current = null;
    setRemoved(null);
    if (!r) return;
    qaClient.forgetDocument(r.entry.id);
    forgotten.current(r.entry.id, r.value);
  }, []);

  const remove = useCallback(
    (id: string) => {
      const entry = entries.find((e) => e.id === id);
      if (!entry) return;
      void (async () => {
        // Read back first: Undo needs the whole document, and it goes from storage at once.
        const value = await loadLibraryDocument(id);
        endUndo();
        await deleteLibraryDocument(id);
        setEntries((list) => list.filter((e) => e.id !== id));
        if (value) setRemoved({ entry, value });
        refreshUsage();
      })().catch(() => undefined);
    },
    [entries, endUndo, refreshUsage],
  );

  const undoRemove = useCallback(() => {
    if (!removed) return;
    const { entry, value } = removed;
    setRemoved(null);
    saveLibraryDocument(entry, value).then(
      () => {
        setEntries((list) => [...list, entry].sort((a, b) => a.added - b.added));
        refreshUsage();
      },
      // Still in memory: the offer stays, with why it did not work.
      (e: unknown) => {
        setRemoved({ entry, value });
        setFailures([{ name: entry.name, error: e }]);
      },
    );
  }, [removed, refreshUsage]);

  const choose = useCallback((id: string, chosen: boolean) => {
    setUnticked((set) => {
      const next = new Set(set);
      if (chosen) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  return {
    entries,
    chosen: entries.filter((e) => !unticked.has(e.id)).map((e) => e.id),
    choose,
    ready,
    adding,
    failures,
    dismissFailures: useCallback(() => setFailures([]), []),
    usage,
    removed: removed?.entry ?? null,
    addFiles: add,
    cancelAdd: useCallback(() => controller.current?.abort(), []),
    addText,
    rename,
    remove,
    undoRemove,
    dismissRemoved: endUndo,
  };
}
