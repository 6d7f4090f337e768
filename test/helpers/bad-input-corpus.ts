/**
 * The bad-input corpus (issue 7), shared by the engine test (test/bad-input.test.ts, Node) and the
 * browser test (e2e/bad-input.spec.ts). Every case is asked of the oracle fixture, whose answer is
 * known: from the word "zebra" to the word "omega" (any case or accents), so "correct" is checkable
 * however strange the text around the markers is. No imports: Playwright and Vitest both load it.
 */
export type BadInputOutcome =
  | { kind: 'answer'; answer: string; questionTruncated?: boolean }
  /** `code` is the engine's QaError code; `title` the headline the UI shows for it. */
  | { kind: 'error'; code: 'EMPTY_QUESTION' | 'EMPTY_CONTEXT'; title: string };

export interface BadInputCase {
  name: string;
  question: string;
  document: string;
  outcome: BadInputOutcome;
  /** What the app does, in words, for docs/reliability.md. */
  behaviour: string;
}

const PLAIN_DOC = 'The cat sat on the mat. Then Zebra ran far past the river to omega. More words follow.';
const PLAIN_ANSWER = 'Zebra ran far past the river to omega';

const EMPTY_QUESTION = { kind: 'error', code: 'EMPTY_QUESTION', title: 'Type a question first.' } as const;
const EMPTY_CONTEXT = { kind: 'error', code: 'EMPTY_CONTEXT', title: 'The document is empty.' } as const;

/** The span from the start marker to the end of the end marker, as the user's own characters. */
function span(doc: string, start: string, end: string): string {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end, from) + end.length;
  if (from < 0 || to < end.length) throw new Error(`markers not found: ${start} … ${end}`);
  return doc.slice(from, to);
}

/** Seeded random bytes read as latin1 (what pasting a binary file as text gives), NUL included. */
export function binaryText(length: number, seed = 7): string {
  let a = seed >>> 0;
  let out = '\u0000\u0001\u00ff';
  while (out.length < length) {
    a = (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    out += String.fromCharCode(a >>> 24);
  }
  return out;
}

const binaryDoc = `${binaryText(3000, 7)} Zebra binary omega ${binaryText(3000, 11)}`;
const unicodeDoc =
  'Familie 👨\u200d👩\u200d👧\u200d👦 家族の写真 مرحبا بالعالم \u200fשלום עולם\u200f. ZE\u0301BRA 🏳\ufe0f\u200d🌈 漢字 سلام e\u0301te\u0301 קפה omega‼ 👍🏽 fin.';
const longWord = 'x'.repeat(500);
const longWordDoc = `${'y'.repeat(500)} Zebra ${longWord} omega ${'z'.repeat(500)}`;
const htmlDoc =
  '<p>Intro</p><script>window.__xss = 1; alert("xss")</script><img src=x onerror="window.__xss = 2"> ' +
  'Zebra <b>bold</b> & <i>omega</i> <style>body { display: none }</style> trailing';

export const BAD_INPUT_CASES: BadInputCase[] = [
  {
    name: 'empty question',
    question: '',
    document: PLAIN_DOC,
    outcome: EMPTY_QUESTION,
    behaviour: '"Type a question first." under the question box',
  },
  {
    name: 'whitespace-only question',
    question: ' \t  \u3000 ',
    document: PLAIN_DOC,
    outcome: EMPTY_QUESTION,
    behaviour: '"Type a question first."',
  },
  {
    name: 'question of control characters only',
    question: '\u0007\u200b\u0008',
    document: PLAIN_DOC,
    outcome: EMPTY_QUESTION,
    behaviour: '"Type a question first." — "The question has no readable characters."',
  },
  {
    name: 'empty document',
    question: 'Who ran?',
    document: '',
    outcome: EMPTY_CONTEXT,
    behaviour: '"The document is empty." with how to add text',
  },
  {
    name: 'whitespace-only document',
    question: 'Who ran?',
    document: ' \n\t  \u3000\n ',
    outcome: EMPTY_CONTEXT,
    behaviour: '"The document is empty."',
  },
  {
    name: 'invisible characters only (zero-width, controls)',
    question: 'Who ran?',
    document: '\u200b\u200d\u2060\u0007\u200b',
    outcome: EMPTY_CONTEXT,
    behaviour: '"The document is empty." — "The document has no readable characters (only spaces or control codes)."',
  },
  {
    name: 'binary bytes pasted as text (latin1, NUL included)',
    question: 'What is binary?',
    document: binaryDoc,
    outcome: { kind: 'answer', answer: 'Zebra binary omega' },
    behaviour: 'correct answer; control bytes are ignored by the tokenizer, the rest is text',
  },
  {
    name: 'emoji, ZWJ sequences, CJK, Arabic + Hebrew (RTL marks), combining accents',
    question: 'Which words?',
    document: unicodeDoc,
    outcome: { kind: 'answer', answer: span(unicodeDoc, 'ZE\u0301BRA', 'omega') },
    behaviour: "correct answer, an exact slice of the user's characters (accents, emoji and RTL text intact)",
  },
  {
    name: 'a 500-character word',
    question: 'What is long?',
    document: longWordDoc,
    outcome: { kind: 'answer', answer: `Zebra ${longWord} omega` },
    behaviour: 'correct answer; the word becomes one [UNK] token that still covers all 500 characters',
  },
  {
    name: 'a 300-token question',
    question: `${Array.from({ length: 300 }, () => 'what').join(' ')}?`,
    document: PLAIN_DOC,
    outcome: { kind: 'answer', answer: PLAIN_ANSWER, questionTruncated: true },
    behaviour: 'correct answer and "The question was long, so only its beginning was used." (first 64 tokens)',
  },
  {
    name: 'HTML and <script> in the document and the question',
    question: '<img src=x onerror="alert(1)"> <script>alert(2)</script> What is bold?',
    document: htmlDoc,
    outcome: { kind: 'answer', answer: 'Zebra <b>bold</b> & <i>omega' },
    behaviour: 'correct answer; markup is shown as literal text, nothing runs (no dialog, no script side effect)',
  },
  {
    name: 'question in other languages and scripts',
    question: '¿Quién cruzó el río? 谁过了河？ من عبر النهر؟ מי חצה?',
    document: PLAIN_DOC,
    outcome: { kind: 'answer', answer: PLAIN_ANSWER },
    behaviour: 'correct answer (the oracle ignores the question; a real English model answers poorly but never fails)',
  },
  {
    name: 'special-token strings typed by the user',
    question: '[SEP] [CLS] [MASK] who?',
    document: `[CLS] [SEP] ${PLAIN_DOC} [PAD]`,
    outcome: { kind: 'answer', answer: PLAIN_ANSWER },
    behaviour: 'correct answer; "[SEP]" typed by the user is ordinary text, never a control token',
  },
];

/**
 * A ~5 MB document: paragraphs of filler with the answer in the first window, so a cancelled run
 * already shows it. Built in pieces because repeated += of megabytes is slow.
 */
export const LARGE_ANSWER = 'Zebra crossed the old bridge at omega';
export function largeDocument(chars = 5_000_000): string {
  const words = ['alpha', 'river', 'stone', 'green', 'market', 'north', 'paper', 'silver', 'naïve', 'café'];
  const parts = [`Intro words. ${LARGE_ANSWER}. `];
  let n = parts[0].length;
  for (let i = 0; n < chars; i++) {
    const w = words[(i * 7) % words.length] + (i % 90 === 89 ? '.\n' : ' ');
    parts.push(w);
    n += w.length;
  }
  return parts.join('');
}
