import { describe, expect, it } from 'vitest';
import type { Flag } from './flag-entry';
import { flagsToSquad } from './squad-export';

const DOC = 'Ada Lovelace wrote the first program in 1843. Charles Babbage built the engine.';
const OTHER = 'Émile — 🙂 — lived in Lyon.';

const flag = (id: string, context: string, question: string, span: Flag['span'], verdict: Flag['verdict'] = 'wrong'): Flag => ({
  id,
  question,
  context,
  modelAnswer: 'x',
  verdict,
  span,
  at: 0,
});

describe('flagsToSquad', () => {
  it('writes each span with its exact answer_start and text', () => {
    const start = DOC.indexOf('1843');
    const out = flagsToSquad([flag('a', DOC, 'When?', { start, end: start + 4 }, 'right')]);
    expect(out.data[0].paragraphs[0].qas[0]).toEqual({
      id: 'a',
      question: 'When?',
      answers: [{ text: '1843', answer_start: 40 }],
      is_impossible: false,
    });
  });

  it('keeps UTF-16 offsets after characters outside the BMP', () => {
    const start = OTHER.indexOf('Lyon');
    const qa = flagsToSquad([flag('b', OTHER, 'Where?', { start, end: start + 4 })]).data[0].paragraphs[0].qas[0];
    expect(OTHER.slice(qa.answers[0].answer_start, qa.answers[0].answer_start + 4)).toBe('Lyon');
    expect(qa.answers[0].answer_start).toBe(22);
  });

  it('groups questions on the same text into one paragraph, in the order first flagged', () => {
    const out = flagsToSquad([
      flag('1', DOC, 'Who wrote?', { start: 0, end: 12 }),
      flag('2', OTHER, 'Where?', { start: 22, end: 26 }),
      flag('3', DOC, 'Who built?', { start: 46, end: 61 }),
    ]);
    const paragraphs = out.data[0].paragraphs;
    expect(paragraphs.map((p) => p.context)).toEqual([DOC, OTHER]);
    expect(paragraphs[0].qas.map((q) => q.id)).toEqual(['1', '3']);
    expect(paragraphs[0].qas[1].answers).toEqual([{ text: 'Charles Babbage', answer_start: 46 }]);
  });

  it('writes a flag without a span as an unanswerable question', () => {
    const qa = flagsToSquad([flag('n', DOC, 'Who painted it?', null)]).data[0].paragraphs[0].qas[0];
    expect(qa).toEqual({ id: 'n', question: 'Who painted it?', answers: [], is_impossible: true });
  });

  it('says version v2.0 and holds nothing for no flags', () => {
    expect(flagsToSquad([])).toEqual({ version: 'v2.0', data: [{ title: 'Flagged answers', paragraphs: [] }] });
  });
});
