import { isChineseChar, isControl, isRustWhitespace, isWhitespace } from '../char-classes';
import { isHfStrippedMark } from '../hf-marks';
import { Edits, expand, Normalized } from '../normalized-string';
import { patternRegExp } from '../onig-regex';
import { typeOf, unsupported } from '../unsupported';
import type { NormalizerFn } from './normalizer';
import { precompiledNormalizer } from './precompiled';

/** Builds the normalizer a tokenizer.json describes (null: none). */
export function buildNormalizer(spec: any): NormalizerFn | null {
  if (spec === null || spec === undefined) return null;
  switch (spec.type) {
    case 'Sequence': {
      const steps = (spec.normalizers as unknown[]).map(buildNormalizer).filter((f): f is NormalizerFn => f !== null);
      return (n) => steps.reduce((acc, f) => f(acc), n);
    }
    case 'BertNormalizer':
      return bertNormalizer(spec);
    case 'NFC':
    case 'NFD':
    case 'NFKC':
    case 'NFKD':
      return (n) => unicodeForm(n, spec.type);
    case 'Lowercase':
      return lowercase;
    case 'StripAccents':
      return (n) => filter(n, (cp) => !isHfStrippedMark(String.fromCodePoint(cp)));
    case 'Strip':
      return (n) => strip(n, spec.strip_left ?? true, spec.strip_right ?? true);
    case 'Replace': {
      const re = patternRegExp(spec.pattern, 'the Replace normalizer');
      return (n) => replace(n, re, String(spec.content ?? ''));
    }
    case 'Prepend':
      return (n) => (n.length > 0 ? prepend(n, String(spec.prepend)) : n);
    case 'Precompiled':
      return precompiledNormalizer(spec.precompiled_charsmap);
    default:
      throw unsupported(`the ${typeOf(spec)} normalizer`);
  }
}

function bertNormalizer(spec: any): NormalizerFn {
  const cleanText = spec.clean_text ?? true;
  const chinese = spec.handle_chinese_chars ?? true;
  const lower = spec.lowercase ?? true;
  const accents = spec.strip_accents ?? lower;
  return (n) => {
    if (cleanText) {
      n = filter(n, (cp) => !(cp === 0 || cp === 0xfffd || isControl(String.fromCodePoint(cp))));
      n = n.map((cp) => (isWhitespace(String.fromCodePoint(cp)) ? 32 : cp));
    }
    if (chinese) {
      const items = new Edits();
      for (const cp of n.cps) {
        if (isChineseChar(cp)) {
          items.push(32, 0);
          items.push(cp, 1);
          items.push(32, 1);
        } else items.push(cp, 0);
      }
      n = n.transform(items);
    }
    if (accents) n = filter(unicodeForm(n, 'NFD'), (cp) => !isHfStrippedMark(String.fromCodePoint(cp)));
    if (lower) n = lowercase(n);
    return n;
  };
}

/** Keeps the code points `keep` accepts (HF `filter`: a removed one is absorbed by the kept one before it). */
export function filter(n: Normalized, keep: (cp: number) => boolean): Normalized {
  const items = new Edits();
  let removed = 0;
  let leading = 0;
  let last = -1;
  for (const cp of n.cps) {
    if (keep(cp)) {
      if (last >= 0) items.push(last, -removed);
      else leading = removed;
      last = cp;
      removed = 0;
    } else removed++;
  }
  if (last >= 0) items.push(last, -removed);
  else leading = removed;
  return items.length === n.length ? n : n.transform(items, leading);
}

/** Per-character lower-casing (Rust `char::to_lowercase`, which never looks at neighbours). */
function lowercase(n: Normalized): Normalized {
  const items = new Edits();
  for (const cp of n.cps) {
    const ch = String.fromCodePoint(cp);
    const lower = cp < 128 ? (cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch) : ch.toLowerCase();
    let k = 0;
    for (const c of lower) items.push(c.codePointAt(0)!, k++ > 0 ? 1 : 0);
  }
  // One for one (the usual case): the alignments stay as they are.
  return items.length === n.length ? new Normalized(items.cps, n.starts, n.ends, n.origin) : n.transform(items);
}

/**
 * A character that composes with the one before it, or is reordered with it, under NFC/NFD: marks
 * and Hangul vowel/trailing jamo. Text is normalized one run of "starter + such characters" at a
 * time, so each run's alignment is known.
 */
const JOINS_PREVIOUS = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;

function unicodeForm(n: Normalized, form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD'): Normalized {
  const text = n.toString();
  if (text.normalize(form) === text) return n;
  const items = new Edits();
  const cps = n.cps;
  for (let i = 0; i < cps.length;) {
    // ASCII before ASCII is stable under every form and composes with nothing.
    if (cps[i] < 0x80 && (i + 1 === cps.length || cps[i + 1] < 0x80)) {
      items.push(cps[i++], 0);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && JOINS_PREVIOUS.test(String.fromCodePoint(cps[j]))) j++;
    const run = String.fromCodePoint(...cps.slice(i, j));
    const out = run.normalize(form);
    if (j - i === 1 || out === Array.from(run, (c) => c.normalize(form)).join('')) {
      // Each character on its own: the first of its expansion replaces it, the rest are inserted.
      for (let k = i; k < j; k++) expand(items, String.fromCodePoint(cps[k]).normalize(form), 1);
    } else expand(items, out, j - i);
    i = j;
  }
  return n.transform(items);
}

function strip(n: Normalized, left: boolean, right: boolean): Normalized {
  const cps = n.cps;
  let lead = 0;
  if (left) while (lead < cps.length && isRustWhitespace(cps[lead])) lead++;
  let trail = 0;
  if (right) while (trail < cps.length - lead && isRustWhitespace(cps[cps.length - 1 - trail])) trail++;
  if (lead === 0 && trail === 0) return n;
  const items = new Edits();
  for (let i = lead; i < cps.length - trail; i++) items.push(cps[i], i === cps.length - trail - 1 ? -trail : 0);
  return n.transform(items, lead, false);
}

/**
 * Every match replaced by `content` (HF `replace`): its characters take the alignment of the last
 * matched character; matched characters are otherwise gone.
 */
export function replace(n: Normalized, re: RegExp, content: string): Normalized {
  const text = n.toString();
  const cps: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const add = []; // content code points
  for (const c of content) add.push(c.codePointAt(0)!);
  let cp = 0; // code point index of `unit`
  let unit = 0;
  const advanceTo = (target: number, keep: boolean) => {
    while (unit < target) {
      if (keep) {
        cps.push(n.cps[cp]);
        starts.push(n.starts[cp]);
        ends.push(n.ends[cp]);
      }
      unit += n.cps[cp] > 0xffff ? 2 : 1;
      cp++;
    }
  };
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    advanceTo(m.index, true);
    advanceTo(m.index + m[0].length, false);
    for (const c of add) {
      cps.push(c);
      starts.push(cp > 0 ? n.starts[cp - 1] : n.origin);
      ends.push(cp > 0 ? n.ends[cp - 1] : n.origin);
    }
  }
  advanceTo(text.length, true);
  return new Normalized(cps, starts, ends, n.origin);
}

/** HF `prepend`: the first added character replaces the first one's alignment, all share it. */
export function prepend(n: Normalized, s: string): Normalized {
  if (n.length === 0 || s.length === 0) return n;
  const items = new Edits();
  let k = 0;
  for (const c of s) items.push(c.codePointAt(0)!, k++ > 0 ? 1 : 0);
  items.push(n.cps[0], 1);
  for (let i = 1; i < n.length; i++) items.push(n.cps[i], 0);
  return n.transform(items);
}
