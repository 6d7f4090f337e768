/**
 * Typed errors shared by the engine, the worker and the UI. Every failure the user can cause or meet
 * carries a `code`, so the UI can map it to a clear message instead of showing a raw stack trace.
 */
export type QaErrorCode =
  | 'EMPTY_QUESTION'
  | 'EMPTY_CONTEXT'
  | 'ABORTED'
  | 'TOKENIZER_INVALID'
  /** tokenizer.json uses a component (normalizer, pre-tokenizer, model, …) the app does not implement: detail.component names it. */
  | 'TOKENIZER_UNSUPPORTED'
  | 'MODEL_CONFIG_INVALID'
  | 'MODEL_FILE_MISSING'
  | 'MODEL_INVALID'
  | 'MODEL_NOT_QA'
  | 'NETWORK'
  | 'BACKEND_UNAVAILABLE'
  | 'INFERENCE_FAILED'
  | 'NOT_LOADED'
  | 'WORKER_CRASHED'
  | 'DATASET_INVALID'
  /** Something the user typed or chose cannot be used as it is (a malformed URL or model id). */
  | 'INPUT_INVALID'
  /** A document file the app cannot read (wrong type, too large). */
  | 'DOCUMENT_UNSUPPORTED'
  /** The PDF is encrypted: detail.wrong is true when a password was given and rejected. */
  | 'DOCUMENT_PASSWORD'
  /** The file opened but has no text to ask about (a scanned, image-only PDF). */
  | 'DOCUMENT_NO_TEXT'
  /** Text recognition (OCR) of a scanned page or image could not run or failed on a page. */
  | 'OCR_FAILED'
  /** The file claims a format it does not hold, or is truncated/corrupt. */
  | 'DOCUMENT_DAMAGED'
  /** The browser refused to write to the clipboard (permission denied, insecure context, page not focused). */
  | 'CLIPBOARD_DENIED'
  /** The browser's storage is full (quota): detail.needed is the size that did not fit. */
  | 'STORAGE_FULL'
  | 'UNKNOWN';

export class QaError extends Error {
  readonly code: QaErrorCode;
  /** Extra machine-readable facts (file name, expected vs actual) for the UI and for logs. */
  readonly detail?: Record<string, unknown>;

  constructor(code: QaErrorCode, message: string, detail?: Record<string, unknown>) {
    super(message);
    this.name = 'QaError';
    this.code = code;
    this.detail = detail;
  }
}

export function isQaError(e: unknown): e is QaError {
  return (
    e instanceof QaError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'QaError' &&
      typeof (e as { code?: unknown }).code === 'string')
  );
}

/** Wraps anything thrown into a QaError, keeping typed errors as they are. */
export function toQaError(e: unknown, fallback: QaErrorCode = 'UNKNOWN'): QaError {
  if (e instanceof QaError) return e;
  if (isQaError(e)) return new QaError(e.code, e.message, e.detail);
  if (e instanceof DOMException && e.name === 'AbortError') return new QaError('ABORTED', 'Cancelled.');
  const message = e instanceof Error ? e.message : String(e);
  return new QaError(fallback, message);
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new QaError('ABORTED', 'Cancelled.');
}
