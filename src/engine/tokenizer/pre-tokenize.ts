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

/**
 * Applies BertNormalizer then BertPreTokenizer in one pass over the original text. The two are
 * character-local (per code point), so doing them together is equivalent to HF's two-stage pipeline.
 */
export function preTokenize(text: string, opts: NormalizerOptions): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  const flush = () => {
    if (current && current.chars.length > 0) words.push(current);
    current = null;
  };
  const push = (ch: string, start: number, end: number) => {
    if (!current) current = { chars: [], starts: [], ends: [] };
    current.chars.push(ch);
    current.starts.push(start);
    current.ends.push(end);
  };
  // A dropped code point (combining accent, zero-width joiner, variation selector) still belongs to
  // the word it sits in: widen that word's last character so answer slices keep it.
  const absorb = (end: number) => {
    if (current && current.chars.length > 0) current.ends[current.ends.length - 1] = end;
  };
  const single = (ch: string, start: number, end: number) => {
    flush();
    words.push({ chars: [ch], starts: [start], ends: [end] });
  };

  let i = 0;
  for (const ch of text) {
    const start = i;
    const end = i + ch.length;
    i = end;
    const cp = ch.codePointAt(0)!;
    if (opts.cleanText) {
      if (cp === 0 || cp === 0xfffd || isControl(ch)) {
        absorb(end);
        continue;
      }
    }
    if (isWhitespace(ch)) {
      flush();
      continue;
    }
    if (opts.handleChineseChars && isChineseChar(cp)) {
      single(transform(ch, opts), start, end);
      continue;
    }
    const normalized = normalizeChar(ch, opts);
    if (normalized.length === 0) absorb(end);
    for (const out of normalized) {
      // Whitespace or punctuation can only appear after normalization in exotic cases; treat them like
      // the pre-tokenizer would, on the normalized characters.
      if (isWhitespace(out)) flush();
      else if (isPunctuation(out)) single(out, start, end);
      else push(out, start, end);
    }
  }
  flush();
  return words;
}

function transform(ch: string, opts: NormalizerOptions): string {
  return opts.lowercase ? ch.toLowerCase() : ch;
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
  if (s.length === ch.length && s === ch) return [ch];
  return Array.from(s);
}
