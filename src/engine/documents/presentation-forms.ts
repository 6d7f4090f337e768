/**
 * Arabic (and Hebrew) presentation forms → base letters, with the offsets kept.
 *
 * A PDF's text is what its fonts map each drawn glyph to, and shaping engines (Chromium's Skia,
 * many Arabic word processors) map a shaped glyph to its *presentation form*: "ﺳ" U+FEB3 (seen
 * initial) instead of "س" U+0633, "ﻼ" U+FEFC (lam-alef final) instead of "لا". Those are
 * compatibility characters: a tokenizer's vocabulary, a search or a copy wants the base letters.
 * pdf.js normalizes only a few of them (its `normalizeUnicode` leaves U+FE80–U+FEFC alone), so the
 * rest are mapped here with Unicode's own data: NFKC, one character at a time so every output
 * character keeps its source character. Most forms map to one letter; lam-alef ligatures
 * (U+FEF5–U+FEFC) to two, and the word ligatures (U+FDF2 "الله", U+FDFA) to several.
 */

/** Hebrew presentation forms (U+FB1D–U+FB4F), Arabic presentation forms A and B. */
const PRESENTATION_FORM = /[\ufb1d-\ufdff\ufe70-\ufefe]/;
/** Isolated harakat (U+FE70–U+FE7F) and shadda ligatures (U+FC5E–U+FC63) decompose to a space + marks. */
const SPACING_MARK_FORM = /[\ufe70-\ufe7f\ufc5e-\ufc63]/;

/** `text` stands for str.slice(from, to) (as base letters). */
export interface BaseChunk {
  text: string;
  from: number;
  to: number;
}

/** The base letters of one presentation-form character (the character itself when it is none). */
export function baseLetters(ch: string): string {
  if (!PRESENTATION_FORM.test(ch)) return ch;
  const base = ch.normalize('NFKC');
  // The mark alone: the space NFKC puts before it would split the word the mark belongs to.
  return SPACING_MARK_FORM.test(ch) && base.length > 1 && base[0] === ' ' ? base.slice(1) : base;
}

/**
 * Brackets and other paired signs Unicode mirrors in right-to-left text (the common part of
 * BidiMirroring.txt): drawn as their mirror image there, they come out of a PDF as the other one of
 * the pair, and are swapped back where bidi-text.ts says a piece sits right to left.
 */
const PAIRS = '()<>[]{}«»‹›⁅⁆⁽⁾₍₎≤≥≪≫⟨⟩⟪⟫〈〉⦅⦆';
const MIRROR = new Map<string, string>();
for (let i = 0; i < PAIRS.length; i += 2) MIRROR.set(PAIRS[i], PAIRS[i + 1]).set(PAIRS[i + 1], PAIRS[i]);
const MIRRORED = new RegExp(`[${PAIRS.replace(/[\]\\[^-]/g, '\\$&')}]`);

export function mirroredBracket(ch: string): string {
  return MIRROR.get(ch) ?? ch;
}

/**
 * str[from, to) as base letters (brackets swapped when `mirrored`), cut into chunks: runs where every character maps to exactly one
 * (copied as one piece, offsets one to one), and each character that maps to a different number
 * of characters on its own, so its whole output points back at that one source character.
 */
export function baseLetterChunks(str: string, from: number, to: number, mirrored = false): BaseChunk[] {
  if (from >= to) return [];
  if (!PRESENTATION_FORM.test(str) && !(mirrored && MIRRORED.test(str))) return [{ text: str.slice(from, to), from, to }];
  const out: BaseChunk[] = [];
  let start = from;
  let text = '';
  const flush = (end: number) => {
    if (end > start) out.push({ text, from: start, to: end });
    text = '';
    start = end;
  };
  for (let k = from; k < to; k++) {
    const base = baseLetters(mirrored ? mirroredBracket(str[k]) : str[k]);
    if (base.length === 1) {
      text += base;
      continue;
    }
    flush(k);
    text = base;
    flush(k + 1);
  }
  flush(to);
  return out;
}
