/**
 * One PDF line's pieces from visual order (left to right, as they sit on the page) to logical order
 * (the order a reader reads and a writer typed them), for Arabic, Hebrew, Persian and mixed lines.
 *
 * pdf.js already puts the characters *inside* each text item in logical order (its bidi.js), but the
 * items themselves sit in visual order, and shaping producers such as Chromium write Arabic one glyph
 * per item. So this reorders whole pieces, never the characters in them, with the parts of the
 * Unicode Bidirectional Algorithm (UAX #9) that apply at that grain:
 * - P2/P3, the paragraph direction, from the letters at the line's two ends (isRightToLeft);
 * - W2/W7 and I1/I2, numbers: inside right-to-left text a number keeps its digits left to right
 *   (level 2); one that follows Latin text joins it ("IBM 360", "Windows 10"); in a left-to-right
 *   line a number is part of a right-to-left phrase only when that phrase surrounds it;
 * - N1/N2, neutrals (word gaps, punctuation): the direction of both neighbours when they agree
 *   (numbers count as right to left), else the paragraph's;
 * - L2, reordering: reverse every run at level k or more, from the highest level down to 1. The
 *   reversal is its own inverse, so the same step turns visual order back into logical order.
 * - L4, mirroring: in right-to-left text "(" is drawn with the glyph of ")", and Chromium's (like
 *   most producers') ToUnicode names the glyph, so pieces at an odd level are marked `mirrored` and
 *   their brackets swapped back when copied (presentation-forms.ts, mirroredBracket);
 * - paragraphs, not lines: a line without any letter ("1234567." wrapped off a Hebrew sentence),
 *   or one whose two ends disagree, reads in the direction of the line before it in its block
 *   (createLineOrder).
 * No package does this: bidi libraries (none is installed here) go the other way, from logical
 * characters to visual, and know nothing of items.
 */

import { RTL_LETTER } from '../../shared/text-direction';

export type Sep = '' | ' ' | '\t';

/** The characters str[from, to) of one text item, after the separator `sep` (from the previous piece). */
export interface LinePiece {
  str: string;
  from: number;
  to: number;
  sep: Sep;
  /** Set on pieces that sit right to left: their brackets are drawn mirrored (see mirroredBracket). */
  mirrored?: boolean;
}

/** L and R: strong; N: a number; O: anything else (gaps between pieces, punctuation). */
type Kind = 'L' | 'R' | 'N' | 'O';

interface Element<T> {
  kind: Kind;
  /** For a number: the direction it counts as next to neutrals. */
  dir?: 'L' | 'R';
  level: number;
  piece?: T;
  sep: Sep;
}

const LETTER = /[\p{L}\u200e]/u;
const DIGIT = /\p{Nd}/u;

/**
 * `pieces` in logical order, each with the separator that now precedes it. `rightToLeft` says the
 * pieces come right to left (the line was sorted that way); their separators are the gaps between
 * neighbours in that order.
 */
export function logicalOrder<T extends LinePiece>(pieces: readonly T[], rightToLeft: boolean): T[] {
  return order(pieces, rightToLeft, null).out;
}

/**
 * The line in logical order, and its direction (null: it has no letters, so `paragraphRtl` decided).
 * `paragraphRtl`: the direction of the line before in the same block, null for a block's first line.
 */
function order<T extends LinePiece>(
  pieces: readonly T[],
  rightToLeft: boolean,
  paragraphRtl: boolean | null,
): { out: T[]; rtl: boolean | null } {
  // Most lines of most documents: nothing to do, and nothing allocated.
  if (!rightToLeft && !paragraphRtl && !pieces.some((p) => RTL_LETTER.test(p.str))) return { out: pieces as T[], rtl: false };
  const visual = rightToLeft ? reversed(pieces) : pieces;
  let rtlLetters = 0;
  let ltrLetters = 0;
  const elements: Element<T>[] = [];
  visual.forEach((piece, j) => {
    if (j > 0 && piece.sep !== '') elements.push({ kind: 'O', level: 0, sep: piece.sep });
    const counts = letterCounts(piece.str, piece.from, piece.to);
    rtlLetters += counts.rtl;
    ltrLetters += counts.ltr;
    const kind: Kind = counts.rtl + counts.ltr > 0 ? (counts.rtl > counts.ltr ? 'R' : 'L') : counts.digits ? 'N' : 'O';
    elements.push({ kind, level: 0, piece, sep: '' });
  });
  const known = rtlLetters + ltrLetters > 0;
  const rtl = known ? isRightToLeft(elements, rtlLetters > ltrLetters, paragraphRtl) : (paragraphRtl ?? false);
  const final = rtl ? elements.flatMap(splitNeutralEnds) : elements;
  resolveLevels(final, rtl);
  reorder(final);
  return { out: emit(final), rtl: known ? rtl : null };
}

/** Punctuation and symbols that take the direction of their neighbours (UAX #9 ON/CS/WS), but not the terminators that stick to a number (ET, ES: "50%", "3 ₪", "-5"). */
const NEUTRAL = /[\p{P}\p{S}\p{Zs}]/u;
const TERMINATOR = /[#$%+\-\u00a2-\u00a5\u00b0\u00b1\u2030-\u2034\u20a0-\u20cf\u2212]/;
const isNeutral = (ch: string) => NEUTRAL.test(ch) && !TERMINATOR.test(ch);

/**
 * pdf.js reorders the characters of an item only when it holds right-to-left letters, so a Latin
 * word or a number printed inside right-to-left text keeps its punctuation in visual order: the
 * full stop after "1948" at the end of a Hebrew sentence comes as ".1948". Such leading and
 * trailing punctuation becomes pieces of its own, which the reordering then puts where they belong.
 */
function splitNeutralEnds<T extends LinePiece>(e: Element<T>): Element<T>[] {
  const piece = e.piece;
  if (!piece || e.kind === 'R' || e.kind === 'O') return [e];
  let a = piece.from;
  let b = piece.to;
  while (a < b && isNeutral(piece.str[a])) a++;
  while (b > a && isNeutral(piece.str[b - 1])) b--;
  if (a === piece.from && b === piece.to) return [e];
  const part = (kind: Kind, from: number, to: number): Element<T> => ({ kind, level: 0, piece: { ...piece, from, to, sep: '' }, sep: '' });
  const out: Element<T>[] = [];
  for (let k = piece.from; k < a; k++) out.push(part('O', k, k + 1));
  out.push(part(e.kind, a, b));
  for (let k = b; k < piece.to; k++) out.push(part('O', k, k + 1));
  return out;
}

/**
 * P2 asks for the paragraph's first strong letter, which sits at the right end of a right-to-left
 * line and at the left end of a left-to-right one: a line with right-to-left letters at both ends
 * is right to left, with left-to-right letters at both ends left to right. When the ends disagree
 * (each reading fits), the paragraph goes on in the direction of its line before ("Microsoft Word
 * על שנת 1948." wrapped inside a Hebrew paragraph), and a block's first line takes the majority.
 */
function isRightToLeft<T>(elements: Element<T>[], mostlyRtl: boolean, paragraphRtl: boolean | null): boolean {
  const strong = elements.filter((e) => e.kind === 'L' || e.kind === 'R');
  const left = strong[0]?.kind;
  const right = strong[strong.length - 1]?.kind;
  return left === right ? left === 'R' : (paragraphRtl ?? mostlyRtl);
}

function letterCounts(str: string, from: number, to: number): { rtl: number; ltr: number; digits: boolean } {
  let rtl = 0;
  let ltr = 0;
  let digits = false;
  for (const ch of str.slice(from, to)) {
    if (RTL_LETTER.test(ch)) rtl++;
    else if (LETTER.test(ch)) ltr++;
    else if (DIGIT.test(ch)) digits = true;
  }
  return { rtl, ltr, digits };
}

/** Right-to-left pieces as left-to-right ones: a piece's separator is the gap on its left. */
function reversed<T extends LinePiece>(pieces: readonly T[]): T[] {
  const n = pieces.length;
  return pieces.map((_, j) => ({ ...pieces[n - 1 - j], sep: j === 0 ? '' : pieces[n - j].sep }));
}

function resolveLevels<T>(elements: Element<T>[], rtl: boolean): void {
  const base = rtl ? 1 : 0;
  /** The nearest strong kind from element i on, skipping numbers and neutrals (the line's ends count as its direction). */
  const strong = (i: number, step: 1 | -1): 'L' | 'R' => {
    for (let k = i + step; k >= 0 && k < elements.length; k += step) {
      const kind = elements[k].kind;
      if (kind === 'L' || kind === 'R') return kind;
    }
    return rtl ? 'R' : 'L';
  };
  elements.forEach((e, i) => {
    if (e.kind === 'R') e.level = 1;
    else if (e.kind === 'L') e.level = rtl ? 2 : 0;
    else if (e.kind === 'N') {
      if (rtl) {
        e.level = 2;
        e.dir = strong(i, -1);
      } else {
        const inside = strong(i, -1) === 'R' && strong(i, 1) === 'R';
        e.level = inside ? 2 : 0;
        e.dir = inside ? 'R' : 'L';
      }
    }
  });
  const dirOf = (i: number): 'L' | 'R' => {
    if (i < 0 || i >= elements.length) return rtl ? 'R' : 'L';
    const e = elements[i];
    return e.kind === 'N' ? e.dir! : (e.kind as 'L' | 'R');
  };
  for (let i = 0; i < elements.length; i++) {
    if (elements[i].kind !== 'O') continue;
    let end = i;
    while (end + 1 < elements.length && elements[end + 1].kind === 'O') end++;
    const before = dirOf(i - 1);
    const level = before === dirOf(end + 1) ? (before === 'R' ? 1 : rtl ? 2 : 0) : base;
    for (let k = i; k <= end; k++) elements[k].level = level;
    i = end;
  }
}

/** L2: from the highest level down to 1, reverse every maximal run at that level or above. */
function reorder<T>(elements: Element<T>[]): void {
  const top = Math.max(...elements.map((e) => e.level));
  for (let k = top; k >= 1; k--)
    for (let i = 0; i < elements.length; i++) {
      if (elements[i].level < k) continue;
      let end = i;
      while (end + 1 < elements.length && elements[end + 1].level >= k) end++;
      const run = elements.slice(i, end + 1).reverse();
      elements.splice(i, run.length, ...run);
      i = end;
    }
}

/** The pieces in their new order, each after the widest gap met since the previous piece. */
function emit<T extends LinePiece>(elements: Element<T>[]): T[] {
  const out: T[] = [];
  let pending: Sep = '';
  for (const e of elements) {
    if (!e.piece) {
      if (e.sep === '\t' || pending === '') pending = e.sep;
      continue;
    }
    const sep = out.length === 0 ? '' : pending;
    const mirrored = e.level % 2 === 1;
    out.push(e.piece.sep === sep && !mirrored ? e.piece : { ...e.piece, sep, ...(mirrored && { mirrored }) });
    pending = '';
  }
  return out;
}

/**
 * Line after line of one block: logicalOrder with the paragraph's direction carried over, for a
 * line without letters (a wrapped number, a lone punctuation mark) whose own direction is unknown.
 */
export function createLineOrder(): <T extends LinePiece>(pieces: readonly T[], rightToLeft: boolean) => T[] {
  let paragraphRtl: boolean | null = null;
  return (pieces, rightToLeft) => {
    const { out, rtl } = order(pieces, rightToLeft, paragraphRtl);
    if (rtl !== null) paragraphRtl = rtl;
    return out;
  };
}
