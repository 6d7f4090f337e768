import { isPunctuation, isRustWhitespace } from '../char-classes';
import type { Normalized } from '../normalized-string';
import { prepend } from '../normalizers/build-normalizer';
import { patternRegExp } from '../onig-regex';
import { typeOf, unsupported } from '../unsupported';
import { byteLevelPreTokenizer } from './byte-level';
import type { PreTokenizerFn } from './pre-tokenizer';
import { charMatches, regexMatches, splitPiece, type Matches, type SplitBehavior } from './split-piece';

const NUMERIC = /\p{N}/u;
const isNumeric = (cp: number) => (cp >= 48 && cp <= 57) || (cp > 127 && NUMERIC.test(String.fromCodePoint(cp)));
const isPunc = (cp: number) => isPunctuation(String.fromCodePoint(cp));
/** Rust regex's Unicode \w and \s, for the Whitespace pre-tokenizer's `\w+|[^\w\s]+`. */
const WORDS = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]+|[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\p{White_Space}]+/gu;

const BEHAVIORS = new Set<SplitBehavior>(['Removed', 'Isolated', 'MergedWithPrevious', 'MergedWithNext', 'Contiguous']);

function behaviorOf(value: unknown, fallback: SplitBehavior, where: string): SplitBehavior {
  if (value === undefined || value === null) return fallback;
  if (BEHAVIORS.has(value as SplitBehavior)) return value as SplitBehavior;
  throw unsupported(`${where} with behavior ${JSON.stringify(value)}`);
}

/** Applies `split` to every piece (HF `PreTokenizedString::split`). */
const each =
  (split: (piece: Normalized) => Normalized[]): PreTokenizerFn =>
  (pieces) =>
    pieces.flatMap(split);

const byMatches = (matches: (p: Normalized) => Matches, behavior: SplitBehavior) => each((p) => splitPiece(p, matches(p), behavior));
const invert = (m: Matches): Matches => m.map(([a, b, isMatch]) => [a, b, !isMatch]);

export function buildPreTokenizer(spec: any): PreTokenizerFn | null {
  if (spec === null || spec === undefined) return null;
  switch (spec.type) {
    case 'Sequence': {
      const steps = (spec.pretokenizers as unknown[]).map(buildPreTokenizer).filter((f): f is PreTokenizerFn => f !== null);
      return (pieces) => steps.reduce((acc, f) => f(acc), pieces);
    }
    case 'BertPreTokenizer': {
      const spaces = byMatches((p) => charMatches(p, isRustWhitespace), 'Removed');
      const punct = byMatches((p) => charMatches(p, isPunc), 'Isolated');
      return (pieces) => punct(spaces(pieces));
    }
    case 'Whitespace':
      return byMatches((p) => invert(regexMatches(p, WORDS)), 'Removed');
    case 'WhitespaceSplit':
      return byMatches((p) => charMatches(p, isRustWhitespace), 'Removed');
    case 'Punctuation':
      return byMatches((p) => charMatches(p, isPunc), behaviorOf(spec.behavior, 'Isolated', 'the Punctuation pre-tokenizer'));
    case 'Digits':
      return byMatches((p) => charMatches(p, isNumeric), spec.individual_digits ? 'Isolated' : 'Contiguous');
    case 'CharDelimiterSplit': {
      const d = String(spec.delimiter).codePointAt(0);
      return byMatches((p) => charMatches(p, (cp) => cp === d), 'Removed');
    }
    case 'Split': {
      const re = patternRegExp(spec.pattern, 'the Split pre-tokenizer');
      const behavior = behaviorOf(spec.behavior, 'Isolated', 'the Split pre-tokenizer');
      return byMatches((p) => (spec.invert ? invert(regexMatches(p, re)) : regexMatches(p, re)), behavior);
    }
    case 'Metaspace':
      return metaspace(spec);
    case 'ByteLevel':
      return byteLevelPreTokenizer(spec);
    default:
      throw unsupported(`the ${typeOf(spec)} pre-tokenizer`);
  }
}

/** SentencePiece-style: spaces become "▁", one is prepended (per the scheme), split before each. */
function metaspace(spec: any): PreTokenizerFn {
  const replacement = String(spec.replacement ?? '▁');
  const rep = replacement.codePointAt(0)!;
  let scheme: string = spec.prepend_scheme ?? 'always';
  // Files from before prepend_scheme existed say add_prefix_space.
  if (spec.add_prefix_space === false) scheme = 'never';
  if (!['always', 'first', 'never'].includes(scheme)) throw unsupported(`the Metaspace pre-tokenizer with prepend_scheme ${scheme}`);
  const split = spec.split ?? true;
  return each((piece) => {
    let p = piece.map((cp) => (cp === 32 ? rep : cp));
    const starts = p.length > 0 && p.cps[0] === rep;
    if (!starts && (scheme === 'always' || (scheme === 'first' && p.origin === 0))) p = prepend(p, replacement);
    return split
      ? splitPiece(
          p,
          charMatches(p, (cp) => cp === rep),
          'MergedWithNext',
        )
      : [p];
  });
}
