import type { AskOptions } from '../../shared/answers';
import { throwIfAborted, toQaError } from '../../shared/errors';
import type { SquadEvalRequest, SquadEvalResult, SquadMiss, SquadProgressFn } from '../../shared/squad';
import type { QaEngine } from '../qa-engine';
import type { SquadDataset } from './dataset';
import { evaluate, scoreQuestion } from './metrics';
import { goldReadingPosition, summarizeRetrieval, type GoldPosition } from './retrieval';
import { wholeArticles } from './whole-article';

export interface SquadEvalOptions extends SquadEvalRequest {
  signal?: AbortSignal;
  onProgress?: SquadProgressFn;
}

/**
 * JSON has no Infinity/NaN (JSON.stringify writes null, which the Python script cannot compare), so
 * null odds are kept finite: with no span candidate at all the odds are +Infinity → "surely no answer".
 */
export const MAX_NULL_ODDS = 1e6;
function finiteOdds(x: number): number {
  if (Number.isNaN(x)) return MAX_NULL_ODDS;
  return Math.max(-MAX_NULL_ODDS, Math.min(MAX_NULL_ODDS, x));
}

/**
 * Runs every question through engine.ask, exactly as the app answers a user, and scores the answers
 * with the official SQuAD semantics. Items stay in file order (grouped by paragraph) so the engine
 * tokenizes each context once. Cancellable between and within questions.
 */
export async function runSquadEval(engine: QaEngine, file: SquadDataset, opts: SquadEvalOptions = {}): Promise<SquadEvalResult> {
  const dataset = opts.wholeArticle ? wholeArticles(file) : file;
  const items = opts.limit && opts.limit > 0 ? dataset.items.slice(0, opts.limit) : dataset.items;
  const v2 = dataset.version === '2.0';
  // Whole articles report where the gold window is read by relevance; the answers are the same in either order.
  const askOptions: Partial<AskOptions> = {
    topK: 1,
    ...opts.askOptions,
    allowNull: v2,
    ...(opts.wholeArticle ? { order: 'relevance' } : {}),
  };
  const predictions: Record<string, string> = {};
  const nullOdds: Record<string, number> = {};
  const spans = new Map<string, { start: number; end: number }>();
  const goldPositions: GoldPosition[] = [];
  const started = Date.now();
  opts.onProgress?.(0, items.length, null);
  for (let i = 0; i < items.length; i++) {
    throwIfAborted(opts.signal);
    const item = items[i];
    try {
      const reading = engine.startReading(item.question, item.context, askOptions);
      const result = await reading.read({ signal: opts.signal });
      const gold =
        opts.wholeArticle && !item.isImpossible && item.answerStarts[0] >= 0
          ? goldReadingPosition(reading.plan, item.answerStarts[0])
          : null;
      if (gold) goldPositions.push(gold);
      const best = result.noAnswer ? undefined : result.answers[0];
      predictions[item.id] = best?.text ?? '';
      nullOdds[item.id] = finiteOdds(result.nullOdds);
      spans.set(item.id, best ? { start: best.start, end: best.end } : { start: -1, end: -1 });
    } catch (e) {
      const err = toQaError(e);
      // A blank question or context in the file is the dataset's problem, not a reason to stop.
      if (err.code !== 'EMPTY_QUESTION' && err.code !== 'EMPTY_CONTEXT') throw err;
      predictions[item.id] = '';
      nullOdds[item.id] = MAX_NULL_ODDS;
      spans.set(item.id, { start: -1, end: -1 });
    }
    const done = i + 1;
    const elapsed = Date.now() - started;
    opts.onProgress?.(done, items.length, Math.round((elapsed / done) * (items.length - done)));
  }
  const metrics = evaluate(dataset.version, items, predictions, v2 ? { naProbs: nullOdds } : {});
  const retrieval = opts.wholeArticle ? summarizeRetrieval(goldPositions) : undefined;
  const misses: SquadMiss[] = [];
  for (const item of items) {
    const predicted = predictions[item.id];
    if (scoreQuestion(dataset.version, predicted, item.answers).exact === 1) continue;
    const { start, end } = spans.get(item.id)!;
    misses.push({ id: item.id, question: item.question, gold: item.answers, predicted, start, end, context: item.context });
  }
  return { version: dataset.version, predictions, nullOdds, metrics, misses, elapsedMs: Date.now() - started, retrieval };
}
