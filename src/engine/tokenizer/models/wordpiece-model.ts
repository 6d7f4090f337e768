import { invalid } from '../unsupported';
import { piecesOf, type BlockedIds, type TokenModel } from './model';

/**
 * WordPiece for pipelines other than BERT's own (those keep the tuned BertTokenizer): greedy
 * longest-match-first, a word that cannot be covered (or is longer than max_input_chars_per_word)
 * becomes one [UNK] spanning it.
 */
export class WordPieceModel implements TokenModel {
  readonly vocab: Map<string, number>;
  readonly pieces: string[];
  private readonly unkId: number;
  private readonly prefix: string;
  private readonly maxChars: number;

  private readonly blocked: BlockedIds;

  constructor(spec: any, blocked: BlockedIds = new Set()) {
    this.blocked = blocked;
    if (!spec.vocab || typeof spec.vocab !== 'object') throw invalid('the WordPiece model has no vocabulary.');
    this.vocab = new Map(Object.entries(spec.vocab as Record<string, number>));
    this.pieces = piecesOf(this.vocab);
    const unk = this.vocab.get(spec.unk_token ?? '[UNK]');
    if (unk === undefined) throw invalid(`the WordPiece unk_token ${spec.unk_token ?? '[UNK]'} is not in the vocabulary.`);
    this.unkId = unk;
    this.prefix = spec.continuing_subword_prefix ?? '##';
    this.maxChars = spec.max_input_chars_per_word ?? 100;
  }

  tokenize(cps: readonly number[], _text: string, out: number[]): void {
    const n = cps.length;
    if (n === 0) return;
    const mark = out.length;
    let from = 0;
    if (n <= this.maxChars) {
      while (from < n) {
        let to = n;
        let id: number | undefined;
        for (; to > from; to--) {
          const s = String.fromCodePoint(...cps.slice(from, to));
          id = this.vocab.get(from > 0 ? this.prefix + s : s);
          if (id !== undefined && !this.blocked.has(id)) break;
          id = undefined;
        }
        if (id === undefined) break;
        out.push(id, from, to);
        from = to;
      }
    }
    if (from === n) return;
    out.length = mark;
    out.push(this.unkId, 0, n);
  }
}
