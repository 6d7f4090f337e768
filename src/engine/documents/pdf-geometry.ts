/**
 * Geometry of one PDF page's text, from pdf.js getTextContent() items: boxes (one per text item, in
 * PDF user space, y up) grouped into lines by baseline. Shared by the column and paragraph logic.
 */

/** The fields of pdf.js's TextItem we read (structural, so this module needs no pdf.js import). */
export interface PdfTextItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** pdf.js's TextMarkedContent: no text, but it takes an index in the items array. */
export interface PdfMarkedContent {
  type: string;
  id?: string;
}

export type PdfPageItem = PdfTextItem | PdfMarkedContent;

export interface Box {
  /** Index in the page's raw items array. */
  item: number;
  str: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font height: the unit every threshold is measured in. */
  h: number;
  rtl: boolean;
}

export interface Line {
  boxes: Box[];
  y: number;
  h: number;
  x0: number;
  x1: number;
  /** Reading direction of the line: right to left when most of its characters are. */
  rtl: boolean;
  /** The original line a column fragment was cut from, so fragments can be rejoined. */
  id: number;
}

export function isTextItem(item: PdfPageItem): item is PdfTextItem {
  return typeof (item as PdfTextItem).str === 'string';
}

const BLANK = /^[\s\u00ad]*$/;

export interface PageBoxes {
  /** Horizontal text, placed by geometry. */
  boxes: Box[];
  /** Rotated or degenerate items, kept in stream order (their positions say nothing about lines). */
  stray: number[];
  /** Item indices holding only whitespace: pdf.js's own word-gap markers. */
  blanks: Set<number>;
}

export function pageBoxes(items: readonly PdfPageItem[]): PageBoxes {
  const boxes: Box[] = [];
  const stray: number[] = [];
  const blanks = new Set<number>();
  items.forEach((it, i) => {
    if (!isTextItem(it)) return;
    if (BLANK.test(it.str)) {
      if (it.str.length > 0 && !/^\u00ad+$/.test(it.str)) blanks.add(i);
      return;
    }
    const [a, b, c, d, e, f] = it.transform;
    const h = it.height > 0 ? it.height : Math.hypot(c, d);
    // A horizontal baseline; a shear (c, synthetic italics) does not move it.
    const horizontal = a > 0 && Math.abs(b) <= 0.05 * a;
    if (!horizontal || !(h > 0) || ![e, f, it.width].every(Number.isFinite)) {
      stray.push(i);
      return;
    }
    boxes.push({ item: i, str: it.str, x0: e, x1: e + Math.max(0, it.width), y: f, h, rtl: it.dir === 'rtl' });
  });
  return { boxes, stray, blanks };
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function mostlyRtl(boxes: Box[]): boolean {
  const rtlChars = boxes.reduce((n, b) => n + (b.rtl ? b.str.length : 0), 0);
  const allChars = boxes.reduce((n, b) => n + b.str.length, 0);
  return rtlChars * 2 > allChars;
}

function makeLine(boxes: Box[], id: number, rtl = mostlyRtl(boxes)): Line {
  const sorted = [...boxes].sort((p, q) => (rtl ? q.x1 - p.x1 : p.x0 - q.x0) || p.item - q.item);
  // Fake bold: the same text drawn twice a hair apart. Keep the first.
  const kept = sorted.filter((b, i) => i === 0 || b.str !== sorted[i - 1].str || Math.abs(b.x0 - sorted[i - 1].x0) > 0.3 * b.h);
  const tallest = kept.reduce((t, b) => (b.h > t.h ? b : t), kept[0]);
  return {
    boxes: kept,
    y: tallest.y,
    h: tallest.h,
    x0: Math.min(...kept.map((b) => b.x0)),
    x1: Math.max(...kept.map((b) => b.x1)),
    rtl,
    id,
  };
}

/**
 * Groups boxes whose baselines are within 0.45 font heights of each other (a superscript stays on
 * its line; the next line, at least ~1 height down, does not). Lines come out top to bottom.
 */
export function groupLines(boxes: Box[]): Line[] {
  const sorted = [...boxes].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: { y: number; h: number; boxes: Box[] }[] = [];
  for (const b of sorted) {
    let home: (typeof groups)[number] | undefined;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g];
      const tol = 0.45 * Math.max(group.h, b.h);
      if (group.y - b.y > tol) break;
      if (Math.abs(group.y - b.y) <= tol) home = group;
    }
    if (home) {
      home.boxes.push(b);
      if (b.h > home.h) [home.h, home.y] = [b.h, b.y];
    } else groups.push({ y: b.y, h: b.h, boxes: [b] });
  }
  return groups.map((g, i) => makeLine(g.boxes, i)).sort((p, q) => q.y - p.y);
}

/** Gap between two neighbouring boxes of a line, in reading order. */
export function gapBetween(prev: Box, next: Box, rtl: boolean): number {
  return rtl ? prev.x0 - next.x1 : next.x0 - prev.x1;
}
