import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLayoutCorpus } from '../scripts/fixtures/layout-corpus';
import { aggregate, corpusEntries, readOurs } from '../scripts/eval/layout';
import { scoreLayout, type LayoutScore } from '../scripts/eval/layout-score';

/**
 * The layout corpus (scripts/fixtures/layout-corpus.ts, ≥ 30 pages printed by Chromium and drawn
 * by pdf-lib) read by our PDF path: every layout class holds its reading-order scores above floors
 * set from `npm run eval:layout` (BENCHMARKS.md: 1.000 sentence fidelity on every class, 0.998
 * exact overall, 0.999 word order), with a little room for a font or printer change.
 */
const FLOOR = { sentences: 0.98, unbroken: 0.95, wordOrder: 0.97 };
const OVERALL = { sentences: 0.99, unbroken: 0.98, wordOrder: 0.99 };

const byClass = new Map<string, LayoutScore[]>();

beforeAll(async () => {
  await ensureLayoutCorpus();
  for (const entry of corpusEntries()) {
    const scores = byClass.get(entry.layout) ?? [];
    scores.push(scoreLayout(await readOurs(entry), entry));
    byClass.set(entry.layout, scores);
  }
}, 120_000);

describe('layout corpus: reading order against the source text', () => {
  it('covers at least 30 pages over the layout classes of issue 22', () => {
    expect(byClass.size).toBeGreaterThanOrEqual(15);
    expect([...byClass.keys()]).toEqual(
      expect.arrayContaining(['3 columns', 'title + abstract', 'tables', 'running headers', 'two-page letter', 'sidebar']),
    );
  });

  it('keeps every class above its floor', () => {
    const below = [...byClass].flatMap(([name, scores]) => {
      const agg = aggregate(scores);
      return (Object.keys(FLOOR) as (keyof typeof FLOOR)[])
        .filter((k) => agg[k] < FLOOR[k])
        .map((k) => `${name} ${k} ${agg[k].toFixed(3)}`);
    });
    expect(below).toEqual([]);
  });

  it('reads at least 99% of all sentences contiguous and in order', () => {
    const all = aggregate([...byClass.values()].flat());
    for (const k of Object.keys(OVERALL) as (keyof typeof OVERALL)[]) expect(all[k], k).toBeGreaterThanOrEqual(OVERALL[k]);
  });
});
