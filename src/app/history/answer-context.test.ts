import { describe, expect, it } from 'vitest';
import { sentenceAround } from './answer-context';

const at = (text: string, answer: string) => {
  const start = text.indexOf(answer);
  return sentenceAround(text, start, start + answer.length);
};

describe('sentenceAround', () => {
  const text = 'The Normans came from Normandy. Smith wrote about Rollo in 1066. It was 3.5 km long!\n\nNext paragraph here.';

  it('gives the sentence holding the answer, not its neighbours', () => {
    expect(at(text, 'Normandy')).toBe('The Normans came from Normandy.');
    expect(at(text, 'Rollo')).toBe('Smith wrote about Rollo in 1066.');
    expect(at(text, '3.5 km')).toBe('It was 3.5 km long!');
  });

  it('joins the sentences an answer spans, on one line', () => {
    expect(at(text, 'long!\n\nNext')).toBe('It was 3.5 km long! Next paragraph here.');
  });

  it('marks a sentence cut at the search window', () => {
    const long = `${'word '.repeat(400)}answer ${'more '.repeat(400)}end.`;
    const context = at(long, 'answer');
    expect(context.startsWith('…')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context).toContain('word answer more');
  });

  it('handles non-ASCII text and bad offsets', () => {
    expect(at('Première phrase. Zébra a couru — oméga ! Fin.', 'oméga')).toBe('Zébra a couru — oméga !');
    expect(sentenceAround('Short.', 4, 99)).toBe('');
    expect(sentenceAround('', 0, 0)).toBe('');
  });
});
