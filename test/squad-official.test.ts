import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSquad, sliceSquadText } from '../src/engine/squad/dataset';
import { evaluateV2 } from '../src/engine/squad/metrics';
import { runSquadEval } from '../src/engine/squad/run-eval';
import { loadFixture } from './helpers/load-fixture';
import { ROOT, SQUAD_SAMPLE } from './helpers/paths';
import { BEST_THRESH_CASE } from './helpers/squad-cases';
import { rng } from './helpers/synthetic';

/**
 * Cross-checks our metrics against scripts/eval/official_eval.py, an independent Python
 * re-implementation of evaluate-v2.0 that uses Python's own string handling, on real predictions.
 */
const SCRIPT = resolve(ROOT, 'scripts/eval/official_eval.py');
let dir: string;

function officialEval(data: unknown, preds: Record<string, string>, naProbs?: Record<string, number>): Record<string, number> {
  const files = { data: join(dir, 'data.json'), pred: join(dir, 'predictions.json'), na: join(dir, 'null_odds.json') };
  writeFileSync(files.data, typeof data === 'string' ? data : JSON.stringify(data));
  writeFileSync(files.pred, JSON.stringify(preds));
  const args = [SCRIPT, files.data, files.pred];
  if (naProbs) {
    writeFileSync(files.na, JSON.stringify(naProbs));
    args.push('--na-prob-file', files.na);
  }
  const run = spawnSync('python3', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`official_eval.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function expectSameMetrics(ours: object, theirs: Record<string, number>): void {
  expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
  for (const [k, v] of Object.entries(theirs)) expect((ours as Record<string, number>)[k], k).toBeCloseTo(v, 2);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'squad-official-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('official_eval.py agrees with our metrics', () => {
  it('on the hand-worked best-threshold case', () => {
    const { items, predictions, naProbs, expected } = BEST_THRESH_CASE;
    const data = {
      version: 'v2.0',
      data: [
        {
          title: 't',
          paragraphs: [
            {
              context: 'c',
              qas: items.map((it) => ({ id: it.id, question: '?', answers: it.answers.map((text) => ({ text, answer_start: 0 })) })),
            },
          ],
        },
      ],
    };
    expectSameMetrics(expected, officialEval(data, predictions, naProbs));
  });

  it('on varied synthetic predictions for all 950 questions (null-odds ties included)', () => {
    const text = readFileSync(SQUAD_SAMPLE, 'utf8');
    const { items } = parseSquad(text);
    const rand = rng(7);
    const preds: Record<string, string> = {};
    const odds: Record<string, number> = {};
    for (const it of items) {
      const gold = it.answers[Math.floor(rand() * it.answers.length)] ?? '';
      const words = it.context.split(' ');
      const r = rand();
      // Right answers, half-right ones, Unicode-punctuated ones, wrong spans and "no answer".
      if (r < 0.3) preds[it.id] = gold;
      else if (r < 0.45) preds[it.id] = `the ${gold} ${words[Math.floor(rand() * words.length)]}`;
      else if (r < 0.55) preds[it.id] = `\u201c${gold}\u201d.`;
      else if (r < 0.8) preds[it.id] = words.slice(0, 1 + Math.floor(rand() * 4)).join(' ');
      else preds[it.id] = '';
      // Odds loosely tied to being answerable (so a best threshold exists); coarse, so they tie,
      // and find_best_thresh then depends on the (stable) sort order.
      const lean = it.answers.length ? -1.5 : 1.5;
      odds[it.id] = Math.round((lean + rand() * 6 - 3) * 2) / 2;
    }
    const ours = evaluateV2(items, preds, { naProbs: odds });
    const theirs = officialEval(text, preds, odds);
    console.log('synthetic ours  ', JSON.stringify(ours));
    expect(theirs.best_exact_thresh).not.toBe(0);
    expectSameMetrics(ours, theirs);
  });

  it('on tiny-random predictions for the first 200 questions of the sample', async () => {
    const text = readFileSync(SQUAD_SAMPLE, 'utf8');
    const loaded = await loadFixture('tiny-random', 'q8');
    try {
      const result = await runSquadEval(loaded.engine, parseSquad(text), { limit: 200 });
      expect(Object.keys(result.predictions)).toHaveLength(200);
      const theirs = officialEval(sliceSquadText(text, 200), result.predictions, result.nullOdds);
      console.log('ours  ', JSON.stringify(result.metrics));
      console.log('python', JSON.stringify(theirs));
      expectSameMetrics(result.metrics, theirs);
      // Without null odds the script applies no threshold: check that path too.
      const plain = officialEval(sliceSquadText(text, 200), result.predictions);
      expect(result.misses.length).toBe(Math.round(200 - (plain.exact * 200) / 100));
    } finally {
      await loaded.dispose();
    }
  });
});
