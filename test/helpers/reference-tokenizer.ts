/**
 * The straightforward tokenizer the app shipped before it was optimised (commit c5c9e85), frozen:
 * the oracle of the identity test (src/engine/tokenizer/identity.test.ts) and the "before" row of the
 * tokenization benchmark (scripts/bench/tokenize.ts). Deliberately simple: per-character arrays, one
 * Map lookup per candidate substring. Do not optimise it; it is what the fast code must equal.
 * It shares only the Unicode predicates (char-classes.ts) with the app.
 */
import { isChineseChar, isControl, isNonspacingMark, isPunctuation, isWhitespace } from '../../src/engine/tokenizer/char-classes';

interface Token {
  id: number;
  start: number;
  end: number;
}

interface Options {
  cleanText: boolean;
  handleChineseChars: boolean;
  stripAccents: boolean;
  lowercase: boolean;
  vocab: Map<string, number>;
  unkId: number;
  prefix: string;
  maxChars: number;
}

interface Word {
  chars: string[];
  starts: number[];
  ends: number[];
}

type CharRule = { kind: 'drop' } | { kind: 'space' } | { kind: 'single'; out: string } | { kind: 'chars'; out: string[] };

/** A tokenize function for a tokenizer.json, with the same defaults as BertTokenizer.fromJSON (no validation). */
export function referenceTokenizer(json: any): (text: string) => Token[] {
  const n = findBertNormalizer(json.normalizer);
  const lowercase = n?.lowercase ?? true;
  const vocab = new Map<string, number>(Object.entries(json.model.vocab as Record<string, number>));
  const opts: Options = {
    cleanText: n?.clean_text ?? true,
    handleChineseChars: n?.handle_chinese_chars ?? true,
    stripAccents: n?.strip_accents ?? lowercase,
    lowercase,
    vocab,
    unkId: vocab.get(json.model.unk_token ?? '[UNK]')!,
    prefix: json.model.continuing_subword_prefix ?? '##',
    maxChars: json.model.max_input_chars_per_word ?? 100,
  };
  const rules = new Map<number, CharRule>();
  return (text) => {
    const out: Token[] = [];
    for (const word of preTokenize(text, opts, rules)) wordPiece(word, opts, out);
    return out;
  };
}

function findBertNormalizer(n: any): any {
  if (n?.type === 'BertNormalizer') return n;
  if (n?.type === 'Sequence') for (const child of n.normalizers) if (findBertNormalizer(child)) return findBertNormalizer(child);
  return undefined;
}

function preTokenize(text: string, opts: Options, rules: Map<number, CharRule>): Word[] {
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
    if (!rule) rules.set(cp, (rule = ruleFor(String.fromCodePoint(cp), cp, opts)));
    switch (rule.kind) {
      case 'drop':
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

function ruleFor(ch: string, cp: number, opts: Options): CharRule {
  if (opts.cleanText && (cp === 0 || cp === 0xfffd || isControl(ch))) return { kind: 'drop' };
  if (isWhitespace(ch)) return { kind: 'space' };
  if (opts.handleChineseChars && isChineseChar(cp)) return { kind: 'single', out: opts.lowercase ? ch.toLowerCase() : ch };
  let s = ch;
  if (opts.stripAccents) {
    let kept = '';
    for (const c of s.normalize('NFD')) if (!isNonspacingMark(c)) kept += c;
    s = kept;
  }
  if (opts.lowercase) s = s.toLowerCase();
  const normalized = Array.from(s);
  if (normalized.length === 0) return { kind: 'drop' };
  if (normalized.length === 1) {
    if (isWhitespace(normalized[0])) return { kind: 'space' };
    if (isPunctuation(normalized[0])) return { kind: 'single', out: normalized[0] };
  }
  return { kind: 'chars', out: normalized.filter((c) => !isWhitespace(c)) };
}

function wordPiece(word: Word, opts: Options, out: Token[]): void {
  const { chars, starts, ends } = word;
  const n = chars.length;
  if (n > opts.maxChars) {
    out.push({ id: opts.unkId, start: starts[0], end: ends[n - 1] });
    return;
  }
  const text = chars.join('');
  const pos = [0];
  for (let k = 0; k < n; k++) pos.push(pos[k] + chars[k].length);
  const pieces: Token[] = [];
  let startChar = 0;
  while (startChar < n) {
    let endChar = n;
    let found = -1;
    while (startChar < endChar) {
      let sub = text.slice(pos[startChar], pos[endChar]);
      if (startChar > 0) sub = opts.prefix + sub;
      const id = opts.vocab.get(sub);
      if (id !== undefined) {
        found = id;
        break;
      }
      endChar--;
    }
    if (found < 0) {
      out.push({ id: opts.unkId, start: starts[0], end: ends[n - 1] });
      return;
    }
    pieces.push({ id: found, start: starts[startChar], end: ends[endChar - 1] });
    startChar = endChar;
  }
  out.push(...pieces);
}
