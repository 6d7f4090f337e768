import { describe, expect, it } from 'vitest';
import { loadSample } from './sample-types';

describe('the bundled example', () => {
  it('has 4–6 SQuAD questions, each answer found in the text, and exactly one without an answer', async () => {
    const sample = await loadSample();
    expect(sample.questions.length).toBeGreaterThanOrEqual(4);
    expect(sample.questions.length).toBeLessThanOrEqual(6);
    for (const q of sample.questions) if (q.answer !== null) expect(sample.text).toContain(q.answer);
    expect(sample.questions.filter((q) => q.answer === null)).toHaveLength(1);
  });

  it('is attributed and short enough to read at a glance', async () => {
    const sample = await loadSample();
    expect(sample).toMatchObject({ title: 'Normans', source: 'Wikipedia', licence: 'CC BY-SA 4.0' });
    expect(sample.url).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
    expect(sample.text.split('\n\n')).toHaveLength(6);
    expect(sample.text.length).toBeLessThan(6000);
  });
});
