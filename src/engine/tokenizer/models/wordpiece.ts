import type { Word } from '../bert-words';
import type { Token } from '../token';
import { PieceTable } from './piece-table';

/**
 * A WordPiece vocabulary arranged for matching: pieces that start a word, and pieces that continue
 * one keyed *without* their "##" prefix, so every candidate is a plain range of the word's units.
 */
export class WordPieceVocab {
  readonly size: number;
  readonly unkId: number;
  readonly maxInputCharsPerWord: number;
  readonly first: PieceTable;
  readonly continuing: PieceTable;

  constructor(vocab: ReadonlyMap<string, number>, unkId: number, continuingPrefix: string, maxInputCharsPerWord: number) {
    this.size = vocab.size;
    this.unkId = unkId;
    this.maxInputCharsPerWord = maxInputCharsPerWord;
    this.first = new PieceTable(vocab);
    const continuing = new Map<string, number>();
    for (const [piece, id] of vocab) if (piece.startsWith(continuingPrefix)) continuing.set(piece.slice(continuingPrefix.length), id);
    this.continuing = new PieceTable(continuing);
  }
}

/**
 * Greedy longest-match-first WordPiece, as BERT and HF `tokenizers`: a word that cannot be fully
 * covered by vocabulary pieces, or is longer than `maxInputCharsPerWord`, becomes a single [UNK]
 * that still spans the whole original word (so an answer containing it keeps the user's characters).
 */
export function wordPiece(word: Word, vocab: WordPieceVocab, out: Token[]): void {
  const { units, length: n, pos, starts, ends } = word;
  const mark = out.length;
  let from = 0;
  if (n <= vocab.maxInputCharsPerWord) {
    while (from < n) {
      const table = from === 0 ? vocab.first : vocab.continuing;
      // Candidates run from the longest (to the end of the word) down to one character, skipping
      // those longer than any piece.
      let to = n;
      while (to > from && pos[to] - pos[from] > table.maxUnits) to--;
      let id = -1;
      while (to > from) {
        id = table.get(units, pos[from], pos[to]);
        if (id >= 0) break;
        to--;
      }
      if (id < 0) break;
      out.push({ id, start: starts[from], end: ends[to - 1] });
      from = to;
    }
  }
  if (from === n) return;
  // Too long, or not coverable by the vocabulary: one [UNK] for the whole word, pieces found so far undone.
  out.length = mark;
  out.push({ id: vocab.unkId, start: starts[0], end: ends[n - 1] });
}
