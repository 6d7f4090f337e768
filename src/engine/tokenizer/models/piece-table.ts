/**
 * A read-only string → id map that is queried with a range of UTF-16 code units instead of a string.
 * WordPiece tests one or more candidate pieces per word; with a Map each candidate had to become a
 * string first, be hashed, and then be compared in a 30k-entry table spread over the heap, which
 * was most of the time spent tokenizing. Here keys live packed in typed arrays (open addressing,
 * linear probing), and a lookup touches only a few compact arrays.
 */
export class PieceTable {
  /** Longest key, in code units: no longer range can match. */
  readonly maxUnits: number;
  private readonly mask: number;
  /** Entry index + 1 per slot; 0 = empty. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly ids: Int32Array;
  private readonly keyStart: Int32Array;
  private readonly keyLength: Int32Array;
  private readonly keyUnits: Uint16Array;

  constructor(entries: ReadonlyMap<string, number>) {
    const n = entries.size;
    let size = 16;
    while (size < 2 * n) size *= 2; // at most half full: probe chains stay short
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(n);
    this.ids = new Int32Array(n);
    this.keyStart = new Int32Array(n);
    this.keyLength = new Int32Array(n);
    let total = 0;
    for (const key of entries.keys()) total += key.length;
    this.keyUnits = new Uint16Array(total);

    let e = 0;
    let at = 0;
    let maxUnits = 0;
    for (const [key, id] of entries) {
      for (let i = 0; i < key.length; i++) this.keyUnits[at + i] = key.charCodeAt(i);
      const h = hash(this.keyUnits, at, at + key.length);
      this.hashes[e] = h;
      this.ids[e] = id;
      this.keyStart[e] = at;
      this.keyLength[e] = key.length;
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = e + 1;
      at += key.length;
      maxUnits = Math.max(maxUnits, key.length);
      e++;
    }
    this.maxUnits = maxUnits;
  }

  /** The id of the key equal to units[from, to), or -1. */
  get(units: Uint16Array, from: number, to: number): number {
    const h = hash(units, from, to);
    const length = to - from;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === h && this.keyLength[e] === length && this.sameUnits(e, units, from)) return this.ids[e];
    }
  }

  private sameUnits(e: number, units: Uint16Array, from: number): boolean {
    const start = this.keyStart[e];
    for (let i = 0; i < this.keyLength[e]; i++) if (this.keyUnits[start + i] !== units[from + i]) return false;
    return true;
  }
}

/** FNV-1a over code units. */
function hash(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ units[i], 0x01000193);
  return h;
}
