import { readFileSync } from 'node:fs';
import { FIXTURE_ROOT } from '../../scripts/fixtures/oracle-spec';
import { BERT_TOKENIZER_DIR, SQUAD_SAMPLE } from '../../scripts/fixtures/data-paths';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BertTokenizer } from '../../src/engine/tokenizer/bert-tokenizer';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = resolve(ROOT, FIXTURE_ROOT);
/** The canonical bert-base-uncased tokenizer (copied into every fixture model). */
export const TOKENIZER_JSON = resolve(BERT_TOKENIZER_DIR, 'tokenizer.json');
export { SQUAD_SAMPLE };

let cached: BertTokenizer | undefined;
export function canonicalTokenizer(): BertTokenizer {
  cached ??= BertTokenizer.fromJSON(readFileSync(TOKENIZER_JSON, 'utf8'));
  return cached;
}

export interface SquadQuestion {
  id: string;
  question: string;
  context: string;
  answers: Array<{ text: string; answer_start: number }>;
  isImpossible: boolean;
}

export function squadQuestions(): SquadQuestion[] {
  const data = JSON.parse(readFileSync(SQUAD_SAMPLE, 'utf8')).data;
  const out: SquadQuestion[] = [];
  for (const article of data)
    for (const p of article.paragraphs)
      for (const qa of p.qas)
        out.push({ id: qa.id, question: qa.question, context: p.context, answers: qa.answers, isImpossible: !!qa.is_impossible });
  return out;
}
