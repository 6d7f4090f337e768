import { describe, expect, it } from 'vitest';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { fillBlocks, textBlocks, type Block } from './document-blocks';
import { blockSignature } from './DocumentBlock';
import { buildSegments, type Segment } from './highlight-segments';

const answer = (text: string, start: number, end: number, score = 0.5): QaAnswer => ({
  text: text.slice(start, end),
  start,
  end,
  score,
  share: 0.5,
  startLogit: 0,
  endLogit: 0,
  tokenStart: 0,
  tokenEnd: 0,
});

const render = (segments: readonly Segment[], text: string): string =>
  segments.map((s) => (s.kind === 'text' ? s.text : text.slice(s.start, s.end))).join('');
const marksOf = (blocks: Block[]) =>
  blocks.flatMap((b) => b.segments.flatMap((s) => (s.kind === 'mark' ? [[s.rank, s.start, s.end]] : [])));

/** Each block renders exactly its own range of the text, and the blocks tile the text. */
function expectTiles(blocks: Block[], text: string): void {
  let at = 0;
  for (const b of blocks) {
    expect(b.start).toBe(at);
    expect(render(b.segments, text)).toBe(text.slice(b.start, b.end));
    at = b.end;
  }
  expect(at).toBe(text.length);
}

describe('document blocks: cut from the text once, answers dropped in', () => {
  const line = `${'word '.repeat(199)}end.\n`; // 1,000 characters
  const text = line.repeat(60);
  const layout = textBlocks(text);

  it('cuts the plain text after newlines, as the view always did', () => {
    expect(layout.length).toBeGreaterThan(3);
    for (const b of layout.slice(0, -1)) expect(text[b.end - 1]).toBe('\n');
    expectTiles(fillBlocks(layout, buildSegments(text, [])), text);
    expect(textBlocks('')).toEqual([]);
  });

  it('keeps the text blocks where no mark crosses them, and joins the two a mark or a shaded token crosses', () => {
    const cut = layout[1].end; // a block end: the mark below runs across it
    const answers = [answer(text, cut - 20, cut + 30), answer(text, 5, 20)];
    const heatmap: TokenHeatmap = { offsets: [layout[3].end - 2, layout[3].end + 3], start: [0.9], end: [0.1] };
    const blocks = fillBlocks(layout, buildSegments(text, answers, heatmap));
    expectTiles(blocks, text);
    expect(marksOf(blocks)).toEqual([
      [2, 5, 20],
      [1, cut - 20, cut + 30],
    ]);
    expect(blocks.map((b) => b.end)).toEqual(layout.filter((b) => b.end !== cut && b.end !== layout[3].end).map((b) => b.end));
    const joined = blocks.find((b) => b.start === layout[1].start)!;
    expect(joined.lines).toBe(layout[1].lines + layout[2].lines);
  });

  it('joins as many blocks as a long answer spans', () => {
    const answers = [answer(text, layout[0].end - 1, layout[3].end + 1)];
    const blocks = fillBlocks(layout, buildSegments(text, answers));
    expectTiles(blocks, text);
    expect(blocks[0].end).toBe(layout[4].end);
  });

  it('gives every block without a change the same signature, so only the blocks whose marks moved render again', () => {
    const sign = (answers: QaAnswer[]) => fillBlocks(layout, buildSegments(text, answers)).map((b) => blockSignature(b, answers));
    const before = sign([answer(text, 100, 120), answer(text, 30_000, 30_010)]);
    const after = sign([answer(text, 100, 120), answer(text, 45_000, 45_010)]);
    const changed = before.flatMap((s, i) => (s === after[i] ? [] : [i]));
    const blockOf = (offset: number) => layout.findIndex((b) => b.start <= offset && offset < b.end);
    expect(changed).toEqual([blockOf(30_000), blockOf(45_000)].sort((a, b) => a - b));
    // A different score changes what the mark says (its title), so its block renders again.
    expect(sign([answer(text, 100, 120, 0.9), answer(text, 45_000, 45_010)])[blockOf(100)]).not.toBe(after[blockOf(100)]);
  });

  it('drops answers into 5 MB of text quickly once the text is cut', () => {
    const big = `${'word '.repeat(90)}\n`.repeat(11_000);
    const bigLayout = textBlocks(big);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) {
      const answers = [answer(big, 1000 * i, 1000 * i + 30), answer(big, 2_000_000 + i, 2_000_040 + i)];
      fillBlocks(bigLayout, buildSegments(big, answers)).forEach((b) => blockSignature(b, answers));
    }
    const ms = (performance.now() - t0) / 10;
    expect(bigLayout.length).toBeGreaterThan(400);
    // Each progress event pays this (it paid a full re-cut and re-render before): a few ms, not hundreds.
    expect(ms).toBeLessThan(50);
  });
});
