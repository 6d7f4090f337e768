import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedEngine } from '../src/engine/create-engine';
import type { AskOptions } from '../src/shared/answers';
import { loadFixture } from './helpers/load-fixture';
import { SQUAD_SAMPLE } from './helpers/paths';
import { readFileSync } from 'node:fs';

/**
 * Reading the most relevant windows first must not change the result: same answers, offsets and
 * scores as reading the document front to back, on every backend batch size the app uses.
 */
async function bothOrders(loaded: LoadedEngine, question: string, context: string, options: Partial<AskOptions>) {
  const byRelevance = await loaded.engine.ask(question, context, { ...options, order: 'relevance' });
  const byDocument = await loaded.engine.ask(question, context, { ...options, order: 'document' });
  return { byRelevance, byDocument };
}

/** Each SQuAD article's paragraphs as one document, with its questions: many windows, real wording. */
function squadArticles(): Array<{ context: string; questions: string[] }> {
  const data = JSON.parse(readFileSync(SQUAD_SAMPLE, 'utf8')).data as Array<{
    paragraphs: Array<{ context: string; qas: Array<{ question: string }> }>;
  }>;
  return data.map((a) => ({
    context: a.paragraphs.map((p) => p.context).join('\n\n'),
    questions: a.paragraphs.flatMap((p) => p.qas.slice(0, 1).map((q) => q.question)),
  }));
}

describe('relevance order gives the document-order result', () => {
  // The 200 oracle documents are compared in test/oracle.test.ts, which reads them anyway.
  let tiny: LoadedEngine;
  beforeAll(async () => {
    tiny = await loadFixture('tiny-random', 'fp32');
  });
  afterAll(() => tiny.dispose());

  it('on tiny-random over whole SQuAD articles, batch 1 and batch 4 (as on WebGPU), with heat maps', async () => {
    let compared = 0;
    for (const article of squadArticles()) {
      for (const question of article.questions.slice(0, 6)) {
        for (const options of [{ batchSize: 1 }, { batchSize: 4, firstBatchSize: 1 }]) {
          const { byRelevance, byDocument } = await bothOrders(tiny, question, article.context, {
            ...options,
            heatmap: true,
            allowNull: true,
          });
          expect(byRelevance).toEqual(byDocument);
          expect(byDocument.windowsTotal).toBeGreaterThan(5);
          compared++;
        }
      }
    }
    console.log(`tiny-random: ${compared} question/article/batch runs identical in both orders`);
  });
});
