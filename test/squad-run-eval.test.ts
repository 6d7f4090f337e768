import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedEngine } from '../src/engine/create-engine';
import { parseSquad, type SquadDataset } from '../src/engine/squad/dataset';
import { runSquadEval } from '../src/engine/squad/run-eval';
import { loadFixture } from './helpers/load-fixture';
import { readFileSync } from 'node:fs';
import { SQUAD_SAMPLE } from './helpers/paths';

/** runSquadEval in Node on the real sample, with the oracle fixture (fast, deterministic). */
describe('runSquadEval', () => {
  let loaded: LoadedEngine;
  let sample: SquadDataset;
  beforeAll(async () => {
    loaded = await loadFixture('oracle', 'q8');
    sample = parseSquad(readFileSync(SQUAD_SAMPLE, 'utf8'));
  });
  afterAll(() => loaded.dispose());

  it('whole articles: every question over its article, with the gold window read position of each answerable one', async () => {
    const result = await runSquadEval(loaded.engine, sample, { limit: 30, wholeArticle: true });
    const slice = sample.items.slice(0, 30);
    const answerable = slice.filter((i) => !i.isImpossible).length;
    expect(Object.keys(result.predictions)).toEqual(slice.map((i) => i.id));
    expect(result.retrieval).toMatchObject({ questions: answerable });
    expect(result.retrieval!.meanWindows).toBeGreaterThan(10); // the first article, not a paragraph
    for (const r of [result.retrieval!.relevance, result.retrieval!.document]) expect(r.r1).toBeLessThanOrEqual(r.r10);
    const articleText = [...new Set(sample.items.filter((i) => i.article === 0).map((i) => i.context))].join('\n\n');
    for (const m of result.misses) expect(m.context).toBe(articleText);
    expect((await runSquadEval(loaded.engine, sample, { limit: 3 })).retrieval).toBeUndefined();
  });

  it('predicts every id of the slice, with finite null odds and v2.0 metrics', async () => {
    const progress: Array<[number, number]> = [];
    const result = await runSquadEval(loaded.engine, sample, { limit: 12, onProgress: (d, t) => progress.push([d, t]) });
    const ids = sample.items.slice(0, 12).map((i) => i.id);
    expect(Object.keys(result.predictions)).toEqual(ids);
    expect(Object.keys(result.nullOdds)).toEqual(ids);
    expect(Object.values(result.nullOdds).every(Number.isFinite)).toBe(true);
    expect(progress[0]).toEqual([0, 12]);
    expect(progress.at(-1)).toEqual([12, 12]);
    expect(result.metrics).toHaveProperty('total', 12);
    expect(result.metrics).toHaveProperty('best_f1_thresh');
    // Each miss points at the predicted span of its own paragraph (or -1 for "no answer").
    for (const m of result.misses) {
      expect(ids).toContain(m.id);
      if (m.predicted) expect(m.context.slice(m.start, m.end)).toBe(m.predicted);
      else expect([m.start, m.end]).toEqual([-1, -1]);
    }
  });

  it('scores a v1.1 dataset with exact_match/f1 and no null answers', async () => {
    const context = 'The big zebra ran past the omega sign.';
    const ds: SquadDataset = {
      version: '1.1',
      items: [
        {
          id: 'hit',
          question: 'What ran?',
          context,
          answers: ['zebra ran past the omega'],
          answerStarts: [8],
          article: 0,
          isImpossible: false,
        },
        { id: 'miss', question: 'What sign?', context, answers: ['big'], answerStarts: [4], article: 0, isImpossible: false },
      ],
    };
    const result = await runSquadEval(loaded.engine, ds);
    expect(result.predictions).toEqual({ hit: 'zebra ran past the omega', miss: 'zebra ran past the omega' });
    expect(result.metrics).toEqual({ exact_match: 50, f1: 50 });
    expect(result.misses.map((m) => [m.id, m.start, m.end])).toEqual([['miss', 8, 32]]);
  });

  it('stops with ABORTED when the signal fires', async () => {
    const controller = new AbortController();
    const run = runSquadEval(loaded.engine, sample, {
      signal: controller.signal,
      onProgress: (done) => done === 3 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
