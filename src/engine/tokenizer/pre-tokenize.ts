import { isChineseChar, isControl, isNonspacingMark, isPunctuation, isWhitespace } from './char-classes';

export interface NormalizerOptions {
  cleanText: boolean;
  handleChineseChars: boolean;
  stripAccents: boolean;
  lowercase: boolean;
}

/**
 * A pre-token: normalized characters (code points) plus, for each, the UTF-16 range of the *original*
 * text it came from. Keeping the mapping per character is what lets answers be exact slices of the
 * user's text even after lower-casing, accent stripping and control-character removal.
 */
export interface Word {
  chars: string[];
  starts: number[];
  ends: number[];
}

/** How one original code point is treated: dropped, a word break, its own word, or word characters. */
type CharRule = { kind: 'drop' } | { kind: 'space' } | { kind: 'single'; out: string } | { kind: 'chars'; out: string[] };

/**
 * Applies BertNormalizer then BertPreTokenizer in one pass over the original text. Both are
 * per-code-point, so doing them together is equivalent to HF's two-stage pipeline. Rules are cached
 * per code point: documents repeat characters, and Unicode property tests are the hot path.
 */
export function preTokenize(text: string, opts: NormalizerOptions): Word[] {
  const rules = rulesFor(opts);
  const words: Word[] = [];
  let current: Word | null = null;
  const flush = () => {
    if (current && current.chars.length > 0) words.push(current);
    current = null;
  };

  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const start = i;
    const end = i + (cp > 0xffff ? 2 : 1);
    i = end;
    let rule = rules.get(cp);
    if (!rule) {
      rule = ruleFor(String.fromCodePoint(cp), cp, opts);
      rules.set(cp, rule);
    }
    switch (rule.kind) {
      case 'drop':
        // A dropped code point (combining accent, zero-width joiner, variation selector) still belongs
        // to the word it sits in: widen that word's last character so answer slices keep it.
        if (current && current.chars.length > 0) current.ends[current.ends.length - 1] = end;
        break;
      case 'space':
        flush();
        break;
      case 'single':
        flush();
        words.push({ chars: [rule.out], starts: [start], ends: [end] });
        break;
      case 'chars':
        if (!current) current = { chars: [], starts: [], ends: [] };
        for (const out of rule.out) {
          current.chars.push(out);
          current.starts.push(start);
          current.ends.push(end);
        }
        break;
    }
  }
  flush();
  return words;
}

const ruleCaches = new Map<string, Map<number, CharRule>>();
function rulesFor(opts: NormalizerOptions): Map<number, CharRule> {
  const key = `${+opts.cleanText}${+opts.handleChineseChars}${+opts.stripAccents}${+opts.lowercase}`;
  let cache = ruleCaches.get(key);
  if (!cache) ruleCaches.set(key, (cache = new Map()));
  return cache;
}

function ruleFor(ch: string, cp: number, opts: NormalizerOptions): CharRule {
  if (opts.cleanText && (cp === 0 || cp === 0xfffd || isControl(ch))) return { kind: 'drop' };
  if (isWhitespace(ch)) return { kind: 'space' };
  if (opts.handleChineseChars && isChineseChar(cp)) return { kind: 'single', out: opts.lowercase ? ch.toLowerCase() : ch };
  const normalized = normalizeChar(ch, opts);
  if (normalized.length === 0) return { kind: 'drop' };
  if (normalized.length === 1) {
    const out = normalized[0];
    // Punctuation is checked on the normalized character, as the pre-tokenizer sees it.
    if (isWhitespace(out)) return { kind: 'space' };
    if (isPunctuation(out)) return { kind: 'single', out };
  }
  // Multi-character expansions ("İ" without accent stripping → "i̇") stay inside the word.
  return { kind: 'chars', out: normalized.filter((c) => !isWhitespace(c)) };
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
