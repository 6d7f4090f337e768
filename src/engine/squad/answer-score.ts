/**
 * SQuAD answer normalisation and EM/F1, with the semantics of the official evaluate-v1.1 / v2.0
 * scripts: lower-case, drop ASCII punctuation (Python's string.punctuation — Unicode punctuation is
 * kept, as the official script does), drop the articles a/an/the, collapse whitespace.
 */
const ASCII_PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
// Python's \b is Unicode-aware; JavaScript's is ASCII-only, so spell the word boundary out.
const ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;

export function normalizeAnswer(s: string): string {
  const lower = s.toLowerCase();
  const noPunct = lower.replace(ASCII_PUNCT, '');
  const noArticles = noPunct.replace(ARTICLES, ' ');
  return tokens(noArticles).join(' ');
}

function tokens(s: string): string[] {
  return s.split(/\s+/u).filter((t) => t.length > 0);
}

export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

/** Token-overlap F1; two empty answers agree (v2.0 "no answer" semantics). */
export function f1Score(prediction: string, gold: string): number {
  const p = tokens(normalizeAnswer(prediction));
  const g = tokens(normalizeAnswer(gold));
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      same++;
      counts.set(t, n - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The official scripts score a prediction against its best-matching gold answer. */
export function maxOverGold(metric: (p: string, g: string) => number, prediction: string, golds: readonly string[]): number {
  if (golds.length === 0) return metric(prediction, '');
  return Math.max(...golds.map((g) => metric(prediction, g)));
}
