import { isChineseChar, isControl, isNonspacingMark, isPunctuation, isWhitespace } from './char-classes';

export interface NormalizerOptions {
  cleanText: boolean;
  handleChineseChars: boolean;
  stripAccents: boolean;
  lowercase: boolean;
}

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

function ruleFor(ch: string, cp: number, opts: NormalizerOptions): CharRule {
  if (opts.cleanText && (cp === 0 || cp === 0xfffd || isControl(ch))) return DROP;
  if (isWhitespace(ch)) return SPACE;
  if (opts.handleChineseChars && isChineseChar(cp)) return { kind: 'single', chars: [opts.lowercase ? ch.toLowerCase() : ch] };
  const normalized = normalizeChar(ch, opts);
  if (normalized.length === 0) return DROP;
  if (normalized.length === 1) {
    // Punctuation is checked on the normalized character, as the pre-tokenizer sees it.
    if (isWhitespace(normalized[0])) return SPACE;
    if (isPunctuation(normalized[0])) return { kind: 'single', chars: normalized };
  }
  // Multi-character expansions ("İ" without accent stripping → "i̇") stay inside the word.
  return { kind: 'word', chars: normalized.filter((c) => !isWhitespace(c)) };
}

/** Per-code-point strip-accents (NFD, drop Mn) then lowercase: the order HF uses. */
function normalizeChar(ch: string, opts: NormalizerOptions): string[] {
  let s = ch;
  if (opts.stripAccents) {
    let kept = '';
    for (const c of s.normalize('NFD')) if (!isNonspacingMark(c)) kept += c;
    s = kept;
  }
  if (opts.lowercase) s = s.toLowerCase();
  return Array.from(s);
}
