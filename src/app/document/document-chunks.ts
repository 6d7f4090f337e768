import type { Segment } from './highlight-segments';

/**
 * Splits the document view into blocks of about CHUNK_CHARS characters, each styled
 * `content-visibility: auto`, so the browser lays out only the blocks near the screen. As one text
 * node, a 5 MB document took ~15 s of main-thread layout in Chromium; as blocks, well under a second.
 *
 * Blocks end just after a newline when one is near (invisible: a block ending in "\n" renders like
 * the unsplit text), else after a space (a very long paragraph then wraps one line early), and only
 * as a last resort anywhere (text with no whitespace at all). They never split an answer mark or a
 * heat-shaded token, so every mark stays one element for scrolling and for tests.
 */
export const CHUNK_CHARS = 10_000;
/** How far past the target a block may run while looking for a newline or a space. */
const SLACK = CHUNK_CHARS / 2;
/** Characters per line for the height placeholder of blocks not laid out yet (a rough guess is fine). */
const CHARS_PER_LINE = 80;

export interface Chunk {
  segments: Segment[];
  chars: number;
  /** Estimated rendered lines, for the placeholder height of an off-screen block. */
  lines: number;
}

export function chunkSegments(segments: readonly Segment[], target = CHUNK_CHARS, slack = SLACK): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Segment[] = [];
  let chars = 0;
  let newlines = 0;
  const close = () => {
    if (current.length > 0) chunks.push({ segments: current, chars, lines: newlines + Math.ceil(chars / CHARS_PER_LINE) });
    current = [];
    chars = 0;
    newlines = 0;
  };
  const add = (seg: Segment, text: string | null, length: number) => {
    current.push(seg);
    chars += length;
    if (text !== null) newlines += countNewlines(text);
  };

  for (const seg of segments) {
    if (chars >= target) close();
    if (seg.kind === 'mark') {
      add(seg, null, seg.end - seg.start);
      continue;
    }
    if (seg.heat !== undefined) {
      add(seg, seg.text, seg.text.length);
      continue;
    }
    let text = seg.text;
    while (chars + text.length > target + slack) {
      const cut = breakAfter(text, Math.max(0, target - chars), slack);
      add({ kind: 'text', text: text.slice(0, cut) }, text.slice(0, cut), cut);
      close();
      text = text.slice(cut);
    }
    if (text.length > 0) add({ kind: 'text', text }, text, text.length);
  }
  close();
  return chunks;
}

/**
 * Where to end a block inside `text`: just after the first newline in [from, from + slack), else
 * after the first space or tab there, else at from + slack (never between a surrogate pair).
 * Bounded scans: a 5 MB paragraph without newlines must not be searched to its end for every block.
 */
function breakAfter(text: string, from: number, slack: number): number {
  const limit = Math.min(text.length, from + slack);
  let space = -1;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (space < 0 && (c === 32 || c === 9)) space = i + 1;
  }
  if (space > 0) return space;
  let cut = Math.max(1, limit);
  const c = text.charCodeAt(cut);
  if (c >= 0xdc00 && c <= 0xdfff) cut++;
  return cut;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
