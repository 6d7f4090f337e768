import { describe, expect, it } from 'vitest';
import { canonicalTokenizer } from '../../test/helpers/paths';
import type { LogitsRunner, WindowLogits } from './logits-runner';
import { QaEngine } from './qa-engine';
import type { QaWindow } from './windows';

const tok = canonicalTokenizer();
const [START] = tok.tokenize('zebra').map((t) => t.id);
const [END] = tok.tokenize('omega').map((t) => t.id);

/** A model-free runner whose logits peak on two token ids: lets engine logic be tested without ORT. */
class MarkerRunner implements LogitsRunner {
  calls: number[] = [];
  async run(windows: readonly QaWindow[]): Promise<WindowLogits[]> {
    this.calls.push(windows.length);
    return windows.map((w) => ({
      start: Float32Array.from(w.inputIds, (id) => (id === START ? 10 : 0)),
      end: Float32Array.from(w.inputIds, (id) => (id === END ? 10 : 0)),
    }));
  }
}

describe('QaEngine', () => {
  it('returns exact character slices, ranked, cut to topK', async () => {
    const engine = new QaEngine(tok, new MarkerRunner());
    const context = 'Intro.  ZÉBRA   went\thome — OMEGA! tail';
    const r = await engine.ask('Who?', context, { topK: 3 });
    expect(r.answers[0]).toMatchObject({ text: 'ZÉBRA   went\thome — OMEGA', start: 8 });
    // n-best spans overlapping the top one are merged into it, not listed apart.
    const [top, ...others] = r.answers;
    const alts = top.alternatives ?? [];
    expect(alts.length).toBeGreaterThan(0);
    for (const a of alts) {
      expect(a.start < top.end && top.start < a.end).toBe(true);
      expect(a.score).toBeLessThanOrEqual(top.score);
    }
    for (const a of others) expect(a.start < top.end && top.start < a.end).toBe(false);
    // The merged answer's share is its own plus its alternatives', all within one softmax.
    const own = top.share - alts.reduce((sum, a) => sum + a.share, 0);
    expect(own).toBeGreaterThan(0);
    expect(r.answers.reduce((sum, a) => sum + a.share, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('keeps separate answers apart, ranked, each with its share of the document-wide softmax', async () => {
    const engine = new QaEngine(tok, new MarkerRunner());
    const context = 'zebra one omega. Filler words here. zebra two omega.';
    const r = await engine.ask('Which?', context, { topK: 3, allowNull: true });
    const spans = r.answers.map((a) => [a.start, a.end]);
    for (let i = 0; i < spans.length; i++)
      for (let j = i + 1; j < spans.length; j++) expect(spans[i][0] < spans[j][1] && spans[j][0] < spans[i][1]).toBe(false);
    expect(r.answers[0].score).toBeGreaterThanOrEqual(r.answers[1].score);
    const total = r.answers.reduce((sum, a) => sum + a.share, 0) + (r.nullShare ?? 0);
    expect(r.nullShare).not.toBeNull();
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('batches windows and reports partial results after each batch', async () => {
    const runner = new MarkerRunner();
    const engine = new QaEngine(tok, runner);
    const context = `${'word '.repeat(2000)}zebra x omega ${'word '.repeat(10)}`;
    const partial: number[] = [];
    const r = await engine.ask('Where?', context, { batchSize: 3 }, { onPartial: (p) => partial.push(p.windowsDone) });
    expect(runner.calls.slice(0, -1).every((n) => n === 3)).toBe(true);
    expect(partial).toEqual(Array.from({ length: partial.length }, (_, i) => Math.min(3 * (i + 1), r.windowsTotal)));
    expect(r.answers[0].text).toBe('zebra x omega');
  });

  it('can run the first window alone, so a long document answers after one window', async () => {
    const runner = new MarkerRunner();
    const engine = new QaEngine(tok, runner);
    const context = `${'word '.repeat(2000)}zebra x omega ${'word '.repeat(10)}`;
    const partial: number[] = [];
    const r = await engine.ask('Where?', context, { batchSize: 3, firstBatchSize: 1 }, { onPartial: (p) => partial.push(p.windowsDone) });
    expect(runner.calls[0]).toBe(1);
    expect(runner.calls.slice(1, -1).every((n) => n === 3)).toBe(true);
    expect(runner.calls.reduce((a, b) => a + b, 0)).toBe(r.windowsTotal);
    expect(partial).toEqual(Array.from({ length: partial.length }, (_, i) => Math.min(1 + 3 * i, r.windowsTotal)));
    expect(r.answers[0].text).toBe('zebra x omega');
  });

  it("uses the engine's own defaults (its backend's batch size) unless a call overrides them", async () => {
    const runner = new MarkerRunner();
    const engine = new QaEngine(tok, runner, { batchSize: 1 });
    const context = `${'word '.repeat(1000)}zebra x omega`;
    const r = await engine.ask('Where?', context);
    expect(r.windowsTotal).toBeGreaterThan(2);
    expect(runner.calls).toEqual(new Array(r.windowsTotal).fill(1));
    runner.calls = [];
    await engine.ask('Where?', context, { batchSize: 2 });
    expect(runner.calls[0]).toBe(2);
  });

  it('warms up with one window of exactly maxSeqLength ids', async () => {
    const seen: QaWindow[][] = [];
    const engine = new QaEngine(tok, {
      run: async (w) => (seen.push([...w]), w.map(() => ({ start: new Float32Array(), end: new Float32Array() }))),
    });
    await engine.warmUp();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toHaveLength(1);
    const [w] = seen[0];
    expect(w.inputIds).toHaveLength(384);
    expect(w.tokenTypeIds).toHaveLength(384);
    expect(w.contextOffset + w.docLength + 1).toBe(384);
  });

  it('flags a question longer than 64 tokens as truncated and still answers', async () => {
    const engine = new QaEngine(tok, new MarkerRunner());
    const r = await engine.ask('why '.repeat(100), 'a zebra b omega c');
    expect(r.questionTruncated).toBe(true);
    expect(r.answers[0].text).toBe('zebra b omega');
  });

  it("returns a per-token heat map from each token's max-context window when asked", async () => {
    const engine = new QaEngine(tok, new MarkerRunner());
    const context = 'one zebra two omega three';
    const r = await engine.ask('q', context, { heatmap: true });
    const h = r.heatmap!;
    expect(h.offsets).toHaveLength(2 * h.start.length);
    const zebra = h.start.indexOf(Math.max(...h.start));
    expect(context.slice(h.offsets[2 * zebra], h.offsets[2 * zebra + 1])).toBe('zebra');
    expect(r.heatmap).toBeDefined();
    expect((await engine.ask('q', context)).heatmap).toBeUndefined();
  });

  it('reuses the context tokenization across questions', async () => {
    const engine = new QaEngine(tok, new MarkerRunner());
    const context = 'the same document';
    expect(engine.tokenizeContext(context)).toBe(engine.tokenizeContext(context));
  });
});
