import { describe, expect, it } from 'vitest';
import type { DemoManifest } from '../../shared/demo-manifest';
import { readDemoPage } from './demo-page';

const manifest: DemoManifest = {
  version: 1,
  title: 'Demo',
  description: 'A demo',
  model: { path: 'model/', dtype: 'q8', weights: [{ path: 'onnx/model_quantized.onnx', bytes: 10 }] },
  card: { name: 'my-model', family: 'bert', weightBytes: 10, languages: ['en'], licence: 'mit', metrics: [], metricsSource: null },
  examples: [{ title: 'E', text: 'zebra omega', questions: [{ question: 'Q?', answer: null }] }],
  allowOtherModels: false,
};
const page = (text: string | null) => ({ getElementById: () => (text === null ? null : ({ textContent: text } as HTMLElement)) });

describe('a demo page', () => {
  it('reads the manifest the builder embedded, and says what is wrong with a broken one', () => {
    expect(readDemoPage(page(null))).toEqual({ manifest: null, problem: null });
    expect(readDemoPage(page(JSON.stringify(manifest)))).toEqual({ manifest, problem: null });
    expect(readDemoPage(page('{'))).toEqual({ manifest: null, problem: 'The demo manifest in this page is not valid JSON.' });
    expect(readDemoPage(page(JSON.stringify({ ...manifest, version: 9 }))).problem).toMatch(/version 9/);
  });
});
