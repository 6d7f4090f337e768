import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedEngine } from '../src/engine/create-engine';
import { parseSquad } from '../src/engine/squad/dataset';
import { goldReadingPosition, summarizeRetrieval } from '../src/engine/squad/retrieval';
import { wholeArticles } from '../src/engine/squad/whole-article';
import type { StrideMode } from '../src/shared/answers';
import { loadFixture } from './helpers/load-fixture';
import { SQUAD_SAMPLE } from './helpers/paths';

/**
 * Whole-article SQuAD (the sample's 3 articles, every answerable question over its whole article):
 * how soon the window holding the gold answer is read. Only the tokenizer and BM25 are involved,
 * no model run, so this is the retrieval figure `npm run eval -- --whole-article` reports too.
 */
describe('relevance order on whole SQuAD articles', () => {
  let loaded: LoadedEngine;
  beforeAll(async () => {
    loaded = await loadFixture('tiny-random', 'fp32');
  });
  afterAll(() => loaded.dispose());

  it.each<[StrideMode, number]>([
    ['overlap', 0.95],
    ['step', 0.85],
  ])('%s: R@5 >= %d, well ahead of document order', (strideMode, minR5) => {
    const dataset = wholeArticles(parseSquad(readFileSync(SQUAD_SAMPLE, 'utf8')));
    const positions = dataset.items
      .filter((i) => !i.isImpossible)
      .map((item) => goldReadingPosition(loaded.engine.planReading(item.question, item.context, { strideMode }), item.answerStarts[0]))
      .filter((at) => at !== null);
    const s = summarizeRetrieval(positions);
    const row = (r: typeof s.relevance) =>
      `R@1 ${r.r1.toFixed(3)} R@3 ${r.r3.toFixed(3)} R@5 ${r.r5.toFixed(3)} R@10 ${r.r10.toFixed(3)} median ${r.median}`;
    console.log(
      `${strideMode}: ${s.questions} questions, ${s.meanWindows.toFixed(1)} windows each\n  relevance: ${row(s.relevance)}\n  document:  ${row(s.document)}`,
    );
    expect(s.questions).toBeGreaterThan(450);
    // Step windows are twice as many and overlap more, so the gold one competes with its neighbours.
    expect(s.relevance.r5).toBeGreaterThanOrEqual(minR5);
    expect(s.relevance.median).toBeLessThan(s.document.median);
  });
});
