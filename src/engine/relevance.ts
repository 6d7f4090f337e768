/**
 * Lexical relevance of a document's windows to a question (BM25), so the model reads the likeliest
 * windows first. Hand-written rather than minisearch or wink-bm25: we score a few dozen windows that
 * are recut for every question (their edges depend on the question's length), which needs only
 * per-term positions in the document, built once per document; a search library would re-index every
 * window on every question. It is also language-neutral: no stemming or stopword list, Han and kana
 * characters are terms of their own (CJK text has no spaces), accents and case are folded.
 */

/** Every term occurrence of a document, in order, and where each term occurs. */
export interface TermIndex {
  /** Character offset of the n-th term occurrence (ascending). */
  starts: Int32Array;
  /** Term → the indexes (into `starts`) of its occurrences, ascending. */
  postings: Map<string, Int32Array>;
}

const IDEOGRAPH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const TERM = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Folds case and accents, so "Zürich", "zurich" and "ZURICH" are one term. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  // Pure-ASCII words, the common case in most documents, need no Unicode normalisation.
  // NFC again afterwards: NFD also splits Hangul syllables into jamo.
  return NON_ASCII.test(lower)
    ? lower
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFC')
    : lower;
}

/** Calls `emit` with each term of a text and its character offset (a loop, not a generator: 5 MB documents). */
export function forEachTerm(text: string, emit: (term: string, start: number) => void): void {
  const re = new RegExp(TERM.source, TERM.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    // A single character may be an ideograph, which is its own term; a longer match never is.
    const term = word.length <= 2 && IDEOGRAPH.test(word) ? word : fold(word);
    if (term) emit(term, m.index);
  }
}

export function indexTerms(text: string): TermIndex {
  const starts: number[] = [];
  const lists = new Map<string, number[]>();
  forEachTerm(text, (term, start) => {
    const list = lists.get(term);
    if (list) list.push(starts.length);
    else lists.set(term, [starts.length]);
    starts.push(start);
  });
  const postings = new Map<string, Int32Array>();
  for (const [term, list] of lists) postings.set(term, Int32Array.from(list));
  return { starts: Int32Array.from(starts), postings };
}

/** First index i with xs[i] >= x (xs ascending). */
function lowerBound(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * English question and function words, dropped from questions only. IDF already makes them weigh
 * little, but "what", "which" or "did" in a question are not about the document and still tip close
 * rankings: on whole SQuAD articles R@5 went from 0.937 to 0.956 (test/retrieval.test.ts). Other
 * languages' function words are left to IDF.
 */
const QUESTION_STOPWORDS = new Set(
  'a an the of in on at to for by with from and or is are was were be been what which who whom whose when where why how did do does that this these those it its as than'.split(
    ' ',
  ),
);

// Okapi BM25's usual constants.
const K1 = 1.2;
const B = 0.75;

/**
 * BM25 score of each character range (a window) for the question: windows are the "documents" of
 * the collection, so a term found in every window weighs almost nothing.
 */
export function scoreRanges(index: TermIndex, question: string, ranges: ReadonlyArray<{ start: number; end: number }>): number[] {
  return scoreRangeGroups([{ index, ranges }], question)[0];
}

/** Windows of one document: its term index and the character ranges of its windows. */
export interface RangeGroup {
  index: TermIndex;
  ranges: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * BM25 over the windows of several documents as one collection (a library question): each
 * document keeps its own term index, and IDF and the average length count every window of every
 * group, so scores compare across documents. One group is scoreRanges.
 */
export function scoreRangeGroups(groups: readonly RangeGroup[], question: string): number[][] {
  const bounds = groups.map((g) => g.ranges.map((r) => [lowerBound(g.index.starts, r.start), lowerBound(g.index.starts, r.end)] as const));
  const lengths = bounds.map((b) => b.map(([a, e]) => e - a));
  const windowCount = lengths.reduce((s, l) => s + l.length, 0);
  const avgLength = lengths.reduce((s, l) => l.reduce((t, n) => t + n, s), 0) / Math.max(1, windowCount) || 1;
  const scores = lengths.map((l) => new Array<number>(l.length).fill(0));
  const queryTerms = new Set<string>();
  forEachTerm(question, (term) => QUESTION_STOPWORDS.has(term) || queryTerms.add(term));
  for (const term of queryTerms) {
    const tf = groups.map((g, d) => {
      const post = g.index.postings.get(term);
      return post ? bounds[d].map(([a, b]) => lowerBound(post, b) - lowerBound(post, a)) : null;
    });
    const df = tf.reduce((s, t) => s + (t ? t.filter((n) => n > 0).length : 0), 0);
    if (df === 0) continue;
    const idf = Math.log(1 + (windowCount - df + 0.5) / (df + 0.5));
    tf.forEach((t, d) =>
      t?.forEach((n, i) => {
        if (n > 0) scores[d][i] += (idf * n * (K1 + 1)) / (n + K1 * (1 - B + (B * lengths[d][i]) / avgLength));
      }),
    );
  }
  return scores;
}

/** Indexes by descending score; equal scores keep document order. */
export function rankByScore(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}
