import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/paths';
import { DEMO_MANIFEST_ELEMENT_ID, parseDemoManifest } from '../../src/shared/demo-manifest';
import { buildDemo, type DemoOptions } from './build';
import { readExamples } from './examples';
import { cardFromReadme, metricsFromEval } from './model-card';

const work = mkdtempSync(join(tmpdir(), 'demo-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet: DemoOptions['log'] = () => {};
const options = (model: string, out: string, extra: Partial<DemoOptions> = {}): DemoOptions => ({
  model,
  out,
  dtype: null,
  base: './',
  allowOtherModels: false,
  maxFileMb: 95,
  split: true,
  log: quiet,
  ...extra,
});

describe('model card facts', () => {
  it('reads languages, licence and model-index metrics from the front matter', () => {
    const readme = [
      '---',
      'language: [en, fr]',
      'license: apache-2.0',
      'model-index:',
      '  - name: my-squad',
      '    results:',
      '      - dataset: { name: SQuAD v2, type: squad_v2 }',
      '        metrics:',
      '          - { type: exact_match, value: 79.9 }',
      '          - { type: f1, value: 83.1, name: F1 }',
      '---',
      '# My model',
    ].join('\n');
    expect(cardFromReadme(readme)).toEqual({
      languages: ['en', 'fr'],
      licence: 'apache-2.0',
      metrics: [
        { name: 'exact_match', value: 79.9, dataset: 'SQuAD v2' },
        { name: 'F1', value: 83.1, dataset: 'SQuAD v2' },
      ],
      metricsSource: 'model card',
    });
  });

  it('gives nothing for a README without front matter, or with broken YAML', () => {
    const none = { languages: [], licence: null, metrics: [], metricsSource: null };
    expect(cardFromReadme('# Just a title')).toEqual(none);
    expect(cardFromReadme('---\nlanguage: [en\n---\n')).toEqual(none);
    expect(cardFromReadme(null)).toEqual(none);
  });

  it('takes the numbers of an npm run eval metrics.json, in a stable order', () => {
    expect(metricsFromEval({ total: 2, exact: 50, f1: 62.5, note: 'x' }, 'm.json')).toEqual([
      { name: 'exact', value: 50 },
      { name: 'f1', value: 62.5 },
      { name: 'total', value: 2 },
    ]);
    expect(() => metricsFromEval({ note: 'x' }, 'm.json')).toThrow(/holds no numbers/);
  });
});

describe('examples', () => {
  it('reads the app shape, with a text file beside the JSON', () => {
    writeFileSync(join(work, 'doc.txt'), 'A zebra met an omega.');
    writeFileSync(
      join(work, 'ex.json'),
      JSON.stringify([{ title: 'T', file: 'doc.txt', questions: ['Who?', { question: 'What?', answer: 'zebra' }] }]),
    );
    expect(readExamples(join(work, 'ex.json'), quiet)).toEqual([
      {
        title: 'T',
        text: 'A zebra met an omega.',
        questions: [
          { question: 'Who?', answer: null },
          { question: 'What?', answer: 'zebra' },
        ],
      },
    ]);
  });

  it('turns SQuAD paragraphs into examples, unanswerable questions without an answer', () => {
    const squad = {
      version: 'v2.0',
      data: [
        {
          title: 'Zebras',
          paragraphs: [
            { context: 'Zebras run.', qas: [{ id: '1', question: 'Who runs?', answers: [{ text: 'Zebras', answer_start: 0 }] }] },
            { context: 'Omegas rest.', qas: [{ id: '2', question: 'Who flies?', answers: [], is_impossible: true }] },
          ],
        },
      ],
    };
    writeFileSync(join(work, 'squad.json'), JSON.stringify(squad));
    const examples = readExamples(join(work, 'squad.json'), quiet);
    expect(examples.map((e) => e.title)).toEqual(['Zebras (1)', 'Zebras (2)']);
    expect(examples[1].questions).toEqual([{ question: 'Who flies?', answer: null }]);
  });

  it('refuses a file with no text', () => {
    writeFileSync(join(work, 'empty.json'), JSON.stringify({ title: 'T', questions: [] }));
    expect(() => readExamples(join(work, 'empty.json'), quiet)).toThrow(/has no "text"/);
  });
});

describe('buildDemo', () => {
  it('refuses a model the app cannot load, with the app error, before writing anything', async () => {
    for (const [folder, code] of [
      ['broken/no-tokenizer', 'MODEL_FILE_MISSING'],
      ['broken/no-weights', 'MODEL_FILE_MISSING'],
      ['broken/classifier', 'MODEL_NOT_QA'],
    ]) {
      const out = join(work, `refused-${folder.replace('/', '-')}`);
      await expect(buildDemo(options(join(FIXTURES, folder), out))).rejects.toMatchObject({ code });
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses to write over a folder that is not an earlier demo', async () => {
    const out = join(work, 'not-a-demo');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'mine');
    await expect(buildDemo(options(join(FIXTURES, 'oracle'), out))).rejects.toThrow(/not empty/);
    expect(readdirSync(out)).toEqual(['mine.txt']);
  });

  it('writes the same files for the same inputs, with the manifest in the page', async () => {
    const build = async (out: string) => {
      await buildDemo(options(join(FIXTURES, 'oracle'), out, { examples: join(FIXTURES, 'oracle/example.json'), title: 'Oracle' }));
      return readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort()
        .map((file) => [file.slice(out.length), readFileSync(file).toString('base64')]);
    };
    const a = await build(join(work, 'a'));
    const b = await build(join(work, 'b'));
    expect(a).toEqual(b);
    const paths = a.map(([p]) => p);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/.nojekyll',
        '/README.md',
        '/index.html',
        '/sw.js',
        '/model/config.json',
        '/model/tokenizer.json',
        '/model/onnx/model_quantized.onnx',
      ]),
    );
    expect(paths.some((p) => p.startsWith('/e2e/'))).toBe(false);
    const html = readFileSync(join(work, 'a/index.html'), 'utf8');
    const json = new RegExp(`<script type="application/json" id="${DEMO_MANIFEST_ELEMENT_ID}">([^<]*)</script>`).exec(html)?.[1];
    const manifest = parseDemoManifest(JSON.parse(json!));
    expect(manifest).toMatchObject({
      title: 'Oracle',
      model: { path: 'model/', dtype: 'q8' },
      card: { name: 'oracle', family: 'bert' },
      allowOtherModels: false,
    });
    expect(manifest.examples[0].title).toBe('The river crossing');
    expect(readFileSync(join(work, 'a/README.md'), 'utf8')).toMatch(/^---\n[\s\S]*\nsdk: static\n[\s\S]*\n---\n/);
  });

  it('splits weights over --max-file-mb into parts that join back to the file, or warns with --no-split', async () => {
    const original = readFileSync(join(FIXTURES, 'oracle/onnx/model_quantized.onnx'));
    const { manifest } = await buildDemo(options(join(FIXTURES, 'oracle'), join(work, 'split'), { maxFileMb: 3 }));
    const [weights] = manifest.model.weights;
    expect(weights.parts).toEqual([0, 1, 2].map((i) => `onnx/model_quantized.onnx.part-00${i}`));
    const parts = weights.parts!.map((p) => readFileSync(join(work, 'split/model', p)));
    expect(parts.every((p) => p.length <= 3 * 1024 * 1024)).toBe(true);
    expect(Buffer.concat(parts).equals(original)).toBe(true);
    expect(weights.bytes).toBe(original.length);
    expect(existsSync(join(work, 'split/model/onnx/model_quantized.onnx'))).toBe(false);

    const said: string[] = [];
    const whole = await buildDemo(
      options(join(FIXTURES, 'oracle'), join(work, 'whole'), { maxFileMb: 3, split: false, log: (m) => said.push(m) }),
    );
    expect(whole.manifest.model.weights[0].parts).toBeUndefined();
    expect(said).toEqual(expect.arrayContaining([expect.stringMatching(/^warning: .*GitHub Pages refuses files over 100 MiB/)]));
  });
});
