import { describe, expect, it } from 'vitest';
import { pageAt, runsInRange } from '../../shared/documents';
import { pdfTextFromPages, type PdfPageItem, type PdfText, type PdfTextItem } from './pdf-text';

// Synthetic pdf.js items: font height 10, every character 5 units wide, y up as in PDF user space.
const H = 10;
const CHAR = 5;

function item(str: string, x: number, y: number, opts: Partial<PdfTextItem> & { h?: number } = {}): PdfTextItem {
  const h = opts.h ?? H;
  return { str, dir: 'ltr', transform: [h, 0, 0, h, x, y], width: str.length * CHAR * (h / H), height: h, hasEOL: false, ...opts };
}

/** One item per word, a space's width apart, as many PDF producers write them. */
function words(line: string, x: number, y: number, h = H): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const w of line.split(' ')) {
    out.push(item(w, x, y, { h }));
    x += (w.length + 1) * CHAR * (h / H);
  }
  return out;
}

/** Lines of one item each, `step` apart, top down from y. */
function lines(texts: string[], x: number, y: number, step = 12): PdfTextItem[] {
  return texts.map((t, i) => item(t, x, y - i * step, { hasEOL: true }));
}

/** The contract every result must keep: runs sorted, disjoint, exact; every other character a separator. */
function checkRuns(pages: PdfPageItem[][], { text, layout }: PdfText): void {
  let prevEnd = 0;
  for (const run of layout.runs) {
    expect(run.start).toBeGreaterThanOrEqual(prevEnd);
    expect(run.end).toBeGreaterThan(run.start);
    const raw = pages[run.page - 1][run.item] as PdfTextItem;
    expect(text.slice(run.start, run.end)).toBe(raw.str.slice(run.itemStart, run.itemStart + run.end - run.start));
    expect(text.slice(prevEnd, run.start)).toMatch(/^[ \t\n]*$/);
    prevEnd = run.end;
  }
  expect(text.slice(prevEnd)).toBe('');
}

function extract(pages: PdfPageItem[][]): PdfText {
  const result = pdfTextFromPages(pages);
  checkRuns(pages, result);
  return result;
}

describe('pdf text reconstruction', () => {
  it('joins words by their gaps and the lines of a paragraph with a space, in reading order whatever the stream order', () => {
    const page = [...words('second line here', 50, 688), ...words('Hello world', 50, 700)];
    expect(extract([page]).text).toBe('Hello world second line here');
  });

  it('keeps pdf.js whitespace items and item spaces as single spaces, and touching items joined', () => {
    const page: PdfPageItem[] = [
      item('Hello ', 50, 700),
      item('world', 80, 700),
      item(' ', 105, 700, { height: 0, width: 1 }),
      item('again', 105.5, 700),
      item('ly', 130.5, 700),
    ];
    expect(extract([page]).text).toBe('Hello world againly');
  });

  it('puts a blank line between paragraphs and after a change of font size', () => {
    const page = [
      item('Title', 50, 740, { h: 18 }),
      ...lines(['First paragraph line one', 'line two'], 50, 710),
      ...lines(['Second paragraph', 'continues'], 50, 670),
    ];
    expect(extract([page]).text).toBe('Title\n\nFirst paragraph line one line two\n\nSecond paragraph continues');
  });

  it('joins a word hyphenated at a line end and keeps compounds before an uppercase letter or a digit', () => {
    const page = lines(['The Engin-', 'eers met the Anglo-', 'Saxon team about COVID-', '19 and a dash -', 'here'], 50, 700);
    const result = extract([page]);
    expect(result.text).toBe('The Engineers met the Anglo-Saxon team about COVID-19 and a dash - here');
    const at = result.text.indexOf('Engineers');
    const pieces = runsInRange(result.layout, at, at + 'Engineers'.length);
    expect(pieces.map((r) => [r.item, r.itemStart, r.end - r.start])).toEqual([
      [0, 4, 5],
      [1, 0, 4],
    ]);
  });

  it('drops soft hyphens inside words and joins at a soft hyphen line end', () => {
    const page = lines(['co\u00adoperate with Engin\u00ad', 'eers'], 50, 700);
    expect(extract([page]).text).toBe('cooperate with Engineers');
  });

  it('reads a two-column page left column first, with spanning title and page number in place', () => {
    const left = ['Left column line one is long', 'left column line two is long', 'left column line three long', 'left four'];
    const right = ['Right column line one is lon', 'right column line two is lon', 'right column line three lon', 'right four'];
    const page = [
      item('A title that spans both of the two columns of the page', 50, 760),
      ...left.flatMap((t, i) => [item(t, 50, 730 - 12 * i), item(right[i], 210, 730 - 12 * i)]),
      item('7', 200, 60),
    ];
    // The left column ends mid-sentence, so the right one runs on after a space; the page number is left out.
    expect(extract([page]).text).toBe(
      ['A title that spans both of the two columns of the page', [...left, ...right].join(' ')].join('\n\n'),
    );
  });

  it('reads columns whose baselines do not line up', () => {
    const left = ['Left column line one is long', 'left column line two is long', 'left column line three long'];
    const right = ['Right column line one is lon', 'right column line two is lon', 'right column line three lon'];
    const page = [...lines(left, 50, 730), ...lines(right, 210, 725)];
    expect(extract([page]).text).toBe([...left, ...right].join(' '));
  });

  it('reads an index in two columns, even with more short headings than entries on one side', () => {
    // Like a book's index page: entries with dot leaders filling each column, larger single-letter
    // headings, the page number at the top right.
    const entry = (t: string, x: number, y: number) => item(t.padEnd(34, '.'), x, y);
    const page = [
      item('Index', 50, 760, { h: 16 }),
      item('9', 400, 760),
      item('A', 50, 730, { h: 14 }),
      item('M', 240, 730, { h: 14 }),
      entry('apple', 50, 716),
      entry('mango', 240, 716),
      entry('apricot', 50, 704),
      item('P', 240, 700, { h: 14 }),
      entry('avocado', 50, 692),
      entry('peach', 240, 686),
      item('B', 50, 672, { h: 14 }),
      item('S', 240, 672, { h: 14 }),
      entry('banana', 50, 658),
      entry('sloe', 240, 658),
      entry('berry', 50, 646),
      item('T', 240, 640, { h: 14 }),
      entry('tea', 240, 626),
    ];
    const lines = extract([page]).text.split('\n');
    const left = ['Index', 'A', 'apple', 'apricot', 'avocado', 'B', 'banana', 'berry'];
    const right = ['9', 'M', 'mango', 'P', 'peach', 'S', 'sloe', 'T', 'tea'];
    expect(lines.filter((l) => l !== '').map((l) => l.replace(/\.+$/, ''))).toEqual([...left, ...right]);
  });

  it('keeps a table row on one line, cells separated by tabs', () => {
    const rows = [
      ['Name', 'Age', 'City'],
      ['Alice', '31', 'Paris'],
      ['Bob', '4', 'Rome'],
      ['Carol', '27', 'Oslo'],
      ['Dan', '45', 'Lima'],
      ['Erin', '38', 'Kyiv'],
    ];
    const page = [item('Staff list', 50, 730), ...rows.flatMap((r, i) => r.map((c, j) => item(c, 50 + 120 * j, 700 - 14 * i)))];
    expect(extract([page]).text).toBe('Staff list\n\n' + rows.map((r) => r.join('\t')).join('\n'));
  });

  it('indexes raw items, marked content included', () => {
    const page: PdfPageItem[] = [
      { type: 'beginMarkedContentProps', id: 'mc0' },
      item('Hello', 50, 700),
      { type: 'endMarkedContent' },
      item('world', 80, 700),
    ];
    const { layout } = extract([page]);
    expect(layout.runs.map((r) => r.item)).toEqual([1, 3]);
  });

  it('separates pages by a blank line after a sentence, and empty pages start where the next one does', () => {
    const pages = [[item('One.', 50, 700)], [], [item('Three.', 50, 700)], []];
    const { text, layout } = extract(pages);
    expect(text).toBe('One.\n\nThree.');
    expect(layout.pageCount).toBe(4);
    expect(layout.pageStarts).toEqual([0, 6, 6, 12]);
    expect(pageAt(layout, text.indexOf('Three'))).toBe(3);
    expect(pageAt(layout, 2)).toBe(1);
  });

  it('keeps the hyphen of a compound after a prefix that keeps one, and only there', () => {
    const page = lines(['A self-', 'aware and well-', 'known zebra; himself-', 'ish is not a prefix'], 50, 700);
    expect(extract([page]).text).toBe('A self-aware and well-known zebra; himselfish is not a prefix');
  });

  it('joins a word hyphenated across a page break, and the next page starts at its second half', () => {
    const { text, layout } = extract([[item('zebra engin-', 50, 60)], [item('eers omega', 50, 700)]]);
    expect(text).toBe('zebra engineers omega');
    expect(layout.pageStarts).toEqual([0, 'zebra engin'.length]);
    const pieces = runsInRange(layout, 0, text.length);
    expect(pieces.map((r) => r.page)).toEqual([1, 2]);
  });

  it('orders a right-to-left line right to left', () => {
    const page = [item('שלום', 50, 700, { dir: 'rtl' }), item('עולם', 25, 700, { dir: 'rtl' })];
    expect(extract([page]).text).toBe('שלום עולם');
  });

  it('keeps a superscript on its line, drops fake-bold overprints, puts rotated text last', () => {
    const page: PdfPageItem[] = [
      item('Rotated', 20, 400, { transform: [0, 10, -10, 0, 20, 400], hasEOL: true }),
      item('Bold', 50, 700),
      item('Bold', 50.3, 700),
      item('word', 75, 700),
      item('2', 95, 704, { h: 6 }),
      item('next line', 50, 688),
    ];
    expect(extract([page]).text).toBe('Bold word2 next line\n\nRotated');
  });

  it('does not split a single-column page at a short centred line', () => {
    const body = ['A normal line of body text here', 'another normal line of body text', 'and one more line of body text'];
    const page = [item('Centred', 120, 760), ...lines(body, 50, 730), ...lines(body, 50, 680)];
    expect(extract([page]).text).toBe(['Centred', body.join(' '), body.join(' ')].join('\n\n'));
  });

  describe('running headers and footers', () => {
    /** A page: a header line at the top, body lines, a footer with the page number at the bottom. */
    const pageOf = (header: string | null, body: string[], footer: string | null) => [
      ...(header ? [item(header, 50, 780)] : []),
      ...lines(body, 50, 700),
      ...(footer ? [item(footer, 280, 40)] : []),
    ];

    it('leaves out a repeated header and page numbers, so a hyphenated word crosses the page break', () => {
      const pages = [
        pageOf('Journal of Zebras · Vol. 3', ['The first page ends with an engin-'], 'Page 1 of 4'),
        pageOf('Journal of Zebras · Vol. 3', ['eers met at the river.'], 'Page 2 of 4'),
        pageOf('Journal of Zebras · Vol. 3', ['A third page of text.'], 'Page 3 of 4'),
        pageOf('Journal of Zebras · Vol. 3', ['The last page.'], 'Page 4 of 4'),
      ];
      const { text, layout } = extract(pages);
      expect(text).toBe('The first page ends with an engineers met at the river.\n\nA third page of text.\n\nThe last page.');
      expect(layout.pageStarts).toEqual([0, 'The first page ends with an engin'.length, text.indexOf('A third'), text.indexOf('The last')]);
    });

    it('drops alternating headers on facing pages, and keeps a body line that only looks like one', () => {
      const pages = [1, 2, 3, 4, 5, 6].map((n) => pageOf(n % 2 ? 'A Book Title' : 'Chapter One', [`Body text of page ${n}.`], String(n)));
      pages[2] = pageOf('A Book Title', ['Chapter One', 'is where it starts.'], '3');
      const { text } = extract(pages);
      expect(text).not.toContain('A Book Title');
      expect(text).toContain('Chapter One is where it starts.');
      expect(text).not.toMatch(/^\d+$/m);
    });

    it('leaves out the header and "Page 1 of 2" of a two-page letter, and keeps lines that repeat on few pages', () => {
      const two = [
        pageOf('ACME Ltd · Letter', ['We hope the zebra'], 'Page 1 of 2'),
        pageOf('ACME Ltd · Letter', ['crossed the river.'], 'Page 2 of 2'),
      ];
      expect(extract(two).text).toBe('We hope the zebra crossed the river.');
      // A lone number is a page number only next to other text: a page of just "42" keeps it.
      expect(extract([[item('42', 50, 700)]]).text).toBe('42');
      const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => pageOf(n <= 2 ? 'Preface' : null, [`Text ${n}.`], null));
      expect(extract(pages).text.match(/Preface/g)).toHaveLength(2);
    });
  });
});
