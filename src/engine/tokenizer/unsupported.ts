import { QaError } from '../../shared/errors';

/** A tokenizer.json component, or an option of one, that this app does not implement. */
export function unsupported(component: string, why = 'the app does not implement it'): QaError {
  return new QaError('TOKENIZER_UNSUPPORTED', `tokenizer.json uses ${component}, which cannot be used: ${why}.`, { component });
}

/** tokenizer.json is malformed (a section missing or of the wrong shape). */
export function invalid(message: string): QaError {
  return new QaError('TOKENIZER_INVALID', `tokenizer.json is invalid: ${message}`);
}

/** A component's `type`, for messages. */
export function typeOf(section: unknown): string {
  return typeof section === 'object' && section !== null && typeof (section as { type?: unknown }).type === 'string'
    ? (section as { type: string }).type
    : JSON.stringify(section);
}
