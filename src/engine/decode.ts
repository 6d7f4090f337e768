import type { DecodeOptions } from '../shared/answers';
import type { Token } from './tokenizer/token';
import type { QaWindow } from './windows';

export const DEFAULT_DECODE_OPTIONS: DecodeOptions = { nBest: 20, maxAnswerLength: 30 };

export interface SpanCandidate {
  /** UTF-16 offsets into the context; the answer text is context.slice(start, end). */
  start: number;
  end: number;
  /** p(start) * p(end), each a softmax over [CLS] + this window's context tokens. */
  score: number;
  startLogit: number;
  endLogit: number;
  window: number;
  tokenStart: number;
  tokenEnd: number;
}

export interface WindowDecode {
  candidates: SpanCandidate[];
  /** p(start=[CLS]) * p(end=[CLS]) in this window: the SQuAD 2.0 "no answer" score. */
  nullScore: number;
  /** start + end logit of [CLS]: the null answer's entry in the document-wide share (answer-shares.ts). */
  nullLogitSum: number;
  /** Softmax probabilities of each context token in the window being the start / end. */
  startProbs: Float32Array;
  endProbs: Float32Array;
}

/**
 * Scores the spans of one window. Probabilities are normalised over [CLS] and the window's context
 * tokens only (question and separators are masked), as the Hugging Face pipeline does, so scores from
 * different windows are comparable.
 */
export function decodeWindow(
  win: QaWindow,
  startLogits: ArrayLike<number>,
  endLogits: ArrayLike<number>,
  contextTokens: readonly Token[],
  opts: DecodeOptions = DEFAULT_DECODE_OPTIONS,
): WindowDecode {
  const n = win.docLength;
  const off = win.contextOffset;
  const startProbs = new Float32Array(n);
  const endProbs = new Float32Array(n);
  const sNull = maskedSoftmax(startLogits, off, n, startProbs);
  const eNull = maskedSoftmax(endLogits, off, n, endProbs);

  // As the seed's write_predictions: the n best start/end indexes over the whole window (question
  // and separators included), then invalid ones dropped. Only if that leaves no span at all (a model
  // that favours question tokens) do we retry with the n best context tokens, so we always answer.
  const spans = (pool: 'sequence' | 'context') => {
    const from = pool === 'sequence' ? 0 : off;
    const len = pool === 'sequence' ? win.inputIds.length : n;
    const starts = topIndices(startLogits, from, len, opts.nBest).map((i) => i + from - off);
    const ends = topIndices(endLogits, from, len, opts.nBest).map((i) => i + from - off);
    const out: SpanCandidate[] = [];
    for (const s of starts) {
      if (s < 0 || s >= n || !win.isMaxContext[s]) continue;
      for (const e of ends) {
        if (e < s || e >= n || e - s + 1 > opts.maxAnswerLength) continue;
        const first = contextTokens[win.docStart + s];
        const last = contextTokens[win.docStart + e];
        out.push({
          start: first.start,
          end: last.end,
          score: startProbs[s] * endProbs[e],
          startLogit: startLogits[off + s],
          endLogit: endLogits[off + e],
          window: win.index,
          tokenStart: win.docStart + s,
          tokenEnd: win.docStart + e,
        });
      }
    }
    return out;
  };
  let candidates = spans('sequence');
  if (candidates.length === 0) candidates = spans('context');
  return { candidates, nullScore: sNull * eNull, nullLogitSum: startLogits[0] + endLogits[0], startProbs, endProbs };
}

/** Softmax over logits[0] ([CLS]) and logits[off .. off+n); writes the context part, returns p(CLS). */
function maskedSoftmax(logits: ArrayLike<number>, off: number, n: number, out: Float32Array): number {
  let max = logits[0];
  for (let i = 0; i < n; i++) max = Math.max(max, logits[off + i]);
  const cls = Math.exp(logits[0] - max);
  let sum = cls;
  for (let i = 0; i < n; i++) {
    const v = Math.exp(logits[off + i] - max);
    out[i] = v;
    sum += v;
  }
  for (let i = 0; i < n; i++) out[i] /= sum;
  return cls / sum;
}

/** Indices (relative to `off`) of the k largest logits in logits[off .. off+n), best first. */
function topIndices(logits: ArrayLike<number>, off: number, n: number, k: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => logits[off + b] - logits[off + a] || a - b);
  return idx.slice(0, k);
}

/**
 * Best first; equal scores by position. A total order, so the n-best of a document is the same
 * whatever order its windows are read in (each token span is scored in exactly one window).
 */
const byRank = (a: SpanCandidate, b: SpanCandidate) => b.score - a.score || a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd;

/** Merges per-window candidates into the overall n-best: best score first, one entry per char span. */
export function mergeCandidates(perWindow: readonly SpanCandidate[][], limit: number): SpanCandidate[] {
  const all = perWindow.flat().sort(byRank);
  const seen = new Set<string>();
  const out: SpanCandidate[] = [];
  for (const c of all) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}
