import { isChineseChar, isControl, isNonspacingMark, isRustWhitespace, isWhitespace } from '../char-classes';
import { Normalized } from '../normalized-string';
import type { NormalizerFn } from './normalizer';

export interface NormalizerOptions {
  cleanText: boolean;
  handleChineseChars: boolean;
  stripAccents: boolean;
  lowercase: boolean;
}

/** A BertNormalizer spec's options, with Hugging Face's defaults. */
export function bertNormalizerOptions(spec: any): NormalizerOptions {
  const lowercase = spec?.lowercase ?? true;
  return {
    cleanText: spec?.clean_text ?? true,
    handleChineseChars: spec?.handle_chinese_chars ?? true,
    // HF: strip_accents = null means "follow lowercase".
    stripAccents: spec?.strip_accents ?? lowercase,
    lowercase,
  };
}

/**
 * What BertNormalizer makes of one original code point: nothing (cleaned away, or an accent
 * stripped), a space, an ideograph between spaces, or its accent-stripped, lower-cased characters.
 * Every step of BertNormalizer looks at one code point alone, so this is the whole normalizer; the
 * tuned BertTokenizer (char-rules.ts) and the general pipeline (`bertNormalizer`) both use it.
 * Accents are \p{Mn}, as Rust's BertNormalizer (is_mark_nonspacing); StripAccents strips every mark.
 */
export function normalizeBertChar(ch: string, cp: number, opts: NormalizerOptions): string[] {
  if (opts.cleanText && (cp === 0 || cp === 0xfffd || isControl(ch))) return [];
  if (isWhitespace(ch)) return [opts.cleanText ? ' ' : ch];
  if (opts.handleChineseChars && isChineseChar(cp)) return [' ', opts.lowercase ? ch.toLowerCase() : ch, ' '];
  let s = ch;
  if (opts.stripAccents) {
    let kept = '';
    for (const c of s.normalize('NFD')) if (!isNonspacingMark(c)) kept += c;
    s = kept;
  }
  if (opts.lowercase) s = s.toLowerCase();
  return Array.from(s);
}

/**
 * BertNormalizer as a pipeline step. A removed code point widens the end of the character before it
 * (unless that is a space, or it shares its original range with others), the rule of
 * `Normalized.transform`, so an answer never ends inside what the user typed.
 */
export function bertNormalizer(spec: any): NormalizerFn {
  const opts = bertNormalizerOptions(spec);
  const known = new Map<number, number[]>();
  const outputOf = (cp: number): number[] => {
    let out = known.get(cp);
    if (!out) known.set(cp, (out = normalizeBertChar(String.fromCodePoint(cp), cp, opts).map((c) => c.codePointAt(0)!)));
    return out;
  };
  return (n) => {
    const cps: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (let k = 0; k < n.length; k++) {
      const out = outputOf(n.cps[k]);
      if (out.length === 0) {
        const last = cps.length - 1;
        if (last >= 0 && !isRustWhitespace(cps[last]) && n.alone(k)) ends[last] = Math.max(ends[last], n.ends[k]);
        continue;
      }
      for (const c of out) {
        cps.push(c);
        starts.push(n.starts[k]);
        ends.push(n.ends[k]);
      }
    }
    return new Normalized(cps, starts, ends, n.origin);
  };
}
