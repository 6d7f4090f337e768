/**
 * Benchmark inputs, built with the app's own tokenizer so the window arithmetic is exact: a
 * question/context pair that fills exactly one 1×384 window, a long document (SQuAD paragraphs
 * repeated to N words) and SQuAD dev questions for answer agreement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BertTokenizer } from '../../src/engine/tokenizer/bert-tokenizer.js';
import { buildWindows, DEFAULT_WINDOW_OPTIONS } from '../../src/engine/windows.js';
import { tokenizerSourceDir } from '../fixtures/generate.js';
import { SQUAD_SAMPLE } from '../fixtures/data-paths.js';

export interface QaItem {
  question: string;
  context: string;
}

/** A question whose answer the oracle model must find: the span [goldStart, goldEnd) of `context`. */
export interface Placement extends QaItem {
  goldStart: number;
  goldEnd: number;
  /** Where the span sits in the document, 0 (start) to 1 (end). */
  at: number;
}

export interface BenchInputs {
  /** Fills exactly one window of maxSeqLength (384) tokens. */
  window: QaItem;
  doc: QaItem & { words: number; tokens: number; windows: number };
  squad: QaItem[];
  /** The long document with the oracle's marker span in the paragraph a SQuAD question is about. */
  placements: Placement[];
}

export function buildInputs(docWords: number, squadCount: number): BenchInputs {
  const tokenizer = BertTokenizer.fromJSON(readFileSync(join(tokenizerSourceDir(), 'tokenizer.json'), 'utf8'));
  // Window latency depends on its shape only, so any prose does: SQuAD's paragraphs, which the repo
  // ships under a clear licence (fixtures/data/README.md).
  const squad = JSON.parse(readFileSync(SQUAD_SAMPLE, 'utf8'));
  const paragraphs: string[] = squad.data.flatMap((a: any) => a.paragraphs.map((p: any) => p.context));
  const article = paragraphs.join('\n\n');
  const windowsOf = (q: QaItem) =>
    buildWindows(tokenizer.tokenize(q.question), tokenizer.tokenize(q.context), tokenizer.layout, DEFAULT_WINDOW_OPTIONS);

  // One full window: cut the article right after the last context token that still fits.
  const question = "What is the Normans' name for Normandy?";
  const room = DEFAULT_WINDOW_OPTIONS.maxSeqLength - tokenizer.tokenize(question).length - 3;
  const articleTokens = tokenizer.tokenize(article);
  const window = { question, context: article.slice(0, articleTokens[room - 1].end) };
  const w = windowsOf(window);
  if (w.length !== 1 || w[0].inputIds.length !== DEFAULT_WINDOW_OPTIONS.maxSeqLength) {
    throw new Error(`window input is ${w.length} windows of ${w[0]?.inputIds.length} tokens, expected 1 × 384`);
  }

  // The long document: SQuAD's Wikipedia paragraphs (ordinary prose, ~1.3 tokens a word) joined
  // and repeated up to N words.
  const words = paragraphs.join('\n\n').split(/(?<=\S)(?=\s)/);
  const docText = Array.from({ length: docWords }, (_, i) => words[i % words.length])
    .join('')
    .trim();
  const doc = { question: 'In what country is Normandy located?', context: docText };
  const docWindows = windowsOf(doc).length;

  return {
    window,
    doc: { ...doc, words: docWords, tokens: tokenizer.tokenize(docText).length, windows: docWindows },
    squad: squadSample(squad, squadCount),
    placements: placements(squad, docWords, PLACEMENTS),
  };
}

const PLACEMENTS = 12;

/**
 * SQuAD paragraphs joined (blank line between) up to `docWords` words; for `count` answerable
 * questions spread evenly over the paragraphs used, the same document with that question's gold
 * answer wrapped in the oracle's markers ("zebra <answer> omega"): the question text is SQuAD's,
 * so the passage a reader should find is the one the question is really about.
 */
function placements(squad: any, docWords: number, count: number): Placement[] {
  const paragraphs: Array<{ context: string; qa?: { question: string; start: number; text: string } }> = [];
  let words = 0;
  for (const article of squad.data) {
    for (const p of article.paragraphs) {
      if (words >= docWords) break;
      const qa = p.qas.find((q: any) => !q.is_impossible && q.answers.length > 0);
      const a = qa?.answers[0];
      paragraphs.push({ context: p.context, qa: a && { question: qa.question, start: a.answer_start, text: a.text } });
      words += p.context.split(/\s+/).length;
    }
  }
  const withQa = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.qa && !/zebra|omega/i.test(p.context));
  const picks = Array.from({ length: Math.min(count, withQa.length) }, (_, k) => withQa[Math.floor(((k + 0.5) * withQa.length) / count)]);
  return picks.map(({ p, i }) => {
    const { question, start, text } = p.qa!;
    const marked = `${p.context.slice(0, start)}zebra ${text} omega${p.context.slice(start + text.length)}`;
    const before = paragraphs
      .slice(0, i)
      .map((x) => `${x.context}\n\n`)
      .join('');
    const context =
      before +
      marked +
      paragraphs
        .slice(i + 1)
        .map((x) => `\n\n${x.context}`)
        .join('');
    const goldStart = before.length + start;
    const goldEnd = goldStart + `zebra ${text} omega`.length;
    return { question, context, goldStart, goldEnd, at: goldStart / context.length };
  });
}

/** Every k-th answerable SQuAD question, spread over all articles (deterministic). */
function squadSample(squad: any, count: number): QaItem[] {
  const all: QaItem[] = [];
  for (const article of squad.data) {
    for (const p of article.paragraphs) {
      for (const qa of p.qas) if (!qa.is_impossible) all.push({ question: qa.question, context: p.context });
    }
  }
  if (count <= 0) return [];
  const step = Math.max(1, Math.floor(all.length / count));
  return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[i * step]);
}
