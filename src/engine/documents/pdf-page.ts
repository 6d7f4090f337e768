import { createLineOrder } from './bidi-text';
import { readingBlocks } from './pdf-columns';
import { gapBetween, groupLines, isTextItem, median, pageBoxes, type Box, type Line, type PdfPageItem } from './pdf-geometry';

/** Characters [from, to) of item `item`'s str, preceded by the inserted separator `sep`. */
export interface Segment {
  item: number;
  str: string;
  from: number;
  to: number;
  /** '' (touching), ' ' (a word gap) or '\t' (a table cell gap). */
  sep: '' | ' ' | '\t';
  /** Right-to-left text: its brackets were drawn mirrored (bidi-text.ts). */
  mirrored?: boolean;
}

export interface PageLine {
  segments: Segment[];
  /** How the line follows the previous one on this page; the first line's is where a block starts. */
  breakBefore: 'line' | 'paragraph';
}

/** Thresholds in font heights. A space is ~0.25; kerning and font changes inside a word stay under 0.1. */
const SPACE_GAP = 0.1;
/** Word gaps, even in loosely justified text, stay under ~1 height; table cells sit further apart. */
const CELL_GAP = 1.5;
/** A paragraph break: the baseline distance is this much more than the page's usual line spacing. */
const PARAGRAPH_SPACING = 1.3;
/** A heading or a footnote: the font height changes by more than this ratio. */
const SIZE_CHANGE = 1.2;

const LEADING_WS = /^\s*/;
const TRAILING_WS = /\s*$/;

/** One page's text in reading order: lines of item slices, with line and paragraph breaks. */
export function layoutPage(items: readonly PdfPageItem[]): PageLine[] {
  const { boxes, stray, blanks } = pageBoxes(items);
  const blocks = readingBlocks(groupLines(boxes));
  const spacing = lineSpacing(blocks.map((b) => b.lines));
  const out: PageLine[] = [];
  for (const block of blocks) {
    const logicalOrder = createLineOrder();
    let prev: Line | null = null;
    for (const line of block.lines) {
      const segments = logicalOrder(lineSegments(line, items, blanks), line.rtl);
      if (segments.length === 0) continue;
      out.push({ segments, breakBefore: prev === null ? block.join : isParagraphBreak(prev, line, spacing) ? 'paragraph' : 'line' });
      prev = line;
    }
  }
  out.push(...strayLines(items, stray));
  return out;
}

/** The usual baseline distance on the page, in font heights (NaN when no two lines follow each other). */
function lineSpacing(blocks: Line[][]): number {
  const ratios: number[] = [];
  for (const lines of blocks)
    for (let i = 1; i < lines.length; i++) {
      const ratio = (lines[i - 1].y - lines[i].y) / Math.max(lines[i - 1].h, lines[i].h);
      if (ratio > 0 && ratio < 3) ratios.push(ratio);
    }
  return median(ratios);
}

function isParagraphBreak(prev: Line, line: Line, spacing: number): boolean {
  const h = Math.max(prev.h, line.h);
  if (h / Math.min(prev.h, line.h) > SIZE_CHANGE) return true;
  const ratio = (prev.y - line.y) / h;
  return ratio > (Number.isFinite(spacing) ? PARAGRAPH_SPACING * spacing : 1.6) || ratio < 0;
}

function trimmed(item: number, str: string): Omit<Segment, 'sep'> {
  return { item, str, from: LEADING_WS.exec(str)![0].length, to: str.length - TRAILING_WS.exec(str)![0].length };
}

function lineSegments(line: Line, items: readonly PdfPageItem[], blanks: Set<number>): Segment[] {
  const out: Segment[] = [];
  let prev: Box | null = null;
  for (const box of line.boxes) {
    const seg = trimmed(box.item, box.str);
    if (seg.from >= seg.to) continue;
    out.push({ ...seg, sep: prev ? separator(prev, box, line.rtl, items, blanks) : '' });
    prev = box;
  }
  return out;
}

function separator(prev: Box, next: Box, rtl: boolean, items: readonly PdfPageItem[], blanks: Set<number>): Segment['sep'] {
  const gap = gapBetween(prev, next, rtl);
  const h = Math.max(prev.h, next.h);
  if (gap >= CELL_GAP * h) return '\t';
  if (gap > SPACE_GAP * h || /\s$/.test(prev.str) || /^\s/.test(next.str) || blankBetween(prev.item, next.item, items, blanks)) return ' ';
  return '';
}

/** pdf.js marks a word gap it saw with a whitespace-only item between the two words' items. */
function blankBetween(a: number, b: number, items: readonly PdfPageItem[], blanks: Set<number>): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi - lo < 2 || hi - lo > 4) return false;
  let seen = false;
  for (let i = lo + 1; i < hi; i++) {
    if (blanks.has(i)) seen = true;
    else if (isTextItem(items[i])) return false;
  }
  return seen;
}

/** Rotated text keeps pdf.js's stream order, lines ending at hasEOL, after the page's other text. */
function strayLines(items: readonly PdfPageItem[], stray: number[]): PageLine[] {
  const out: PageLine[] = [];
  let current: Segment[] = [];
  const flush = () => {
    if (current.length > 0) out.push({ segments: current, breakBefore: out.length === 0 ? 'paragraph' : 'line' });
    current = [];
  };
  for (const i of stray) {
    const item = items[i];
    if (!isTextItem(item)) continue;
    const seg = trimmed(i, item.str);
    if (seg.from < seg.to) current.push({ ...seg, sep: current.length > 0 ? ' ' : '' });
    if (item.hasEOL) flush();
  }
  flush();
  return out;
}
