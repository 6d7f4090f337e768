import { codePointsToString, Edits, expand } from '../normalized-string';
import { invalid } from '../unsupported';
import type { NormalizerFn } from './normalizer';

/**
 * SentencePiece's precompiled normalization rules (the `precompiled_charsmap` of XLM-R, DeBERTa-v3,
 * ALBERT, T5 tokenizer.json files: nmt_nfkc and friends), read from their binary form: a u32 byte
 * length, a Darts double-array trie over UTF-8 bytes whose leaves index a blob of NUL-terminated
 * replacement strings, then the blob.
 */
class CharsMap {
  private readonly trie: Uint32Array;
  private readonly blob: Uint8Array;
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();

  constructor(bytes: Uint8Array) {
    if (bytes.length < 4) throw invalid('the Precompiled charsmap is truncated.');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const trieBytes = view.getUint32(0, true);
    if (trieBytes % 4 !== 0 || 4 + trieBytes > bytes.length) throw invalid('the Precompiled charsmap is truncated.');
    this.trie = new Uint32Array(trieBytes / 4);
    for (let i = 0; i < this.trie.length; i++) this.trie[i] = view.getUint32(4 + 4 * i, true);
    this.blob = bytes.subarray(4 + trieBytes);
  }

  /**
   * The replacement of a chunk, as spm_precompiled's `transform`: the value of the *shortest*
   * prefix of the chunk that has one replaces the whole chunk (SentencePiece's own behaviour).
   */
  transform(chunk: string): string | null {
    const key = this.encoder.encode(chunk);
    const a = this.trie;
    let pos = 0;
    pos ^= offset(a[pos]);
    for (const c of key) {
      if (c === 0) break;
      pos ^= c;
      const unit = a[pos];
      if (unit === undefined || label(unit) !== c) return null;
      pos ^= offset(unit);
      if (hasLeaf(unit)) return this.at(a[pos] & 0x7fffffff);
    }
    return null;
  }

  private at(index: number): string {
    let end = index;
    while (end < this.blob.length && this.blob[end] !== 0) end++;
    return this.decoder.decode(this.blob.subarray(index, end));
  }
}

const hasLeaf = (u: number) => ((u >>> 8) & 1) === 1;
const label = (u: number) => u & 0x800000ff;
const offset = (u: number) => (u >>> 10) << ((u & (1 << 9)) >>> 6);

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const utf8Length = (s: string) => {
  let n = 0;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
};

export function precompiledNormalizer(base64: unknown): NormalizerFn {
  if (typeof base64 !== 'string') throw invalid('the Precompiled normalizer has no precompiled_charsmap.');
  const map = new CharsMap(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  const single = new Map<number, string | null>();
  // ASCII is most text: its replacements (usually none) are looked up once, in an array.
  const ascii = Array.from({ length: 0x80 }, (_, cp) => map.transform(String.fromCharCode(cp)));
  const one = (cp: number) => {
    if (cp < 0x80) return ascii[cp];
    let r = single.get(cp);
    if (r === undefined) single.set(cp, (r = map.transform(String.fromCodePoint(cp))));
    return r;
  };
  return (n) => {
    const cps = n.cps;
    // Edits start at the first change: text the charsmap leaves alone costs no edit list at all.
    let items: Edits | null = null;
    let leading = 0;
    const begin = (upTo: number): Edits => {
      const e = new Edits();
      for (let k = 0; k < upTo; k++) e.push(cps[k], 0);
      return e;
    };
    /** Replaces characters [from, from + count) by `to`; a removal before anything else is dropped up front. */
    const put = (from: number, to: string, count: number) => {
      items ??= begin(from);
      if (to.length === 0 && items.length === 0) leading += count;
      else expand(items, to, count);
    };
    const keep = (k: number) => {
      if (items) items.push(cps[k], 0);
    };
    forEachGrapheme(cps, (from, to) => {
      if (to - from > 1) {
        const g = String.fromCodePoint(...cps.slice(from, to));
        if (utf8Length(g) < 6) {
          const r = map.transform(g);
          if (r !== null) {
            put(from, r, to - from);
            return;
          }
        }
      }
      for (let k = from; k < to; k++) {
        const r = one(cps[k]);
        if (r === null) keep(k);
        else put(k, r, 1);
      }
    });
    return items ? n.transform(items, leading) : n;
  };
}

/**
 * Calls `each` with every grapheme cluster as a [from, to) code point range. An ASCII character
 * (other than CR) between two others is a cluster of its own, so only the text around other
 * characters goes through Intl.Segmenter, which is slow on megabytes.
 */
function forEachGrapheme(cps: readonly number[], each: (from: number, to: number) => void): void {
  const n = cps.length;
  const ascii = (i: number) => cps[i] < 0x80 && cps[i] !== 13;
  // Between two ASCII characters other than CR there is always a boundary (no ASCII character
  // extends, prepends or joins).
  const plain = (i: number) => ascii(i) && (i + 1 >= n || cps[i + 1] < 0x80) && (i === 0 || ascii(i - 1));
  let i = 0;
  while (i < n) {
    if (plain(i)) {
      each(i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !plain(j)) j++;
    // cps[j - 1] and cps[j] (if any) are ASCII, so a cluster starts at j; segment [i, j).
    const s = codePointsToString(cps, i, j);
    let k = i;
    for (const { segment } of graphemes.segment(s)) {
      let count = 0;
      for (const _ of segment) count++;
      each(k, k + count);
      k += count;
    }
    i = j;
  }
}
