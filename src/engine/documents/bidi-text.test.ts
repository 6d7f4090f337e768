import { describe, expect, it } from 'vitest';
import { runItemEnd, runsInRange } from '../../shared/documents';
import { hasRightToLeft } from '../../shared/text-direction';
import { logicalOrder, type LinePiece } from './bidi-text';
import { pdfTextFromPages, type PdfPageItem, type PdfText, type PdfTextItem } from './pdf-text';
import { baseLetters, mirroredBracket } from './presentation-forms';

// Synthetic pdf.js items as pdf.js reports a shaped right-to-left line: in visual order, left to
// right, each item's own characters already in logical order (pdf.js's bidi.js), Arabic often one
// presentation-form glyph per item, word gaps as whitespace items. Font height 10, 5 units a character.
const H = 10;
const CHAR = 5;

/** One line from `parts` laid left to right; ' ' leaves a word gap (and a blank item, as pdf.js does). */
function visualLine(parts: string[], y: number, x = 50): PdfTextItem[] {
  return parts.map((str) => {
    const w = str.length * CHAR;
    const item = { str, dir: hasRightToLeft(str) ? 'rtl' : 'ltr', transform: [H, 0, 0, H, x, y], width: w, height: H, hasEOL: false };
    x += w;
    return item;
  });
}

/** Letters one item each, as Chromium prints Arabic: `glyphs` in visual order (left to right). */
const glyphs = (visual: string) => [...visual];

function base(s: string): string {
  return [...s].map(baseLetters).join('');
}

/** Every run points at its item's characters (as base letters); everything else is a separator. */
function checkRuns(pages: PdfPageItem[][], { text, layout }: PdfText): void {
  let prevEnd = 0;
  for (const run of layout.runs) {
    expect(run.start).toBeGreaterThanOrEqual(prevEnd);
    const raw = pages[run.page - 1][run.item] as PdfTextItem;
    // Brackets in right-to-left text come back as typed: the page draws (and names) their mirror image.
    const source = raw.str.slice(run.itemStart, runItemEnd(run));
    expect([base(source), base([...source].map(mirroredBracket).join(''))]).toContain(text.slice(run.start, run.end));
    expect(text.slice(prevEnd, run.start)).toMatch(/^[ \t\n]*$/);
    prevEnd = run.end;
  }
  expect(text.slice(prevEnd)).toBe('');
}

function extract(...lines: PdfTextItem[][]): PdfText {
  const page = lines.flat();
  const result = pdfTextFromPages([page]);
  checkRuns([page], result);
  return result;
}

// "ذهب الطالب إلى المدرسة" as Chromium prints it: the rightmost glyph is the first letter.
const WENT_TO_SCHOOL = [
  ...glyphs('\ufe94\ufeb3\u0631\ufeaa\ufee4\ufedf\u0627'),
  ' ',
  ...glyphs('\ufef0\ufedf\u0625'),
  ' ',
  ...glyphs('\ufe90\ufedf\ufe8e\ufec4\ufedf\u0627'),
  ' ',
  ...glyphs('\ufe90\ufeeb\u0630'),
];

describe('right-to-left lines in logical order', () => {
  it('reads an Arabic line of one glyph per item right to left, as base letters', () => {
    expect(extract(visualLine(WENT_TO_SCHOOL, 700)).text).toBe('ذهب الطالب إلى المدرسة');
  });

  it('keeps a number inside Arabic text left to right, whether one item or one item per digit', () => {
    // "سنة 1952 مع" (the year 1952 with), then "٣ كتب" (3 books) with an Arabic-Indic digit.
    const whole = visualLine([...glyphs('\ufeca\ufee3'), ' ', '1952', ' ', ...glyphs('\ufe94\ufee8\ufeb3')], 700);
    expect(extract(whole).text).toBe('سنة 1952 مع');
    const digits = visualLine([...glyphs('\ufeca\ufee3'), ' ', ...glyphs('1952'), ' ', ...glyphs('\ufe94\ufee8\ufeb3')], 700);
    expect(extract(digits).text).toBe('سنة 1952 مع');
    expect(extract(visualLine([...glyphs('\ufe90\ufe98\ufedb'), ' ', '\u0663'], 700)).text).toBe('٣ كتب');
  });

  it('reads Hebrew chunks right to left, a number between them left to right', () => {
    const line = visualLine(['ספרים על ההיסטוריה.', ' ', '3', ' ', 'הילד הלך לבית הספר בבוקר וקרא'], 700);
    expect(extract(line).text).toBe('הילד הלך לבית הספר בבוקר וקרא 3 ספרים על ההיסטוריה.');
  });

  it('reads Persian with keheh, farsi yeh and Persian digits', () => {
    // "من ۳ کتاب خریدم" (I bought 3 books); on the page, left to right: خریدم, کتاب, ۳, من.
    const line = visualLine(
      [
        ...glyphs('\ufee1\ufeaa\ufbfe\ufeae\ufea7'),
        ' ',
        ...glyphs('\ufe8f\ufe8e\ufe98\ufb90'),
        ' ',
        '\u06f3',
        ' ',
        ...glyphs('\ufee6\ufee3'),
      ],
      700,
    );
    expect(extract(line).text).toBe('من ۳ کتاب خریدم');
  });

  it('keeps a Latin phrase inside right-to-left text in its own order, with a number that follows it', () => {
    // Hebrew "עבד ב New York עם IBM 360 שנים" with each Latin word its own item: more Latin letters
    // than Hebrew ones, but Hebrew at both ends.
    const line = visualLine(['שנים', ' ', 'IBM', ' ', '360', ' ', 'עם', ' ', 'New', ' ', 'York', ' ', 'עבד ב'], 700);
    expect(extract(line).text).toBe('עבד ב New York עם IBM 360 שנים');
    // Latin at one end, Hebrew at the other: both readings fit, the majority of letters decides.
    const mostlyHebrew = visualLine(['IBM', ' ', '360', ' ', 'עם', ' ', 'New', ' ', 'York', ' ', 'עבד בחברה גדולה'], 700);
    expect(extract(mostlyHebrew).text).toBe('עבד בחברה גדולה New York עם IBM 360');
  });

  it('moves the punctuation pdf.js leaves in visual order in a number or Latin item to its logical place', () => {
    // "…על שנת 1948." and "…ב Word." end Hebrew sentences: pdf.js gives ".1948" and ".Word" (LTR items).
    expect(extract(visualLine(['.1948', ' ', 'על שנת'], 700)).text).toBe('על שנת 1948.');
    expect(extract(visualLine(['.Word', ' ', 'כתב את העבודה ב'], 700)).text).toBe('כתב את העבודה ב Word.');
    // A terminator stays with its number: "50%" and "3 ₪" are not split.
    expect(extract(visualLine(['50%', ' ', 'הנחה של'], 700)).text).toBe('הנחה של 50%');
  });

  it('turns brackets drawn mirrored in right-to-left text back into the ones typed', () => {
    // "נולד (בשנת 1948) בעיר": on the page, "(" opens to the left, so it is drawn (and named) ")".
    const line = visualLine(['בעיר', ' ', '(', '1948', ' ', 'בשנת', ')', ' ', 'נולד'], 700);
    expect(extract(line).text).toBe('נולד (בשנת 1948) בעיר');
    // Inside Hebrew items (pdf.js reversed their characters, the glyph names stay), and around a
    // Latin word, where the brackets sit right to left too.
    expect(extract(visualLine(['[Word]', ' ', 'אביב[', ' ', ']תל', ' ', 'בעיר ובתוכנה'], 700)).text).toBe('בעיר ובתוכנה [תל אביב] [Word]');
  });

  it('reads a line without letters, or one whose ends disagree, in the direction of the line before it', () => {
    const first = visualLine(['ספרים על', ' ', '3', ' ', 'הילד קרא'], 700, 120);
    const phone = visualLine(['.1234567'], 686, 200);
    expect(extract(first, phone).text).toBe('הילד קרא 3 ספרים על 1234567.');
    const latinFirst = visualLine(['.1948', ' ', 'על שנת', ' ', 'Microsoft Word'], 686, 100);
    expect(extract(first, latinFirst).text).toBe('הילד קרא 3 ספרים על Microsoft Word על שנת 1948.');
    // After a left-to-right line, the same kind of line stays left to right.
    const english = visualLine(['The', ' ', 'number', ' ', 'is'], 700, 50);
    expect(extract(english, visualLine(['1234567.'], 686, 50)).text).toBe('The number is 1234567.');
  });

  it('reads an Arabic word inside an English line in logical order', () => {
    const line = visualLine(
      ['The word', ' ', ...glyphs('\ufe8e\ufe92\ufea3\ufeae\ufee3'), ' ', 'means hello and', ' ', 'שלום', ' ', 'means peace.'],
      700,
    );
    expect(extract(line).text).toBe('The word مرحبا means hello and שלום means peace.');
  });

  it('reads a right-to-left paragraph line by line, top to bottom, a line end as a space', () => {
    const first = visualLine(['ספרים.', ' ', '3', ' ', 'הילד קרא'], 700, 120);
    const second = visualLine(['בבוקר.', ' ', 'הוא קרא'], 686, 135);
    expect(extract(first, second).text).toBe('הילד קרא 3 ספרים. הוא קרא בבוקר.');
  });

  it('maps a lam-alef ligature to two letters that both point at its glyph, and lights the whole glyph', () => {
    // "لا سلام." — isolated lam-alef, then seen + final lam-alef + meem with the full stop.
    const line = visualLine(['\u0645.', '\ufefc', '\ufeb3', ' ', '\ufefb'], 700);
    const { text, layout } = extract(line);
    expect(text).toBe('لا سلام.');
    const alef = text.indexOf('\u0627', 3);
    const [lit] = runsInRange(layout, alef, alef + 1);
    expect({ item: lit.item, from: lit.itemStart, to: runItemEnd(lit) }).toEqual({ item: 1, from: 0, to: 1 });
    const word = runsInRange(layout, 3, 8).map((r) => [r.item, r.itemStart, runItemEnd(r)]);
    expect(word).toEqual([
      [2, 0, 1],
      [1, 0, 1],
      [0, 0, 2],
    ]);
  });

  it('leaves left-to-right lines as they were', () => {
    const line = visualLine(['Cells', ' ', 'stay', ' ', 'in', ' ', 'order'], 700);
    expect(extract(line).text).toBe('Cells stay in order');
  });
});

describe('logicalOrder', () => {
  const piece = (str: string, sep: LinePiece['sep'] = ''): LinePiece => ({ str, from: 0, to: str.length, sep });

  it('keeps the widest gap between two pieces, a table cell gap included', () => {
    const out = logicalOrder([piece('מחיר'), piece('40', '\t'), piece('שקל', ' ')], false);
    expect(out.map((p) => p.sep + p.str).join('')).toBe('שקל 40\tמחיר');
  });

  it('takes pieces sorted right to left, and hands back the same pieces when nothing is right to left', () => {
    const rtl = logicalOrder([piece('שלום'), piece('עולם', ' ')], true);
    expect(rtl.map((p) => p.sep + p.str).join('')).toBe('שלום עולם');
    const ltr = [piece('a'), piece('b', ' ')];
    expect(logicalOrder(ltr, false)).toBe(ltr);
  });
});
