import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedEngine } from '../src/engine/create-engine';
import { DocumentCache } from '../src/engine/library/document-cache';
import { planLibraryReading } from '../src/engine/library/library-plan';
import { LibraryReading } from '../src/engine/library/library-reading';
import type { AskOptions } from '../src/shared/answers';
import type { LibraryDocumentInput } from '../src/shared/library';
import { loadFixture } from './helpers/load-fixture';
import { SQUAD_SAMPLE } from './helpers/paths';

/**
 * Reading a library most relevant window first, across documents, must give the final answers of
 * reading every window of every document in turn; and each answer must be one its own document
 * gives when read alone.
 */
function squadLibrary(): { docs: LibraryDocumentInput[]; questions: string[] } {
  const data = JSON.parse(readFileSync(SQUAD_SAMPLE, 'utf8')).data as Array<{
    title: string;
    paragraphs: Array<{ context: string; qas: Array<{ question: string }> }>;
  }>;
  return {
    docs: data.map((a, i) => ({ id: `${i}:${a.title}`, text: a.paragraphs.map((p) => p.context).join('\n\n') })),
    questions: data.flatMap((a) => a.paragraphs.slice(0, 2).map((p) => p.qas[0].question)),
  };
}

describe('cross-library reading gives the answers of reading every window of every document', () => {
  let tiny: LoadedEngine;
  beforeAll(async () => {
    tiny = await loadFixture('tiny-random', 'fp32');
  });
  afterAll(() => tiny.dispose());

  const read = (cache: DocumentCache, question: string, docs: LibraryDocumentInput[], options: Partial<AskOptions>) =>
    new LibraryReading(tiny.runner, planLibraryReading(tiny.engine, cache, question, docs, options)).read();

  it('on tiny-random over SQuAD articles as documents, batch 1 and batch 4, with the null answer', async () => {
    const { docs, questions } = squadLibrary();
    expect(docs.length).toBeGreaterThan(2);
    const cache = new DocumentCache(tiny.engine.tokenizer);
    let compared = 0;
    // Four questions over two articles' paragraphs: each reading covers every window of every article.
    for (const question of questions.slice(0, 4)) {
      for (const options of [{ batchSize: 1 }, { batchSize: 4, firstBatchSize: 1 }]) {
        const opts = { ...options, allowNull: true, topK: 10 };
        const byRelevance = await read(cache, question, docs, { ...opts, order: 'relevance' });
        const everyWindow = await read(cache, question, docs, { ...opts, order: 'document' });
        expect(byRelevance).toEqual(everyWindow);
        expect(everyWindow.windowsTotal).toBeGreaterThan(docs.length);
        compared++;
      }
      // Each answer is its own document's span with the same window score and logits as reading that document alone.
      const library = await read(cache, question, docs, { batchSize: 1, topK: 10 });
      for (const answer of library.answers) {
        const doc = docs.find((d) => d.id === answer.docId)!;
        const alone = await tiny.engine.ask(question, doc.text, { batchSize: 1, topK: 20 });
        const spans = alone.answers.flatMap((a) => [a, ...(a.alternatives ?? [])]);
        const same = spans.find((a) => a.start === answer.start && a.end === answer.end);
        expect(same, `${answer.text} in ${doc.id}`).toBeDefined();
        expect([same!.score, same!.startLogit, same!.endLogit]).toEqual([answer.score, answer.startLogit, answer.endLogit]);
      }
    }
    console.log(`tiny-random: ${compared} library readings identical by relevance and over every window`);
  });
});
