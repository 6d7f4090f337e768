import { describe, expect, it } from 'vitest';
import { keptPages, ocrFraction, pageList } from './page-list';

describe('page lists and what Stop keeps during text recognition', () => {
  it('writes pages as ranges', () => {
    expect(pageList([2])).toBe('page 2');
    expect(pageList([1, 2, 3])).toBe('pages 1–3');
    expect(pageList([1, 3, 4, 6])).toBe('pages 1, 3–4, 6');
  });

  it('keeps the pages before the one read in a scan, none on its first page', () => {
    expect(keptPages({ phase: 'ocr', page: 1, total: 3, fraction: 0.5 })).toEqual([]);
    expect(keptPages({ phase: 'ocr', page: 3, total: 3, fraction: 0 })).toEqual([1, 2]);
    expect(keptPages({ phase: 'pages', done: 1, total: 3 })).toEqual([]);
  });

  it('keeps the typed pages and the scans read, even on the first scan, in a mixed PDF', () => {
    const p = { phase: 'ocr' as const, total: 5, fraction: 0.2, scans: [2, 4] };
    expect(keptPages({ ...p, page: 2 })).toEqual([1, 3, 5]);
    expect(keptPages({ ...p, page: 4 })).toEqual([1, 2, 3, 5]);
    expect(ocrFraction({ ...p, page: 4 })).toEqual({ value: 1.2, max: 2 });
    expect(ocrFraction({ phase: 'ocr', page: 2, total: 3, fraction: 0.5 })).toEqual({ value: 1.5, max: 3 });
  });
});
