import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { NUMBERED, pack } from './make-docx';

/**
 * A right-to-left Word file (Hebrew and Arabic, as Word writes them: bidirectional paragraphs,
 * right-to-left runs, a table laid out right to left), for the .docx path's layout and direction.
 */

export const RTL_DOCX_ARABIC = 'ذهب الطالب إلى المدرسة في الصباح الباكر وقرأ 3 كتب.';

/** The text a reader sees in rtlDocx(), in logical order, laid out as the PDF path lays text out. */
export const RTL_DOCX_TEXT = [
  'דוח רבעוני',
  RTL_DOCX_ARABIC,
  '• تفاح\n• إجاص',
  '1. לשתול עוד תפוחים\n2. למכור את האגסים',
  'פרי\tארגזים\tמחיר\nתפוחים\t120\t3 ₪',
  'The end.',
].join('\n\n');

export async function rtlDocx(): Promise<Uint8Array<ArrayBuffer>> {
  const rtl = (text: string, more: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) =>
    new Paragraph({ bidirectional: true, children: [new TextRun({ text, rightToLeft: true })], ...more });
  const cell = (text: string) => new TableCell({ children: [rtl(text)], width: { size: 3000, type: WidthType.DXA } });
  const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
  return pack(
    {
      children: [
        rtl('דוח רבעוני', { heading: HeadingLevel.HEADING_1 }),
        rtl(RTL_DOCX_ARABIC),
        rtl('تفاح', { bullet: { level: 0 } }),
        rtl('إجاص', { bullet: { level: 0 } }),
        rtl('לשתול עוד תפוחים', { numbering: { reference: NUMBERED, level: 0 } }),
        rtl('למכור את האגסים', { numbering: { reference: NUMBERED, level: 0 } }),
        new Table({ visuallyRightToLeft: true, rows: [row(['פרי', 'ארגזים', 'מחיר']), row(['תפוחים', '120', '3 ₪'])] }),
        new Paragraph('The end.'),
      ],
    },
    true,
  );
}
