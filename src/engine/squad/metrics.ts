import type { SquadMetrics, SquadV1Metrics, SquadV2Metrics, SquadVersion } from '../../shared/squad';
import { exactMatch, f1Score, maxOverGold, normalizeAnswer } from './answer-score';
import type { SquadItem } from './dataset';

/**
 * The official SQuAD evaluation scripts (evaluate-v1.1.py, evaluate-v2.0.py), re-done on top of
 * answer-score.ts; the result types (shared/squad.ts) use the scripts' key names.
 */
type Gold = Pick<SquadItem, 'id' | 'answers'>;

/** v1.1 F1: its f1_score returns 0 whenever nothing overlaps, even when both sides are empty. */
function f1V1(prediction: string, gold: string): number {
  if (!normalizeAnswer(prediction) || !normalizeAnswer(gold)) return 0;
  return f1Score(prediction, gold);
}

/** v2.0 golds: answers that normalise to nothing are dropped; a question left with none expects "". */
export function v2Golds(answers: readonly string[]): string[] {
  const kept = answers.filter((a) => normalizeAnswer(a) !== '');
  return kept.length > 0 ? kept : [''];
}

/** Per-question EM/F1 as the given script computes them (0/1 and [0, 1]). */
export function scoreQuestion(version: SquadVersion, prediction: string, answers: readonly string[]): { exact: number; f1: number } {
  if (version === '1.1') {
    // evaluate-v1.1.py would crash on a question without answers; score it 0 instead.
    if (answers.length === 0) return { exact: 0, f1: 0 };
    return { exact: maxOverGold(exactMatch, prediction, answers), f1: maxOverGold(f1V1, prediction, answers) };
  }
  const golds = v2Golds(answers);
  return { exact: maxOverGold(exactMatch, prediction, golds), f1: maxOverGold(f1Score, prediction, golds) };
}

/** evaluate-v1.1: unanswered questions count as 0 in the total. */
export function evaluateV1(items: readonly Gold[], predictions: Readonly<Record<string, string>>): SquadV1Metrics {
  let em = 0;
  let f1 = 0;
  for (const item of items) {
    const prediction = predictions[item.id];
    if (prediction === undefined) continue;
    const s = scoreQuestion('1.1', prediction, item.answers);
    em += s.exact;
    f1 += s.f1;
  }
  const total = items.length;
  return { exact_match: total ? (100 * em) / total : 0, f1: total ? (100 * f1) / total : 0 };
}

export interface V2Options {
  /** Null odds per id, used as the script's na_probs; without them na_probs are all 0 and best_* is omitted. */
  naProbs?: Readonly<Record<string, number>>;
  /** The script's --na-prob-thresh (default 1.0): above it a question counts as answered "no answer". */
  naProbThresh?: number;
}

/** evaluate-v2.0, including apply_no_ans_threshold and find_best_thresh. Missing predictions are skipped. */
export function evaluateV2(items: readonly Gold[], predictions: Readonly<Record<string, string>>, opts: V2Options = {}): SquadV2Metrics {
  const thresh = opts.naProbThresh ?? 1.0;
  const naProb = (id: string) => opts.naProbs?.[id] ?? 0;
  // has-answer comes from the raw answers list, as make_qid_to_has_ans does (not from is_impossible).
  const hasAns = new Map(items.map((it) => [it.id, it.answers.length > 0]));
  const raw = new Map<string, { exact: number; f1: number }>();
  for (const item of items) {
    const prediction = predictions[item.id];
    if (prediction !== undefined) raw.set(item.id, scoreQuestion('2.0', prediction, item.answers));
  }
  const thresholded = new Map<string, { exact: number; f1: number }>();
  for (const [id, s] of raw) {
    const noAns = naProb(id) > thresh ? Number(!hasAns.get(id)) : null;
    thresholded.set(id, noAns === null ? s : { exact: noAns, f1: noAns });
  }
  const summary = (ids: readonly string[]) => {
    const total = ids.length;
    let exact = 0;
    let f1 = 0;
    for (const id of ids) {
      const s = thresholded.get(id);
      if (!s) throw new Error(`No prediction for ${id}`); // the script raises KeyError here too
      exact += s.exact;
      f1 += s.f1;
    }
    return { exact: total ? (100 * exact) / total : 0, f1: total ? (100 * f1) / total : 0, total };
  };
  const out: SquadV2Metrics = summary([...thresholded.keys()]);
  const hasIds = items.filter((it) => hasAns.get(it.id)).map((it) => it.id);
  const noIds = items.filter((it) => !hasAns.get(it.id)).map((it) => it.id);
  if (hasIds.length) {
    const s = summary(hasIds);
    Object.assign(out, { HasAns_exact: s.exact, HasAns_f1: s.f1, HasAns_total: s.total });
  }
  if (noIds.length) {
    const s = summary(noIds);
    Object.assign(out, { NoAns_exact: s.exact, NoAns_f1: s.f1, NoAns_total: s.total });
  }
  if (opts.naProbs) {
    const ctx = { items, predictions, naProbs: opts.naProbs, hasAns };
    const e = findBestThresh(ctx, new Map([...raw].map(([id, s]) => [id, s.exact])));
    const f = findBestThresh(ctx, new Map([...raw].map(([id, s]) => [id, s.f1])));
    Object.assign(out, { best_exact: e.score, best_exact_thresh: e.thresh, best_f1: f.score, best_f1_thresh: f.thresh });
  }
  return out;
}

interface ThreshContext {
  items: readonly Gold[];
  predictions: Readonly<Record<string, string>>;
  naProbs: Readonly<Record<string, number>>;
  hasAns: ReadonlyMap<string, boolean>;
}

/**
 * find_best_thresh: start from "answer nothing" (every no-answer question right), then, in order
 * of increasing na_prob, switch each question to its prediction and keep the best running score.
 * Python's sort is stable over the na_probs dict's order, so ties keep dataset order here too.
 */
export function findBestThresh(ctx: ThreshContext, scores: ReadonlyMap<string, number>): { score: number; thresh: number } {
  let cur = 0;
  for (const v of ctx.hasAns.values()) if (!v) cur++;
  let best = cur;
  let thresh = 0;
  const ids = ctx.items.map((it) => it.id).filter((id) => id in ctx.naProbs);
  ids.sort((a, b) => ctx.naProbs[a] - ctx.naProbs[b]);
  for (const id of ids) {
    const s = scores.get(id);
    if (s === undefined) continue;
    const diff = ctx.hasAns.get(id) ? s : ctx.predictions[id] ? -1 : 0;
    cur += diff;
    if (cur > best) {
      best = cur;
      thresh = ctx.naProbs[id];
    }
  }
  return { score: scores.size ? (100 * best) / scores.size : 0, thresh };
}

export function evaluate(
  version: SquadVersion,
  items: readonly Gold[],
  predictions: Readonly<Record<string, string>>,
  opts: V2Options = {},
): SquadMetrics {
  return version === '1.1' ? evaluateV1(items, predictions) : evaluateV2(items, predictions, opts);
}
