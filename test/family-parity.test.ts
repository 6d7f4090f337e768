import { env, pipeline, type QuestionAnsweringPipeline } from '@huggingface/transformers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFamilyFixtures, FAMILY_NAMES, familyDir } from '../scripts/fixtures/families';
import { createEngine, type LoadedEngine } from '../src/engine/create-engine';
import { normalizeAnswer } from '../src/engine/squad/answer-score';
import { FIXTURES, squadQuestions } from './helpers/paths';

/**
 * Parity with the transformers.js question-answering pipeline on each family's tiny-random model,
 * as test/parity.test.ts does for BERT: real SQuAD questions that fit one 384-token window, the
 * same search space (every start <= end pair), our exact slice passed through the pipeline's own
 * tokenizer encode → decode so decoding artefacts compare equal, then SQuAD normalisation. 30
 * questions per family (the pipeline is slow on 2 cores): with 99% that means no difference at all.
 */
ort.env.wasm.numThreads = 1;
ensureFamilyFixtures();
env.allowRemoteModels = false;
env.localModelPath = FIXTURES;

describe.each(FAMILY_NAMES)('%s tiny-random: parity with transformers.js', (family) => {
  let ours: LoadedEngine;
  let theirs: QuestionAnsweringPipeline;
  beforeAll(async () => {
    const dir = familyDir(family, 'tiny-random');
    ours = await createEngine(
      ort,
      {
        config: readFileSync(join(dir, 'config.json'), 'utf8'),
        tokenizer: readFileSync(join(dir, 'tokenizer.json'), 'utf8'),
        onnx: new Uint8Array(readFileSync(join(dir, 'onnx/model.onnx'))),
      },
      'wasm',
    );
    theirs = (await pipeline('question-answering', `${family}-tiny-random`, { dtype: 'fp32', device: 'cpu' })) as QuestionAnsweringPipeline;
  });
  afterAll(async () => {
    await ours?.dispose();
    await theirs?.dispose();
  });

  it('agrees on >= 99% of answerable questions that fit one window', async () => {
    const questions = squadQuestions()
      .filter((q) => !q.isImpossible)
      .slice(0, 30);
    const tok = ours.engine.tokenizer;
    const asPipelineText = (text: string) =>
      theirs.tokenizer.decode(theirs.tokenizer.encode(text, { add_special_tokens: false }), { skip_special_tokens: true });
    let fit = 0;
    let same = 0;
    const differences: string[] = [];
    for (const q of questions) {
      if (tok.tokenize(q.question).length + tok.tokenize(q.context).length + 4 > 384) continue;
      fit++;
      const theirText = ((await theirs(q.question, q.context)) as { answer: string }).answer;
      const wide = await ours.engine.ask(q.question, q.context, { nBest: 512, maxAnswerLength: 512, topK: 1 });
      const ourText = wide.answers[0].text;
      if (normalizeAnswer(asPipelineText(ourText)) === normalizeAnswer(theirText)) same++;
      else differences.push(`${q.id}: ours ${JSON.stringify(ourText)} vs ${JSON.stringify(theirText)}`);
    }
    console.log(`${family} parity (same search space): ${same}/${fit} = ${((100 * same) / fit).toFixed(2)}%`);
    if (differences.length) console.log('differences:\n' + differences.join('\n'));
    expect(fit).toBeGreaterThan(22);
    expect(same / fit).toBeGreaterThanOrEqual(0.99);
  });
});
