/** Small, locale-aware formatters shared by the UI components. */

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const integerFormat = new Intl.NumberFormat();

const BYTE_UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** Decimal units, as browsers and Hugging Face show file sizes. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? integerFormat.format(value) : numberFormat.format(value)} ${BYTE_UNITS[unit]}`;
}

/** Scores are probabilities; tiny ones still read as "<1%" rather than a misleading "0%". */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p > 0 && p < 0.01) return '<1%';
  return `${Math.round(p * 100)}%`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${numberFormat.format(ms / 1000)} s`;
}

export function formatCount(n: number): string {
  return integerFormat.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Whitespace-separated words: good enough for a size hint, and linear in the text length. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export const BACKEND_LABELS = { webgpu: 'WebGPU', wasm: 'WASM' } as const;
