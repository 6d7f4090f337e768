/**
 * What an opened document is, across formats. The QA engine only ever sees `text`; everything else
 * lets the UI show an answer where it is (the PDF page, the page number) and keep the file.
 */

export type DocumentKind = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'image';

/**
 * A run of QA-text characters copied from one PDF text item: text.slice(start, end) is
 * page.items[item].str.slice(itemStart, runItemEnd(run)), unchanged but for presentation forms,
 * which become their base letters ("ﺳ" U+FEB3 → "س"), and brackets in right-to-left text, drawn
 * mirrored, which become the one that was typed. Characters the layout inserted (spaces
 * between items, newlines, page breaks) and characters it removed (a line-end hyphen) belong to no run.
 */
export interface TextRun {
  start: number;
  end: number;
  /** 1-based page number. */
  page: number;
  /** Index into that page's getTextContent().items (marked-content items included, as pdf.js returns them). */
  item: number;
  itemStart: number;
  /**
   * Only where the run's text is longer than its source: one ligature ("ﻼ" U+FEFC → "لا") whose
   * characters all point at that one glyph. Otherwise the run has one character per source character.
   */
  itemLength?: number;
}

/** End of a run's characters in its item's str. */
export function runItemEnd(run: TextRun): number {
  return run.itemStart + (run.itemLength ?? run.end - run.start);
}

export interface PdfLayout {
  pageCount: number;
  /** pageStarts[p - 1]: offset in the text where page p begins (pages without text start where the next does). */
  pageStarts: number[];
  /** Sorted by start, non-overlapping. */
  runs: TextRun[];
  /** 1-based pages pdf.js could not read (damaged); their text is missing. Absent when none. */
  unreadablePages?: number[];
  /**
   * 1-based pages with no text layer that draw an image (scans in a PDF whose other pages have
   * text): the ones text recognition reads. Absent when none, and for a PDF read wholly by OCR.
   */
  imageOnlyPages?: number[];
  /**
   * 1-based pages whose text layer looks like junk (src/engine/documents/broken-text.ts): a scan's
   * OCR layer in a broken font, say. The user is offered to recognise them instead. Absent when none.
   */
  brokenTextPages?: number[];
  /** Text recognised from page images (scans, photos): its words and where they are. Absent when none. */
  ocr?: OcrLayout;
}

/**
 * A recognised word: text.slice(start, end) is the word as OCR read it, drawn inside `box` on its
 * page. The box is in fractions of the page's width and height (x0, y0, x1, y1 from the top left),
 * so it fits the page however large it is drawn.
 */
export interface OcrWord {
  start: number;
  end: number;
  /** 1-based page number. */
  page: number;
  box: [number, number, number, number];
  /** Tesseract's confidence, 0–100. */
  confidence: number;
}

export interface OcrLayout {
  /** Sorted by start, non-overlapping. */
  words: OcrWord[];
  /** 1-based pages whose text came from OCR. */
  pages: number[];
  /** Tesseract language codes used ('eng', 'fra', 'eng+fra'). */
  languages: string;
}

/**
 * The getTextContent() parameters the runs were made with. The page view must ask for the same, so
 * that `item` and `itemStart` point at the same items and characters: marked content included
 * (as in pdf.js's own viewer) and pdf.js's Unicode normalization on (ligatures "ﬁ" → "fi", which
 * the QA text needs). pdf.js's TextLayer makes one span per item with a `str` (marked-content
 * items become wrapper spans, not entries of `textDivs`), so item i is textDivs[number of items
 * before i that have a `str`].
 */
export const PDF_TEXT_CONTENT_PARAMS = { includeMarkedContent: true, disableNormalization: false } as const;

export interface OpenedDocument {
  kind: DocumentKind;
  /** File name, or e.g. "Pasted text". */
  name: string;
  /** The text questions are asked about; answer offsets index into it (UTF-16 units). */
  text: string;
  /** For PDFs, and for images (their one page recognised by OCR). */
  pdf?: PdfLayout;
}

export type DocumentProgress =
  | { phase: 'read'; loaded: number; total: number }
  | { phase: 'pages'; done: number; total: number }
  | { phase: 'convert' }
  /** Recognising page `page` of `total` (1-based); `fraction` is that page's share done, 0–1. */
  | {
      phase: 'ocr';
      page: number;
      total: number;
      fraction: number;
      /** A PDF with text on its other pages: the scanned pages being read, in order (`page` is one). */
      scans?: readonly number[];
    };

/** Page (1-based) holding text offset `offset`, or null without a layout. Binary search over pageStarts. */
export function pageAt(layout: PdfLayout | undefined, offset: number): number | null {
  if (!layout || layout.pageStarts.length === 0) return null;
  let lo = 0;
  let hi = layout.pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.pageStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The parts of runs covering [start, end), clipped to it: what to highlight on the page(s). */
export function runsInRange(layout: PdfLayout, start: number, end: number): TextRun[] {
  const runs = layout.runs;
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: TextRun[] = [];
  for (let i = lo; i < runs.length && runs[i].start < end; i++) {
    const r = runs[i];
    const s = Math.max(r.start, start);
    const e = Math.min(r.end, end);
    // A ligature's glyph is lit whole, however few of its letters the range takes.
    if (s < e)
      out.push(
        r.itemLength === undefined ? { ...r, start: s, end: e, itemStart: r.itemStart + (s - r.start) } : { ...r, start: s, end: e },
      );
  }
  return out;
}

/**
 * Boxes (fractions of the page) covering [start, end) of OCR text, with the page each is on. A word
 * only partly inside the range gets the share of its box its characters take (OCR gives no
 * per-character boxes we keep; letters are near enough to evenly wide for a highlight).
 */
export function ocrBoxesInRange(layout: OcrLayout, start: number, end: number): OcrWord[] {
  const out: OcrWord[] = [];
  for (const w of layout.words) {
    if (w.end <= start || w.start >= end) continue;
    const [x0, y0, x1, y1] = w.box;
    const len = w.end - w.start;
    const from = (Math.max(start, w.start) - w.start) / len;
    const to = (Math.min(end, w.end) - w.start) / len;
    out.push({
      ...w,
      start: Math.max(start, w.start),
      end: Math.min(end, w.end),
      box: [x0 + (x1 - x0) * from, y0, x0 + (x1 - x0) * to, y1],
    });
  }
  return out;
}
