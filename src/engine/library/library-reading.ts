import type { QaAnswer } from '../../shared/answers';
import { throwIfAborted } from '../../shared/errors';
import type { LibraryAnswer, LibraryResult } from '../../shared/library';
import { answerShares, groupOverlapping } from '../answer-shares';
import { decodeWindow, mergeCandidates, type SpanCandidate } from '../decode';
import { canStopEarly } from '../early-stop';
import type { LogitsRunner } from '../logits-runner';
import type { LibraryPlan } from './library-plan';

interface DocState {
  top: SpanCandidate[];
  nullScore: number;
  nullLogitSum: number;
  read: number;
}

type Ranked = SpanCandidate & { doc: number };

/** Best first; ties by document, then position: a total order, so reading order cannot change the answers. */
const byRank = (a: Ranked, b: Ranked) => b.score - a.score || a.doc - b.doc || a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd;

export interface LibraryHooks {
  signal?: AbortSignal;
  onPartial?: (partial: LibraryResult) => void;
}

/**
 * One question read across a library, windows of all documents interleaved most relevant first.
 * Each document keeps its own running n-best and null score, exactly as a single-document reading
 * (reading.ts) would, so after the last window every document's candidates are what reading it
 * alone gives; answers are then ranked across documents and share one softmax. It can stop when
 * confident (early-stop.ts, over the library's one ranking) and read the rest later.
 */
export class LibraryReading {
  private next = 0;
  private readonly state: DocState[];
  /** When batching, every batch pads to the library's longest window, so logits never depend on the batch. */
  private readonly padTo: number;

  constructor(
    private readonly runner: LogitsRunner,
    readonly plan: LibraryPlan,
  ) {
    this.state = plan.docs.map(() => ({ top: [], nullScore: Infinity, nullLogitSum: Infinity, read: 0 }));
    const batched = Math.max(plan.opts.batchSize, plan.opts.firstBatchSize ?? 0) > 1;
    this.padTo = batched ? Math.max(...plan.docs.flatMap((d) => d.windows.map((w) => w.inputIds.length))) : 0;
  }

  get windowsRead(): number {
    return this.next;
  }

  get finished(): boolean {
    return this.next >= this.plan.order.length;
  }

  async read(hooks: LibraryHooks = {}, stopWhenConfident = this.plan.opts.stopWhenConfident): Promise<LibraryResult> {
    const { opts, docs, order } = this.plan;
    const limit = Math.max(opts.nBest, opts.topK);
    let result = this.summarize(false);
    while (!this.finished) {
      throwIfAborted(hooks.signal);
      const size = Math.max(1, this.next === 0 ? (opts.firstBatchSize ?? opts.batchSize) : opts.batchSize);
      const batch = order.slice(this.next, this.next + size);
      const logits = await this.runner.run(
        batch.map(([d, w]) => docs[d].windows[w]),
        this.plan.padId,
        this.padTo,
      );
      throwIfAborted(hooks.signal);
      this.next += batch.length;
      batch.forEach(([d, w], b) => {
        const doc = docs[d];
        const decoded = decodeWindow(doc.windows[w], logits[b].start, logits[b].end, doc.contextTokens, opts);
        const s = this.state[d];
        s.top = mergeCandidates([s.top, decoded.candidates], limit);
        s.nullScore = Math.min(s.nullScore, decoded.nullScore);
        s.nullLogitSum = Math.min(s.nullLogitSum, decoded.nullLogitSum);
        s.read++;
      });
      const best = this.ranked()[0];
      const stop = stopWhenConfident && this.plan.relevanceInOrder !== null && canStopEarly(this.next, this.plan.relevanceInOrder, best);
      result = this.summarize(stop);
      hooks.onPartial?.(result);
      if (stop) break;
    }
    return result;
  }

  /** The library's n-best: every document's candidates, merged. */
  private ranked(): Ranked[] {
    const { opts } = this.plan;
    return this.state
      .flatMap((s, doc) => s.top.map((c) => ({ ...c, doc })))
      .sort(byRank)
      .slice(0, Math.max(opts.nBest, opts.topK));
  }

  private summarize(stoppedEarly: boolean): LibraryResult {
    const { opts, docs } = this.plan;
    const top = this.ranked();
    const nullScore = Math.min(...this.state.map((s) => s.nullScore));
    const nullLogitSum = Math.min(...this.state.map((s) => s.nullLogitSum));
    const nullLogit = opts.allowNull && Number.isFinite(nullLogitSum) ? nullLogitSum : null;
    const { shares, nullShare } = answerShares(
      top.map((c) => c.startLogit + c.endLogit),
      nullLogit,
    );
    const toAnswer = (i: number): QaAnswer => {
      const c = top[i];
      const { start, end, score, startLogit, endLogit, tokenStart, tokenEnd } = c;
      return {
        text: docs[c.doc].context.slice(start, end),
        start,
        end,
        score,
        share: shares[i],
        startLogit,
        endLogit,
        tokenStart,
        tokenEnd,
      };
    };
    // Spans of different documents never overlap: each document gets its own stretch of offsets.
    const bases: number[] = [];
    docs.forEach((_, i) => bases.push(i === 0 ? 0 : bases[i - 1] + docs[i - 1].context.length + 1));
    const groups = groupOverlapping(top.map((c) => ({ start: bases[c.doc] + c.start, end: bases[c.doc] + c.end })));
    const answers: LibraryAnswer[] = groups.slice(0, opts.topK).map(([lead, ...rest]) => {
      const answer = toAnswer(lead);
      const docId = docs[top[lead].doc].id;
      if (rest.length === 0) return { ...answer, docId };
      const alternatives = rest.map(toAnswer);
      return { ...answer, docId, share: alternatives.reduce((sum, a) => sum + a.share, answer.share), alternatives };
    });
    const nullOdds = Math.log(nullScore) - Math.log(top[0]?.score ?? 0);
    return {
      answers,
      nullShare,
      noAnswer: opts.allowNull && (top.length === 0 || nullOdds > opts.nullThreshold),
      windowsDone: this.next,
      windowsTotal: this.plan.order.length,
      documentsDone: this.state.filter((s, i) => s.read === docs[i].windows.length).length,
      documentsTotal: docs.length,
      stoppedEarly,
      questionTruncated: this.plan.questionTruncated,
      skipped: this.plan.skipped,
    };
  }
}
