import { invalid } from '../unsupported';
import { MergeTable } from './merge-table';
import { bytePiece, piecesOf, utf8Bytes, type BlockedIds, type TokenModel } from './model';

/**
 * Byte-pair encoding as Hugging Face's BPE model (RoBERTa, GPT-2, and byte_fallback vocabularies):
 * each character starts as its own symbol, then the adjacent pair with the lowest merge rank is
 * merged, leftmost first, until no pair has a merge. Symbols carry character ranges, so every piece
 * keeps the characters it came from.
 */
export class BpeModel implements TokenModel {
  readonly vocab: Map<string, number>;
  readonly pieces: string[];
  /** (left id, right id) → rank and merged id. */
  private readonly merges: MergeTable;
  private readonly unkId: number | null;
  private readonly prefix: string;
  private readonly suffix: string;
  private readonly cache = new Map<string, number[]>();
  private readonly blocked: BlockedIds;
  private readonly byteFallback: boolean;
  private readonly fuseUnk: boolean;
  private readonly ignoreMerges: boolean;

  /** Only what tokenizing needs is kept from `spec`: the parsed JSON can be collected after. */
  constructor(spec: any, blocked: BlockedIds = new Set()) {
    if (!spec.vocab || typeof spec.vocab !== 'object') throw invalid('the BPE model has no vocabulary.');
    this.vocab = new Map();
    for (const piece in spec.vocab) this.vocab.set(piece, spec.vocab[piece]);
    this.blocked = blocked;
    this.byteFallback = !!spec.byte_fallback;
    this.fuseUnk = !!spec.fuse_unk;
    this.ignoreMerges = !!spec.ignore_merges;
    this.pieces = piecesOf(this.vocab);
    this.prefix = spec.continuing_subword_prefix ?? '';
    this.suffix = spec.end_of_word_suffix ?? '';
    const unk = spec.unk_token;
    this.unkId = typeof unk === 'string' ? (this.vocab.get(unk) ?? null) : null;
    if (typeof unk === 'string' && this.unkId === null) throw invalid(`the BPE unk_token ${unk} is not in the vocabulary.`);
    if (spec.dropout) throw invalid('BPE dropout is for training; a QA tokenizer must be deterministic.');
    const merges: unknown[] = Array.isArray(spec.merges) ? spec.merges : [];
    this.merges = new MergeTable(merges.length);
    merges.forEach((m, rank) => {
      const [a, b] = typeof m === 'string' ? splitMerge(m) : (m as [string, string]);
      const left = this.vocab.get(a);
      const right = this.vocab.get(b);
      const merged = this.vocab.get(a + b.slice(this.prefix.length));
      if (left === undefined || right === undefined || merged === undefined) {
        throw invalid(`the BPE merge "${a} ${b}" uses a token that is not in the vocabulary.`);
      }
      if (blocked.has(merged)) return;
      this.merges.set(left, right, rank, merged);
    });
  }

  /** The id of a piece the model may produce: special tokens are treated as absent. */
  private usable(piece: string): number | undefined {
    const id = this.vocab.get(piece);
    return id === undefined || this.blocked.has(id) ? undefined : id;
  }

  tokenize(cps: readonly number[], text: string, out: number[]): void {
    if (cps.length === 0) return;
    if (this.ignoreMerges) {
      const id = this.usable(text);
      if (id !== undefined) {
        out.push(id, 0, cps.length);
        return;
      }
    }
    let result = this.cache.get(text);
    if (!result) {
      result = this.merge(cps);
      // Bounded: a document with more distinct words than this starts over rather than growing.
      if (this.cache.size >= CACHE_WORDS) this.cache.clear();
      this.cache.set(text, result);
    }
    for (const v of result) out.push(v);
  }

  /** The word's symbols after every merge, as flat (id, start, end) triples. */
  private merge(cps: readonly number[]): number[] {
    const ids: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const add = (id: number, start: number, end: number) => {
      ids.push(id);
      starts.push(start);
      ends.push(end);
    };
    let unk: [number, number] | null = null; // pending unknown run [start, end)
    const flushUnk = () => {
      if (unk && this.unkId !== null) add(this.unkId, unk[0], unk[1]);
      unk = null;
    };
    const n = cps.length;
    for (let i = 0; i < n; i++) {
      let s = String.fromCodePoint(cps[i]);
      if (i > 0) s = this.prefix + s;
      if (i === n - 1) s += this.suffix;
      const id = this.usable(s);
      if (id !== undefined) {
        flushUnk();
        add(id, i, i + 1);
        continue;
      }
      if (this.byteFallback) {
        const byteIds = Array.from(utf8Bytes(s), (b) => this.usable(bytePiece(b)));
        if (byteIds.every((b) => b !== undefined)) {
          flushUnk();
          for (const b of byteIds) add(b!, i, i + 1);
          continue;
        }
      }
      if (this.unkId === null) continue; // no unk token: the character is dropped, as in HF
      if (unk && this.fuseUnk) unk[1] = i + 1;
      else {
        flushUnk();
        unk = [i, i + 1];
      }
    }
    flushUnk();
    return this.mergeAll(ids, starts, ends);
  }

  private mergeAll(ids: number[], starts: number[], ends: number[]): number[] {
    const m = ids.length;
    const prev = Array.from({ length: m }, (_, i) => i - 1);
    const next = Array.from({ length: m }, (_, i) => (i + 1 < m ? i + 1 : -1));
    const alive = new Array<boolean>(m).fill(true);
    const heap = new MergeHeap();
    const merges = this.merges;
    for (let i = 0; i + 1 < m; i++) {
      const e = merges.find(ids[i], ids[i + 1]);
      if (e >= 0) heap.push(merges.rankOf(e), i, merges.mergedOf(e));
    }
    while (heap.size > 0) {
      const [, pos, newId] = heap.pop();
      if (!alive[pos] || next[pos] < 0) continue;
      const right = next[pos];
      // Skip entries made stale by an earlier merge of either symbol.
      const current = merges.find(ids[pos], ids[right]);
      if (current < 0 || merges.mergedOf(current) !== newId) continue;
      ids[pos] = newId;
      ends[pos] = ends[right];
      alive[right] = false;
      next[pos] = next[right];
      if (next[right] >= 0) prev[next[right]] = pos;
      if (prev[pos] >= 0) {
        const e = merges.find(ids[prev[pos]], ids[pos]);
        if (e >= 0) heap.push(merges.rankOf(e), prev[pos], merges.mergedOf(e));
      }
      if (next[pos] >= 0) {
        const e = merges.find(ids[pos], ids[next[pos]]);
        if (e >= 0) heap.push(merges.rankOf(e), pos, merges.mergedOf(e));
      }
    }
    const out: number[] = [];
    for (let i = 0; i < m; i++) if (alive[i]) out.push(ids[i], starts[i], ends[i]);
    return out;
  }
}

/** Words whose merges are kept (per model). */
const CACHE_WORDS = 20_000;

function splitMerge(line: string): [string, string] {
  const parts = line.split(' ');
  if (parts.length !== 2) throw invalid(`the BPE merge "${line}" is not two tokens.`);
  return [parts[0], parts[1]];
}

/** A min-heap of (rank, position, merged id), lowest rank first, then leftmost. */
class MergeHeap {
  private readonly items: Array<[number, number, number]> = [];
  get size(): number {
    return this.items.length;
  }
  private less(a: [number, number, number], b: [number, number, number]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  push(rank: number, pos: number, id: number): void {
    const a = this.items;
    a.push([rank, pos, id]);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): [number, number, number] {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < a.length && this.less(a[l], a[best])) best = l;
        if (r < a.length && this.less(a[r], a[best])) best = r;
        if (best === i) break;
        [a[i], a[best]] = [a[best], a[i]];
        i = best;
      }
    }
    return top;
  }
}
