import type { OcrLayout, PdfLayout } from '../../shared/documents';
import { ocrLanguageLabel } from './ocr-language';

/** Words under this confidence (tesseract's 0–100) are shown as unsure. */
const UNSURE_BELOW = 70;

/** The OCR words worth a second look, for the text view's dotted underline. */
export function unsureWords(ocr: OcrLayout | undefined): { start: number; end: number }[] | undefined {
  return ocr?.words.filter((w) => w.confidence < UNSURE_BELOW);
}

const pageList = (pages: readonly number[]) => (pages.length === 1 ? `page ${pages[0]}` : `pages ${pages[0]}–${pages[pages.length - 1]}`);

/** Says which text came from text recognition, in what language, and which pages it did not reach. */
export function OcrNote({ layout }: { layout: PdfLayout }) {
  const ocr = layout.ocr;
  if (!ocr) return null;
  const unsure = unsureWords(ocr)?.length ?? 0;
  const last = ocr.pages[ocr.pages.length - 1] ?? 0;
  const stopped = layout.pageCount > last ? layout.pageCount - last : 0;
  return (
    <p className="field-hint ocr-note" data-testid="ocr-note">
      Text read by text recognition (OCR, {ocrLanguageLabel(ocr.languages)}) from {pageList(ocr.pages)}
      {layout.pageCount > 1 ? ` of ${layout.pageCount}` : ''}
      {stopped > 0 ? `; stopped before the last ${stopped === 1 ? 'page' : `${stopped} pages`}, open the file again to read them` : ''}.
      {unsure > 0 ? ` ${unsure} ${unsure === 1 ? 'word it was unsure of is' : 'words it was unsure of are'} underlined with dots.` : ''}
    </p>
  );
}
