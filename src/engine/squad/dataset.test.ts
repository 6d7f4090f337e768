import { describe, expect, it } from 'vitest';
import { QaError } from '../../shared/errors';
import { parseSquad } from './dataset';
import { wholeArticles } from './whole-article';

const V1 = {
  version: '1.1',
  data: [
    {
      title: 'Normans',
      paragraphs: [
        {
          context: 'The Normans gave their name to Normandy.',
          qas: [
            {
              id: 'a1',
              question: 'Who gave their name?',
              answers: [
                { text: 'The Normans', answer_start: 0 },
                { text: 'Normans', answer_start: 4 },
              ],
            },
            { id: 'a2', question: 'To what?', answers: [{ text: 'Normandy', answer_start: 31 }] },
          ],
        },
      ],
    },
    {
      title: 'Other',
      paragraphs: [{ context: 'Second article.', qas: [{ id: 'b1', question: 'Which?', answers: [{ text: 'Second', answer_start: 0 }] }] }],
    },
  ],
};

const V2 = {
  version: 'v2.0',
  data: [
    {
      title: 'Normans',
      paragraphs: [
        {
          context: 'Normandy is in France.',
          qas: [
            { id: 'q1', question: 'Where?', answers: [{ text: 'France', answer_start: 15 }], is_impossible: false },
            { id: 'q2', question: 'When?', answers: [], plausible_answers: [{ text: 'France', answer_start: 15 }], is_impossible: true },
          ],
        },
      ],
    },
  ],
};

function errorOf(data: unknown): QaError {
  try {
    parseSquad(typeof data === 'string' ? data : JSON.stringify(data));
  } catch (e) {
    expect(e).toBeInstanceOf(QaError);
    expect((e as QaError).code).toBe('DATASET_INVALID');
    return e as QaError;
  }
  throw new Error('expected DATASET_INVALID');
}

/** V1 with one question (data[0].paragraphs[0].qas[1]) or paragraph changed by `edit`. */
function broken(edit: (d: any) => void): unknown {
  const d = structuredClone(V1);
  edit(d);
  return d;
}

describe('parseSquad', () => {
  it('flattens v1.1 in file order, golds as texts', () => {
    const ds = parseSquad(JSON.stringify(V1));
    expect(ds.version).toBe('1.1');
    expect(ds.items.map((i) => i.id)).toEqual(['a1', 'a2', 'b1']);
    expect(ds.items[0]).toEqual({
      id: 'a1',
      question: 'Who gave their name?',
      context: 'The Normans gave their name to Normandy.',
      answers: ['The Normans', 'Normans'],
      answerStarts: [0, 4],
      article: 0,
      isImpossible: false,
    });
    expect(ds.items[2]).toMatchObject({ id: 'b1', article: 1, answerStarts: [0] });
  });

  it('joins each article into one document for whole-article runs, shifting the gold offsets', () => {
    const twoParagraphs = structuredClone(V1);
    twoParagraphs.data[0].paragraphs.push({
      context: 'Rollo led them.',
      qas: [{ id: 'a3', question: 'Who led?', answers: [{ text: 'Rollo', answer_start: 0 }] }],
    });
    const ds = wholeArticles(parseSquad(JSON.stringify(twoParagraphs)));
    const article = 'The Normans gave their name to Normandy.\n\nRollo led them.';
    expect(ds.items.map((i) => [i.id, i.context === article])).toEqual([
      ['a1', true],
      ['a2', true],
      ['a3', true],
      ['b1', false],
    ]);
    for (const item of ds.items)
      item.answerStarts.forEach((s, k) => expect(item.context.slice(s, s + item.answers[k].length)).toBe(item.answers[k]));
    expect(ds.items[2].answerStarts).toEqual([42]);
    expect(ds.items[3].context).toBe('Second article.');
  });

  it('reads v2.0 with unanswerable questions', () => {
    const ds = parseSquad(JSON.stringify(V2));
    expect(ds.version).toBe('2.0');
    expect(ds.items[1]).toMatchObject({ id: 'q2', answers: [], isImpossible: true });
  });

  it('detects v2.0 from is_impossible when the version field is missing or old', () => {
    const d = structuredClone(V2) as any;
    d.version = '1.1';
    expect(parseSquad(JSON.stringify(d)).version).toBe('2.0');
    delete d.version;
    expect(parseSquad(JSON.stringify(d)).version).toBe('2.0');
    expect(parseSquad(JSON.stringify({ data: V1.data })).version).toBe('1.1');
  });

  it('rejects text that is not JSON', () => {
    expect(errorOf('{"data": [').message).toMatch(/not valid JSON/);
  });

  it('rejects a file without a data array', () => {
    expect(errorOf({ version: '1.1' }).message).toMatch(/no "data" array/);
    expect(errorOf({ data: {} }).message).toMatch(/"data" is an object, not an array/);
    expect(errorOf([1, 2]).message).toMatch(/holds an array/);
  });

  it.each([
    ['paragraphs', (d: any) => delete d.data[1].paragraphs, 'data[1] has no "paragraphs"'],
    ['context', (d: any) => delete d.data[0].paragraphs[0].context, 'data[0].paragraphs[0] has no "context"'],
    ['qas', (d: any) => delete d.data[0].paragraphs[0].qas, 'data[0].paragraphs[0] has no "qas"'],
    ['id', (d: any) => delete d.data[0].paragraphs[0].qas[1].id, 'data[0].paragraphs[0].qas[1] has no "id"'],
    ['question', (d: any) => delete d.data[0].paragraphs[0].qas[1].question, 'data[0].paragraphs[0].qas[1] has no "question"'],
    ['answers', (d: any) => delete d.data[0].paragraphs[0].qas[1].answers, 'data[0].paragraphs[0].qas[1] has no "answers"'],
    [
      'answers type',
      (d: any) => (d.data[0].paragraphs[0].qas[1].answers = 'Normandy'),
      'data[0].paragraphs[0].qas[1] "answers" is a string, not an array',
    ],
    [
      'answer text',
      (d: any) => (d.data[0].paragraphs[0].qas[0].answers[1] = { answer_start: 3 }),
      'data[0].paragraphs[0].qas[0].answers[1] has no "text"',
    ],
    [
      'question type',
      (d: any) => (d.data[1].paragraphs[0].qas[0].question = 7),
      'data[1].paragraphs[0].qas[0] "question" is a number, not a string',
    ],
    ['duplicate id', (d: any) => (d.data[1].paragraphs[0].qas[0].id = 'a1'), 'data[1].paragraphs[0].qas[0] repeats the id "a1"'],
  ])('names the place of a bad %s', (_what, edit, message) => {
    const err = errorOf(broken(edit));
    expect(err.message).toContain(message);
  });
});
