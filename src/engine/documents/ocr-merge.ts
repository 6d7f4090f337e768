/**
 * A PDF whose pages are partly typed, partly scanned: the text layer's pages (as pdf-text.ts wrote
 * them) and the recognised pages (ocr-text.ts) become one text in page order, with each map moved
 * with its characters: a text-layer run still points at its (page, item, offset), an OCR word at its
 * box, so an answer is lit on either kind of page.
 *
 * Between two text-layer pages the separator the text builder chose stays as it was (a space inside
 * a sentence, a blank line between paragraphs). A recognised page is its own paragraph: a blank line
 * before and after it, whatever its neighbours are (a sentence is not run on across a scan).
 */
import type { OcrWord, PdfLayout, TextRun } from '../../shared/documents';
import type { OcrPageText } from './ocr-text';

export interface LaidOutText {
  text: string;
  layout: PdfLayout;
}

const PAGE_BREAK = '\n\n';

/**
 * `recognised` holds a page's OCR text by page number (1-based), or null for a page that was meant
 * to be recognised but was not (stopped before it). Pages in it are never taken from `base`; the
 * caller passes only pages without text there. Pages with neither start where the next page does.
 */
export function mergeOcrPages(base: LaidOutText, recognised: ReadonlyMap<number, OcrPageText | null>, languages: string): LaidOutText {
  const { pageCount } = base.layout;
  const content = textLayerPages(base.layout);
  const parts: string[] = [];
  const pageStarts: number[] = [];
  const runs: TextRun[] = [];
  const words: OcrWord[] = [];
  const done: number[] = [];
  let length = 0;
  // Where the text-layer page written last ends in the base text; null at the start and after a scan.
  let baseEnd: number | null = null;
  const append = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  // Empty pages wait for the next page's first character.
  const startPage = (p: number) => {
    while (pageStarts.length < p) pageStarts.push(length);
  };

  for (let p = 1; p <= pageCount; p++) {
    const ocr = recognised.get(p);
    if (ocr) done.push(p);
    const typed = recognised.has(p) ? undefined : content.get(p);
    if (ocr && ocr.text.length > 0) {
      if (length > 0) append(PAGE_BREAK);
      startPage(p);
      for (const w of ocr.words) words.push({ ...w, start: w.start + length, end: w.end + length, page: p });
      append(ocr.text);
      baseEnd = null;
    } else if (typed) {
      if (length > 0) append(baseEnd === null ? PAGE_BREAK : base.text.slice(baseEnd, typed.start));
      startPage(p);
      const shift = length - typed.start;
      for (const r of typed.runs) runs.push({ ...r, start: r.start + shift, end: r.end + shift });
      append(base.text.slice(typed.start, typed.end));
      baseEnd = typed.end;
    }
  }
  startPage(pageCount);
  const layout: PdfLayout = { ...base.layout, pageStarts, runs, ocr: { words, pages: done, languages } };
  return { text: parts.join(''), layout };
}

/** Each text-layer page's characters in the base text: from its start to its last run's end, and its runs. */
function textLayerPages(layout: PdfLayout): Map<number, { start: number; end: number; runs: TextRun[] }> {
  const pages = new Map<number, { start: number; end: number; runs: TextRun[] }>();
  for (const run of layout.runs) {
    let page = pages.get(run.page);
    if (!page) pages.set(run.page, (page = { start: layout.pageStarts[run.page - 1], end: run.end, runs: [] }));
    page.end = run.end;
    page.runs.push(run);
  }
  return pages;
}
