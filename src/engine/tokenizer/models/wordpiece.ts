import type { Word } from '../bert-words';
import type { Token } from '../token';
import type { BlockedIds } from './model';
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

  /**
   * `blocked` ids (special tokens) are left out of both tables: the model never produces them
   * from text (models/model.ts).
   */
  constructor(
    vocab: ReadonlyMap<string, number>,
    unkId: number,
    continuingPrefix: string,
    maxInputCharsPerWord: number,
    blocked: BlockedIds = new Set(),
  ) {
    this.size = vocab.size;
    this.unkId = unkId;
    this.maxInputCharsPerWord = maxInputCharsPerWord;
    const first = new Map<string, number>();
    const continuing = new Map<string, number>();
    for (const [piece, id] of vocab) {
      if (blocked.has(id)) continue;
      first.set(piece, id);
      if (piece.startsWith(continuingPrefix)) continuing.set(piece.slice(continuingPrefix.length), id);
    }
    this.first = new PieceTable(first);
    this.continuing = new PieceTable(continuing);
  }
}

/**
 * Greedy longest-match-first WordPiece, as BERT and HF `tokenizers`, over a word's UTF-16 units
 * (character k is units[pos[k], pos[k + 1])): the pieces as (id, first character, end character)
 * triples in `spans`, their number returned; -1 when the word cannot be fully covered by vocabulary
 * pieces or is longer than `maxInputCharsPerWord` (it becomes one [UNK]). `spans` needs room for
 * 3 × n entries. The one WordPiece of the app: BertTokenizer and the general pipeline both call it.
 */
export function matchPieces(units: Uint16Array, pos: Int32Array, n: number, vocab: WordPieceVocab, spans: Int32Array): number {
  if (n > vocab.maxInputCharsPerWord) return -1;
  let count = 0;
  let from = 0;
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
    if (id < 0) return -1;
    spans[count * 3] = id;
    spans[count * 3 + 1] = from;
    spans[count * 3 + 2] = to;
    count++;
    from = to;
  }
  return count;
}

let scratch = new Int32Array(3 * 128);
/** Room for the triples of a word of n characters, reused from word to word. */
export function spansFor(n: number): Int32Array {
  if (scratch.length < 3 * n) scratch = new Int32Array(3 * Math.max(n, 2 * scratch.length));
  return scratch;
}

/**
 * WordPiece of one pre-token of BertTokenizer's fused pass: an [UNK] still spans the whole original
 * word (so an answer containing it keeps the user's characters).
 */
export function wordPiece(word: Word, vocab: WordPieceVocab, out: Token[]): void {
  const { units, length: n, pos, starts, ends } = word;
  const spans = spansFor(n);
  const count = matchPieces(units, pos, n, vocab, spans);
  if (count < 0) {
    out.push({ id: vocab.unkId, start: starts[0], end: ends[n - 1] });
    return;
  }
  for (let k = 0; k < 3 * count; k += 3) out.push({ id: spans[k], start: starts[spans[k + 1]], end: ends[spans[k + 2] - 1] });
}
