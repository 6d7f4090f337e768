import * as Comlink from 'comlink';
import { QaError, toQaError, type QaErrorCode } from './errors';

interface SerializedThrow {
  code: QaErrorCode;
  message: string;
  detail?: Record<string, unknown>;
}

/**
 * Comlink's default "throw" handler keeps only message/name/stack, which would lose our error codes
 * at the worker boundary. This one sends every error across as a typed QaError. Both the worker and
 * the UI import this module so the two sides agree.
 */
const builtin = Comlink.transferHandlers.get('throw')!;
Comlink.transferHandlers.set('throw', {
  canHandle: builtin.canHandle,
  serialize(thrown: unknown): [SerializedThrow, Transferable[]] {
    const err = toQaError((thrown as { value: unknown }).value);
    return [{ code: err.code, message: err.message, detail: err.detail }, []];
  },
  deserialize(s: SerializedThrow): never {
    throw new QaError(s.code, s.message, s.detail);
  },
} as Comlink.TransferHandler<unknown, SerializedThrow>);
