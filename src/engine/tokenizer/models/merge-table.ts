/**
 * BPE merges: (left id, right id) → (rank, merged id), in typed arrays with open addressing. A Map
 * keyed by left * size + right held every key as a heap number once the vocabulary passed ~46k
 * (50k RoBERTa: 2.5e9 possible keys), and one object per merge; this is three lookups per merge step
 * without allocation.
 */
export class MergeTable {
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly rank: Int32Array;
  private readonly merged: Int32Array;
  /** Entry index + 1 per slot; 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  constructor(capacity: number) {
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.rank = new Int32Array(capacity);
    this.merged = new Int32Array(capacity);
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Sets the pair's merge; a pair listed twice keeps the later one (HF collects merges into a HashMap). */
  set(left: number, right: number, rank: number, merged: number): void {
    let slot = pairSlot(left, right) & this.mask;
    for (; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot] - 1;
      if (this.left[e] === left && this.right[e] === right) {
        this.rank[e] = rank;
        this.merged[e] = merged;
        return;
      }
    }
    const e = this.count++;
    this.left[e] = left;
    this.right[e] = right;
    this.rank[e] = rank;
    this.merged[e] = merged;
    this.slots[slot] = e + 1;
  }

  /** The entry of the pair, or -1; read it with rankOf and mergedOf. */
  find(left: number, right: number): number {
    for (let slot = pairSlot(left, right) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot] - 1;
      if (e < 0) return -1;
      if (this.left[e] === left && this.right[e] === right) return e;
    }
  }

  rankOf(entry: number): number {
    return this.rank[entry];
  }

  mergedOf(entry: number): number {
    return this.merged[entry];
  }
}

function pairSlot(left: number, right: number): number {
  let h = (Math.imul(left, 0x9e3779b1) ^ right) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
