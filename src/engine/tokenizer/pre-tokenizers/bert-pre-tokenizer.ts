import { isPunctuation, isRustWhitespace } from '../char-classes';
import type { Normalized } from '../normalized-string';
import type { PreTokenizerFn } from './pre-tokenizer';

/** How BertPreTokenizer treats a (normalized) character: part of a word, a break, or a word of its own. */
export const WORD = 0;
export const SPACE = 1;
export const PUNCTUATION = 2;
type BertSplit = typeof WORD | typeof SPACE | typeof PUNCTUATION;

const bmp = new Int8Array(0x10000).fill(-1);

/**
 * BertPreTokenizer's one rule, for both the tuned BertTokenizer (char-rules.ts) and the general
 * pipeline: whitespace splits and is removed, punctuation (ASCII symbols included) is isolated.
 */
export function bertSplitOf(cp: number): BertSplit {
  if (cp >= 0x10000) return classify(cp);
  let c = bmp[cp];
  if (c < 0) bmp[cp] = c = classify(cp);
  return c as BertSplit;
}

function classify(cp: number): BertSplit {
  if (isRustWhitespace(cp)) return SPACE;
  return isPunctuation(String.fromCodePoint(cp)) ? PUNCTUATION : WORD;
}

/** BertPreTokenizer as a pipeline step: both of its splits in one pass over each piece. */
export const bertPreTokenizer: PreTokenizerFn = (pieces) => {
  const out: Normalized[] = [];
  for (const piece of pieces) {
    let from = 0;
    for (let i = 0; i < piece.length; i++) {
      const kind = bertSplitOf(piece.cps[i]);
      if (kind === WORD) continue;
      if (from < i) out.push(piece.slice(from, i));
      if (kind === PUNCTUATION) out.push(piece.slice(i, i + 1));
      from = i + 1;
    }
    if (from < piece.length) out.push(piece.slice(from, piece.length));
  }
  return out;
};
