import { describe, expect, it } from 'vitest';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { chunkSegments, CHUNK_CHARS, type Chunk } from './document-chunks';
import { buildSegments, type Segment } from './highlight-segments';

const answer = (text: string, start: number, end: number): QaAnswer => ({
  text: text.slice(start, end),
  start,
  end,
  score: 0.5,
  share: 0.5,
  startLogit: 0,
  endLogit: 0,
  tokenStart: 0,
  tokenEnd: 0,
});

/** The text a list of segments renders, marks included. */
function flatten(segments: readonly Segment[], text: string): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : text.slice(s.start, s.end))).join('');
}
const joined = (chunks: Chunk[], text: string) => chunks.map((c) => flatten(c.segments, text)).join('');
const marks = (chunks: Chunk[]) => chunks.flatMap((c) => c.segments.filter((s) => s.kind === 'mark'));

describe('chunkSegments (document view blocks)', () => {
  it('keeps a short document in one block', () => {
    const text = 'A short text.\nTwo lines.';
    const chunks = chunkSegments(buildSegments(text, []));
    expect(chunks).toHaveLength(1);
    expect(joined(chunks, text)).toBe(text);
  });

  it('cuts long text just after newlines, losing nothing, and estimates lines', () => {
    const para = `${'word '.repeat(199)}end.\n`; // 1,000 characters
    const text = para.repeat(100);
    const chunks = chunkSegments(buildSegments(text, []));
    expect(chunks.length).toBeGreaterThan(5);
    expect(joined(chunks, text)).toBe(text);
    for (const c of chunks.slice(0, -1)) {
      expect(flatten(c.segments, text).endsWith('\n')).toBe(true);
      expect(c.chars).toBeGreaterThanOrEqual(CHUNK_CHARS);
      expect(c.chars).toBeLessThanOrEqual(CHUNK_CHARS * 1.5 + 1);
      expect(c.lines).toBeGreaterThanOrEqual(10);
    }
  });

  it('cuts after a space when a paragraph has no newline, and anywhere (not mid-surrogate) with no space', () => {
    const spaced = 'lorem '.repeat(10_000);
    const a = chunkSegments(buildSegments(spaced, []));
    expect(joined(a, spaced)).toBe(spaced);
    expect(a.slice(0, -1).every((c) => flatten(c.segments, spaced).endsWith(' '))).toBe(true);

    const dense = '😀'.repeat(20_000); // surrogate pairs, no whitespace at all
    const b = chunkSegments(buildSegments(dense, []));
    expect(b.length).toBeGreaterThan(2);
    expect(joined(b, dense)).toBe(dense);
    for (const c of b) expect(flatten(c.segments, dense)).toMatch(/^(\uD83D\uDE00)+$/);
  });

  it('ends a block only after a newline, also where a mark starts past the target (no break mid-sentence)', () => {
    const line = `${'word '.repeat(199)}end.\n`; // 1,000 characters
    const text = line.repeat(30);
    // Marks mid-line just past where a block is due: a block ending before one would push it onto a new line.
    const chunks = chunkSegments(buildSegments(text, [answer(text, 10_500, 10_509), answer(text, 21_003, 21_007)]));
    expect(joined(chunks, text)).toBe(text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks.slice(0, -1)) expect(flatten(c.segments, text).endsWith('\n')).toBe(true);
    // The text before each mark is in the mark's block.
    for (const c of chunks) {
      const i = c.segments.findIndex((s) => s.kind === 'mark');
      if (i >= 0) expect(i).toBeGreaterThan(0);
    }
  });

  it('ends the block at the line before a paragraph too long for one block, then cuts that paragraph after spaces', () => {
    const lines = 'A short line.\n'.repeat(400); // 5,600 characters
    const paragraph = 'lorem '.repeat(5000); // 30,000 characters, no newline
    const text = lines + paragraph;
    const chunks = chunkSegments(buildSegments(text, []));
    expect(joined(chunks, text)).toBe(text);
    expect(flatten(chunks[0].segments, text)).toBe(lines);
    expect(chunks.slice(1, -1).every((c) => flatten(c.segments, text).endsWith(' '))).toBe(true);
  });

  it('never splits an answer mark or a heat-shaded token', () => {
    const text = 'alpha '.repeat(5000);
    // Answers straddling where blocks would be cut, including a long one.
    const answers = [answer(text, 9_990, 10_020), answer(text, 19_000, 21_500), answer(text, 100, 106)];
    const heatmap: TokenHeatmap = { offsets: [9_984, 9_989, 15_000, 15_005], start: [0.5, 0.9], end: [0.1, 0.2] };
    const segments = buildSegments(text, answers, heatmap);
    const chunks = chunkSegments(segments);
    expect(joined(chunks, text)).toBe(text);
    expect(marks(chunks).map((m) => (m.kind === 'mark' ? [m.rank, m.start, m.end] : null))).toEqual([
      [3, 100, 106],
      [1, 9_990, 10_020],
      [2, 19_000, 21_500],
    ]);
    const heat = chunks.flatMap((c) => c.segments.filter((s) => s.kind === 'text' && s.heat !== undefined));
    expect(heat.map((s) => (s.kind === 'text' ? s.text : ''))).toEqual(['alpha', 'alpha']);
  });

  it('chunks 5 MB quickly', () => {
    const text = `${'word '.repeat(90)}\n`.repeat(11_000);
    const t0 = performance.now();
    const chunks = chunkSegments(buildSegments(text, [answer(text, 5, 20)]));
    const ms = performance.now() - t0;
    expect(text.length).toBeGreaterThan(4_900_000);
    expect(joined(chunks, text)).toBe(text);
    expect(ms).toBeLessThan(2_000);
  });
});
