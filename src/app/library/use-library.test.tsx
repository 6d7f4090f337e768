import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredDocument } from '../document/document-store';
import type { LibraryEntry } from './library-store';
import { useLibrary } from './use-library';

const stored = vi.hoisted(() => ({ texts: new Map<string, unknown>(), entries: new Map<string, unknown>(), refuse: false }));
const forgotten = vi.hoisted(() => [] as string[]);

vi.mock('../../client/worker-client', () => ({ qaClient: { forgetDocument: (id: string) => void forgotten.push(id) } }));
vi.mock('./storage-usage', () => ({ readUsage: async () => null, askPersistence: async () => undefined }));
vi.mock('./library-store', () => ({
  entryFor: (id: string, value: StoredDocument): LibraryEntry => ({
    id,
    name: value.doc.name,
    kind: value.doc.kind,
    pages: null,
    size: 1,
    chars: 1,
    added: Date.now(),
  }),
  listLibrary: async () => [...stored.entries.values()],
  loadLibraryDocument: async (id: string) => stored.texts.get(id) ?? null,
  saveLibraryDocument: async (entry: LibraryEntry, value: StoredDocument) => {
    stored.texts.set(entry.id, value);
    stored.entries.set(entry.id, entry);
  },
  deleteLibraryDocument: async (id: string) => {
    if (stored.refuse) throw new DOMException('refused', 'UnknownError');
    stored.texts.delete(id);
    stored.entries.delete(id);
  },
  renameLibraryDocument: async () => undefined,
}));

beforeEach(() => {
  stored.texts.clear();
  stored.entries.clear();
  forgotten.length = 0;
  stored.refuse = false;
  for (const [i, name] of ['a.txt', 'b.txt', 'c.txt'].entries()) {
    stored.entries.set(name, { id: name, name, kind: 'text', pages: null, size: 1, chars: 1, added: i });
    stored.texts.set(name, { doc: { kind: 'text', name, text: `${name} text` } });
  }
});

async function library() {
  const restored: string[] = [];
  const onRemoved = vi.fn(async (id: string) => () => void restored.push(id));
  const hook = renderHook(() => useLibrary(onRemoved));
  await waitFor(() => expect(hook.result.current.entries).toHaveLength(3));
  return { ...hook, onRemoved, restored };
}

describe('useLibrary removal', () => {
  it('two removals in a row: the first offer ends (its index forgotten), Undo brings back the second with its history and cells', async () => {
    const { result, onRemoved, restored } = await library();
    act(() => {
      result.current.remove('a.txt');
      result.current.remove('b.txt');
    });
    await waitFor(() => expect(result.current.entries.map((e) => e.id)).toEqual(['c.txt']));
    await waitFor(() => expect(forgotten).toHaveLength(1));
    const last = result.current.removed!.id;
    expect(forgotten).toEqual([last === 'a.txt' ? 'b.txt' : 'a.txt']);
    expect(onRemoved).toHaveBeenCalledTimes(2);
    act(() => result.current.undoRemove());
    await waitFor(() => expect(result.current.entries.map((e) => e.id)).toEqual([last, 'c.txt'].sort()));
    expect(restored).toEqual([last]);
    expect(stored.texts.has(last)).toBe(true);
    expect(result.current.removed).toBeNull();
  });

  it('Dismiss ends the offer: the index is forgotten, nothing is restored, and Undo does nothing after', async () => {
    const { result, restored } = await library();
    act(() => result.current.remove('b.txt'));
    await waitFor(() => expect(result.current.removed?.id).toBe('b.txt'));
    act(() => result.current.dismissRemoved());
    act(() => result.current.undoRemove());
    expect(forgotten).toEqual(['b.txt']);
    expect(result.current.removed).toBeNull();
    expect(restored).toEqual([]);
    expect(stored.texts.has('b.txt')).toBe(false);
  });

  it('a second click on Remove while the first is under way removes once', async () => {
    const { result, onRemoved } = await library();
    act(() => {
      result.current.remove('a.txt');
      result.current.remove('a.txt');
    });
    await waitFor(() => expect(result.current.removed?.id).toBe('a.txt'));
    expect(onRemoved).toHaveBeenCalledTimes(1);
  });

  it('a removal the storage refuses keeps the document listed and says why, with no Undo offer', async () => {
    const { result, onRemoved } = await library();
    stored.refuse = true;
    act(() => result.current.remove('b.txt'));
    await waitFor(() => expect(result.current.failures.map((f) => f.name)).toEqual(['b.txt']));
    expect(result.current.entries).toHaveLength(3);
    expect(result.current.removed).toBeNull();
    expect(onRemoved).not.toHaveBeenCalled();
  });
});
