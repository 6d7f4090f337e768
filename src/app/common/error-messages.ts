import { isQaError, type QaErrorCode } from '../../shared/errors';

/**
 * The one place that turns failures into words. Every QaError code has a headline (what happened)
 * and a hint (what to do); the error's own message is shown too, because it names the specific
 * file, URL or value at fault, which a generic headline cannot.
 */
interface ErrorText {
  title: string;
  hint: string;
  /** A file that could not be opened: in the viewer, the document already open stays, and the hint says so. */
  openFailure?: true;
}

/** Where the error shows: the viewer's document stays after a failed open; a library row has no "current document". */
export type ErrorPlace = 'viewer' | 'library';

const MESSAGES: Record<QaErrorCode, ErrorText> = {
  EMPTY_QUESTION: { title: 'Type a question first.', hint: 'Write what you want to find in the document, then press Enter.' },
  EMPTY_CONTEXT: { title: 'The document is empty.', hint: 'Paste or type some text, or open a PDF, Word, Markdown, HTML or text file.' },
  ABORTED: { title: 'Cancelled.', hint: 'Nothing was lost; start again whenever you like.' },
  TOKENIZER_INVALID: {
    title: "The model's tokenizer can't be used.",
    hint: 'The model folder needs a valid fast-tokenizer file, tokenizer.json, as Hugging Face exports write it.',
  },
  TOKENIZER_UNSUPPORTED: {
    title: "The model's tokenizer uses a step this app doesn't support.",
    hint: 'Supported: WordPiece, byte-level BPE and SentencePiece Unigram tokenizers (BERT, RoBERTa, XLM-R, DeBERTa, ALBERT families).',
  },
  MODEL_CONFIG_INVALID: {
    title: 'This is not a supported question-answering model.',
    hint: 'Choose an extractive QA model (BERT, DistilBERT, RoBERTa, XLM-R, DeBERTa, ALBERT families), e.g. Xenova/distilbert-base-cased-distilled-squad.',
  },
  MODEL_FILE_MISSING: {
    title: 'A model file is missing.',
    hint: 'A model needs config.json, tokenizer.json and ONNX weights in an onnx/ folder.',
  },
  MODEL_INVALID: {
    title: 'The model file is damaged or not a valid ONNX model.',
    hint: 'Download it again, or pick a different weights format.',
  },
  MODEL_NOT_QA: {
    title: 'This ONNX model does not answer questions.',
    hint: 'It needs input_ids in and start_logits / end_logits out, as Hugging Face question-answering exports have.',
  },
  NETWORK: {
    title: "The model couldn't be downloaded.",
    // What works offline is listed right under the banner (OfflineHelp), so the hint does not repeat it.
    hint: 'Check the address and your connection, then try again.',
  },
  BACKEND_UNAVAILABLE: {
    title: 'No compute backend could run this model.',
    hint: 'Try the WASM backend, another weights format, or a different browser.',
  },
  INFERENCE_FAILED: {
    title: 'The model failed while reading the document.',
    hint: 'Try again; if it keeps failing, reload the model or switch to WASM.',
  },
  NOT_LOADED: { title: 'No model is loaded.', hint: 'Load a model first, then ask again.' },
  WORKER_CRASHED: {
    title: 'The model worker crashed.',
    hint: 'Your document and question are kept. The app restarts the worker once by itself; after that use Reload under Model. Very large inputs can run the browser out of memory.',
  },
  DATASET_INVALID: {
    title: "That file isn't a usable SQuAD dataset.",
    hint: 'Use a SQuAD v1.1 or v2.0 JSON file (data → paragraphs → qas).',
  },
  INPUT_INVALID: {
    title: "That value can't be used.",
    hint: 'Correct it and try again; the message above says what was expected.',
  },
  DOCUMENT_UNSUPPORTED: {
    title: "Couldn't open that file.",
    hint: 'Open a PDF, Word (.docx), Markdown, HTML or text file, or paste the text.',
    openFailure: true,
  },
  DOCUMENT_PASSWORD: {
    title: 'This PDF is protected by a password.',
    hint: 'Type its password to open it; it is used only here, to decrypt the file in your browser.',
  },
  DOCUMENT_NO_TEXT: {
    title: 'This file has no text to ask about.',
    hint: 'Text recognition found no words on its pages: a blank or very faint scan, or a picture without text. Try a clearer scan, or paste the text.',
    openFailure: true,
  },
  OCR_FAILED: {
    title: "Text recognition didn't work on this file.",
    hint: 'The scan could not be read as text in this browser. Try again, or paste the text.',
    openFailure: true,
  },
  DOCUMENT_DAMAGED: {
    title: 'This file is damaged.',
    hint: 'It could not be read as the format its name says. Open another copy, or paste the text.',
    openFailure: true,
  },
  CLIPBOARD_DENIED: {
    title: "The browser didn't allow copying.",
    hint: 'Allow clipboard access for this site, or select the answer in the document and copy it yourself.',
  },
  STORAGE_FULL: {
    title: "The browser's storage for this site is full.",
    hint: 'Remove documents you no longer need from the library (or saved models under Model), then add it again. Nothing already stored was lost.',
  },
  UNKNOWN: { title: 'Something went wrong.', hint: 'Try again. If it keeps happening, reload the page.' },
};

export interface DescribedError {
  code: QaErrorCode | null;
  title: string;
  hint: string;
  /** The original message when it adds something to the headline (file names, URLs, values). */
  message: string | null;
  detail: Record<string, unknown> | null;
}

/** Works for QaErrors and for anything else thrown (then `fallbackTitle` is the headline). */
export function describeError(error: unknown, fallbackTitle?: string, place: ErrorPlace = 'viewer'): DescribedError {
  if (isQaError(error)) {
    const text = MESSAGES[error.code] ?? MESSAGES.UNKNOWN;
    return {
      code: error.code,
      title: text.title,
      hint: text.openFailure && place === 'viewer' ? `${text.hint} Your current document is unchanged.` : text.hint,
      message: sameText(error.message, text.title) ? null : error.message,
      detail: error.detail ?? null,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: null,
    title: fallbackTitle ?? MESSAGES.UNKNOWN.title,
    hint: MESSAGES.UNKNOWN.hint,
    message: message || null,
    detail: null,
  };
}

/** True when the message only repeats the headline ("The document is empty: paste…"). */
function sameText(message: string, title: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .replace(/[.\s]+$/, '')
      .toLowerCase();
  return norm(message).startsWith(norm(title));
}
