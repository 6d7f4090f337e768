import { normalizeBertChar, type NormalizerOptions } from './normalizers/bert-normalizer';
import { bertSplitOf, PUNCTUATION, SPACE as BREAK, WORD } from './pre-tokenizers/bert-pre-tokenizer';

/**
 * How BertNormalizer + BertPreTokenizer treat one original code point: dropped, a word break, a word
 * of its own (punctuation, CJK ideographs), or characters of the current word.
 */
export interface CharRule {
  kind: 'drop' | 'space' | 'single' | 'word';
  /** The normalized characters (code points) it becomes: one for 'single', any number for 'word'. */
  chars: readonly string[];
}

const DROP: CharRule = { kind: 'drop', chars: [] };
const SPACE: CharRule = { kind: 'space', chars: [] };

/**
 * The rule of every code point, worked out on first sight and then remembered: the Unicode property
 * regexes and NFD behind a rule cost microseconds, and a document repeats a few hundred characters
 * millions of times. The BMP is a dense array (one indexed load per character); the rest a Map.
 */
export class CharRules {
  private readonly opts: NormalizerOptions;
  private readonly bmp: Array<CharRule | undefined> = new Array(0x10000);
  private readonly astral = new Map<number, CharRule>();

  constructor(opts: NormalizerOptions) {
    this.opts = opts;
  }

  of(cp: number): CharRule {
    const known = cp < 0x10000 ? this.bmp[cp] : this.astral.get(cp);
    return known ?? this.learn(cp);
  }

  private learn(cp: number): CharRule {
    const rule = ruleFor(String.fromCodePoint(cp), cp, this.opts);
    if (cp < 0x10000) this.bmp[cp] = rule;
    else this.astral.set(cp, rule);
    return rule;
  }
}

/** One table per normalizer configuration, shared by every tokenizer that uses it (model reloads). */
const tables = new Map<string, CharRules>();
export function charRules(opts: NormalizerOptions): CharRules {
  const key = `${+opts.cleanText}${+opts.handleChineseChars}${+opts.stripAccents}${+opts.lowercase}`;
  let table = tables.get(key);
  if (!table) tables.set(key, (table = new CharRules(opts)));
  return table;
}

/**
 * BertNormalizer's output for the code point (normalizers/bert-normalizer.ts) split as
 * BertPreTokenizer splits it (pre-tokenizers/bert-pre-tokenizer.ts): both act on one code point at a
 * time, so their composition is a rule per original code point. An expansion of several characters
 * (NFD, "İ" lower-cased) never contains whitespace or punctuation (checked over all of Unicode), so it
 * stays inside the word.
 */
function ruleFor(ch: string, cp: number, opts: NormalizerOptions): CharRule {
  const out = normalizeBertChar(ch, cp, opts);
  if (out.length === 0) return DROP;
  // An ideograph comes out between two spaces: a word of its own.
  if (out.length === 3 && out[0] === ' ' && out[2] === ' ') return { kind: 'single', chars: [out[1]] };
  if (out.length === 1) {
    const split = bertSplitOf(out[0].codePointAt(0)!);
    if (split === BREAK) return SPACE;
    if (split === PUNCTUATION) return { kind: 'single', chars: out };
  }
  return { kind: 'word', chars: out.filter((c) => bertSplitOf(c.codePointAt(0)!) === WORD) };
}
