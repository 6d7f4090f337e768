import type { Word } from './pre-tokenize';

export interface Token {
  id: number;
  /** UTF-16 offsets into the original text: text.slice(start, end) is what this token covers. */
  start: number;
  end: number;
}

export interface WordPieceOptions {
  vocab: Map<string, number>;
  unkId: number;
  continuingPrefix: string;
  maxInputCharsPerWord: number;
}

/**
 * Greedy longest-match-first WordPiece, as BERT and HF `tokenizers`: a word that cannot be fully
 * covered by vocabulary pieces, or is longer than `maxInputCharsPerWord`, becomes a single [UNK]
 * that still spans the whole original word (so an answer containing it keeps the user's characters).
 */
export function wordPiece(word: Word, opts: WordPieceOptions, out: Token[]): void {
  const { chars, starts, ends } = word;
  const n = chars.length;
  if (n > opts.maxInputCharsPerWord) {
    out.push({ id: opts.unkId, start: starts[0], end: ends[n - 1] });
    return;
  }
  // Code-unit position of each character in the joined word, so candidates are cheap substrings.
  const text = chars.join('');
  const pos = new Array<number>(n + 1);
  pos[0] = 0;
  for (let k = 0; k < n; k++) pos[k + 1] = pos[k] + chars[k].length;
  const pieces: Token[] = [];
  let startChar = 0;
  while (startChar < n) {
    let endChar = n;
    let found = -1;
    while (startChar < endChar) {
      let sub = text.slice(pos[startChar], pos[endChar]);
      if (startChar > 0) sub = opts.continuingPrefix + sub;
      const id = opts.vocab.get(sub);
      if (id !== undefined) {
        found = id;
        break;
      }
      endChar--;
    }
    if (found < 0) {
      out.push({ id: opts.unkId, start: starts[0], end: ends[n - 1] });
      return;
    }
    pieces.push({ id: found, start: starts[startChar], end: ends[endChar - 1] });
    startChar = endChar;
  }
  for (const p of pieces) out.push(p);
}
