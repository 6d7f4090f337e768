/**
 * A trie over UTF-16 code units of a vocabulary's pieces, for Unigram's lattice: from one start
 * position, each further unit is one step down the trie, so all the pieces that begin there are
 * found in one walk that stops as soon as no piece continues. (Looking each candidate range up in a
 * hash table rehashed the range every time: quadratic in the longest piece.)
 *
 * Nodes live in typed arrays: each node's parent, its unit and its piece id (-1: none); children are
 * found through one open-addressing table keyed by (parent, unit). A 250k-piece XLM-R vocabulary
 * takes ~20 MB and builds in well under a second.
 */
export class PieceTrie {
  private readonly parent: Int32Array;
  private readonly unit: Uint16Array;
  private readonly value: Int32Array;
  /** Node index + 1 per slot; 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private nodes = 1;

  /** Piece `pieces[id]` gets `id`, unless `skip(id)`; of two equal pieces the later id wins (as in a Map). */
  constructor(pieces: readonly string[], skip: (id: number) => boolean) {
    let units = 0;
    for (const piece of pieces) units += piece.length;
    const capacity = units + 1;
    this.parent = new Int32Array(capacity);
    this.unit = new Uint16Array(capacity);
    this.value = new Int32Array(capacity).fill(-1);
    let size = 16;
    while (size < capacity + (capacity >> 1)) size *= 2; // at most two thirds full
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < pieces.length; id++) {
      if (skip(id)) continue;
      const piece = pieces[id];
      let node = 0;
      for (let i = 0; i < piece.length; i++) node = this.childOrAdd(node, piece.charCodeAt(i));
      if (piece.length > 0) this.value[node] = id;
    }
  }

  /** The child of `node` along code unit `u`, or -1. The root is node 0. */
  child(node: number, u: number): number {
    for (let slot = slotOf(node, u) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot] - 1;
      if (e < 0) return -1;
      if (this.parent[e] === node && this.unit[e] === u) return e;
    }
  }

  /** The id of the piece that ends at `node`, or -1. */
  idAt(node: number): number {
    return this.value[node];
  }

  /** The id of the piece equal to `s`, or -1. */
  get(s: string): number {
    let node = 0;
    for (let i = 0; i < s.length && node >= 0; i++) node = this.child(node, s.charCodeAt(i));
    return node > 0 ? this.value[node] : -1;
  }

  private childOrAdd(node: number, u: number): number {
    let slot = slotOf(node, u) & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot] - 1;
      if (e < 0) break;
      if (this.parent[e] === node && this.unit[e] === u) return e;
    }
    const e = this.nodes++;
    this.parent[e] = node;
    this.unit[e] = u;
    this.slots[slot] = e + 1;
    return e;
  }
}

function slotOf(node: number, u: number): number {
  let h = (Math.imul(node, 0x9e3779b1) + u) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
