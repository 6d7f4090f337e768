/** How far around an answer to look for its sentence: enough for long sentences, cheap on a 300-page PDF. */
const REACH = 600;

const segmenters = new Map<string, Intl.Segmenter>();
const sentences = (locale: string) => {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return s;
};

/**
 * The sentence(s) holding text[start, end) — what "Copy" and the exports give as the answer's
 * context. Intl.Segmenter finds sentence ends (not inside "3.5", after "!" or "?" and closing quotes) in any script, which a regex would not.
 * Whitespace runs (line breaks of a PDF) collapse to one space, so the context reads as one line.
 */
export function sentenceAround(text: string, start: number, end: number, locale = 'en'): string {
  if (start < 0 || end < start || end > text.length) return '';
  const from = Math.max(0, start - REACH);
  const to = Math.min(text.length, end + REACH);
  const slice = text.slice(from, to);
  let first = -1;
  let last = -1;
  for (const seg of sentences(locale).segment(slice)) {
    const segStart = from + seg.index;
    const segEnd = segStart + seg.segment.length;
    // An empty answer (start === end) still belongs to the sentence it sits in.
    if (segEnd > start && (segStart < end || (start === end && segStart <= start))) {
      if (first < 0) first = segStart;
      last = segEnd;
    }
  }
  if (first < 0) return '';
  // Cut off at the window's edge: mark it, rather than pass a fragment off as the sentence.
  const head = first === from && from > 0 ? '…' : '';
  const tail = last === to && to < text.length ? '…' : '';
  return head + text.slice(first, last).replace(/\s+/g, ' ').trim() + tail;
}
