import { describe, expect, it } from 'vitest';
import { parseModelConfig } from './model-config';

describe('parseModelConfig', () => {
  it('accepts BERT-family QA configs', () => {
    expect(parseModelConfig('{"model_type":"distilbert","architectures":["DistilBertForQuestionAnswering"]}').modelType).toBe('distilbert');
    expect(parseModelConfig('{"model_type":"bert"}').maxPositionEmbeddings).toBe(512);
    expect(parseModelConfig('{"model_type":"bert","max_position_embeddings":128}').maxPositionEmbeddings).toBe(128);
  });
  it.each(['roberta', 'xlm-roberta', 'camembert', 'deberta', 'deberta-v2', 'albert', 'electra', 'mobilebert'])('accepts %s', (type) => {
    expect(parseModelConfig(JSON.stringify({ model_type: type })).modelType).toBe(type);
  });
  it("counts RoBERTa's usable positions: 514 embeddings after padding_idx 1 hold 512 tokens", () => {
    expect(parseModelConfig('{"model_type":"roberta","max_position_embeddings":514,"pad_token_id":1}').maxPositionEmbeddings).toBe(512);
    expect(parseModelConfig('{"model_type":"deberta-v2","max_position_embeddings":512}').maxPositionEmbeddings).toBe(512);
  });
  it('lists the supported types when refusing one', () => {
    expect(() => parseModelConfig('{"model_type":"t5"}')).toThrow(
      /bert, distilbert, .*roberta, xlm-roberta, camembert, deberta, deberta-v2, albert/,
    );
  });
  it.each([
    ['not json', /not valid JSON/],
    ['{}', /no "model_type"/],
    ['{"model_type":"gpt2"}', /model_type "gpt2"/],
    ['{"model_type":"bert","architectures":["BertForSequenceClassification"]}', /not a question-answering model/],
    ['{"model_type":"bert","max_position_embeddings":8}', /max_position_embeddings 8; a QA model needs at least 32/],
    ['{"model_type":"bert","max_position_embeddings":"512"}', /max_position_embeddings "512"/],
  ])('rejects %j with a specific message', (text, message) => {
    expect(() => parseModelConfig(text)).toThrow(message);
    try {
      parseModelConfig(text);
    } catch (e) {
      expect((e as { code: string }).code).toBe('MODEL_CONFIG_INVALID');
    }
  });
});
