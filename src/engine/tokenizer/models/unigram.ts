import { invalid } from '../unsupported';
import { bytePiece, utf8Bytes, type BlockedIds, type TokenModel } from './model';
import { PieceTrie } from './piece-trie';

/** SentencePiece's penalty below the lowest piece score for an unknown character. */
const UNK_PENALTY = 10;

/**
 * SentencePiece Unigram (XLM-R, DeBERTa-v3, ALBERT, mDeBERTa) as Hugging Face's optimised Viterbi:
 * the segmentation maximising the sum of piece scores, an unknown character scoring the lowest
 * score minus 10, runs of unknowns fused into one [UNK] (or their bytes, with byte_fallback). Ties
 * keep the first candidate found, shorter pieces first, exactly as the reference.
 */
export class UnigramModel implements TokenModel {
  readonly vocab: Map<string, number>;
  readonly pieces: string[];
  private readonly scores: Float64Array;
  /** The pieces the model may produce (special tokens left out). */
  private readonly trie: PieceTrie;
  private readonly unkId: number | null;
  private readonly unkScore: number;
  private readonly byteFallback: boolean;
  private readonly cache = new Map<string, number[]>();

  constructor(spec: any, blocked: BlockedIds = new Set()) {
    const entries: unknown = spec.vocab;
    if (!Array.isArray(entries) || entries.length === 0) throw invalid('the Unigram model has no vocabulary.');
    this.pieces = [];
    this.scores = new Float64Array(entries.length);
    this.vocab = new Map();
    let min = Infinity;
    for (let id = 0; id < entries.length; id++) {
      const e: unknown = entries[id];
      if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'number')
        throw invalid(`Unigram vocabulary entry ${id} is not [piece, score].`);
      const piece: string = e[0];
      const score: number = e[1];
      this.pieces.push(piece);
      this.scores[id] = score;
      this.vocab.set(piece, id);
      if (score < min) min = score;
    }
    this.trie = new PieceTrie(this.pieces, (id) => blocked.has(id));
    this.unkScore = min - UNK_PENALTY;
    const unk = spec.unk_id;
    this.unkId = typeof unk === 'number' ? unk : null;
    if (this.unkId !== null && (this.unkId < 0 || this.unkId >= entries.length))
      throw invalid('the Unigram unk_id is outside the vocabulary.');
    this.byteFallback = !!spec.byte_fallback;
  }

  tokenize(cps: readonly number[], text: string, out: number[]): void {
    if (cps.length === 0) return;
    let result = this.cache.get(text);
    if (!result) {
      result = this.viterbi(text);
      if (text.length < 256) {
        // Bounded: a document with more distinct words than this starts over rather than growing.
        if (this.cache.size >= CACHE_WORDS) this.cache.clear();
        this.cache.set(text, result);
      }
    }
    for (const v of result) out.push(v);
  }

  /** Best segmentation as flat (id, start, end) triples in code points. */
  private viterbi(text: string): number[] {
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    const n = units.length;
    const score = new Float64Array(n + 1);
    const from = new Int32Array(n + 1).fill(-1);
    const id = new Int32Array(n + 1);
    const trie = this.trie;
    for (let start = 0; start < n; start = nextChar(units, start)) {
      const base = score[start];
      const charEnd = nextChar(units, start);
      let single = false;
      let node = 0;
      for (let end = start + 1; end <= n; end++) {
        node = trie.child(node, units[end - 1]);
        if (node < 0) break;
        // A piece never ends inside a surrogate pair (pieces are whole strings).
        if (end < n && isLowSurrogate(units[end])) continue;
        const piece = trie.idAt(node);
        if (piece < 0) continue;
        const candidate = this.scores[piece] + base;
        if (from[end] < 0 || candidate > score[end]) {
          score[end] = candidate;
          from[end] = start;
          id[end] = piece;
        }
        if (end === charEnd) single = true;
      }
      if (!single) {
        if (this.unkId === null) throw invalid('the Unigram model meets an unknown character and has no unk_id.');
        const candidate = this.unkScore + base;
        if (from[charEnd] < 0 || candidate > score[charEnd]) {
          score[charEnd] = candidate;
          from[charEnd] = start;
          id[charEnd] = this.unkId;
        }
      }
    }
    // Back from the end; consecutive unknowns become one.
    const spans: Array<[number, number, number]> = [];
    for (let end = n; end > 0;) {
      const start = from[end];
      const last = spans[spans.length - 1];
      if (id[end] === this.unkId && last && last[0] === this.unkId) last[1] = start;
      else spans.push([id[end], start, end]);
      end = start;
    }
    spans.reverse();
    const toCp = cpIndex(units);
    const out: number[] = [];
    for (const [piece, start, end] of spans) {
      const a = toCp[start];
      const b = toCp[end];
      if (piece === this.unkId && this.byteFallback) {
        const bytes = utf8Bytes(text.slice(start, end));
        const byteIds = Array.from(bytes, (x) => this.trie.get(bytePiece(x)));
        if (byteIds.every((x) => x >= 0)) {
          for (const x of byteIds) out.push(x, a, b);
          continue;
        }
      }
      // A fused run that is itself a piece (it cannot be: unknowns have no single-char piece) keeps [UNK].
      out.push(piece, a, b);
    }
    return out;
  }
}

/** Words whose segmentation is kept (per model). */
const CACHE_WORDS = 20_000;
const isLowSurrogate = (u: number) => u >= 0xdc00 && u <= 0xdfff;
const nextChar = (units: Uint16Array, i: number) =>
  units[i] >= 0xd800 && units[i] <= 0xdbff && i + 1 < units.length && isLowSurrogate(units[i + 1]) ? i + 2 : i + 1;

function cpIndex(units: Uint16Array): Int32Array {
  const map = new Int32Array(units.length + 1);
  let k = 0;
  for (let i = 0; i < units.length; i = nextChar(units, i)) {
    map[i] = k;
    if (nextChar(units, i) === i + 2) map[i + 1] = k;
    k++;
  }
  map[units.length] = k;
  return map;
}
