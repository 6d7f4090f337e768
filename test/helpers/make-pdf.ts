/**
 * Test PDFs generated with pdf-lib (nothing binary is committed), for Vitest and Playwright (Node).
 * Every text line is placed explicitly, so the text a test expects is known line by line. Body text
 * uses an embedded, subsetted DejaVu Sans (Unicode, through fontkit); `multiPagePdf` uses the
 * non-embedded standard Helvetica, as many real files do.
 */
import fontkit from '@pdf-lib/fontkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

export const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

const PAGE: [number, number] = [612, 792];
const SIZE = 11;
const LEADING = 14;

/** Pages of explicitly placed lines. */
export async function pdfFromLines(pages: PlacedLine[][], opts: { standardFont?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await embed(doc, opts.standardFont);
  for (const lines of pages) {
    const page = doc.addPage(PAGE);
    for (const l of lines) page.drawText(l.text, { x: l.x, y: l.y, size: l.size ?? SIZE, font });
  }
  return doc.save();
}

let dejaVu: Buffer | undefined;

async function embed(doc: PDFDocument, standard = false): Promise<PDFFont> {
  if (standard) return doc.embedFont(StandardFonts.Helvetica);
  doc.registerFontkit(fontkit);
  dejaVu ??= readFileSync(DEJAVU_SANS);
  return doc.embedFont(dejaVu, { subset: true });
}

/** Lines top-down from `y`, `LEADING` apart; a '' entry leaves an empty line (a paragraph gap). */
export function column(texts: string[], x = 72, y = 720, leading = LEADING): PlacedLine[] {
  return texts.flatMap((text, i) => (text === '' ? [] : [{ text, x, y: y - i * leading }]));
}

/** Three pages: a heading and two paragraphs, one paragraph, one line (standard Helvetica). */
export function multiPagePdf(): Promise<Uint8Array> {
  return pdfFromLines(
    [
      [
        { text: 'Annual report', x: 72, y: 740, size: 18 },
        ...column(['The committee met in March.', 'It reviewed the budget.', '', 'A second paragraph follows here.'], 72, 710),
      ],
      column(['Page two has one paragraph', 'over two lines.']),
      column(['The end.']),
    ],
    { standardFont: true },
  );
}

export const TWO_COLUMN_LEFT = [
  'Rivers carry water from the hills',
  'down to the sea through valleys',
  'that they carved over many years,',
  'and the valleys stay green.',
];
export const TWO_COLUMN_RIGHT = [
  'Mountains rise where the plates',
  'of the crust push on each other',
  'and fold the rock into ridges',
  'that reach above the clouds.',
];

/** A spanning title, two columns of four lines (baselines aligned), a centred page number. */
export function twoColumnPdf(): Promise<Uint8Array> {
  return pdfFromLines([
    [
      { text: 'Landforms: a short two-column overview of rivers and mountains', x: 72, y: 740 },
      ...column(TWO_COLUMN_LEFT, 72, 700),
      ...column(TWO_COLUMN_RIGHT, 320, 700),
      { text: '1', x: 303, y: 50 },
    ],
  ]);
}

/** "Engin-⏎eers" (joined), "Anglo-⏎Saxon" and "COVID-⏎19" (hyphen kept). */
export function hyphenatedPdf(): Promise<Uint8Array> {
  return pdfFromLines([column(['The bridge was built by Engin-', 'eers from an Anglo-', 'Saxon firm during COVID-', '19 lockdowns.'])]);
}

export const TABLE_ROWS = [
  ['City', 'Country', 'Population'],
  ['Lisbon', 'Portugal', '545,000'],
  ['Oslo', 'Norway', '709,000'],
  ['Quito', 'Ecuador', '2,800,000'],
];

/** A heading, then a table whose cells sit 150 points apart. */
export function tablePdf(): Promise<Uint8Array> {
  const cells = TABLE_ROWS.flatMap((row, r) => row.map((text, c) => ({ text, x: 72 + 150 * c, y: 690 - 18 * r })));
  return pdfFromLines([[{ text: 'Largest cities', x: 72, y: 730 }, ...cells]]);
}

export const NON_LATIN_LINES = [
  'Café crème, naïve façade, Ærøskøbing, Łódź.',
  'Ελληνικά: η γρήγορη καφέ αλεπού.',
  'Русский: съешь же ещё этих мягких булок.',
];

export function nonLatinPdf(): Promise<Uint8Array> {
  return pdfFromLines([column(NON_LATIN_LINES)]);
}

/** Two pages of shapes and no text at all: what a scan looks like to a text extractor. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let p = 0; p < 2; p++) {
    const page = doc.addPage(PAGE);
    page.drawRectangle({ x: 72, y: 400, width: 300, height: 200, color: rgb(0.2, 0.3, 0.8) });
    page.drawEllipse({ x: 300, y: 250, xScale: 80, yScale: 40, color: rgb(0.9, 0.5, 0.1) });
    page.drawLine({ start: { x: 72, y: 100 }, end: { x: 540, y: 120 }, thickness: 3 });
  }
  return doc.save();
}

/** A PNG of `width` × `height` mid-grey pixels: enough of an image for a PDF page to draw. */
function greyPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Four pages: typed text, a scan (one full-page image, no text), a blank page with only a rule on
 * it, typed text again. The typed pages' sentences run on across the pages between them.
 */
export async function mixedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const typed = (lines: string[]) => {
    const page = doc.addPage(PAGE);
    for (const l of column(lines)) page.drawText(l.text, { x: l.x, y: l.y, size: SIZE, font });
  };
  typed(['The typed first page says', 'that the keepers counted']);
  const image = await doc.embedPng(greyPng(16, 16));
  doc.addPage(PAGE).drawImage(image, { x: 0, y: 0, width: PAGE[0], height: PAGE[1] });
  doc.addPage(PAGE).drawLine({ start: { x: 72, y: 400 }, end: { x: 540, y: 400 }, thickness: 1 });
  typed(['twelve giraffes at dawn.', '', 'The last page is typed too.']);
  return doc.save();
}

/** A PDF header followed by garbage: no structure pdf.js could recover. */
export function damagedPdf(): Uint8Array {
  const junk = new Uint8Array(2048);
  let seed = 7;
  for (let i = 0; i < junk.length; i++) junk[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  const header = new TextEncoder().encode('%PDF-1.7\n');
  junk.set(header, 0);
  return junk;
}

/** The first 60% of a valid file, as an interrupted download leaves it. */
export async function truncatedPdf(): Promise<Uint8Array> {
  const whole = await multiPagePdf();
  return whole.slice(0, Math.floor(whole.length * 0.6));
}

/** Three pages, the second of which points at an object that does not exist: page 1 still reads. */
export async function brokenPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['first page', 'second page', 'third page']) doc.addPage(PAGE).drawText(text, { x: 72, y: 700, size: SIZE, font });
  const [, second] = doc.getPages();
  const source = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  const kid = `${second.ref.objectNumber} 0 R`;
  const broken = source.replace(/\/Kids \[([^\]]*)\]/, (all) => all.replace(kid, '99 0 R'));
  if (broken === source) throw new Error('brokenPagePdf: page tree not found');
  return new Uint8Array(Buffer.from(broken, 'latin1'));
}

/** Not a PDF at all (e.g. a renamed text file). */
export function notPdf(): Uint8Array {
  return new TextEncoder().encode('This is a plain text file with a .pdf name.\n');
}

/** `source` encrypted with AES-256 by qpdf (user password `user`, owner password `owner`). */
export function encryptPdf(source: Uint8Array, user = 'secret', owner = 'owner-secret'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'qa-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), source);
    execFileSync('qpdf', ['--encrypt', user, owner, '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const ENCRYPTED_TEXT = 'The vault code is written here.';

/** A one-page PDF whose text is ENCRYPTED_TEXT, encrypted with password `secret`. */
export async function encryptedPdf(password = 'secret'): Promise<Uint8Array> {
  return encryptPdf(await pdfFromLines([column([ENCRYPTED_TEXT])]), password);
}

/** A PDF that would act if its scripts ran or its links were followed: document JavaScript and a URI link. */
export async function scriptedPdf(url = 'https://example.com/pdf-link'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await embed(doc);
  const page = doc.addPage(PAGE);
  page.drawText('Scripts and links in this file must never run.', { x: 72, y: 720, size: SIZE, font });
  doc.addJavaScript('beacon', `app.launchURL(${JSON.stringify(url)}, true);`);
  const link = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [72, 715, 300, 732],
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  return doc.save();
}

export type MarkerPlacement = 'line' | 'page' | 'hyphen';

/** The oracle's answer ("zebra" … "omega") in each marker PDF's text, exactly as extracted. */
export const MARKER_ANSWERS: Record<MarkerPlacement, string> = {
  line: 'zebra crossed the old stone bridge near the omega',
  page: 'zebra walked slowly towards the omega',
  hyphen: 'zebra passed the omega',
};

const INTRO = ['The keepers wrote down what they saw each morning.', 'Most days were quiet on the reserve.'];

/** The oracle's marker phrase across a line break, a page break, or a word hyphenated at a line end ("ome-⏎ga"). */
export function markerPdf(placement: MarkerPlacement): Promise<Uint8Array> {
  switch (placement) {
    case 'line':
      return pdfFromLines([
        column([
          ...INTRO,
          'At dawn the zebra crossed the old stone bridge',
          'near the omega gate and went on to the river.',
          'Nothing else happened that day.',
        ]),
      ]);
    case 'page':
      return pdfFromLines([
        [...column(INTRO), { text: 'On the last evening the zebra walked slowly', x: 72, y: 72 }],
        column(['towards the omega tower and rested there.', 'The keepers went home.']),
      ]);
    case 'hyphen':
      return pdfFromLines([column([...INTRO, 'In the morning the zebra passed the ome-', 'ga sign on the hill and stopped.'])]);
  }
}

const WORDS =
  'the a of river mountain valley stone bridge keeper morning evening report budget council water field road town north south light early late small large green old new long short quiet road tower gate hill'.split(
    ' ',
  );

/** A long document for the benchmark: `pages` pages of 45 lines, a heading each, paragraphs of 9 lines. */
export async function longPdf(pages = 300): Promise<Uint8Array> {
  let seed = 12345;
  const word = () => WORDS[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % WORDS.length];
  const spec: PlacedLine[][] = [];
  for (let p = 1; p <= pages; p++) {
    const lines: PlacedLine[] = [{ text: `Chapter ${p}`, x: 72, y: 740, size: 16 }];
    for (let l = 0; l < 45; l++) {
      const text = Array.from({ length: 11 }, word).join(' ');
      lines.push({ text: l % 9 === 8 ? text + '.' : text, x: 72, y: 712 - l * 14 - Math.floor(l / 9) * 8 });
    }
    spec.push(lines);
  }
  return pdfFromLines(spec);
}
