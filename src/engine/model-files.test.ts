import { describe, expect, it } from 'vitest';
import { dtypePreference, parseModelConfig, resolveModelFile } from './model-files';

describe('dtypePreference', () => {
  it('prefers int8 on WASM and never q8 on WebGPU (no MatMulInteger kernel there)', () => {
    expect(dtypePreference('wasm')[0]).toBe('q8');
    expect(dtypePreference('webgpu', { shaderF16: true })[0]).toBe('fp16');
    expect(dtypePreference('webgpu', { shaderF16: false })).not.toContain('fp16');
    expect(dtypePreference('webgpu', { shaderF16: true })).not.toContain('q8');
  });
});

describe('resolveModelFile', () => {
  it('takes the first preferred file that exists', () => {
    const have = new Set(['onnx/model.onnx', 'onnx/model_fp16.onnx']);
    expect(resolveModelFile((p) => have.has(p), ['q8', 'fp16', 'fp32'])).toEqual({ dtype: 'fp16', path: 'onnx/model_fp16.onnx' });
  });
  it('lists what it looked for when nothing exists', () => {
    expect(() => resolveModelFile(() => false, ['q8', 'fp32'])).toThrow(/onnx\/model_quantized.onnx, onnx\/model.onnx/);
  });
});

describe('parseModelConfig', () => {
  it('accepts BERT-family QA configs', () => {
    expect(parseModelConfig('{"model_type":"distilbert","architectures":["DistilBertForQuestionAnswering"]}').modelType).toBe('distilbert');
    expect(parseModelConfig('{"model_type":"bert"}').maxPositionEmbeddings).toBe(512);
  });
  it.each([
    ['not json', /not valid JSON/],
    ['{}', /no "model_type"/],
    ['{"model_type":"gpt2"}', /model_type "gpt2"/],
    ['{"model_type":"bert","architectures":["BertForSequenceClassification"]}', /not a question-answering model/],
  ])('rejects %j with a specific message', (text, message) => {
    expect(() => parseModelConfig(text)).toThrow(message);
    try {
      parseModelConfig(text);
    } catch (e) {
      expect((e as { code: string }).code).toBe('MODEL_CONFIG_INVALID');
    }
  });
});
