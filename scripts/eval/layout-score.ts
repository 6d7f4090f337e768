/**
 * Reading-order fidelity of an extracted text against a page's source (scripts/fixtures/layout-text.ts):
 * - sentences: the share of source units (sentences, headings, table rows) found contiguous and in
 *   order in the text, whitespace runs counted as one space and a word hyphenated at a line end
 *   rejoined, so a peer that keeps its line ends is not penalised for them;
 * - unbroken: the same share where the text must hold the unit exactly (a single space between
 *   words, a tab between table cells): what an answer copied out of the text would carry;
 * - wordOrder: the longest common subsequence of the two word sequences over the longer one (1:
 *   every word, in order, nothing added; headers left in or columns read across lower it).
 */
import type { LayoutSource } from '../fixtures/layout-text';

export interface LayoutScore {
  units: number;
  sentences: number;
  unbroken: number;
  wordOrder: number;
}

const loose = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})[-\u2010]\s+(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ');

/** How many of `units` occur in `text` one after the other. */
function inOrder(text: string, units: string[]): number {
  let from = 0;
  let found = 0;
  for (const u of units) {
    const at = text.indexOf(u, from);
    if (at < 0) continue;
    found++;
    from = at + u.length;
  }
  return found;
}

const words = (s: string) =>
  loose(s)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** LCS length by the classic dynamic programme, two rows of Int32. */
function lcs(a: string[], b: string[]): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

export function scoreLayout(extracted: string, source: LayoutSource): LayoutScore {
  const n = source.units.length;
  const src = words(source.text);
  const ext = words(extracted);
  return {
    units: n,
    sentences: inOrder(loose(extracted), source.units.map(loose)) / n,
    unbroken: inOrder(extracted.replace(/\u00ad/g, ''), source.units) / n,
    wordOrder: lcs(src, ext) / Math.max(src.length, ext.length, 1),
  };
}
