import { afterEach, describe, expect, it, vi } from 'vitest';
import { QaError } from '../../shared/errors';
import { fetchLinkedExample, parseExample } from './linked-example';

const AT = 'https://example.org/demo/example.json';

describe('parseExample', () => {
  it("reads the app's shape: plain and object questions, attribution where given", () => {
    const d = parseExample(
      {
        title: ' Ferries ',
        text: 'The ferry leaves at noon.',
        questions: [
          'When does it leave?',
          { question: 'Who pays?', answer: null },
          { question: 'What leaves?', answer: 'The ferry' },
          '  ',
          7,
        ],
        source: 'Harbour office',
        licence: 'CC0',
      },
      AT,
    );
    expect(d).toEqual({
      title: 'Ferries',
      source: 'Harbour office',
      url: undefined,
      licence: 'CC0',
      licenceUrl: undefined,
      questions: [
        { question: 'When does it leave?', answer: null },
        { question: 'Who pays?', answer: null },
        { question: 'What leaves?', answer: 'The ferry' },
      ],
      questionsNote: null,
      text: 'The ferry leaves at noon.',
    });
  });

  it("reads a SQuAD file's first paragraph, an impossible question as one with no answer", () => {
    const squad = {
      version: 'v2.0',
      data: [
        {
          title: 'Normans',
          paragraphs: [
            {
              context: 'Rollo led them.',
              qas: [
                { id: '1', question: 'Who led them?', answers: [{ text: 'Rollo', answer_start: 0 }], is_impossible: false },
                { id: '2', question: 'Who followed?', answers: [], is_impossible: true },
              ],
            },
            { context: 'Not used.', qas: [] },
          ],
        },
      ],
    };
    expect(parseExample(squad, AT)).toMatchObject({
      title: 'Normans',
      text: 'Rollo led them.',
      questions: [
        { question: 'Who led them?', answer: 'Rollo' },
        { question: 'Who followed?', answer: null },
      ],
    });
  });

  it('refuses what has no text or no questions, naming the file and the reason', () => {
    for (const [bad, why] of [
      [null, 'no "text"'],
      [{ text: '  ', questions: [] }, 'no "text"'],
      [{ text: 'x' }, 'no "questions"'],
      [{ data: [{ paragraphs: [] }] }, 'no paragraph'],
    ] as const) {
      const e = (() => {
        try {
          parseExample(bad, AT);
        } catch (err) {
          return err;
        }
      })();
      expect(e).toBeInstanceOf(QaError);
      expect((e as QaError).code).toBe('INPUT_INVALID');
      expect((e as QaError).message).toContain(AT);
      expect((e as QaError).message).toContain(why);
    }
  });
});

describe('fetchLinkedExample', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says what failed: the network, the HTTP status, or a body that is not JSON', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchLinkedExample(AT)).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('Failed to fetch') });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404 })));
    await expect(fetchLinkedExample(AT)).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('404') });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>')));
    await expect(fetchLinkedExample(AT)).rejects.toMatchObject({ code: 'INPUT_INVALID', message: expect.stringContaining('not JSON') });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ text: 'T', questions: ['Q?'] }))));
    await expect(fetchLinkedExample(AT)).resolves.toMatchObject({ text: 'T', questions: [{ question: 'Q?', answer: null }] });
  });
});
