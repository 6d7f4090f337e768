import { describe, expect, it } from 'vitest';
import { canonicalTokenizer } from '../../../test/helpers/paths';
import type { LogitsRunner, WindowLogits } from '../logits-runner';
import { QaEngine } from '../qa-engine';
import type { QaWindow } from '../windows';
import { DocumentCache } from './document-cache';
import { planLibraryReading } from './library-plan';
import { LibraryReading } from './library-reading';

const tok = canonicalTokenizer();
const [START] = tok.tokenize('zebra').map((t) => t.id);
const [END] = tok.tokenize('omega').map((t) => t.id);

/** Logits that peak on "zebra" (start) and "omega" (end): the answer is known without a model. */
class MarkerRunner implements LogitsRunner {
  windows = 0;
  async run(windows: readonly QaWindow[]): Promise<WindowLogits[]> {
    this.windows += windows.length;
    return windows.map((w) => ({
      start: Float32Array.from(w.inputIds, (id) => (id === START ? 10 : 0)),
      end: Float32Array.from(w.inputIds, (id) => (id === END ? 10 : 0)),
    }));
  }
}

const filler = (n: number) => 'plain words about nothing in particular. '.repeat(n);
const LIBRARY = [
  { id: 'a', text: `${filler(300)}The harbour master logged ships.${filler(50)}` },
  { id: 'b', text: `${filler(200)}The lighthouse keeper saw zebra near the rocks omega at dusk.${filler(200)}` },
  { id: 'c', text: `${filler(40)}Nothing here but more filler.` },
];

function setup() {
  const runner = new MarkerRunner();
  const engine = new QaEngine(tok, runner);
  return { runner, engine, cache: new DocumentCache(tok) };
}

describe('library reading', () => {
  it('finds the span in the right document, with exact offsets, and reads its window first', async () => {
    const { runner, engine, cache } = setup();
    const plan = planLibraryReading(engine, cache, 'What did the lighthouse keeper see?', LIBRARY);
    expect(plan.docs[plan.order[0][0]].id).toBe('b');
    const r = await new LibraryReading(runner, plan).read();
    const top = r.answers[0];
    expect(top.docId).toBe('b');
    expect(LIBRARY[1].text.slice(top.start, top.end)).toBe('zebra near the rocks omega');
    expect(top.text).toBe('zebra near the rocks omega');
    expect(r.windowsDone).toBe(r.windowsTotal);
    expect(r.documentsDone).toBe(3);
    expect(r.answers.reduce((s, a) => s + a.share, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('stops early when confident and reads the rest later, never a window twice, to the same answers', async () => {
    const { runner, engine, cache } = setup();
    const question = 'What did the lighthouse keeper see?';
    const full = await new LibraryReading(runner, planLibraryReading(engine, cache, question, LIBRARY, { batchSize: 1 })).read();
    runner.windows = 0;
    const reading = new LibraryReading(
      runner,
      planLibraryReading(engine, cache, question, LIBRARY, { batchSize: 1, stopWhenConfident: true }),
    );
    const early = await reading.read();
    expect(early.stoppedEarly).toBe(true);
    expect(early.windowsDone).toBeLessThan(early.windowsTotal);
    expect(early.answers[0].docId).toBe('b');
    const rest = await reading.read({}, false);
    expect(runner.windows).toBe(rest.windowsTotal);
    expect(rest).toEqual(full);
  });

  it('skips a document without readable text and names it; the others are read', async () => {
    const { runner, engine, cache } = setup();
    const plan = planLibraryReading(engine, cache, 'Who?', [{ id: 'empty', text: '  \n ' }, ...LIBRARY]);
    const r = await new LibraryReading(runner, plan).read();
    expect(r.skipped).toEqual([{ docId: 'empty', message: expect.stringContaining('empty') }]);
    expect(r.answers[0].docId).toBe('b');
    expect(() => planLibraryReading(engine, cache, 'Who?', [{ id: 'empty', text: ' ' }])).toThrow(/readable text/);
  });

  it('keeps each document’s tokens and term index for the next question', () => {
    const { engine, cache } = setup();
    planLibraryReading(engine, cache, 'first question', LIBRARY);
    const tokens = cache.tokens('b', LIBRARY[1].text);
    const terms = cache.terms('b', LIBRARY[1].text);
    planLibraryReading(engine, cache, 'second question', LIBRARY);
    expect(cache.tokens('b', LIBRARY[1].text)).toBe(tokens);
    expect(cache.terms('b', LIBRARY[1].text)).toBe(terms);
    // Changed text under the same id is indexed again.
    expect(cache.tokens('b', `${LIBRARY[1].text} more`)).not.toBe(tokens);
  });

  it('bounds what it keeps: least recently used documents go first', () => {
    const cache = new DocumentCache(tok, 100);
    cache.tokens('x', 'a'.repeat(60));
    cache.tokens('y', 'b'.repeat(30));
    cache.tokens('x', 'a'.repeat(60)); // x is used again: y is now the oldest.
    cache.tokens('z', 'c'.repeat(30));
    expect(cache.size).toBe(2);
    const again = cache.tokens('x', 'a'.repeat(60));
    expect(cache.tokens('x', 'a'.repeat(60))).toBe(again);
  });
});
