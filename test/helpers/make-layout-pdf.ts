/**
 * PDFs for issue 22's e2e checks (e2e/documents-layout.spec.ts), with pdf-lib: a two-page letter
 * whose oracle sentence ("zebra … omega") crosses the page break between a running header and
 * "Page 1 of 2", and three bad inputs that must open without a long task — 10,000 tiny text items
 * on one page, overlapping text layers, a rotated page (/Rotate 90, and text drawn turned).
 */
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { column, pdfFromLines, type PlacedLine } from './make-pdf';

export const LETTER_ANSWER = 'zebra walked along the quiet river towards the omega';

export function twoPageLetterPdf(): Promise<Uint8Array> {
  const frame = (n: number, body: PlacedLine[]): PlacedLine[] => [
    { text: 'Acme Reading Ltd · 12 Long Road', x: 72, y: 760, size: 9 },
    ...body,
    { text: `Page ${n} of 2`, x: 270, y: 40, size: 9 },
  ];
  const first = [
    'Dear reader,',
    '',
    'The keepers wrote to say what they saw at the reserve this spring.',
    'Most days were quiet, and the birds came back early this year.',
    'Late one evening the keepers say that the zebra walked along the',
  ];
  const second = ['quiet river towards the omega and rested there at dawn.', '', 'Yours sincerely,'];
  return pdfFromLines([frame(1, column(first, 72, 700)), frame(2, column(second, 72, 700))], { standardFont: true });
}

/** One page of 10,000 two-letter items at 2 pt, 100 rows of 100. */
export async function tinyItemsPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  for (let r = 0; r < 100; r++) for (let c = 0; c < 100; c++) page.drawText('ab', { x: 20 + c * 5.7, y: 770 - r * 7.5, size: 2, font });
  return doc.save();
}

/** A page drawn twice over (an OCR layer under the real text, a hair apart), and a second text crossing it. */
export async function overlappingLayersPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  const line = 'The keepers walked along the river to the old stone bridge and back again.';
  for (let i = 0; i < 40; i++) {
    page.drawText(line, { x: 72, y: 740 - i * 14, size: 11, font });
    page.drawText(line, { x: 72.4, y: 740.3 - i * 14, size: 11, font, opacity: 0 });
    page.drawText('OVERLAY TEXT ACROSS THE LINES', { x: 150 + (i % 5) * 7, y: 745 - i * 14, size: 14, font });
  }
  return doc.save();
}

/** A page stored portrait and shown landscape (/Rotate 90), with lines drawn at 90° and 45° too. */
export async function rotatedPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.setRotation(degrees(90));
  for (let i = 0; i < 30; i++) page.drawText(`Line ${i + 1} of the turned page runs on here.`, { x: 72, y: 740 - i * 14, size: 11, font });
  for (let i = 0; i < 10; i++)
    page.drawText(`Turned label ${i}`, { x: 500 + i * 12, y: 100, size: 9, font, rotate: degrees(i % 2 ? 90 : 45) });
  return doc.save();
}
