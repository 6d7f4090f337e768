import { FAMILY_END_MARKER, FAMILY_START_MARKER } from '../../scripts/fixtures/families';
import { MULTILINGUAL } from '../../scripts/fixtures/tokenizers/multilingual';
import { squadQuestions } from './paths';
import { rng } from './synthetic';

export interface FamilyCase {
  name: string;
  question: string;
  context: string;
  /** Gold span: from "alpha" to the end of "omega". */
  start: number;
  end: number;
}

const QUESTIONS = ['Where is the answer?', 'Wo steht die Antwort?', '答案在哪里？', 'Какой ответ в этом тексте?'];

let words: string[] | undefined;
/** Filler: words of the SQuAD sample and of every multilingual text (whole CJK/Thai runs included). */
function fillerWords(): string[] {
  if (words) return words;
  const all = new Set<string>();
  const add = (text: string) => {
    for (const w of text.split(/\s+/)) if (w && !/alpha|omega/i.test(w)) all.add(w);
  };
  for (const q of squadQuestions().slice(0, 200)) add(q.context);
  for (const texts of Object.values(MULTILINGUAL)) texts.forEach(add);
  words = [...all].sort();
  return words;
}

/**
 * `count` documents for a family oracle: from 2 to 300 words of multilingual and English filler,
 * "alpha" and "omega" a few words apart as separate words, at the start, the end, across the usual
 * window boundaries, or anywhere; the multilingual ones in German, Chinese, Arabic… as whole runs.
 */
export function familyCases(count: number, seed = 77): FamilyCase[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const filler = fillerWords();
  const short = filler.filter((w) => /^[a-z]{2,7}$/.test(w));
  const languages = Object.keys(MULTILINGUAL);
  const out: FamilyCase[] = [];
  for (let i = 0; i < count; i++) {
    const n = i === 0 ? 2 : Math.round(Math.exp(Math.log(2) + rand() * Math.log(150)));
    const gap = Math.min(n - 1, 1 + Math.floor(rand() * 5));
    const kind = i % 4;
    // With the test's 96-token windows (~80 context tokens), boundaries fall every few dozen words.
    const at =
      kind === 0
        ? 0
        : kind === 1
          ? n - 1 - gap
          : kind === 2
            ? Math.max(0, Math.min(n - 1 - gap, 30 * (1 + Math.floor(rand() * 4)) - Math.floor(rand() * gap)))
            : Math.floor(rand() * (n - gap));
    const language = i % 3 === 0 ? pick(languages) : null;
    const local = language ? MULTILINGUAL[language].join(' ').split(/\s+/) : null;
    let context = '';
    let start = -1;
    let end = -1;
    for (let k = 0; k < n; k++) {
      // No newline right before a marker: GPT-2's split keeps "\n" apart from the word, which then lacks its "Ġ" form.
      if (context) context += rand() < 0.04 && k !== at && k !== at + gap ? '\n\n' : ' ';
      if (k === at) {
        start = context.length;
        context += FAMILY_START_MARKER;
      } else if (k === at + gap) {
        context += FAMILY_END_MARKER;
        end = context.length;
      } else if (k > at && k < at + gap) {
        // Inside the answer: short ASCII words, so it stays within max_answer_length (30 tokens) for every tokenizer.
        context += pick(short);
      } else context += local && rand() < 0.3 ? pick(local) : pick(filler);
    }
    out.push({
      name: `#${i} ${n} words${language ? ` (${language})` : ''}, marker at ${at}, gap ${gap}`,
      question: QUESTIONS[i % QUESTIONS.length],
      context,
      start,
      end,
    });
  }
  return out;
}
