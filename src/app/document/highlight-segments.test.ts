import { describe, expect, it } from 'vitest';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { buildSegments } from './highlight-segments';

const answer = (start: number, end: number) => ({ start, end, text: '', score: 1 }) as unknown as QaAnswer;

describe('buildSegments with OCR words it was unsure of', () => {
  const text = 'The zebra ran to the omega.';

  it('marks each unsure word, inside and outside answer marks', () => {
    const segs = buildSegments(text, [answer(4, 13)], undefined, [
      { start: 4, end: 9 },
      { start: 21, end: 27 },
    ]);
    expect(segs).toEqual([
      { kind: 'text', text: 'The ' },
      {
        kind: 'mark',
        rank: 1,
        start: 4,
        end: 13,
        children: [
          { kind: 'text', text: 'zebra', unsure: true },
          { kind: 'text', text: ' ran' },
        ],
      },
      { kind: 'text', text: ' to the ' },
      { kind: 'text', text: 'omega.', unsure: true },
    ]);
  });

  it('gives way to the heat map when that is shown', () => {
    const heatmap: TokenHeatmap = { start: [0.5], end: [0], offsets: [0, 3] };
    const segs = buildSegments(text, [], heatmap, [{ start: 4, end: 9 }]);
    expect(segs.some((s) => s.kind === 'text' && s.unsure)).toBe(false);
    expect(segs[0]).toEqual({ kind: 'text', text: 'The', heat: 0.5 });
  });
});
