import { canonicalTokenizer } from './paths';
import { rng, syntheticDoc, type SyntheticDoc } from './synthetic';

const QUESTIONS = [
  'Where is the answer?',
  'What lies between the markers, from start to end?',
  // Over 64 tokens: truncated to max_query_length, the answer must not change.
  Array.from({ length: 90 }, (_, i) => `word${i}`).join(' ') + '?',
];

export interface Case extends SyntheticDoc {
  name: string;
  question: string;
}

function buildCases(): Case[] {
  const rand = rng(2024);
  const cases: Case[] = [];
  const tok = canonicalTokenizer();
  for (let i = 0; i < 200; i++) {
    const question = QUESTIONS[i % QUESTIONS.length];
    // Log-uniform sizes from 2 to 20k words, with the extremes always present.
    const words = i === 0 ? 2 : i === 1 ? 20_000 : Math.round(Math.exp(Math.log(2) + rand() * Math.log(10_000)));
    const gap = Math.min(words - 1, 1 + Math.floor(rand() * 8));
    let at: number;
    const kind = i % 4;
    if (kind === 0) at = 0;
    else if (kind === 1) at = words - 1 - gap;
    else if (kind === 2) {
      // Straddle a window boundary: the start marker a few tokens before a window's last token.
      const q = Math.min(tok.tokenize(question).length, 64);
      const maxDoc = 384 - q - 3;
      const windows = Math.max(1, Math.floor(words / 128));
      const j = Math.floor(rand() * windows);
      at = Math.max(0, Math.min(words - 1 - gap, 128 * j + maxDoc - 1 - Math.floor(rand() * gap)));
    } else at = Math.floor(rand() * (words - gap));
    const doc = syntheticDoc(1000 + i, words, at, gap);
    cases.push({ ...doc, question, name: `#${i} ${words} words, marker at ${at}, gap ${gap}` });
  }
  return cases;
}

export const cases = buildCases();
