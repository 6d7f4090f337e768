import type { WindowOptions } from '../shared/answers';
import type { SpecialIds, Token } from './tokenizer/bert-tokenizer';

export const DEFAULT_WINDOW_OPTIONS: WindowOptions = { maxSeqLength: 384, docStride: 128, maxQueryLength: 64 };

/** One model input: `[CLS] question [SEP] context-slice [SEP]`. */
export interface QaWindow {
  index: number;
  inputIds: number[];
  tokenTypeIds: number[];
  /** Position in `inputIds` of the first context token. */
  contextOffset: number;
  /** Index into the context's token list of the first context token in this window. */
  docStart: number;
  /** Number of context tokens in this window. */
  docLength: number;
  /** For each context token in the window: is this the window where it has the most context? */
  isMaxContext: boolean[];
}

/**
 * Splits a long context into overlapping windows, as the reference BERT SQuAD pipeline does:
 * each window holds up to `maxSeqLength - |q| - 3` context tokens and starts `docStride` tokens after
 * the previous one, so every token appears with generous context on both sides somewhere.
 */
export function buildWindows(
  questionTokens: readonly Token[],
  contextTokens: readonly Token[],
  special: SpecialIds,
  opts: WindowOptions = DEFAULT_WINDOW_OPTIONS,
): QaWindow[] {
  const query = questionTokens.slice(0, opts.maxQueryLength);
  const maxDocTokens = opts.maxSeqLength - query.length - 3;
  if (maxDocTokens < 1) throw new RangeError('maxSeqLength too small for the question');
  if (opts.docStride < 1) throw new RangeError('docStride must be >= 1');

  const spans: Array<{ start: number; length: number }> = [];
  for (let start = 0; start < contextTokens.length;) {
    const length = Math.min(contextTokens.length - start, maxDocTokens);
    spans.push({ start, length });
    if (start + length === contextTokens.length) break;
    start += Math.min(length, opts.docStride);
  }

  const prefix = [special.cls, ...query.map((t) => t.id), special.sep];
  return spans.map((span, index) => {
    const docIds = contextTokens.slice(span.start, span.start + span.length).map((t) => t.id);
    const inputIds = [...prefix, ...docIds, special.sep];
    const tokenTypeIds = inputIds.map((_, i) => (i < prefix.length ? 0 : 1));
    const isMaxContext = docIds.map((_, k) => isMaxContextFor(spans, index, span.start + k));
    return {
      index,
      inputIds,
      tokenTypeIds,
      contextOffset: prefix.length,
      docStart: span.start,
      docLength: span.length,
      isMaxContext,
    };
  });
}

/**
 * A token in several windows is scored only in the window where it has the most context
 * (min of left/right context, ties broken toward longer windows): the seed's `_check_is_max_context`.
 */
export function isMaxContextFor(spans: ReadonlyArray<{ start: number; length: number }>, spanIndex: number, position: number): boolean {
  // Spans are sorted by start, so only neighbours of `spanIndex` can contain `position`.
  let lo = spanIndex;
  while (lo > 0 && spans[lo - 1].start + spans[lo - 1].length > position) lo--;
  let hi = spanIndex;
  while (hi + 1 < spans.length && spans[hi + 1].start <= position) hi++;
  let bestScore = -Infinity;
  let bestIndex = -1;
  for (let i = lo; i <= hi; i++) {
    const span = spans[i];
    const end = span.start + span.length - 1;
    if (position < span.start || position > end) continue;
    const score = Math.min(position - span.start, end - position) + 0.01 * span.length;
    if (bestIndex < 0 || score > bestScore) {
      bestScore = score;
      bestIndex = i;
    }
  }
  return bestIndex === spanIndex;
}
