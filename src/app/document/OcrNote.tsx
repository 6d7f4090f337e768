import type { OcrLayout, PdfLayout } from '../../shared/documents';
import { ocrLanguageLabel } from './ocr-language';
import { pageList } from './page-list';

/** Words under this confidence (tesseract's 0–100) are shown as unsure. */
const UNSURE_BELOW = 70;

/** The OCR words worth a second look, for the text view's dotted underline. */
export function unsureWords(ocr: OcrLayout | undefined): { start: number; end: number }[] | undefined {
  return ocr?.words.filter((w) => w.confidence < UNSURE_BELOW);
}

/** Says which text came from text recognition, in what language, and which pages it did not reach. */
export function OcrNote({ layout }: { layout: PdfLayout }) {
  const ocr = layout.ocr;
  if (!ocr) return null;
  if (layout.imageOnlyPages || layout.brokenTextPages) return <MixedNote layout={layout} ocr={ocr} />;
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

/** A PDF with typed pages: which of its scanned (or broken-text) pages were read by OCR, and which scans were not (Stop). */
function MixedNote({ layout, ocr }: { layout: PdfLayout; ocr: OcrLayout }) {
  const unsure = unsureWords(ocr)?.length ?? 0;
  const notRead = (layout.imageOnlyPages ?? []).filter((p) => !ocr.pages.includes(p));
  const of = ` of ${layout.pageCount}`;
  // Pages recognised because their text layer was broken are not scans.
  const scanned = ocr.pages.every((p) => layout.imageOnlyPages?.includes(p)) ? 'scanned ' : '';
  return (
    <p className="field-hint ocr-note" data-testid="ocr-note">
      {ocr.pages.length > 0
        ? `Text of ${scanned}${pageList(ocr.pages)}${of} read by text recognition (OCR, ${ocrLanguageLabel(ocr.languages)}); the other pages have their own text.`
        : `The other pages have their own text.`}
      {notRead.length > 0
        ? ` Scanned ${pageList(notRead)} ${notRead.length === 1 ? 'was' : 'were'} not read (stopped): open the file again to read them.`
        : ''}
      {unsure > 0 ? ` ${unsure} ${unsure === 1 ? 'word it was unsure of is' : 'words it was unsure of are'} underlined with dots.` : ''}
    </p>
  );
}
