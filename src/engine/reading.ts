import type { AskOptions, QaAnswer, QaResult, TokenHeatmap } from '../shared/answers';
import { throwIfAborted } from '../shared/errors';
import { decodeWindow, mergeCandidates, type SpanCandidate, type WindowDecode } from './decode';
import { answerShares, groupOverlapping } from './answer-shares';
import { canStopEarly } from './early-stop';
import type { LogitsRunner } from './logits-runner';
import type { Token } from './tokenizer/token';
import type { QaWindow } from './windows';

export interface AskHooks {
  signal?: AbortSignal;
  /** Called after every batch with the best answers so far (long documents answer progressively). */
  onPartial?: (partial: QaResult) => void;
}

export interface ReadingPlan {
  context: string;
  contextTokens: readonly Token[];
  windows: readonly QaWindow[];
  /** Window indexes in the order they are read. */
  order: readonly number[];
  /** BM25 score of each window in `order`'s order (descending when reading by relevance). */
  relevanceInOrder: readonly number[] | null;
  questionTruncated: boolean;
  opts: AskOptions;
  padId: number;
}

/**
 * One question being read over one document: a running n-best and null score (so long documents
 * cost O(windows), not O(windows²)), that can stop when confident and later resume where it
 * stopped, never reading a window twice. Candidates are totally ordered (decode.ts), so the answers
 * do not depend on the reading order.
 */
export class QaReading {
  private next = 0;
  private top: SpanCandidate[] = [];
  private nullScore = Infinity;
  private nullLogitSum = Infinity;
  private readonly heatmap: TokenHeatmap | undefined;
  /**
   * When batching, every batch pads to the document's longest window, so a window's logits never
   * depend on which windows share its batch (reading order changes that). 0: each window runs alone.
   */
  private readonly padTo: number;

  constructor(
    private readonly runner: LogitsRunner,
    /** What is read, and in which order (also where an evaluation looks up the gold window). */
    readonly plan: ReadingPlan,
  ) {
    const { opts, contextTokens, windows } = plan;
    this.heatmap = opts.heatmap
      ? {
          offsets: contextTokens.flatMap((t) => [t.start, t.end]),
          start: new Array(contextTokens.length).fill(0),
          end: new Array(contextTokens.length).fill(0),
        }
      : undefined;
    const batched = Math.max(opts.batchSize, opts.firstBatchSize ?? 0) > 1;
    this.padTo = batched ? Math.max(...windows.map((w) => w.inputIds.length)) : 0;
  }

  /** Windows read so far, over every call to read(). */
  get windowsRead(): number {
    return this.next;
  }

  get finished(): boolean {
    return this.next >= this.plan.order.length;
  }

  /** Reads on from where the last call stopped; `stopWhenConfident` may end it early again. */
  async read(hooks: AskHooks = {}, stopWhenConfident = this.plan.opts.stopWhenConfident): Promise<QaResult> {
    const { opts, windows, order } = this.plan;
    let result = this.summarize(false);
    while (!this.finished) {
      throwIfAborted(hooks.signal);
      const size = Math.max(1, this.next === 0 ? (opts.firstBatchSize ?? opts.batchSize) : opts.batchSize);
      const batch = order.slice(this.next, this.next + size).map((i) => windows[i]);
      const logits = await this.runner.run(batch, this.plan.padId, this.padTo);
      throwIfAborted(hooks.signal);
      this.next += batch.length;
      const fresh = batch.map((w, b) => decodeWindow(w, logits[b].start, logits[b].end, this.plan.contextTokens, opts));
      this.top = mergeCandidates([this.top, ...fresh.map((d) => d.candidates)], Math.max(opts.nBest, opts.topK));
      for (const d of fresh) {
        this.nullScore = Math.min(this.nullScore, d.nullScore);
        this.nullLogitSum = Math.min(this.nullLogitSum, d.nullLogitSum);
      }
      if (this.heatmap) fresh.forEach((d, b) => fillHeatmap(this.heatmap!, batch[b], d));
      const stop =
        stopWhenConfident && this.plan.relevanceInOrder !== null && canStopEarly(this.next, this.plan.relevanceInOrder, this.top[0]);
      result = this.summarize(stop);
      hooks.onPartial?.(result);
      if (stop) break;
    }
    if (this.heatmap) result.heatmap = this.heatmap;
    return result;
  }

  private summarize(stoppedEarly: boolean): QaResult {
    const { opts, context } = this.plan;
    const nullLogit = opts.allowNull && Number.isFinite(this.nullLogitSum) ? this.nullLogitSum : null;
    const { shares, nullShare } = answerShares(
      this.top.map((c) => c.startLogit + c.endLogit),
      nullLogit,
    );
    const toAnswer = (i: number): QaAnswer => {
      const c = this.top[i];
      return {
        text: context.slice(c.start, c.end),
        start: c.start,
        end: c.end,
        score: c.score,
        share: shares[i],
        startLogit: c.startLogit,
        endLogit: c.endLogit,
        tokenStart: c.tokenStart,
        tokenEnd: c.tokenEnd,
      };
    };
    const answers = groupOverlapping(this.top)
      .slice(0, opts.topK)
      .map(([lead, ...rest]) => {
        const answer = toAnswer(lead);
        if (rest.length === 0) return answer;
        const alternatives = rest.map(toAnswer);
        return { ...answer, share: alternatives.reduce((sum, a) => sum + a.share, answer.share), alternatives };
      });
    const nullOdds = Math.log(this.nullScore) - Math.log(this.top[0]?.score ?? 0);
    return {
      answers,
      nullScore: this.nullScore,
      nullOdds,
      noAnswer: opts.allowNull && (this.top.length === 0 || nullOdds > opts.nullThreshold),
      nullShare,
      windowsDone: this.next,
      windowsTotal: this.plan.order.length,
      stoppedEarly,
      questionTruncated: this.plan.questionTruncated,
    };
  }
}

function fillHeatmap(heatmap: TokenHeatmap, win: QaWindow, d: WindowDecode): void {
  win.isMaxContext.forEach((isMax, k) => {
    if (!isMax) return;
    heatmap.start[win.docStart + k] = d.startProbs[k];
    heatmap.end[win.docStart + k] = d.endProbs[k];
  });
}
