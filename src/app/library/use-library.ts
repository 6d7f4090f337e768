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

/** A removal Undo can still take back: the document in memory, and what puts back what went with it. */
interface Pending {
  entry: LibraryEntry;
  value: StoredDocument;
  restore: () => void;
}

/**
 * The library's state and its storage. A removal deletes the stored copy at once, and `onRemoved`
 * lets the rest of the app take out what it keeps about the document (its history, its grid column),
 * resolving with what puts it back; the document stays in memory for Undo. When that offer ends
 * (dismissed, or the next removal), the worker's index of it is forgotten too.
 */
export function useLibrary(onRemoved: (id: string, value: StoredDocument | null) => Promise<() => void>): LibraryApi {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [ready, setReady] = useState(false);
  const [adding, setAdding] = useState<AddProgress | null>(null);
  const [failures, setFailures] = useState<AddFailure[]>([]);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [removed, setRemoved] = useState<LibraryEntry | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const controller = useRef<AbortController | null>(null);
  const taken = useRef(onRemoved);
  taken.current = onRemoved;

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

  // The offer standing now, read by every call at once: a state value read in a callback may be a
  // render behind (a second removal right after a first one would not end the first's offer).
  const pending = useRef<Pending | null>(null);
  const offer = useCallback((p: Pending | null) => {
    pending.current = p;
    setRemoved(p?.entry ?? null);
  }, []);
  const endUndo = useCallback(() => {
    const p = pending.current;
    offer(null);
    if (p) qaClient.forgetDocument(p.entry.id);
  }, [offer]);

  const latestEntries = useRef(entries);
  latestEntries.current = entries;
  const removing = useRef(new Set<string>());
  const remove = useCallback(
    (id: string) => {
      const entry = latestEntries.current.find((e) => e.id === id);
      if (!entry || removing.current.has(id)) return;
      removing.current.add(id);
      void (async () => {
        // Read back first: Undo needs the whole document, and it goes from storage at once.
        const value = await loadLibraryDocument(id);
        await deleteLibraryDocument(id);
        setEntries((list) => list.filter((e) => e.id !== id));
        const restore = await taken.current(id, value);
        // The offer before this one ends now; the last removal is the one Undo brings back.
        endUndo();
        if (value) offer({ entry, value, restore });
        else qaClient.forgetDocument(id);
        refreshUsage();
      })()
        // Storage refused (the document stays listed where the delete did not happen): say so.
        .catch((error: unknown) => setFailures([{ name: entry.name, error }]))
        .finally(() => removing.current.delete(id));
    },
    [endUndo, offer, refreshUsage],
  );

  const undoRemove = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    offer(null);
    saveLibraryDocument(p.entry, p.value).then(
      () => {
        setEntries((list) => [...list, p.entry].sort((a, b) => a.added - b.added));
        p.restore();
        refreshUsage();
      },
      (e: unknown) => {
        setFailures([{ name: p.entry.name, error: e }]);
        // Still in memory: the offer stays, with why it did not work, unless a later removal took its place.
        if (!pending.current) offer(p);
        else qaClient.forgetDocument(p.entry.id);
      },
    );
  }, [offer, refreshUsage]);

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
    removed,
    addFiles: add,
    cancelAdd: useCallback(() => controller.current?.abort(), []),
    addText,
    rename,
    remove,
    undoRemove,
    dismissRemoved: endUndo,
  };
}
