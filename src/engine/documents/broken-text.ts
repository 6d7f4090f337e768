/**
 * Whether a PDF page's text layer is junk rather than words: a scan with an invisible OCR layer in
 * a font whose glyphs map to the wrong characters, or a font without a usable ToUnicode map. pdf.js
 * then returns private-use or replacement characters, control codes, a soup of symbols, or
 * letter-and-digit jumbles with no word shapes. The test is cheap and explainable, three counts
 * in turn, each with a reason the UI could show; it needs no dictionary, so it holds for any
 * language and script (accents, Arabic, Chinese, Cyrillic all count as letters).
 *
 * It cannot see junk made of plausible letters (a layer shifted by a fixed offset, "Wkh txlfn"):
 * that would need a dictionary per language. It is an offer to recognise the page, never automatic.
 */

/** Fewer visible characters than this (a page number, a heading) is too little to judge. */
const MIN_CHARS = 40;
/** Share of characters that no text can hold: private use, U+FFFD, control codes, unassigned. */
const MAX_UNREADABLE = 0.1;
/** Share of letters and digits below which the page is symbols rather than text. */
const MIN_LETTERS = 0.5;
/** Of the tokens with letters (when there are at least MIN_TOKENS), the share that must look like words. */
const MIN_WORDLIKE = 0.5;
const MIN_TOKENS = 5;

const UNREADABLE = /[\p{Co}\p{Cn}\p{Cs}\p{Cc}\uFFFD]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
/** Tokens are what lies between spaces, punctuation and symbols; an apostrophe or hyphen stays inside ("l'été", "grands-parents"). */
const SEPARATORS = /[\s\p{Z}\p{S}]+|[^\P{P}'’-]+/u;
const LATIN = /\p{Script=Latin}/u;
const OTHER_CASED = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** Why the text looks broken, or null when it looks like text (or is too short to tell). */
export function brokenTextReason(text: string): string | null {
  const chars = [...text].filter((c) => !/\s/u.test(c));
  const n = chars.length;
  if (n < MIN_CHARS) return null;
  const unreadable = chars.filter((c) => UNREADABLE.test(c)).length;
  if (unreadable / n >= MAX_UNREADABLE) return `${percent(unreadable / n)} of its characters are unreadable codes`;
  const letters = chars.filter((c) => LETTER_OR_DIGIT.test(c)).length;
  if (letters / n < MIN_LETTERS) return `only ${percent(letters / n)} of its characters are letters or digits`;
  const tokens = text
    .split(SEPARATORS)
    .map((t) => t.replace(/^['’-]+|['’-]+$/gu, ''))
    .filter((t) => [...t].length >= 2 && /\p{L}/u.test(t));
  if (tokens.length < MIN_TOKENS) return null;
  const words = tokens.filter(isWordLike).length;
  if (words / tokens.length < MIN_WORDLIKE) return `only ${percent(words / tokens.length)} of its tokens look like words`;
  return null;
}

export const looksBroken = (text: string): boolean => brokenTextReason(text) !== null;

/**
 * A word: letters (and their marks) only, one script family, an ordinary case pattern (lower,
 * Capitalised or ALL CAPS), and, in Latin script, a vowel somewhere in a word of five letters or more.
 */
function isWordLike(token: string): boolean {
  const core = token.replace(/['’-]/gu, '');
  if (!/^[\p{L}\p{M}]+$/u.test(core)) return false;
  if (LATIN.test(core) && OTHER_CASED.test(core)) return false;
  const rest = [...core].slice(1).join('');
  if (/\p{Lu}/u.test(rest) && /\p{Ll}/u.test(rest)) return false;
  if (/\p{Ll}/u.test(core[0]) && /\p{Lu}/u.test(rest)) return false;
  const bare = core.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (LATIN.test(core) && bare.length >= 5 && !/[aeiouyæœø]/u.test(bare)) return false;
  return true;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
