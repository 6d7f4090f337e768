/**
 * Reading order of a page by recursive XY-cut (Nagy & Seth, 1984), cutting at whitespace gaps of
 * the projection profiles (as in Ha, Haralick & Phillips, 1995). A region is cut first into
 * columns, at vertical gaps that run through its whole height (read left to right, right to left
 * on a right-to-left page), else into bands at its widest horizontal gaps (read top to bottom),
 * and each part is cut again until no gap is left: a leaf is one block of lines.
 *
 * Why this method: it needs only the boxes pdf.js gives (no tags, fonts or training data), it
 * orders every layout built of rectangles (1 to 4 columns, columns of unequal width, a full-width
 * title or abstract above them, a sidebar, figures and captions, columns that change mid-page) the
 * way a reader does, and its cost is near linear in the items of a page. Trying columns before bands
 * matters: baselines of neighbouring columns usually line up, so a narrow horizontal gap crosses
 * every column at each line, and cutting there first would read across the columns.
 *
 * A vertical gap through a table is no column gutter: parts that do not look like columns of text
 * (see areColumns) make one block whose gaps are table cell boundaries.
 */
import { groupLines, median, mostlyRtl, type Box, type Line } from './pdf-geometry';

export interface Block {
  lines: Line[];
  /** After a whitespace gap across the region ('paragraph'), or as the next column ('column': a sentence may run on). */
  join: 'paragraph' | 'column';
  /** Table cell boundaries: [left, right] of each gap between the table's columns. Empty for text. */
  cells: [number, number][];
}

/** A gutter is at least this many font heights wide; word gaps, even justified ones, stay under it where lines align. */
const GUTTER = 0.8;
/** Whitespace between bands (above the region's usual line gap) that separates blocks, in font heights. */
const BAND_GAP = 0.8;
/** ...and at least this many times the region's usual gap between lines (double-spaced text stays one block). */
const BAND_RATIO = 1.6;
/** Bands are cut at the widest gaps only (within this share of the widest), then each is cut again. */
const WIDEST = 0.85;
/** Glyph extent around the baseline, in font heights. */
const ASCENT = 0.8;
const DESCENT = 0.2;
/** Recursion bound for degenerate pages (thousands of scattered items): deeper regions are leaves. */
const MAX_DEPTH = 48;

export function readingBlocks(boxes: Box[]): Block[] {
  const out: Block[] = [];
  if (boxes.length > 0) cut(boxes, 'paragraph', 0, out);
  return out;
}

function cut(boxes: Box[], join: Block['join'], depth: number, out: Block[]): void {
  const h = median(boxes.map((b) => b.h));
  const gaps = depth < MAX_DEPTH ? verticalGaps(boxes, h) : [];
  if (gaps.length > 0) {
    const parts = splitColumns(boxes, gaps);
    if (areColumns(parts, h)) {
      const ordered = mostlyRtl(boxes) ? parts.reverse() : parts;
      ordered.forEach((p, i) => cut(p.boxes, i === 0 ? join : 'column', depth + 1, out));
      return;
    }
  }
  const bands = depth < MAX_DEPTH ? splitBands(boxes, h) : [boxes];
  if (bands.length > 1) {
    bands.forEach((b, i) => cut(b, i === 0 ? join : 'paragraph', depth + 1, out));
    return;
  }
  const lines = groupLines(boxes);
  out.push({ lines, join, cells: gaps.filter((g) => rowsAcross(lines, g) >= 2) });
}

/** Lines with text on both sides of a gap: a table has two such rows at least; the wrapped words of a justified heading do not. */
function rowsAcross(lines: Line[], [x0, x1]: [number, number]): number {
  return lines.filter((l) => l.boxes.some((b) => b.x1 <= x0) && l.boxes.some((b) => b.x0 >= x1)).length;
}

/** Vertical whitespace through the whole region, as [left, right] x intervals, left to right. */
function verticalGaps(boxes: Box[], h: number): [number, number][] {
  const sorted = [...boxes].sort((p, q) => p.x0 - q.x0);
  const gaps: [number, number][] = [];
  let reach = sorted[0].x1;
  for (const b of sorted) {
    if (b.x0 - reach >= GUTTER * h) gaps.push([reach, b.x0]);
    reach = Math.max(reach, b.x1);
  }
  return gaps;
}

interface Part {
  boxes: Box[];
  lines: Line[];
  x0: number;
  x1: number;
}

function splitColumns(boxes: Box[], gaps: [number, number][]): Part[] {
  const groups: Box[][] = gaps.map(() => []).concat([[]]);
  for (const b of boxes) {
    let k = 0;
    while (k < gaps.length && b.x0 >= gaps[k][1]) k++;
    groups[k].push(b);
  }
  return groups.map((g) => ({
    boxes: g,
    lines: groupLines(g),
    x0: Math.min(...g.map((b) => b.x0)),
    x1: Math.max(...g.map((b) => b.x1)),
  }));
}

/**
 * Columns of text, not table columns: each part at least 10 font heights wide (a narrow newspaper
 * column still holds ~20 letters a line; a table column of short cells does not), with at least 2
 * lines, 40% of them filling most of its width. The last part may be a short column (a text
 * that ends part-way down it) as long as it starts at the top. Table columns are mostly narrow,
 * or their cells short; a table of long wrapped sentences reads as columns.
 */
function areColumns(parts: Part[], h: number): boolean {
  const top = Math.max(...parts.map((p) => p.lines[0].y));
  return parts.every((p, i) => {
    if (p.x1 - p.x0 < 10 * h) return false;
    const full = p.lines.filter((l) => l.x1 - l.x0 >= 0.6 * (p.x1 - p.x0)).length;
    if (p.lines.length >= 2 && full >= 2 && full >= 0.4 * p.lines.length) return true;
    const isLast = i === parts.length - 1;
    return isLast && p.lines.length <= Math.min(...parts.slice(0, -1).map((q) => q.lines.length)) && top - p.lines[0].y < 1.5 * h;
  });
}

/** The region cut at its widest horizontal gaps, top to bottom; one band when no gap is wide enough. */
function splitBands(boxes: Box[], h: number): Box[][] {
  const sorted = [...boxes].sort((p, q) => q.y + ASCENT * q.h - (p.y + ASCENT * p.h));
  const bands: { boxes: Box[]; bottom: number }[] = [];
  const gaps: number[] = [];
  for (const b of sorted) {
    const last = bands[bands.length - 1];
    const top = b.y + ASCENT * b.h;
    const bottom = b.y - DESCENT * b.h;
    if (last && top > last.bottom) {
      last.boxes.push(b);
      last.bottom = Math.min(last.bottom, bottom);
    } else {
      if (last) gaps.push(last.bottom - top);
      bands.push({ boxes: [b], bottom });
    }
  }
  if (gaps.length === 0) return [boxes];
  // The usual gap between lines: the narrowest (one gap alone says nothing about the spacing).
  const usual = gaps.length > 1 ? Math.min(...gaps) : 0;
  const wide = Math.max(BAND_GAP * h, BAND_RATIO * usual);
  const widest = Math.max(...gaps);
  if (widest < wide) return [boxes];
  const out: Box[][] = [bands[0].boxes];
  gaps.forEach((g, i) => {
    if (g >= WIDEST * widest) out.push([]);
    out[out.length - 1].push(...bands[i + 1].boxes);
  });
  return out;
}
