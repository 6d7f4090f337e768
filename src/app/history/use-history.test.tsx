import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QaResult } from '../../shared/answers';
import type { AskState } from '../ask/use-ask';
import { toEntry } from './history-entry';
import { createHistoryStore } from './history-store';
import { textKey } from './text-key';
import { useQaHistory } from './use-history';
import { memoryHistoryBackend } from '../../../test/helpers/memory-history-backend';

const TEXT = 'The harbour master logged ships in March.';
const RESULT: QaResult = {
  answers: [{ text: 'March', start: 35, end: 40, share: 0.9, score: 0.9, startLogit: 1, endLogit: 1, tokenStart: 0, tokenEnd: 1 }],
  nullScore: 0,
  nullOdds: -2,
  noAnswer: false,
  nullShare: 0.1,
  windowsDone: 1,
  windowsTotal: 1,
  stoppedEarly: false,
  questionTruncated: false,
};
const idle: AskState = { status: 'idle', result: null, progress: null, error: null, question: '', context: '', order: 'relevance' };

describe('useQaHistory take / restore (a library removal and its Undo)', () => {
  it('takes the shown document’s questions out of view and storage, and puts them back', async () => {
    const backend = memoryHistoryBackend();
    const store = createHistoryStore(backend);
    await store.save(textKey(TEXT), [toEntry('When?', TEXT, RESULT, 1), toEntry('Who?', TEXT, RESULT, 2)]);
    const doc = { kind: 'text' as const, name: 'harbour.txt', text: TEXT };
    const { result } = renderHook(() => useQaHistory(doc, idle, null, store));
    await waitFor(() => expect(result.current.entries).toHaveLength(2));
    let taken: Awaited<ReturnType<typeof result.current.take>> = [];
    await act(async () => void (taken = await result.current.take(TEXT)));
    expect(taken).toHaveLength(2);
    expect(result.current.entries).toHaveLength(0);
    expect(backend.map.size).toBe(0);
    act(() => result.current.restore(TEXT, taken));
    await waitFor(() => expect(backend.map.size).toBe(1));
    expect(result.current.entries.map((e) => e.question)).toEqual(['When?', 'Who?']);
  });

  it('takes a document not on screen from storage only, and restores it there', async () => {
    const backend = memoryHistoryBackend();
    const store = createHistoryStore(backend);
    const other = 'Another text entirely.';
    await store.save(textKey(other), [toEntry('What?', other, RESULT, 1)]);
    const doc = { kind: 'text' as const, name: 'harbour.txt', text: TEXT };
    const { result } = renderHook(() => useQaHistory(doc, idle, null, store));
    let taken: Awaited<ReturnType<typeof result.current.take>> = [];
    await act(async () => void (taken = await result.current.take(other)));
    expect(taken.map((e) => e.question)).toEqual(['What?']);
    expect(backend.map.has(textKey(other))).toBe(false);
    act(() => result.current.restore(other, taken));
    await waitFor(() => expect(backend.map.has(textKey(other))).toBe(true));
    expect(result.current.entries).toHaveLength(0);
  });
});
