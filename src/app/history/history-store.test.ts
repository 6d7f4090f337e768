import { describe, expect, it } from 'vitest';
import type { QaResult } from '../../shared/answers';
import { isHistoryEntry, toEntry, toResult, type HistoryEntry } from './history-entry';
import { createHistoryStore, MAX_DOCUMENTS, MAX_ENTRIES, withEntry } from './history-store';
import { textKey } from './text-key';
import { memoryHistoryBackend } from '../../../test/helpers/memory-history-backend';

const TEXT = 'The Normans came from Normandy. Their leader was Rollo, a Viking.';
const span = (text: string, share: number) => {
  const start = TEXT.indexOf(text);
  return { text, start, end: start + text.length, share, score: 0.9, startLogit: 1, endLogit: 2, tokenStart: 3, tokenEnd: 4 };
};
const RESULT: QaResult = {
  answers: [{ ...span('Rollo', 0.8), alternatives: [span('Rollo, a Viking', 0.1)] }, span('Normandy', 0.05)],
  nullScore: 0.01,
  nullOdds: -3,
  noAnswer: false,
  nullShare: 0.05,
  windowsDone: 1,
  windowsTotal: 1,
  stoppedEarly: false,
  questionTruncated: false,
};
const entry = (question: string, askedAt = 1, text = TEXT) => toEntry(question, text, RESULT, askedAt);

describe('toEntry / toResult', () => {
  it('keeps what was shown: texts, shares, offsets, alternatives and each sentence', () => {
    const e = entry('Who led them?');
    expect(isHistoryEntry(e)).toBe(true);
    expect(e.textKey).toBe(textKey(TEXT));
    expect(e.answers[0]).toMatchObject({ text: 'Rollo', share: 0.8, context: 'Their leader was Rollo, a Viking.' });
    expect(e.answers[0].alternatives).toEqual([{ text: 'Rollo, a Viking', start: 49, end: 64, share: 0.1 }]);
    const shown = toResult(e);
    expect(shown.answers.map((a) => [a.text, a.start, a.end, a.share])).toEqual(
      RESULT.answers.map((a) => [a.text, a.start, a.end, a.share]),
    );
    expect(shown.answers[0].alternatives?.[0].text).toBe('Rollo, a Viking');
    expect(shown.nullShare).toBe(0.05);
  });

  it('keeps the model that answered and the figures behind "Score details"; entries kept before still read', () => {
    const model = { source: 'owner/qa@main', modelType: 'bert', weights: 'onnx/model_quantized.onnx', dtype: 'q8', backend: 'wasm' };
    const e = toEntry('Who led them?', TEXT, RESULT, 1, model);
    expect(isHistoryEntry(e)).toBe(true);
    expect(e.model).toEqual(model);
    const shown = toResult(e);
    expect([shown.answers[0].startLogit, shown.answers[0].endLogit, shown.nullScore, shown.nullOdds]).toEqual([1, 2, 0.01, -3]);
    // An entry from before these fields: valid, and its result says the figures were not kept (NaN, not 0).
    const { model: _m, nullScore: _s, nullOdds: _o, ...older } = e;
    const oldAnswers = older.answers.map(({ startLogit: _a, endLogit: _b, ...a }) => a);
    expect(isHistoryEntry({ ...older, answers: oldAnswers })).toBe(true);
    const oldShown = toResult({ ...older, answers: oldAnswers });
    expect([oldShown.answers[0].startLogit, oldShown.nullScore]).toEqual([NaN, NaN]);
    // Figures that are not finite are left out rather than stored, so the entry still reads back.
    const odd = toEntry('Q', TEXT, { ...RESULT, nullOdds: -Infinity }, 1, null);
    expect(odd.nullOdds).toBeUndefined();
    expect(isHistoryEntry(odd)).toBe(true);
    expect(isHistoryEntry({ ...e, model: { ...model, dtype: 8 } })).toBe(false);
  });

  it('rejects damaged entries', () => {
    const e = entry('Q');
    expect(isHistoryEntry({ ...e, question: 3 })).toBe(false);
    expect(isHistoryEntry({ ...e, answers: [{ ...e.answers[0], start: 9, end: 2 }] })).toBe(false);
    expect(isHistoryEntry({ ...e, answers: [{ ...e.answers[0], alternatives: null }] })).toBe(false);
    expect(isHistoryEntry(null)).toBe(false);
  });
});

describe('withEntry', () => {
  it('appends, replaces a repeat of the last question on the same text, and keeps the newest MAX_ENTRIES', () => {
    let list: HistoryEntry[] = [];
    list = withEntry(list, entry('A', 1));
    list = withEntry(list, entry('B', 2));
    list = withEntry(list, entry('B', 3));
    expect(list.map((e) => [e.question, e.askedAt])).toEqual([
      ['A', 1],
      ['B', 3],
    ]);
    // The same question about an edited text is a new entry.
    list = withEntry(list, entry('B', 4, `${TEXT} More.`));
    expect(list).toHaveLength(3);
    for (let i = 0; i < MAX_ENTRIES + 5; i++) list = withEntry(list, entry(`Q${i}`, 10 + i));
    expect(list).toHaveLength(MAX_ENTRIES);
    expect(list[0].question).toBe('Q5');
    expect(list[MAX_ENTRIES - 1].question).toBe(`Q${MAX_ENTRIES + 4}`);
  });
});

describe('createHistoryStore', () => {
  it('saves and loads per document, and removes', async () => {
    const backend = memoryHistoryBackend();
    const store = createHistoryStore(backend);
    await store.save('doc-a', [entry('A')]);
    await store.save('doc-b', [entry('B1'), entry('B2')]);
    expect((await store.load('doc-a')).map((e) => e.question)).toEqual(['A']);
    expect((await store.load('doc-b')).map((e) => e.question)).toEqual(['B1', 'B2']);
    expect(await store.load('doc-c')).toEqual([]);
    await store.remove('doc-a');
    expect(await store.load('doc-a')).toEqual([]);
    await store.save('doc-b', []);
    expect(backend.map.size).toBe(0);
  });

  it('moves a history to the edited text, and drops damaged records or entries', async () => {
    const backend = memoryHistoryBackend();
    const store = createHistoryStore(backend);
    await store.move('old', 'new', [entry('A')]);
    expect(backend.map.has('old')).toBe(false);
    expect((await store.load('new')).map((e) => e.question)).toEqual(['A']);
    backend.map.set('junk', 'not a record');
    backend.map.set('mixed', { version: 1, updatedAt: 1, entries: [entry('ok'), { question: 'broken' }] });
    expect(await store.load('junk')).toEqual([]);
    expect((await store.load('mixed')).map((e) => e.question)).toEqual(['ok']);
  });

  it('reads version 1 records (also without the field) and drops records of an unknown version', async () => {
    const backend = memoryHistoryBackend();
    const store = createHistoryStore(backend);
    await store.save('saved', [entry('A')]);
    expect(backend.map.get('saved')).toMatchObject({ version: 1 });
    backend.map.set('bare', { updatedAt: 1, entries: [entry('B')] });
    backend.map.set('newer', { version: 2, updatedAt: 1, entries: [entry('C')] });
    backend.map.set('odd', { version: '1', updatedAt: 1, entries: [entry('D')] });
    expect((await store.load('saved')).map((e) => e.question)).toEqual(['A']);
    expect((await store.load('bare')).map((e) => e.question)).toEqual(['B']);
    expect(await store.load('newer')).toEqual([]);
    expect(await store.load('odd')).toEqual([]);
  });

  it('keeps at most MAX_DOCUMENTS histories, forgetting the least recently saved', async () => {
    const backend = memoryHistoryBackend();
    let t = 0;
    const store = createHistoryStore(backend, () => ++t);
    for (let i = 0; i < MAX_DOCUMENTS; i++) await store.save(`doc-${i}`, [entry('Q')]);
    await store.save('doc-0', [entry('Q again')]); // The oldest, used again: now the newest.
    for (let i = MAX_DOCUMENTS; i < MAX_DOCUMENTS + 3; i++) await store.save(`doc-${i}`, [entry('Q')]);
    expect(backend.map.size).toBe(MAX_DOCUMENTS);
    expect(['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4'].map((k) => backend.map.has(k))).toEqual([true, false, false, false, true]);
  });
});
