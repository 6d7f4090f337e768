import type { CharRule, CharRules } from './char-rules';

/**
 * A pre-token: its normalized UTF-16 code units and, for each normalized character (code point) k,
 * where that character sits in `units` (pos[k] to pos[k + 1]) and the UTF-16 range of the *original*
 * text it came from (starts[k] to ends[k]). Keeping the mapping per character is what lets answers be
 * exact slices of the user's text even after lower-casing, accent stripping and control-character
 * removal. Code units rather than a string: WordPiece looks pieces up by range (models/piece-table.ts).
 *
 * The arrays are reused from word to word: a Word is only valid during the callback that receives it.
 */
export interface Word {
  readonly units: Uint16Array;
  /** Number of characters; pos has one more entry (pos[length] = the number of units). */
  readonly length: number;
  readonly pos: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * Applies BertNormalizer then BertPreTokenizer in one pass over the original text, handing each word
 * to `onWord`. Both stages are per-code-point, so doing them together is equivalent to HF's two-stage
 * pipeline; streaming words instead of collecting them keeps a 5 MB document from allocating
 * millions of short-lived arrays.
 */
export function preTokenize(text: string, rules: CharRules, onWord: (word: Word) => void): void {
  const word = new WordBuilder(onWord);
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    const rule = rules.of(cp);
    switch (rule.kind) {
      case 'drop':
        // A dropped code point (combining accent, zero-width joiner, variation selector) still belongs
        // to the word it sits in: widen that word's last character so answer slices keep it.
        word.widenLast(i);
        break;
      case 'space':
        word.flush();
        break;
      case 'single':
        word.flush();
        word.add(rule, start, i);
        word.flush();
        break;
      case 'word':
        word.add(rule, start, i);
        break;
    }
  }
  word.flush();
}

/** Accumulates one word at a time into growable typed arrays. */
class WordBuilder implements Word {
  length = 0;
  pos = new Int32Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Two units per character: enough for any code point. */
  units = new Uint16Array(128);
  private readonly onWord: (word: Word) => void;
  private unitCount = 0;

  constructor(onWord: (word: Word) => void) {
    this.onWord = onWord;
  }

  /** Appends the characters that the original code point at [start, end) normalizes to. */
  add(rule: CharRule, start: number, end: number): void {
    for (const c of rule.chars) {
      if (this.length + 1 >= this.pos.length) this.grow();
      const k = this.length++;
      this.pos[k] = this.unitCount;
      this.starts[k] = start;
      this.ends[k] = end;
      this.units[this.unitCount++] = c.charCodeAt(0);
      if (c.length > 1) this.units[this.unitCount++] = c.charCodeAt(1);
    }
  }

  widenLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  /** Hands the word (if it has any characters) to the callback and starts an empty one. */
  flush(): void {
    if (this.length === 0) return;
    this.pos[this.length] = this.unitCount;
    this.onWord(this);
    this.length = 0;
    this.unitCount = 0;
  }

  private grow(): void {
    const bigger = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T) => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.pos = bigger(this.pos, (n) => new Int32Array(n));
    this.starts = bigger(this.starts, (n) => new Int32Array(n));
    this.ends = bigger(this.ends, (n) => new Int32Array(n));
    this.units = bigger(this.units, (n) => new Uint16Array(n));
  }
}
