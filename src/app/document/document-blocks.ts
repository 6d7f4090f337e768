import { chunkSegments } from './document-chunks';
import type { Segment } from './highlight-segments';

/**
 * The document view's blocks, cut from the text alone. Cutting the segments (text plus marks) anew
 * for every set of answers made each progress event of a 5 MB question rebuild and re-render all
 * ~500 blocks: 200–800 ms main-thread tasks, several a second. Here the cut points depend only on
 * the text (computed once per document); answers are then dropped into them, and only the blocks
 * whose marks changed render again (DocumentBlock compares a block's signature).
 */
export interface TextBlock {
  start: number;
  end: number;
  /** Estimated rendered lines, for the placeholder height of a block not laid out yet. */
  lines: number;
}

export interface Block extends TextBlock {
  segments: Segment[];
}

/** Where blocks may end, by document-chunks.ts's rules for plain text (after a newline where possible). */
export function textBlocks(text: string): TextBlock[] {
  let at = 0;
  return chunkSegments([{ kind: 'text', text }]).map((c) => ({ start: at, end: (at += c.chars), lines: c.lines }));
}

/**
 * The top-level segments cut at the blocks' ends. A mark or a heat-shaded token is never cut: an end
 * that falls inside one is skipped (its two blocks become one), so every mark stays one element.
 */
export function fillBlocks(blocks: readonly TextBlock[], segments: readonly Segment[]): Block[] {
  const out: Block[] = [];
  let b = 0;
  let current: Block | null = null;
  const open = (): Block => (current ??= { ...blocks[b], segments: [] });
  const close = () => {
    if (current) out.push(current);
    current = null;
    b++;
  };
  let offset = 0;
  for (const seg of segments) {
    const length = seg.kind === 'mark' ? seg.end - seg.start : seg.text.length;
    if (seg.kind === 'text' && seg.heat === undefined) {
      // Plain text: cut wherever a block ends inside it.
      let text = seg.text;
      while (text.length > 0) {
        const block = open();
        const take = Math.min(text.length, block.end - offset);
        block.segments.push(take === seg.text.length ? seg : { kind: 'text', text: text.slice(0, take) });
        text = text.slice(take);
        offset += take;
        if (offset >= block.end) close();
      }
      continue;
    }
    const block = open();
    // Join the following blocks until this segment fits.
    while (offset + length > block.end && b + 1 < blocks.length) {
      b++;
      block.end = blocks[b].end;
      block.lines += blocks[b].lines;
    }
    block.segments.push(seg);
    offset += length;
    if (offset >= block.end) close();
  }
  if (current) out.push(current);
  return out;
}
