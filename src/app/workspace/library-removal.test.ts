import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../history/history-entry';
import { takeRemoved, type RemovalPorts } from './library-removal';

const entry = (id: string) => ({ id, question: 'Who?', askedAt: 1 }) as HistoryEntry;
interface Column {
  docId: string;
  index: number;
}

/** The features as storage sees them: the grid's documents and histories by text. */
function fakes(docIds: string[], histories: Record<string, HistoryEntry[]>) {
  const state = { docIds, histories };
  const ports: RemovalPorts<Column> = {
    grid: {
      take: (docId) => {
        const index = state.docIds.indexOf(docId);
        if (index < 0) return null;
        state.docIds = state.docIds.filter((d) => d !== docId);
        return { docId, index };
      },
      restore: (c) => void state.docIds.splice(c.index, 0, c.docId),
    },
    history: {
      take: async (text) => {
        const taken = state.histories[text] ?? [];
        delete state.histories[text];
        return taken;
      },
      restore: (text, entries) => void (state.histories[text] = [...entries]),
    },
  };
  return { state, ports };
}
const doc = (text: string) => ({ doc: { kind: 'text' as const, name: 'b.txt', text } });

describe('removing a library document', () => {
  it('takes its history and its grid column at once; Undo puts them back where they were', async () => {
    const { state, ports } = fakes(['a', 'b', 'c'], { 'Bob wrote in May.': [entry('1'), entry('2')], other: [entry('3')] });
    const undo = await takeRemoved('b', doc('Bob wrote in May.'), ports);
    expect(state.docIds).toEqual(['a', 'c']);
    expect(Object.keys(state.histories)).toEqual(['other']);
    undo();
    expect(state.docIds).toEqual(['a', 'b', 'c']);
    expect(state.histories['Bob wrote in May.']?.map((e) => e.id)).toEqual(['1', '2']);
  });

  it('a document not in the grid, or without questions, has nothing to put back', async () => {
    const { state, ports } = fakes(['a'], {});
    const undo = await takeRemoved('z', doc('text'), ports);
    undo();
    expect(state).toEqual({ docIds: ['a'], histories: {} });
  });

  it('a document whose stored copy was unreadable still loses its grid column', async () => {
    const { state, ports } = fakes(['a', 'b'], { '': [entry('1')] });
    await takeRemoved('a', null, ports);
    expect(state.docIds).toEqual(['b']);
    expect(state.histories['']).toHaveLength(1);
  });
});
