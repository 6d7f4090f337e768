import { invalid } from '../unsupported';
import { piecesOf, type BlockedIds, type TokenModel } from './model';
import { matchPieces, spansFor, WordPieceVocab } from './wordpiece';

/**
 * WordPiece as a pipeline model: the pre-token's code points laid out as UTF-16 units for
 * `matchPieces` (models/wordpiece.ts, the same matching BertTokenizer does); a word that cannot be
 * covered (or is longer than max_input_chars_per_word) becomes one [UNK] spanning it.
 */
export class WordPieceModel implements TokenModel {
  readonly vocab: Map<string, number>;
  readonly pieces: string[];
  private readonly table: WordPieceVocab;
  private units = new Uint16Array(256);
  private pos = new Int32Array(129);

  constructor(spec: any, blocked: BlockedIds = new Set()) {
    if (!spec.vocab || typeof spec.vocab !== 'object') throw invalid('the WordPiece model has no vocabulary.');
    this.vocab = new Map(Object.entries(spec.vocab as Record<string, number>));
    this.pieces = piecesOf(this.vocab);
    const unk = this.vocab.get(spec.unk_token ?? '[UNK]');
    if (unk === undefined) throw invalid(`the WordPiece unk_token ${spec.unk_token ?? '[UNK]'} is not in the vocabulary.`);
    this.table = new WordPieceVocab(this.vocab, unk, spec.continuing_subword_prefix ?? '##', spec.max_input_chars_per_word ?? 100, blocked);
  }

  tokenize(cps: readonly number[], _text: string, out: number[]): void {
    const n = cps.length;
    if (n === 0) return;
    if (this.pos.length <= n) {
      this.pos = new Int32Array(2 * n + 1);
      this.units = new Uint16Array(4 * n);
    }
    const { units, pos } = this;
    let u = 0;
    for (let k = 0; k < n; k++) {
      pos[k] = u;
      const cp = cps[k];
      if (cp < 0x10000) units[u++] = cp;
      else {
        units[u++] = 0xd800 + ((cp - 0x10000) >> 10);
        units[u++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      }
    }
    pos[n] = u;
    const spans = spansFor(n);
    const count = matchPieces(units, pos, n, this.table, spans);
    if (count < 0) out.push(this.table.unkId, 0, n);
    else for (let k = 0; k < 3 * count; k++) out.push(spans[k]);
  }
}
