/**
 * QA text from pdf.js text content, page by page, with a map from every copied character back to
 * (page, item, offset). Pure: no pdf.js, no DOM; the page view finds the same items in pdf.js's
 * text layer because `item` indexes the raw items array (marked content included).
 *
 * The text's shape:
 * - blocks in reading order (pdf-layout.ts, recursive XY-cut: any number of columns, read one after
 *   the other); inside a paragraph a line end is one space, so a sentence is never cut by a line
 *   break; paragraphs (a whitespace gap, a clearly larger baseline gap, a change of font size, a
 *   first-line indent) are separated by a blank line ('\n\n'); table rows, list items and index
 *   entries keep a line each ('\n'); the top of the next column or page runs on after a space
 *   unless the text before it ends a sentence and the next starts otherwise than in lowercase;
 * - words in a line are separated by ' ' where the items leave a gap, table cells by '\t' (a gap
 *   of 1.5 font heights or more), so a table row stays on one readable line;
 * - a word hyphenated at a line end (also across a column or page break, never across a paragraph
 *   break) is joined: a letter + '-' (or U+2010) at the end of a line followed by a line starting
 *   with a lowercase or caseless letter drops the hyphen and the break ("Engin-⏎eers" →
 *   "Engineers"); followed by an uppercase letter or a digit the hyphen is kept and the break
 *   dropped ("COVID-⏎19" → "COVID-19", "Anglo-⏎Saxon" → "Anglo-Saxon"), and so after a few
 *   prefixes that keep their hyphen ("self-⏎aware", "well-⏎known"). Any other lowercase compound
 *   split at its own hyphen ("long-⏎term") is joined as "longterm": telling it apart needs a
 *   dictionary. A soft hyphen (U+00AD) is dropped wherever it is, and at a line end joins the lines.
 * - running headers and footers (pdf-running-lines.ts) are left out, so a paragraph that crosses a
 *   page reads on, and a word hyphenated across the page break is joined.
 * Inserted characters (separators) and dropped ones (hyphens, soft hyphens) belong to no run.
 */
import { runItemEnd, type PdfLayout, type TextRun } from '../../shared/documents';
import type { PdfPageItem } from './pdf-geometry';
import { layoutPage, type LineBreak, type PageLine, type Segment } from './pdf-page';
import { runningLines } from './pdf-running-lines';
import { baseLetterChunks } from './presentation-forms';

export type { PdfPageItem, PdfTextItem } from './pdf-geometry';

const SOFT_HYPHEN = '\u00ad';
const LINE_END_HYPHEN = /\p{L}[-\u2010]$/u;
const KEEPS_HYPHEN = /^[\p{Lu}\p{Lt}\p{N}]/u;
/** English prefixes whose compounds keep their hyphen ("self-aware", "well-known", "ex-wife"). */
const HYPHENATED_PREFIX = /(?:^|[^\p{L}])(?:self|all|ex|half|well|cross)[-\u2010]$/iu;
/** How much of the text written last `tail` keeps: enough for the longest prefix and what precedes it. */
const TAIL = 8;
const LETTER = /^\p{L}/u;
/** Text that ends a sentence: a column or page break after it is a paragraph break unless the next line starts in lowercase. */
const SENTENCE_END = /[.!?:;\u2026\u06d4\u061f]["'\u2019\u201d\u00bb)\]]*$/u;
const LOWERCASE = /^\p{Ll}/u;

export interface PdfText {
  text: string;
  layout: PdfLayout;
}

export interface PdfTextBuilder {
  /** Adds the next page (pages are numbered from 1 in the order added). */
  addPage(items: readonly PdfPageItem[]): void;
  finish(): PdfText;
}

/**
 * Lays each page out as it is added, so a long PDF's items can be dropped page by page (the lines
 * keep only their strings); the text is written at the end, once the running lines are known.
 */
export function createPdfTextBuilder(): PdfTextBuilder {
  const laidOut: PageLine[][] = [];
  const parts: string[] = [];
  let length = 0;
  // The last TAIL characters written, and whether the last line ended in a soft hyphen.
  let tail = '';
  let softEnd = false;
  const runs: TextRun[] = [];
  const pageStarts: number[] = [];
  let page = 0;

  const append = (s: string) => {
    parts.push(s);
    length += s.length;
    tail = (tail + s).slice(-TAIL);
  };

  const copy = (seg: Segment, from: number, to: number) => {
    for (const chunk of baseLetterChunks(seg.str, from, to, seg.mirrored)) {
      const start = length;
      append(chunk.text);
      const itemLength = chunk.to - chunk.from;
      const last = runs[runs.length - 1];
      if (itemLength !== chunk.text.length) runs.push({ start, end: length, page, item: seg.item, itemStart: chunk.from, itemLength });
      else if (
        last &&
        last.end === start &&
        last.page === page &&
        last.item === seg.item &&
        runItemEnd(last) === chunk.from &&
        last.itemLength === undefined
      )
        last.end = length;
      else runs.push({ start, end: length, page, item: seg.item, itemStart: chunk.from });
    }
  };

  const copySegment = (seg: Segment) => {
    let from = seg.from;
    for (let k = seg.from; k < seg.to; k++)
      if (seg.str[k] === SOFT_HYPHEN) {
        copy(seg, from, k);
        from = k + 1;
      }
    copy(seg, from, seg.to);
  };

  /** Removes the line-end hyphen just written: it was copied, so the last run ends with it. */
  const dropHyphen = () => {
    const last = parts.length - 1;
    parts[last] = parts[last].slice(0, -1);
    length--;
    tail = tail.slice(0, -1);
    const run = runs[runs.length - 1];
    if (--run.end === run.start) runs.pop();
  };

  /** The text between the line written last and the next one, whose first character is `next`. */
  const separate = (kind: LineBreak | 'page', next: string) => {
    if (length === 0) return;
    if (kind === 'column' || kind === 'page') kind = SENTENCE_END.test(tail) && !LOWERCASE.test(next) ? 'paragraph' : 'line';
    if (kind === 'paragraph') return append('\n\n');
    if (kind === 'row') return append('\n');
    if (softEnd) return;
    if (LINE_END_HYPHEN.test(tail)) {
      if (KEEPS_HYPHEN.test(next) || HYPHENATED_PREFIX.test(tail)) return;
      if (LETTER.test(next)) return dropHyphen();
    }
    append(' ');
  };

  const addLine = (line: PageLine, kind: LineBreak | 'page') => {
    separate(kind, firstChar(line));
    while (pageStarts.length < page) pageStarts.push(length);
    line.segments.forEach((seg, i) => {
      if (i > 0 && seg.sep) append(seg.sep);
      copySegment(seg);
    });
    const end = line.segments[line.segments.length - 1];
    softEnd = end.str[end.to - 1] === SOFT_HYPHEN;
  };

  return {
    addPage(items) {
      laidOut.push(layoutPage(items));
    },
    finish() {
      const skip = runningLines(laidOut);
      laidOut.forEach((lines, p) => {
        page = p + 1;
        let first = true;
        lines.forEach((line, i) => {
          if (skip[p].has(i)) return;
          addLine(line, first ? 'page' : line.breakBefore);
          first = false;
        });
      });
      while (pageStarts.length < page) pageStarts.push(length);
      return { text: parts.join(''), layout: { pageCount: page, pageStarts, runs } };
    },
  };
}

/** The first character a line will write (soft hyphens are not written). */
function firstChar(line: PageLine): string {
  for (const seg of line.segments) for (let k = seg.from; k < seg.to; k++) if (seg.str[k] !== SOFT_HYPHEN) return seg.str[k];
  return '';
}

/** The whole document at once: one items array per page. */
export function pdfTextFromPages(pages: readonly (readonly PdfPageItem[])[]): PdfText {
  const builder = createPdfTextBuilder();
  for (const items of pages) builder.addPage(items);
  return builder.finish();
}
