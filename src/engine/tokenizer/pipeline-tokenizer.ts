import type { AddedTokens } from './added-tokens';
import type { TokenModel } from './models/model';
import { codePointsToString, Normalized } from './normalized-string';
import type { NormalizerFn } from './normalizers/normalizer';
import type { PairLayout } from './pair-layout';
import type { PostProcessing } from './post-processor';
import { trimOffsets } from './post-processor';
import type { PreTokenizerFn } from './pre-tokenizers/pre-tokenizer';
import type { QaTokenizer } from './qa-tokenizer';
import { segmentsOf } from './segments';
import type { Token } from './token';

export interface PipelineParts {
  normalizer: NormalizerFn | null;
  preTokenizer: PreTokenizerFn | null;
  model: TokenModel;
  post: PostProcessing & { layout: PairLayout };
  padId: number;
  /** Non-special added tokens, matched before the model (added-tokens.ts). */
  added?: AddedTokens | null;
  /** The text may be tokenized in segments (segments.ts: only where that gives the same tokens). */
  segmented?: boolean;
}

/**
 * A tokenizer.json pipeline — normalizer, pre-tokenizer, model, post-processor — with the user's
 * UTF-16 offsets carried through every step (normalized-string.ts). Special-token strings in the text are
 * ordinary text on purpose (as in BertTokenizer): user text never injects control tokens.
 */
export class PipelineTokenizer implements QaTokenizer {
  readonly layout: PairLayout;
  readonly padId: number;
  readonly vocabSize: number;
  /**
   * Segment length in UTF-16 units: small enough for the young generation, long enough to be cheap.
   * Tests shrink it so that every space segments.ts allows becomes a cut.
   */
  static segmentUnits = 2048;

  constructor(private readonly parts: PipelineParts) {
    this.layout = parts.post.layout;
    this.padId = parts.padId;
    this.vocabSize = parts.model.vocab.size;
  }

  tokenize(text: string): Token[] {
    const { model, post } = this.parts;
    const out: Token[] = [];
    const spans = this.parts.added?.splitRaw(text);
    if (!spans) this.tokenizeBetween(text, 0, out);
    else
      for (const [from, to, id] of spans) {
        if (id >= 0) out.push({ id, start: from, end: to });
        else this.tokenizeBetween(text.slice(from, to), from, out);
      }
    if (post.trim) trimOffsets(out, model.pieces, post.trim.addPrefixSpace);
    trimWhitespace(out, text);
    return out;
  }

  /** Tokens of text between added tokens, which starts at `origin` in the user's text. */
  private tokenizeBetween(text: string, origin: number, out: Token[]): void {
    if (!this.parts.segmented) this.tokenizePart(text, origin, out);
    else
      for (const [from, to] of segmentsOf(text, PipelineTokenizer.segmentUnits))
        this.tokenizePart(text.slice(from, to), origin + from, out);
  }

  /** Tokens of `part`, which starts at `origin` in the user's text, appended to `out`. */
  private tokenizePart(part: string, origin: number, out: Token[]): void {
    const { normalizer } = this.parts;
    let whole = Normalized.fromText(part, origin);
    if (normalizer) whole = normalizer(whole);
    const spans = this.parts.added?.splitNormalized(whole);
    if (!spans) this.tokenizeNormalized(whole, out);
    else
      for (const [a, b, id] of spans) {
        if (id >= 0) out.push({ id, start: whole.starts[a], end: whole.ends[b - 1] });
        else this.tokenizeNormalized(whole.slice(a, b), out);
      }
  }

  /** Pre-tokenizer and model over normalized text. */
  private tokenizeNormalized(whole: Normalized, out: Token[]): void {
    const { preTokenizer, model } = this.parts;
    const pieces = preTokenizer ? preTokenizer([whole]) : whole.length > 0 ? [whole] : [];
    // One array per part, read from where each piece's triples begin: emptying a shared one
    // (`length = 0`) after every piece was a measurable share of the time.
    const triples: number[] = [];
    for (const piece of pieces) {
      const mark = triples.length;
      model.tokenize(piece.cps, codePointsToString(piece.cps, 0, piece.length), triples);
      for (let k = mark; k < triples.length; k += 3) {
        out.push({ id: triples[k], start: piece.starts[triples[k + 1]], end: piece.ends[triples[k + 2] - 1] });
      }
    }
  }
}

const SPACE = /\p{White_Space}/u;

/**
 * Offsets never begin or end with whitespace: a SentencePiece "▁word" stands for the space before
 * the word, and Hugging Face's offsets cover that space, so answers would start with it. The second
 * intended difference from the reference (the first is the grapheme rule, normalized-string.ts); a token
 * that is only a space becomes empty, at the start of what follows it.
 */
export function trimWhitespace(tokens: Token[], text: string): void {
  for (const t of tokens) {
    while (t.start < t.end && isSpaceAt(text, t.start)) t.start++;
    while (t.end > t.start && isSpaceAt(text, t.end - 1)) t.end--;
  }
}

/** White_Space at a UTF-16 index; ASCII (almost every token edge) without the regex. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]);
}
