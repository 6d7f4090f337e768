import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedEngine } from '../src/engine/create-engine';
import { loadFixture } from './helpers/load-fixture';
import { cases } from './helpers/oracle-cases';

/**
 * "Stop when confident" on the oracle documents, with a question that names words next to the
 * marker (as a real question names words of the sentence it is about): how often it stops, how many
 * windows it saves, and how often the answer differs from reading everything.
 */
function questionNear(context: string, at: number): string {
  const before = context
    .slice(Math.max(0, at - 60), at)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-3);
  return `What comes after ${before.join(' ')}?`;
}

describe('stop when confident (oracle documents)', () => {
  let loaded: LoadedEngine;
  beforeAll(async () => {
    loaded = await loadFixture('oracle', 'fp32');
  });
  afterAll(() => loaded.dispose());

  it('stops early on most long documents and never changes the answer there', async () => {
    let long = 0;
    let stopped = 0;
    let changed = 0;
    let windowsRead = 0;
    let windowsTotal = 0;
    for (const c of cases.filter((c) => c.context.length > 20_000)) {
      const question = questionNear(c.context, c.start);
      const reading = loaded.engine.startReading(question, c.context, { batchSize: 8, stopWhenConfident: true });
      const early = await reading.read();
      // Reading the rest gives the full result (next test), so each window is run once here.
      const full = early.stoppedEarly ? await reading.read({}, false) : early;
      long++;
      if (early.stoppedEarly) stopped++;
      if (early.answers[0]?.start !== full.answers[0]?.start || early.answers[0]?.end !== full.answers[0]?.end) changed++;
      windowsRead += early.windowsDone;
      windowsTotal += early.windowsTotal;
      expect(full.stoppedEarly).toBe(false);
    }
    console.log(
      `early stop on ${long} long oracle documents: stopped on ${stopped}, answer changed on ${changed}, read ${windowsRead} of ${windowsTotal} windows`,
    );
    expect(long).toBeGreaterThan(40);
    expect(stopped).toBeGreaterThan(long / 2);
    expect(changed).toBe(0);
  });

  it('"read the rest" continues where it stopped, reading no window twice, and ends with the full result', async () => {
    const c = cases.find((c) => c.context.length > 50_000)!;
    const question = questionNear(c.context, c.start);
    const reading = loaded.engine.startReading(question, c.context, { batchSize: 4, stopWhenConfident: true });
    const seen: number[] = [];
    const first = await reading.read({ onPartial: (p) => seen.push(p.windowsDone) });
    expect(first.stoppedEarly).toBe(true);
    expect(first.windowsDone).toBeLessThan(first.windowsTotal);
    const rest = await reading.read({ onPartial: (p) => seen.push(p.windowsDone) }, false);
    expect(rest.stoppedEarly).toBe(false);
    expect(rest.windowsDone).toBe(rest.windowsTotal);
    // windowsDone only grows, by one batch at a time: nothing read twice.
    expect(seen).toEqual(seen.map((_, i) => Math.min(rest.windowsTotal, 4 * (i + 1))));
    const full = await loaded.engine.ask(question, c.context, { batchSize: 4 });
    expect(rest).toEqual(full);
  });
});
