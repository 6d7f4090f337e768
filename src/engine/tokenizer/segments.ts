import { Normalized } from './normalized-string';
import type { NormalizerFn } from './normalizers/normalizer';

/**
 * Whether a pipeline can tokenize a long text in segments, cut before a single ASCII space that has a
 * printable ASCII character on each side ("x y"), with exactly the tokens of the whole text. Working
 * on a few kilobytes at a time keeps every intermediate array small (the whole-text pipeline made
 * megabyte-long arrays at every step, and most of its time went to allocating and collecting them).
 *
 * That holds when the normalizer changes nothing across such a space and the pre-tokenizer always
 * puts a piece boundary at it, looking no further than the characters around it. Checked from the
 * components' specs; anything not known to hold (Strip, Prepend, free Split and Replace regexes, no
 * pre-tokenizer) keeps the whole-text path.
 */
export function canSegment(normalizerSpec: any, preTokenizerSpec: any, normalizer: NormalizerFn | null): boolean {
  return localNormalizer(normalizerSpec) && boundaryAtSpace(preTokenizerSpec) && spaceStaysAlone(normalizer);
}

function localNormalizer(spec: any): boolean {
  if (spec === null || spec === undefined) return true;
  switch (spec.type) {
    case 'Sequence':
      return Array.isArray(spec.normalizers) && spec.normalizers.every(localNormalizer);
    case 'BertNormalizer':
    case 'NFC':
    case 'NFD':
    case 'NFKC':
    case 'NFKD':
    case 'Lowercase':
    case 'StripAccents':
    case 'Precompiled':
      return true; // per character, per composing run or per grapheme: never across "x y"'s space
    case 'Replace':
      return replaceIsLocal(spec.pattern);
    default:
      return false; // Strip and Prepend act on the ends of the whole text
  }
}

/** A Replace whose matches can never contain the cut's single space between two non-spaces. */
function replaceIsLocal(pattern: any): boolean {
  if (typeof pattern?.String === 'string') return !/\s/.test(pattern.String);
  if (typeof pattern?.Regex !== 'string') return false;
  const re: string = pattern.Regex;
  // Runs of two or more spaces (SentencePiece files collapse them), or a plain literal.
  return re === ' {2,}' || /^[^\s\\[\](){}.*+?|^$]+$/.test(re);
}

/** Whether the pre-tokenizer always ends a piece before the cut's space and otherwise looks no further. */
function boundaryAtSpace(spec: any): boolean {
  if (spec === null || spec === undefined) return false;
  if (spec.type === 'Sequence') {
    const steps: any[] = Array.isArray(spec.pretokenizers) ? spec.pretokenizers : [];
    return steps.every((s) => boundaryAtSpace(s) || charLocal(s)) && steps.some(boundaryAtSpace);
  }
  switch (spec.type) {
    case 'Metaspace':
      return (spec.split ?? true) === true;
    case 'ByteLevel':
      // GPT-2's regex: no match spans a non-space and the space after it.
      return (spec.use_regex ?? true) === true;
    case 'BertPreTokenizer':
    case 'Whitespace':
    case 'WhitespaceSplit':
      return true;
    case 'CharDelimiterSplit':
      return spec.delimiter === ' ';
    default:
      return false;
  }
}

/** Splits decided character by character, which therefore never depend on the text beyond the cut. */
function charLocal(spec: any): boolean {
  return spec?.type === 'Punctuation' || spec?.type === 'Digits' || spec?.type === 'CharDelimiterSplit';
}

/** The normalizer leaves a space alone and maps no printable ASCII character to anything with a space. */
function spaceStaysAlone(normalizer: NormalizerFn | null): boolean {
  if (!normalizer) return true;
  let ascii = '';
  for (let c = 0x21; c <= 0x7e; c++) ascii += `${String.fromCharCode(c)} `;
  const out = normalizer(Normalized.fromText(ascii));
  // Each character and the space after it must come out as <something without spaces> + one space
  // aligned to that very space.
  let k = 0;
  for (let i = 0; i < ascii.length; i += 2) {
    while (k < out.length && out.starts[k] === i) {
      if (out.cps[k] === 32) return false;
      k++;
    }
    if (k >= out.length || out.cps[k] !== 32 || out.starts[k] !== i + 1 || out.ends[k] !== i + 2) return false;
    k++;
  }
  return k === out.length;
}

/** Segments of about `size` UTF-16 units, each cut before a space as `canSegment` describes. */
export function* segmentsOf(text: string, size: number): Generator<[number, number]> {
  let from = 0;
  while (text.length - from > size) {
    let cut = -1;
    for (let i = text.indexOf(' ', from + size); i > 0 && i + 1 < text.length; i = text.indexOf(' ', i + 1)) {
      if (printable(text.charCodeAt(i - 1)) && printable(text.charCodeAt(i + 1))) {
        cut = i;
        break;
      }
    }
    if (cut < 0) break;
    yield [from, cut];
    from = cut;
  }
  yield [from, text.length];
}

const printable = (u: number) => u > 0x20 && u < 0x7f;
