import { describe, expect, it } from 'vitest';
import { parseSquad } from '../src/engine/squad/dataset';
import { flagsToSquad } from '../src/app/flag/squad-export';

// The export must read back through the same parser npm run eval and the Evaluate panel use.
describe('flag export read by the eval parser', () => {
  it('reads back as SQuAD 2.0 with the same spans and an unanswerable question', () => {
    const context = 'Ada Lovelace wrote the first program in 1843.';
    const base = { context, modelAnswer: 'x', verdict: 'wrong' as const, at: 0 };
    const file = flagsToSquad([
      { ...base, id: 'a', question: 'When?', span: { start: 40, end: 44 } },
      { ...base, id: 'b', question: 'Who painted it?', span: null },
    ]);
    const data = parseSquad(JSON.stringify(file));
    expect(data.version).toBe('2.0');
    expect(data.items.map((i) => [i.id, i.answers, i.answerStarts, i.isImpossible])).toEqual([
      ['a', ['1843'], [40], false],
      ['b', [], [], true],
    ]);
  });
});
