import type { PageLine } from './pdf-page';

/**
 * Running headers and footers: the lines a PDF repeats at the top or bottom of its pages (a journal
 * name, a chapter title, "Page 12 of 300"). Left in the text they land mid-sentence wherever a
 * paragraph crosses a page, split a hyphenated word across the break, and turn up as answers.
 *
 * A line counts as running when, with its digits ignored (page numbers change), the same text is
 * at the same place (first or second line from the top, or from the bottom) on at least MIN_PAGES
 * pages and on SHARE of them: books alternate two headers (title, chapter) on facing pages, so each
 * covers about half. A two-page letter repeats its header on both pages, so two pages are enough.
 * A page number alone on a page's first or last line ("7", "- 7 -", "Page 1 of 2", "3/12") is left
 * out on any page, even of a two-page document: a reader never reads it as part of the text.
 */
const MIN_PAGES = 2;
const SHARE = 0.4;
/** Lines at each end of a page that may be running; a header and a page number line, typically. */
const EDGE = 2;
/** Longer lines are body text even when repeated (a boilerplate paragraph is content). */
const MAX_CHARS = 120;

export function lineText(line: PageLine): string {
  return line.segments.map((s, i) => (i > 0 ? s.sep : '') + s.str.slice(s.from, s.to)).join('');
}

const keyOf = (line: PageLine): string | null => {
  const text = lineText(line).trim();
  if (text.length === 0 || text.length > MAX_CHARS) return null;
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
};

const PAGE_NUMBER = /^(?:page|p\.|seite|página|pagina)?\s*[-–—]?\s*\d{1,4}\s*(?:(?:of|\/|de|von|sur)\s*\d{1,4})?\s*[-–—]?$/iu;

/** For each page, the indexes of its lines that are running headers or footers (to leave out). */
export function runningLines(pages: readonly (readonly PageLine[])[]): Set<number>[] {
  const skip = pages.map(() => new Set<number>());
  pages.forEach((lines, p) => {
    // A page of a lone number is a page number only when it has other lines too.
    if (lines.length < 2) return;
    for (const i of [0, lines.length - 1]) if (PAGE_NUMBER.test(lineText(lines[i]).trim())) skip[p].add(i);
  });
  const countable = pages.filter((lines) => lines.length > 0).length;
  if (countable < MIN_PAGES) return skip;
  const needed = Math.max(MIN_PAGES, Math.ceil(SHARE * countable));
  for (const end of ['top', 'bottom'] as const) {
    // The edge lines of each page, outermost first.
    const edges = pages.map((lines) => {
      const idx = lines.map((_, i) => i);
      return (end === 'top' ? idx : idx.reverse()).slice(0, Math.min(EDGE, lines.length - 1));
    });
    // Counted per depth (outermost line, next one): a chapter title that starts the body under a
    // page's header is not the header other pages have at the top.
    const keys = edges.map((idx, p) => idx.map((i) => keyOf(pages[p][i])));
    const pagesWith = new Map<string, number>();
    const at = (depth: number, k: string) => `${depth}:${k}`;
    for (const pageKeys of keys)
      pageKeys.forEach((k, depth) => k !== null && pagesWith.set(at(depth, k), (pagesWith.get(at(depth, k)) ?? 0) + 1));
    keys.forEach((pageKeys, p) => {
      // Only from the edge inwards: a running line under a kept one is body text.
      for (const [depth, k] of pageKeys.entries()) {
        if (k === null || (pagesWith.get(at(depth, k)) ?? 0) < needed) break;
        skip[p].add(edges[p][depth]);
      }
    });
  }
  return skip;
}
