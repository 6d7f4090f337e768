import type { Segment } from './highlight-segments';

/**
 * Splits the document view into blocks of about CHUNK_CHARS characters, each styled
 * `content-visibility: auto`, so the browser lays out only the blocks near the screen. As one text
 * node, a 5 MB document took ~15 s of main-thread layout in Chromium; as blocks, well under a second.
 *
 * Blocks are display:block, so a block that ends mid-line would push the next one (a sentence, or the
 * mark that starts it) onto a new line. So a block ends only just after a newline (invisible: it then
 * renders like the unsplit text), at a segment boundary or inside a text segment. Only a paragraph
 * with no newline for CHUNK_CHARS + SLACK characters is cut mid-line, after a space (that paragraph
 * then wraps one line early there) or, with no whitespace at all, anywhere. Blocks never split an
 * answer mark or a heat-shaded token, so every mark stays one element for scrolling and for tests.
 */
export const CHUNK_CHARS = 10_000;
/** How far past the target a block may run while looking for a newline. */
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
  const cap = target + slack;
  const chunks: Chunk[] = [];
  let current: Segment[] = [];
  let chars = 0;
  let newlines = 0;
  // Whether the block so far ends just after a newline (so ending it here adds no visual break).
  let endsLine = true;
  const close = () => {
    if (current.length > 0) chunks.push({ segments: current, chars, lines: newlines + Math.ceil(chars / CHARS_PER_LINE) });
    current = [];
    chars = 0;
    newlines = 0;
    endsLine = true;
  };
  const add = (seg: Segment, text: string | null, length: number) => {
    current.push(seg);
    chars += length;
    if (text !== null) newlines += countNewlines(text);
    if (length > 0) endsLine = lastIsNewline(seg);
  };

  for (const seg of segments) {
    if ((chars >= target && endsLine) || chars >= cap) close();
    if (seg.kind === 'mark') {
      add(seg, null, seg.end - seg.start);
      continue;
    }
    if (seg.heat !== undefined) {
      add(seg, seg.text, seg.text.length);
      continue;
    }
    let text = seg.text;
    while (chars + text.length > cap) {
      const cut = newlineCut(text, Math.max(0, target - chars), cap - chars, slack);
      if (cut < 0 && endsLine && chars > 0) {
        // A long paragraph starts here: end the block before it, where the line ends anyway.
        close();
        continue;
      }
      const at = cut > 0 ? cut : lastResortCut(text, Math.max(0, target - chars), cap - chars);
      add({ kind: 'text', text: text.slice(0, at) }, text.slice(0, at), at);
      close();
      text = text.slice(at);
    }
    if (text.length > 0) add({ kind: 'text', text }, text, text.length);
  }
  close();
  return chunks;
}

/**
 * Just after the first newline in [from, limit), else after the last one in [from - slack, from); -1
 * if there is none. Bounded scans: a 5 MB paragraph without newlines must not be searched to its end
 * (or its start) for every block.
 */
function newlineCut(text: string, from: number, limit: number, slack: number): number {
  const end = Math.min(text.length, limit);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 10) return i + 1;
  for (let i = Math.min(from, end) - 1; i >= Math.max(0, from - slack); i--) if (text.charCodeAt(i) === 10) return i + 1;
  return -1;
}

/** Inside a paragraph too long for one block: after the first space or tab in [from, limit), else at limit (never mid-surrogate). */
function lastResortCut(text: string, from: number, limit: number): number {
  const end = Math.min(text.length, limit);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) return i + 1;
  }
  let cut = Math.max(1, end);
  const c = text.charCodeAt(cut);
  if (c >= 0xdc00 && c <= 0xdfff) cut++;
  return cut;
}

/** Whether the last character a segment renders is a newline (a mark's is its last child's). */
function lastIsNewline(seg: Segment): boolean {
  if (seg.kind === 'text') return seg.text.charCodeAt(seg.text.length - 1) === 10;
  const last = seg.children[seg.children.length - 1];
  return last !== undefined && lastIsNewline(last);
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
