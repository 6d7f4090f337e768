import { describe, expect, it } from 'vitest';
import { loadFixture } from './helpers/load-fixture';
import { cases } from './helpers/oracle-cases';

// Separate file so Vitest runs it on the other core while the fp32 suite runs.
describe.each(['q8', 'fp16'] as const)('oracle %s variant', (dtype) => {
  it('agrees with the gold span on the first 40 documents', async () => {
    const { engine, dispose } = await loadFixture('oracle', dtype);
    try {
      for (const c of cases.slice(0, 40)) {
        const top = (await engine.ask(c.question, c.context, { batchSize: 8 })).answers[0];
        expect([top.start, top.end], c.name).toEqual([c.start, c.end]);
      }
    } finally {
      await dispose();
    }
  });
});
