/**
 * Document text from OCR: tesseract's blocks → paragraphs → lines → words become text the way the
 * PDF path writes it (words a space apart, lines a newline apart, paragraphs and pages a blank line
 * apart), and every word keeps its box, so an answer found in the text is lit on the page image.
 * Boxes are stored as fractions of the page, so the page can be drawn at any size.
 */
import type { OcrWord, PdfLayout } from '../../shared/documents';
import { mergeOcrPages } from './ocr-merge';

/** The parts of a tesseract.js result (`recognize(img, {}, { blocks: true })`) that are read here. */
export interface OcrBlocks {
  blocks:
    | {
        paragraphs: {
          lines: { words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[];
        }[];
      }[]
    | null;
}

/** One recognised page: its text, and its words with offsets into that text. */
export interface OcrPageText {
  text: string;
  words: Omit<OcrWord, 'page'>[];
  /** Mean word confidence (0–100), or null for a page with no words. */
  confidence: number | null;
}

/** A page of `width` × `height` pixels as text with word boxes. */
export function ocrPageText(result: OcrBlocks, width: number, height: number): OcrPageText {
  const parts: string[] = [];
  const words: OcrPageText['words'] = [];
  let length = 0;
  let pending = ''; // The separator before the next word: nothing is written after the last one.
  let sum = 0;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  for (const block of result.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          if (length > 0) {
            parts.push(pending);
            length += pending.length;
          }
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({
            start: length,
            end: length + text.length,
            box: [clamp(x0 / width), clamp(y0 / height), clamp(x1 / width), clamp(y1 / height)],
            confidence: word.confidence,
          });
          sum += word.confidence;
          parts.push(text);
          length += text.length;
          pending = ' ';
        }
        if (length > 0) pending = '\n';
      }
      if (length > 0) pending = '\n\n';
    }
  }
  return { text: parts.join(''), words, confidence: words.length > 0 ? sum / words.length : null };
}

/**
 * Pages in order as one document; a page that is null (not recognised: cancelled before it) gets no
 * text, and starts where the next one does, as an empty PDF page does.
 */
export function joinOcrPages(pages: readonly (OcrPageText | null)[], languages: string): { text: string; layout: PdfLayout } {
  const none = { text: '', layout: { pageCount: pages.length, pageStarts: pages.map(() => 0), runs: [] } };
  return mergeOcrPages(none, new Map(pages.map((page, i) => [i + 1, page])), languages);
}
