import { describe, expect, it } from 'vitest';
import { paceMeter } from './reading-pace';

/** A clock the test moves by hand. */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('paceMeter', () => {
  it('measures the pace from the end of the first batch, leaving its one-off cost out', () => {
    const c = clock();
    const meter = paceMeter(null, c.now);
    c.advance(900); // A slow first batch of 1 (fresh code, shorter batch).
    expect(meter.batch(1)).toBeNull();
    expect(meter.measured).toBeNull();
    c.advance(400);
    expect(meter.batch(5)).toBe(100);
    c.advance(440);
    expect(meter.batch(9)).toBe(105);
    expect(meter.measured).toBe(105);
  });

  it('offers the remembered pace until this reading has its own, and none from a single batch', () => {
    const c = clock();
    const meter = paceMeter(80, c.now);
    c.advance(50);
    expect(meter.batch(1)).toBe(80);
    expect(meter.measured).toBeNull();
  });

  it('starts counting where a continued reading starts', () => {
    const c = clock();
    const meter = paceMeter(null, c.now);
    c.advance(10);
    meter.batch(24);
    c.advance(300);
    expect(meter.batch(28)).toBe(75);
  });
});
