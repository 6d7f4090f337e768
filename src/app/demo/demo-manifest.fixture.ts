import type { DemoManifest } from '../../shared/demo-manifest';

/** A small manifest as `npm run demo` writes it, for the demo page's and the start-up parameters' tests. */
export const TEST_MANIFEST: DemoManifest = {
  version: 1,
  title: 'Demo',
  description: 'A demo',
  model: { path: 'model/', dtype: 'q8', weights: [{ path: 'onnx/model_quantized.onnx', bytes: 10 }] },
  card: { name: 'my-model', family: 'bert', weightBytes: 10, languages: ['en'], licence: 'mit', metrics: [], metricsSource: null },
  examples: [{ title: 'E', text: 'zebra omega', questions: [{ question: 'Q?', answer: null }] }],
  allowOtherModels: false,
};
