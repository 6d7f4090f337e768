import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredDocument } from './document-store';
import { useDocument } from './use-document';

// IndexedDB stands in as a map whose writes answer only when the test says so, as a slow disk would.
const store = vi.hoisted(() => ({
  value: null as StoredDocument | null,
  writes: [] as { value: StoredDocument | null; done: () => void }[],
}));
vi.mock('./document-store', async (importActual) => ({
  ...(await importActual<typeof import('./document-store')>()),
  loadStoredDocument: () => Promise.resolve(store.value),
  saveStoredDocument: (value: StoredDocument | null) =>
    new Promise<void>((resolve) => store.writes.push({ value, done: () => ((store.value = value), resolve()) })),
}));

const DRAFT_KEY = 'qa-app:document-draft';
const text = (t: string, name = 'Pasted text'): StoredDocument => ({ doc: { kind: 'text', name, text: t } });
const events = { onOpened: () => undefined, onInputChanged: () => undefined, onForgotten: () => undefined };
const draft = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as { value: StoredDocument } | null;

async function started() {
  const hook = renderHook(() => useDocument(events));
  await waitFor(() => expect(hook.result.current.saved).toBe(true));
  return hook;
}

beforeEach(() => {
  store.value = null;
  store.writes = [];
});

describe('useDocument saving', () => {
  it('saves a document that replaces another at once, not after the typing delay', async () => {
    const { result } = await started();
    act(() => result.current.setPlainText('The Normans were…', 'Normans'));
    expect(store.writes.map((w) => w.value?.doc.text)).toEqual(['The Normans were…']);
    expect(result.current.saved).toBe(false);
    await act(async () => store.writes[0].done());
    expect(result.current.saved).toBe(true);
  });

  it('keeps the last keystrokes in a synchronous draft when the page hides before IndexedDB answers', async () => {
    const { result } = await started();
    act(() => result.current.setText('typed just now'));
    expect(store.writes).toEqual([]); // Typing waits for a pause.
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(draft()?.value.doc.text).toBe('typed just now');
    expect(store.writes.map((w) => w.value?.doc.text)).toEqual(['typed just now']);
    // Had the page lived on, the confirmed save would make the draft unnecessary.
    await act(async () => store.writes[0].done());
    expect(draft()).toBeNull();
    expect(result.current.saved).toBe(true);
  });

  it('starts from a draft left by the last page, newer than the stored copy, and takes it into IndexedDB', async () => {
    store.value = text('older, in IndexedDB');
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, value: text('newer, from the draft') }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { result } = renderHook(() => useDocument(events));
      await act(async () => undefined);
      expect(result.current.doc.text).toBe('newer, from the draft');
      expect(result.current.saved).toBe(false);
      act(() => void vi.advanceTimersByTime(600));
      await act(async () => store.writes[0].done());
      expect(store.value?.doc.text).toBe('newer, from the draft');
      expect(draft()).toBeNull();
      expect(result.current.saved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops a draft of another shape, and Clear removes any draft with the document', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, value: { doc: { kind: 'text', text: 3 } } }));
    store.value = text('stored');
    const { result } = await started();
    expect(result.current.doc.text).toBe('stored');
    act(() => result.current.setText('stored, edited'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(draft()).not.toBeNull();
    act(() => result.current.clear());
    expect(draft()).toBeNull();
    expect(store.writes.at(-1)?.value).toBeNull();
  });
});

describe('useDocument undo', () => {
  it('offers Undo after Clear', async () => {
    const { result } = await started();
    act(() => result.current.setText('typed text'));
    act(() => result.current.clear());
    expect(result.current.doc.text).toBe('');
    expect(result.current.undoable?.previous.doc.text).toBe('typed text');
  });
});
