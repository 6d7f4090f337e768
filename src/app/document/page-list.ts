import type { DocumentProgress } from '../../shared/documents';

/** Pages as people write them: "page 2", "pages 1–3", "pages 1, 3–4". */
export function pageList(pages: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    ranges.push(j === i ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j;
  }
  return `${pages.length === 1 ? 'page' : 'pages'} ${ranges.join(', ')}`;
}

/**
 * The pages Stop would keep during text recognition: those before the page being read, or, in a PDF
 * with typed pages, every page but the scans not yet read. None: Stop is a cancel.
 */
export function keptPages(progress: DocumentProgress | null): number[] {
  if (progress?.phase !== 'ocr') return [];
  const { page, total, scans } = progress;
  if (!scans) return Array.from({ length: page - 1 }, (_, i) => i + 1);
  const left = new Set(scans.slice(scans.indexOf(page)));
  return Array.from({ length: total }, (_, i) => i + 1).filter((p) => !left.has(p));
}

/** How far recognition is, in pages read (0 to max): over the scans only, when the other pages have text. */
export function ocrFraction(progress: Extract<DocumentProgress, { phase: 'ocr' }>): { value: number; max: number } {
  const { page, total, fraction, scans } = progress;
  if (!scans) return { value: page - 1 + fraction, max: total };
  return { value: Math.max(0, scans.indexOf(page)) + fraction, max: scans.length };
}
