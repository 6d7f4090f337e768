import { createLineOrder } from './bidi-text';
import { gapBetween, isTextItem, median, mostlyRtl, pageBoxes, type Box, type Line, type PdfPageItem } from './pdf-geometry';
import { readingBlocks, type Block } from './pdf-layout';

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

/**
 * How a line follows the one before it: 'line', inside a paragraph (written as a space); 'row', a
 * table row, list item or caption next to its table (a line break); 'paragraph' (a blank line);
 * 'column', the top of the next column (a space when the sentence runs on, else a blank line).
 */
export type LineBreak = 'line' | 'row' | 'paragraph' | 'column';

export interface PageLine {
  segments: Segment[];
  /** How the line follows the previous one on this page; the first line's is where a block starts. */
  breakBefore: LineBreak;
}

/** Thresholds in font heights. A space is ~0.25; kerning and font changes inside a word stay under 0.1. */
const SPACE_GAP = 0.1;
/** Word gaps, even in loosely justified text, stay under ~1 height; table cells sit further apart. */
const CELL_GAP = 1.5;
/** A paragraph break: the baseline distance is this much more than the page's usual line spacing. */
const PARAGRAPH_SPACING = 1.3;
/** A heading or a footnote: the font height changes by more than this ratio. */
const SIZE_CHANGE = 1.2;
/** A first-line indent that starts a paragraph, in font heights (further in is a centred or quoted line, not an indent). */
const INDENT = 1;
const MAX_INDENT = 4;
/** An index or contents entry: dot leaders, maybe a page number. Each stays on its own line. */
const LEADER = /(?:\.\s?){4,}\s*[\divxlc]*$/i;
/** A list item's marker: a bullet, a dash, or a number or letter with a dot or bracket. */
const LIST_MARKER = /^(?:[•◦▪‣·*–—-]|\(?(?:\d{1,3}|[a-z])[.)])(?:\s|$)/u;
/** A table's or a figure's caption: it stays next to its table. */
const CAPTION = /^(?:table|tab\.|figure|fig\.)\s*\d/i;

const LEADING_WS = /^\s*/;
const TRAILING_WS = /\s*$/;

/** One page's text in reading order: lines of item slices, with line and paragraph breaks. */
export function layoutPage(items: readonly PdfPageItem[]): PageLine[] {
  const { boxes, stray, blanks } = pageBoxes(items);
  const blocks = readingBlocks(boxes);
  const spacing = lineSpacing(blocks.map((b) => b.lines));
  const out: PageLine[] = [];
  for (const block of blocks) {
    const logicalOrder = createLineOrder();
    const edge = blockEdge(block.lines);
    let prev: Line | null = null;
    for (const line of block.lines) {
      const segments = logicalOrder(lineSegments(line, items, blanks, block, justified(line, block)), line.rtl);
      if (segments.length === 0) continue;
      const breakBefore = prev === null ? block.join : lineBreak(prev, line, segments, out[out.length - 1], block, edge, spacing);
      out.push({ segments, breakBefore });
      prev = line;
    }
  }
  attachCaptions(out);
  out.push(...strayLines(items, stray));
  return out;
}

const isRow = (line: PageLine) => line.segments.some((s) => s.sep === '\t');
const firstText = (line: PageLine) => line.segments[0].str.slice(line.segments[0].from);
const lineText = (line: PageLine) => line.segments.map((s) => s.str.slice(s.from, s.to)).join(' ');

/** Where the block's lines start: its left edge, or its right edge when most of its lines read right to left. */
function blockEdge(lines: Line[]): { rtl: boolean; at: number } {
  const rtl = mostlyRtl(lines.flatMap((l) => l.boxes));
  return { rtl, at: rtl ? Math.max(...lines.map((l) => l.x1)) : Math.min(...lines.map((l) => l.x0)) };
}

function lineBreak(
  prev: Line,
  line: Line,
  segments: Segment[],
  prevOut: PageLine,
  block: Block,
  edge: ReturnType<typeof blockEdge>,
  spacing: number,
): LineBreak {
  if (isParagraphBreak(prev, line, spacing)) return 'paragraph';
  const current: PageLine = { segments, breakBefore: 'line' };
  if (block.cells.length > 0 || isRow(current) || isRow(prevOut) || LIST_MARKER.test(firstText(current))) return 'row';
  if (LEADER.test(lineText(prevOut)) || LEADER.test(lineText(current))) return 'row';
  const indent = (l: Line) => (edge.rtl ? edge.at - l.x1 : l.x0 - edge.at);
  const indented = (l: Line) => indent(l) >= INDENT * l.h && indent(l) <= MAX_INDENT * l.h;
  return indented(line) && !indented(prev) ? 'paragraph' : 'line';
}

/**
 * A table stays together, and so does its caption right above or below it: a line break, not a
 * blank line, between rows that XY-cut or row spacing put in blocks of their own.
 */
function attachCaptions(lines: PageLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].breakBefore === 'line' || lines[i].breakBefore === 'row') continue;
    const [a, b] = [lines[i - 1], lines[i]];
    if ((isRow(a) && isRow(b)) || (isRow(b) && CAPTION.test(firstText(a))) || (isRow(a) && CAPTION.test(firstText(b))))
      b.breakBefore = 'row';
  }
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

/**
 * A line of justified text: it reaches both edges of a text block most of whose lines do. Its word
 * gaps can be as wide as table cell gaps in a narrow column, and are word gaps all the same.
 */
function justified(line: Line, block: Block): boolean {
  if (block.cells.length > 0 || block.lines.length < 3) return false;
  const x0 = Math.min(...block.lines.map((l) => l.x0));
  const x1 = Math.max(...block.lines.map((l) => l.x1));
  const full = (l: Line) => l.x0 - x0 < 0.5 * l.h && x1 - l.x1 < 0.5 * l.h;
  return full(line) && block.lines.filter(full).length >= 0.6 * block.lines.length;
}

function lineSegments(line: Line, items: readonly PdfPageItem[], blanks: Set<number>, block: Block, wordGapsOnly: boolean): Segment[] {
  const out: Segment[] = [];
  let prev: Box | null = null;
  for (const box of line.boxes) {
    const seg = trimmed(box.item, box.str);
    if (seg.from >= seg.to) continue;
    let sep: Segment['sep'] = prev && acrossCell(prev, box, block.cells) ? '\t' : prev ? separator(prev, box, line.rtl, items, blanks) : '';
    if (sep === '\t' && wordGapsOnly && block.cells.length === 0) sep = ' ';
    out.push({ ...seg, sep });
    prev = box;
  }
  return out;
}

/** Two neighbours on either side of a table's column gap: every row gets the same tab there. */
function acrossCell(a: Box, b: Box, cells: [number, number][]): boolean {
  const [l, r] = a.x0 < b.x0 ? [a, b] : [b, a];
  return cells.some(([x0, x1]) => l.x1 <= x0 + 0.01 && r.x0 >= x1 - 0.01);
}

function separator(prev: Box, next: Box, rtl: boolean, items: readonly PdfPageItem[], blanks: Set<number>): Segment['sep'] {
  const gap = gapBetween(prev, next, rtl);
  const h = Math.max(prev.h, next.h);
  if (gap >= CELL_GAP * h) return '\t';
  if (Math.abs(gap) < SPACE_GAP * h && softHyphenBetween(prev.item, next.item, items)) return '';
  if (gap > SPACE_GAP * h || /\s$/.test(prev.str) || /^\s/.test(next.str) || blankBetween(prev.item, next.item, items, blanks)) return ' ';
  return '';
}

/**
 * Chromium writes a soft hyphen it did not break at as an empty marked-content span, and pdf.js,
 * seeing the glyph's advance skipped, starts the next item with a space ("ka", " tuor" for
 * "katuor"). Touching items with only such a span between them are one word.
 */
function softHyphenBetween(a: number, b: number, items: readonly PdfPageItem[]): boolean {
  if (b - a !== 3) return false;
  const [begin, end] = [items[a + 1], items[a + 2]] as { type?: string }[];
  return begin.type === 'beginMarkedContentProps' && end.type === 'endMarkedContent';
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
