import type { WindowOptions } from '../shared/answers';
import type { Token } from './tokenizer/token';
import { specialCount, type PairLayout } from './tokenizer/pair-layout';

export const DEFAULT_WINDOW_OPTIONS: WindowOptions = { maxSeqLength: 384, docStride: 128, strideMode: 'overlap', maxQueryLength: 64 };

/** One model input: the tokenizer's pair layout around the question and a slice of the context, e.g. `[CLS] q [SEP] c [SEP]`. */
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
 * Splits a long context into overlapping windows. Each holds up to `maxSeqLength - |q| - specials` context
 * tokens; consecutive windows share `docStride` tokens ('overlap', Hugging Face's pipeline) or start
 * `docStride` tokens apart ('step', the seed's utils_squad.py), so every token appears with context
 * on both sides somewhere, and max-context scoring picks where it counts.
 */
export function buildWindows(
  questionTokens: readonly Token[],
  contextTokens: readonly Token[],
  layout: PairLayout,
  opts: WindowOptions = DEFAULT_WINDOW_OPTIONS,
): QaWindow[] {
  const query = questionTokens.slice(0, opts.maxQueryLength);
  const maxDocTokens = opts.maxSeqLength - query.length - specialCount(layout);
  if (maxDocTokens < 1) throw new RangeError('maxSeqLength too small for the question');
  if (opts.docStride < 1) throw new RangeError('docStride must be >= 1');
  // An overlap as large as the window would never move on; Hugging Face refuses it, we step by one.
  const step = opts.strideMode === 'step' ? opts.docStride : Math.max(1, maxDocTokens - opts.docStride);

  const spans: Array<{ start: number; length: number }> = [];
  const n = contextTokens.length;
  for (let start = 0; start < n;) {
    // Overlap mode ends on a full window, aligned to the document's end: a short last window would
    // lose max-context ties (min(left, right) + 0.01·length) to its longer neighbour for tokens near
    // the end, so a span starting there and ending in the last window could be scored nowhere.
    if (opts.strideMode === 'overlap' && start > 0 && start + maxDocTokens > n) start = Math.max(0, n - maxDocTokens);
    const length = Math.min(n - start, maxDocTokens);
    spans.push({ start, length });
    if (start + length === n) break;
    start += Math.min(length, step);
  }

  const prefix = [...layout.prefix, ...query.map((t) => t.id), ...layout.middle];
  const prefixTypes = [...layout.prefixTypes, ...query.map(() => layout.questionType), ...layout.middleTypes];
  return spans.map((span, index) => {
    const docIds = contextTokens.slice(span.start, span.start + span.length).map((t) => t.id);
    const inputIds = [...prefix, ...docIds, ...layout.suffix];
    const tokenTypeIds = [...prefixTypes, ...docIds.map(() => layout.contextType), ...layout.suffixTypes];
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
