import { QaError } from '../../shared/errors';

/** tokenizer.json as text or already decoded; invalid JSON is a TOKENIZER_INVALID error. */
export function decodeTokenizerJson(json: unknown): any {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new QaError('TOKENIZER_INVALID', `tokenizer.json is not valid JSON: ${(e as Error).message}`);
  }
}
