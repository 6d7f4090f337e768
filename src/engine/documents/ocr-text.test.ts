import { describe, expect, it } from 'vitest';
import { ocrBoxesInRange } from '../../shared/documents';
import { joinOcrPages, ocrPageText, type OcrBlocks } from './ocr-text';

const word = (text: string, x0: number, y0: number, x1: number, y1: number, confidence = 90) => ({
  text,
  confidence,
  bbox: { x0, y0, x1, y1 },
});

// Two paragraphs, the first of two lines, on a 1000 × 2000 pixel page.
const PAGE: OcrBlocks = {
  blocks: [
    {
      paragraphs: [
        {
          lines: [
            { words: [word('The', 100, 100, 160, 130), word('zebra', 170, 100, 260, 130, 40)] },
            { words: [word('ran', 100, 140, 150, 170)] },
          ],
        },
        { lines: [{ words: [word(' ', 0, 0, 1, 1), word('omega.', 100, 300, 200, 330)] }] },
      ],
    },
  ],
};

describe('ocrPageText', () => {
  const page = ocrPageText(PAGE, 1000, 2000);

  it('writes words a space apart, lines a newline apart, paragraphs a blank line apart', () => {
    expect(page.text).toBe('The zebra\nran\n\nomega.');
  });

  it('keeps each word at its offsets, its box in fractions of the page, and its confidence', () => {
    expect(page.words.map((w) => page.text.slice(w.start, w.end))).toEqual(['The', 'zebra', 'ran', 'omega.']);
    expect(page.words[1].box).toEqual([0.17, 0.05, 0.26, 0.065]);
    expect(page.words[1].confidence).toBe(40);
    expect(page.confidence).toBeCloseTo((90 + 40 + 90 + 90) / 4);
  });

  it('gives an empty page (no blocks, or blank words only) no text', () => {
    expect(ocrPageText({ blocks: null }, 10, 10)).toEqual({ text: '', words: [], confidence: null });
    expect(ocrPageText({ blocks: [{ paragraphs: [{ lines: [{ words: [word('  ', 0, 0, 1, 1)] }] }] }] }, 10, 10).text).toBe('');
  });
});

describe('joinOcrPages', () => {
  const one = ocrPageText(PAGE, 1000, 2000);
  const { text, layout } = joinOcrPages([one, null, one], 'eng+fra');

  it('joins pages a blank line apart; a page not recognised has no text and starts where the next does', () => {
    expect(text).toBe(`${one.text}\n\n${one.text}`);
    expect(layout.pageStarts).toEqual([0, one.text.length + 2, one.text.length + 2]);
    expect(layout.pageCount).toBe(3);
    expect(layout.runs).toEqual([]);
    expect(layout.ocr?.pages).toEqual([1, 3]);
    expect(layout.ocr?.languages).toBe('eng+fra');
  });

  it('maps every word of every page back to its characters', () => {
    const words = layout.ocr!.words;
    expect(words.map((w) => `${w.page}:${text.slice(w.start, w.end)}`)).toEqual([
      '1:The',
      '1:zebra',
      '1:ran',
      '1:omega.',
      '3:The',
      '3:zebra',
      '3:ran',
      '3:omega.',
    ]);
  });

  it('highlights a range by its words, a partly covered word by its share of the box', () => {
    const start = text.indexOf('zebra', one.text.length);
    const boxes = ocrBoxesInRange(layout.ocr!, start + 1, start + 5 + 5); // "ebra\nran" → 2 words
    expect(boxes.map((b) => [b.page, text.slice(b.start, b.end)])).toEqual([
      [3, 'ebra'],
      [3, 'ran'],
    ]);
    expect(boxes[0].box[0]).toBeCloseTo(0.17 + 0.09 / 5);
    expect(boxes[0].box[2]).toBeCloseTo(0.26);
    expect(boxes[1].box).toEqual([0.1, 0.07, 0.15, 0.085]);
  });
});
