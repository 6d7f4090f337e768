/** Small statistics helpers: the report shows medians with min–max, never means (noise is one-sided). */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { n: 0, median: NaN, min: NaN, max: NaN };
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { n: s.length, median, min: s[0], max: s[s.length - 1] };
}

export const median = (samples: readonly number[]): number => summarize(samples).median;

/** A Markdown table. */
export const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** fmtMs of the samples' summary: the report's usual "median (min–max)" cell. */
export const ms = (a: readonly number[] | undefined) => fmtMs(summarize(a ?? []));

/** "123 ms (110–140, n=7)" style cell. */
export function fmtMs(x: Summary | undefined, digits = 0): string {
  if (!x || x.n === 0) return '—';
  const f = (v: number) => v.toFixed(digits);
  return `${f(x.median)} (${f(x.min)}–${f(x.max)})`;
}

/**
 * Median of per-round ratios a[i]/b[i]: with interleaved rounds, each pair saw the same machine
 * load, so this is steadier than the ratio of medians when other processes compete for the CPU.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): Summary {
  const n = Math.min(a.length, b.length);
  return summarize(Array.from({ length: n }, (_, i) => a[i] / b[i]));
}
