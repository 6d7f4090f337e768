import { describe, expect, it } from 'vitest';
import { aboutDuration, readingEstimate } from './reading-estimate';

describe('reading estimate', () => {
  it('rounds durations as a person would say them', () => {
    expect(aboutDuration(3_000)).toBe('a few seconds');
    expect(aboutDuration(23_000)).toBe('about 25 s');
    expect(aboutDuration(56_000)).toBe('about 1 min');
    expect(aboutDuration(100_000)).toBe('about 2 min');
    expect(aboutDuration(44 * 60_000)).toBe('about 44 min');
    expect(aboutDuration(83 * 60_000)).toBe('about 1 h 20 min');
    expect(aboutDuration(118 * 60_000)).toBe('about 2 h');
    expect(aboutDuration(12.4 * 3_600_000)).toBe('about 12 h');
  });

  it('gives the whole reading before it starts and the rest during it, from the measured pace', () => {
    // The case: 4,349 passages at ~28 ms each.
    expect(readingEstimate({ done: 0, total: 4_349, msPerWindow: 28 })).toBe('About 2 min');
    expect(readingEstimate({ done: 2_000, total: 4_349, msPerWindow: 28 })).toBe('About 1 min left');
    expect(readingEstimate({ done: 3_900, total: 4_349, msPerWindow: 28 })).toBe('About 15 s left');
    expect(readingEstimate({ done: 4_100, total: 4_349, msPerWindow: 28 })).toBe('A few seconds left');
  });

  it('says nothing it has not measured, and nothing for short readings', () => {
    expect(readingEstimate({ done: 0, total: 4_349, msPerWindow: null })).toBe('Estimating the time left…');
    expect(readingEstimate({ done: 4, total: 4_349 })).toBe('Estimating the time left…');
    expect(readingEstimate({ done: 0, total: 3, msPerWindow: 500 })).toBeNull();
    expect(readingEstimate({ done: 20, total: 20, msPerWindow: 500 })).toBeNull();
  });
});
