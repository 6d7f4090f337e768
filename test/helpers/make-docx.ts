import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';

/**
 * Word files generated for tests with the `docx` package, so no binary is committed. Usable from
 * Vitest and from Playwright specs (plain Node, no DOM). Each returns the file's bytes.
 */

/** The sentence whose "zebra … omega" answer spans a bold run: the bold part is BOLD_RUN. */
export const BOLD_RUN = 'wide muddy';
export const BOLD_SENTENCE = `Field notes say the zebra crossed the ${BOLD_RUN} river near omega camp at dawn.`;
export const BOLD_ANSWER = `zebra crossed the ${BOLD_RUN} river near omega`;

/** The text a reader sees in sampleDocx(), as html-text.ts lays it out. */
export const SAMPLE_DOCX_TEXT = [
  'Quarterly report',
  'This report covers the first quarter.',
  'Findings',
  BOLD_SENTENCE,
  '• Apples sold well\n• Pears did not',
  '1. Plant more apples\n2. Sell the pears',
  'Fruit\tCrates\tPrice\nApples\t120\t3 €',
  'The end.',
].join('\n\n');

export const NUMBERED = 'numbered-list';

export async function sampleDocx(): Promise<Uint8Array<ArrayBuffer>> {
  const [before, after] = BOLD_SENTENCE.split(BOLD_RUN);
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 3000, type: WidthType.DXA } });
  const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
  return pack(
    {
      children: [
        new Paragraph({ text: 'Quarterly report', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('This report covers the first quarter.'),
        new Paragraph({ text: 'Findings', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ children: [new TextRun(before), new TextRun({ text: BOLD_RUN, bold: true }), new TextRun(after)] }),
        new Paragraph({ text: 'Apples sold well', bullet: { level: 0 } }),
        new Paragraph({ text: 'Pears did not', bullet: { level: 0 } }),
        new Paragraph({ text: 'Plant more apples', numbering: { reference: NUMBERED, level: 0 } }),
        new Paragraph({ text: 'Sell the pears', numbering: { reference: NUMBERED, level: 0 } }),
        new Table({ rows: [row(['Fruit', 'Crates', 'Price']), row(['Apples', '120', '3 €'])] }),
        new Paragraph('The end.'),
      ],
    },
    true,
  );
}

/** A .docx of `paragraphs`, one Word paragraph each (for a document of a chosen length). */
export async function paragraphsDocx(paragraphs: string[]): Promise<Uint8Array<ArrayBuffer>> {
  return pack({ children: paragraphs.map((p) => new Paragraph(p)) });
}

// A valid 1×1 PNG; imageDocx() pads it with 64 KB of noise after its end, which does not compress,
// so a copy inlined as base64 would stand out.
const PNG_1X1 = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

/** A paragraph, a picture with alt text IMAGE_ALT, another paragraph. */
export const IMAGE_ALT = 'A striped horse';
export async function imageDocx(): Promise<Uint8Array<ArrayBuffer>> {
  const data = Buffer.concat([PNG_1X1, noise(64_000)]);
  return pack({
    children: [
      new Paragraph('Before the picture.'),
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data,
            transformation: { width: 40, height: 40 },
            altText: { name: 'horse', description: IMAGE_ALT },
          }),
        ],
      }),
      new Paragraph('After the picture.'),
    ],
  });
}

/** A paragraph with a footnote reference: mammoth lists the notes at the end, with "↑" links back. */
export async function footnoteDocx(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('The note itself.')] } },
    sections: [{ children: [new Paragraph({ children: [new TextRun('Body text'), new FootnoteReferenceRun(1), new TextRun(' ends.')] })] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * Files a .docx reader must reject as damaged:
 * - 'no-document': a valid zip (a real .docx) whose word/document.xml entry has been renamed away;
 * - 'truncated': the first half of a real .docx (starts with "PK", no central directory);
 * - 'random': bytes that are not a zip at all.
 */
export async function damagedDocx(kind: 'no-document' | 'truncated' | 'random'): Promise<Uint8Array<ArrayBuffer>> {
  if (kind === 'random') {
    const bytes = noise(4096);
    bytes[0] = 0; // never "PK"
    return bytes;
  }
  const real = await paragraphsDocx(['Nothing to see.']);
  if (kind === 'truncated') return real.slice(0, real.length >> 1);
  return renameZipEntry(real, 'word/document.xml', 'word/document.bak');
}

/** Deterministic pseudo-random bytes. */
function noise(length: number): Uint8Array<ArrayBuffer> {
  let seed = 13;
  return Uint8Array.from({ length }, () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 0xff);
}

export async function pack(section: ISectionOptions, withNumbering = false): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({
    numbering: withNumbering
      ? {
          config: [
            {
              reference: NUMBERED,
              levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
            },
          ],
        }
      : undefined,
    sections: [section],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A zip entry's name is stored, uncompressed, in its local header and in the central directory; the
 * CRCs cover only the data, so an equal-length rename leaves a valid archive. Both copies must be
 * found, or the result would not be the file the test means.
 */
function renameZipEntry(zip: Uint8Array, from: string, to: string): Uint8Array<ArrayBuffer> {
  if (from.length !== to.length) throw new Error('renameZipEntry: names must have the same length');
  const bytes = Buffer.from(zip);
  const positions: number[] = [];
  for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) positions.push(at);
  if (positions.length !== 2) throw new Error(`renameZipEntry: expected "${from}" twice in the zip, found ${positions.length}`);
  for (const at of positions) bytes.write(to, at, 'latin1');
  return new Uint8Array(bytes);
}
