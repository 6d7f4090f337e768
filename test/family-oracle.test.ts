import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFamilyFixtures, FAMILIES, FAMILY_NAMES, familyDir, markerIds, type FamilyName } from '../scripts/fixtures/families';
import { createEngine, type LoadedEngine } from '../src/engine/create-engine';
import { familyCases } from './helpers/family-docs';

ort.env.wasm.numThreads = 1;
ensureFamilyFixtures();

async function loadFamily(family: FamilyName, kind: 'oracle' | 'tiny-random'): Promise<LoadedEngine> {
  const dir = familyDir(family, kind);
  return createEngine(
    ort,
    {
      config: readFileSync(join(dir, 'config.json'), 'utf8'),
      tokenizer: readFileSync(join(dir, 'tokenizer.json'), 'utf8'),
      onnx: new Uint8Array(readFileSync(join(dir, 'onnx/model.onnx'))),
    },
    'wasm',
  );
}

const cases = familyCases(104);
const EXPECTED_INPUTS: Record<FamilyName, string[]> = {
  roberta: ['input_ids', 'attention_mask'],
  'xlm-roberta': ['input_ids', 'attention_mask'],
  'deberta-v3': ['input_ids', 'attention_mask'],
  albert: ['input_ids', 'attention_mask', 'token_type_ids'],
};

/**
 * Each family's oracle fixture (start logit peaks on "alpha", end on "omega", see
 * scripts/fixtures/families.ts) through the whole engine: its tokenizer, its pair layout, its
 * input signature. EM must be 100% on documents in many languages, across window boundaries.
 */
describe.each(FAMILY_NAMES)('%s oracle: exact match on synthetic documents', (family) => {
  let loaded: LoadedEngine;
  beforeAll(async () => {
    loaded = await loadFamily(family, 'oracle');
  });
  afterAll(() => loaded.dispose());

  it("declares the family's inputs and lays pairs out as its post-processor says", () => {
    expect([...loaded.runner.session.inputNames].sort()).toEqual([...EXPECTED_INPUTS[family]].sort());
    const { windows } = loaded.engine.prepare('Where?', 'Then alpha came before omega.');
    const [w] = windows;
    const tok = loaded.engine.tokenizer;
    const json = JSON.parse(readFileSync(join(familyDir(family, 'oracle'), 'tokenizer.json'), 'utf8'));
    const idOf = (t: string) => json.added_tokens.find((a: { content: string }) => a.content === t).id;
    const cls = idOf(FAMILIES[family].cls);
    expect(w.inputIds[0]).toBe(cls);
    const q = tok.tokenize('Where?').map((t) => t.id);
    const sep = w.inputIds[w.inputIds.length - 1];
    const middle = family === 'roberta' || family === 'xlm-roberta' ? [sep, sep] : [sep];
    expect(w.inputIds.slice(0, 1 + q.length + middle.length)).toEqual([cls, ...q, ...middle]);
    expect(w.contextOffset).toBe(1 + q.length + middle.length);
    const types = family === 'roberta' || family === 'xlm-roberta' ? 0 : 1;
    expect(w.tokenTypeIds.slice(w.contextOffset)).toEqual(new Array(w.docLength + 1).fill(types));
  });

  it("returns the gold span, as the user's own characters, for every document (EM 100%)", async () => {
    const json = JSON.parse(readFileSync(join(familyDir(family, 'oracle'), 'tokenizer.json'), 'utf8'));
    const pieces: string[] = Array.isArray(json.model.vocab) ? json.model.vocab.map((e: [string]) => e[0]) : [];
    if (!pieces.length) for (const [p, id] of Object.entries(json.model.vocab as Record<string, number>)) pieces[id] = p;
    const markers = new Set([...markerIds(pieces, 'alpha'), ...markerIds(pieces, 'omega')]);
    let exact = 0;
    let multiWindow = 0;
    let multilingual = 0;
    const misses: string[] = [];
    for (const c of cases) {
      // The oracle's premise: each marker is exactly one marker token.
      const markerTokens = loaded.engine.tokenizer.tokenize(c.context).filter((t) => markers.has(t.id));
      expect(
        markerTokens.map((t) => c.context.slice(t.start, t.end)),
        c.name,
      ).toEqual(['alpha', 'omega']);
      // Short windows: many documents span several, and the suite stays fast on 2 cores.
      const result = await loaded.engine.ask(c.question, c.context, { batchSize: 8, maxSeqLength: 96, docStride: 24 });
      if (result.windowsTotal > 1) multiWindow++;
      if (c.name.includes('(')) multilingual++;
      const top = result.answers[0];
      if (top && top.start === c.start && top.end === c.end && top.text === c.context.slice(c.start, c.end)) exact++;
      else misses.push(`${c.name}: got ${JSON.stringify(top?.text)}, want ${JSON.stringify(c.context.slice(c.start, c.end))}`);
    }
    console.log(`${family} oracle EM: ${exact}/${cases.length} (${multiWindow} with several windows, ${multilingual} multilingual)`);
    expect(misses).toEqual([]);
    expect(multiWindow).toBeGreaterThanOrEqual(40);
  });

  it('answers a German and a Chinese document with the exact span', async () => {
    const de = 'Die Straße führt über die Brücke. Dann kam alpha über den Fluß nach omega, sagte der Fährmann.';
    const zh = '北京是中国的首都。 答案是 alpha 长城 omega 。 其他内容。';
    for (const doc of [de, zh]) {
      const result = await loaded.engine.ask('Wo?', doc);
      expect(result.answers[0].text).toBe(doc.slice(doc.indexOf('alpha'), doc.indexOf('omega') + 5));
    }
  });
});
