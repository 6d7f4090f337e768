/**
 * Text on its way through a tokenizer pipeline: its current code points and, for each, the UTF-16
 * range of the user's original string it stands for. Every normalizer and pre-tokenizer step
 * rewrites the code points and carries the ranges along, with the alignment rules of Hugging Face's
 * `NormalizedString` (Rust tokenizers), so token offsets match the reference; the one deliberate
 * difference is `transform`'s widening of removed characters (see there).
 */
export class Normalized {
  constructor(
    /** Code points of the normalized text. */
    readonly cps: number[],
    /** Original UTF-16 range of each code point. */
    readonly starts: number[],
    readonly ends: number[],
    /**
     * Where in the original this piece begins (HF's `original_shift`): the alignment of a character
     * inserted before everything else.
     */
    readonly origin: number,
  ) {}

  static fromText(text: string, origin = 0): Normalized {
    const cps: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i)!;
      const next = i + (cp > 0xffff ? 2 : 1);
      cps.push(cp);
      starts.push(origin + i);
      ends.push(origin + next);
      i = next;
    }
    return new Normalized(cps, starts, ends, origin);
  }

  get length(): number {
    return this.cps.length;
  }

  toString(): string {
    return codePointsToString(this.cps, 0, this.cps.length);
  }

  /**
   * Rewrites the text from (code point, change) pairs, as HF's `transform`: change 0 replaces the
   * next original character, n > 0 marks an inserted character (it takes the alignment of the
   * original character before it), -n replaces the next one and removes the n after it.
   * `initialRemoved` characters at the start are dropped first.
   *
   * The one intended difference from the reference: removed characters widen the end of the
   * character that absorbed them (`widen`, default on; only characters that alone stand for their
   * original text, see `alone`), so "e" + combining acute composed to "é"
   * still covers both, and an answer never ends inside a grapheme the user typed. Hugging Face keeps
   * the kept character's own range there. Strip passes `widen = false`: it removes whitespace,
   * which belongs to no token.
   */
  transform(edits: Edits, initialRemoved = 0, widen = true): Normalized {
    const n = edits.length;
    const cps: number[] = new Array(n);
    const starts: number[] = new Array(n);
    const ends: number[] = new Array(n);
    let at = initialRemoved;
    for (let k = 0; k < n; k++) {
      const cp = edits.cps[k];
      const change = edits.changes[k];
      let start: number;
      let end: number;
      if (change > 0) {
        if (at < 1) start = end = this.origin;
        else {
          start = this.starts[at - 1];
          end = this.ends[at - 1];
        }
      } else {
        start = this.starts[at];
        end = this.ends[at];
        at++;
        if (change < 0) {
          const stop = Math.min(at - change, this.cps.length);
          // Not over a space: what follows a space is no part of the character before it.
          if (widen && !isSpace(cp)) for (let r = at; r < stop; r++) if (this.alone(r)) end = Math.max(end, this.ends[r]);
          at -= change;
        }
      }
      cps[k] = cp;
      starts[k] = start;
      ends[k] = end;
    }
    return new Normalized(cps, starts, ends, this.origin);
  }

  /**
   * Whether code point r is the only one standing for its original range: only such a character,
   * once removed, leaves original text behind that no other character covers (NFKD's "ำ" → two
   * characters of which one is stripped leaves the other to cover it).
   */
  private alone(r: number): boolean {
    const same = (k: number) => k >= 0 && k < this.cps.length && this.starts[k] === this.starts[r] && this.ends[k] === this.ends[r];
    return !same(r - 1) && !same(r + 1);
  }

  /** Code points [from, to) as their own piece (HF `slice`): its origin is its first character's start. */
  slice(from: number, to: number): Normalized {
    return new Normalized(
      this.cps.slice(from, to),
      this.starts.slice(from, to),
      this.ends.slice(from, to),
      from < to ? this.starts[from] : this.origin,
    );
  }

  /** Each code point mapped to one code point, alignments unchanged. */
  map(fn: (cp: number) => number): Normalized {
    return new Normalized(this.cps.map(fn), this.starts, this.ends, this.origin);
  }
}

/** (code point, change) pairs for `Normalized.transform`, kept flat: megabyte texts make millions. */
export class Edits {
  readonly cps: number[] = [];
  readonly changes: number[] = [];
  get length(): number {
    return this.cps.length;
  }
  push(cp: number, change: number): void {
    this.cps.push(cp);
    this.changes.push(change);
  }
  /** Adds `delta` to the last edit's change (a removal folded into it). */
  adjustLast(delta: number): void {
    this.changes[this.changes.length - 1] += delta;
  }
}

/**
 * Items replacing `count` original characters by `to`: one for one while both last, then inserted
 * characters, or the last one removing the rest (the rule of HF's precompiled `replace`).
 */
export function expand(items: Edits, to: string, count: number): void {
  const chars = Array.from(to, (c) => c.codePointAt(0)!);
  if (chars.length === 0) {
    // Nothing left: the removal is folded into the previous item when there is one.
    if (items.length > 0) items.adjustLast(-count);
    return;
  }
  for (let k = 0; k < chars.length; k++) items.push(chars[k], k >= count ? 1 : 0);
  if (chars.length < count) items.adjustLast(chars.length - count);
}

const SPACE = /\p{White_Space}/u;
const isSpace = (cp: number) => cp === 32 || SPACE.test(String.fromCodePoint(cp));

/** The string of cps[from, to), built in chunks (spread arguments have a size limit). */
export function codePointsToString(cps: readonly number[], from: number, to: number): string {
  if (to - from <= 32) {
    // A pre-token, usually: no slice to spread.
    let s = '';
    for (let i = from; i < to; i++) s += cps[i] < 0x10000 ? String.fromCharCode(cps[i]) : String.fromCodePoint(cps[i]);
    return s;
  }
  let out = '';
  for (let i = from; i < to; i += 8192) out += String.fromCodePoint(...cps.slice(i, Math.min(to, i + 8192)));
  return out;
}

/** For a string, the code point index of each UTF-16 unit (and of its end). */
export function unitToCodePoint(s: string): Int32Array {
  const map = new Int32Array(s.length + 1);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    map[i] = k;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) map[++i] = k;
    }
    k++;
  }
  map[s.length] = k;
  return map;
}
