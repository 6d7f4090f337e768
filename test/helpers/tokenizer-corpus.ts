/**
 * A large, deliberately awkward text corpus for tokenizer identity checks: real prose, the bad-input
 * documents, words glued from vocabulary pieces (multi-piece words, [UNK] fallbacks, the 100-character
 * limit) and seeded random Unicode (every plane, lone surrogates, controls, marks). Deterministic.
 */
import { BAD_INPUT_CASES } from './bad-input-corpus';
import { squadQuestions } from './paths';
import { fillerWords, rng, syntheticDoc } from './synthetic';

/** Strings that each exercise a normalizer or pre-tokenizer rule ("|"-separated, by theme). */
const TRICKY = [
  'Héllo|WÖRLD|naïve|café|e\u0301|a\u0300\u0301|İstanbul|İ|ı|ΣΊΣΥΦΟΣ|ς|ß|ẞ|ǅ|ﬁ|Ⅻ|Å|ǰ|x²|½|℃|ﷺ',
  '北京|東京|中文abc|𠀀|𪜀|한국어|ｆｕｌｌ|１２３|مرحبا|שלום|\u200f|\u200e',
  '😀|👩\u200d💻|🇫🇷|👍🏽|🏳\ufe0f\u200d🌈|𝔘𝔫𝔦|\u200b|\u200c|\u200d|\u2060|\ufeff',
  '\u00a0|\u3000|\u2028|\u0085|\t|\n|\r\n|\u000b|\u000c|\u0000|\u0007|\u001f|\u007f',
  '\ufffd|\ue000|\uffff|\ud800|\udc00|\udbff\udfff|\ud83d',
  "$100|a+b=c|^_^|~|`|…|—|«»|¿¡|[SEP]|[UNK]|##ing|unaffable|don't|U.S.A.|3.14",
].flatMap((group) => group.split('|'));

/**
 * Pieces longer than any in bert-base-uncased (the identity test adds them to a vocabulary, every
 * second one as a "##" continuation), so words here meet candidates of exactly the longest length.
 */
export const LONG_PIECES = ['longestpieceofthevocabulary', 'continuingpieceofit', 'anotherlongfirstpieceok', 'tailpiecequitelongtoo'];
const LONG_WORDS = [...LONG_PIECES, LONG_PIECES.join(''), `${LONG_PIECES[0]}${LONG_PIECES[1]}x`, `x${LONG_PIECES[3]}`, '😀😀x😀', '𝔘𝔫𝔦𝔦😀'];

/** Every source above, as separate documents; roughly 1.7 M UTF-16 code units in all. */
export function tokenizerCorpus(): string[] {
  const docs: string[] = [];
  for (const q of squadQuestions()) docs.push(q.question);
  docs.push(...new Set(squadQuestions().map((q) => q.context)));
  for (const c of BAD_INPUT_CASES) docs.push(c.document, c.question);
  for (let seed = 1; seed <= 3; seed++) docs.push(syntheticDoc(seed, 20_000, 100, 10).context);
  for (let seed = 1; seed <= 4; seed++) docs.push(trickyText(seed, 15_000), vocabGlue(seed, 10_000), randomUnicode(seed, 40_000));
  return docs;
}

/** TRICKY strings and filler words joined with and without separators, so rules meet mid-word. */
function trickyText(seed: number, pieces: number): string {
  const rand = rng(seed);
  const filler = fillerWords();
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const r = rand();
    if (r < 0.4) out += TRICKY[Math.floor(rand() * TRICKY.length)];
    else if (r < 0.42) out += LONG_WORDS[Math.floor(rand() * LONG_WORDS.length)];
    else out += filler[Math.floor(rand() * filler.length)];
    if (rand() < 0.6) out += rand() < 0.9 ? ' ' : '\n';
  }
  return out;
}

/**
 * Words glued from random vocabulary entries ("##" stripped), some capitalised or accented, with
 * lengths around the 100-character limit (counted in code points, so astral characters matter).
 */
function vocabGlue(seed: number, words: number): string {
  const rand = rng(seed * 7919);
  const filler = fillerWords();
  const extra = ['é', '😀', 'İ', '\u0301', 'x', 'q', 'Ω', '\u200d'];
  let out = '';
  for (let i = 0; i < words; i++) {
    const parts = 1 + Math.floor(rand() * 4);
    let w = '';
    for (let p = 0; p < parts; p++)
      w += rand() < 0.85 ? filler[Math.floor(rand() * filler.length)] : extra[Math.floor(rand() * extra.length)];
    if (rand() < 0.1) w = w.toUpperCase();
    if (rand() < 0.01) w = (w + 'é😀'.repeat(60)).slice(0, 94 + Math.floor(rand() * 14));
    out += `${w} `;
  }
  return out;
}

/** Random code points from every plane, lone surrogates included, in runs broken by spaces. */
function randomUnicode(seed: number, length: number): string {
  const rand = rng(seed * 104729);
  let out = '';
  while (out.length < length) {
    const r = rand();
    const cp =
      r < 0.5
        ? Math.floor(rand() * 0x3000) // Latin, Greek, Cyrillic, combining marks, Indic, punctuation, CJK symbols
        : r < 0.85
          ? Math.floor(rand() * 0x10000) // the rest of the BMP, surrogates and private use included
          : Math.floor(rand() * 0x110000);
    out += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    if (rand() < 0.15) out += ' ';
  }
  return out;
}
