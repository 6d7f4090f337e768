/**
 * A question asked across several documents of the library: what goes to the worker and what comes
 * back. Offsets in an answer index the text of the document it names.
 */
import type { QaAnswer } from './answers';

export interface LibraryDocumentInput {
  /** The library's id for the document; answers name it. */
  id: string;
  text: string;
}

export interface LibraryAnswer extends QaAnswer {
  /** The document the span is in. */
  docId: string;
}

export interface LibraryResult {
  /** Best first across every document read; each share is out of one softmax over all of them. */
  answers: LibraryAnswer[];
  /** The null answer's share (when allowed), over the same softmax. */
  nullShare: number | null;
  noAnswer: boolean;
  windowsDone: number;
  windowsTotal: number;
  /** Documents whose windows were all read, of those asked. */
  documentsDone: number;
  documentsTotal: number;
  stoppedEarly: boolean;
  questionTruncated: boolean;
  /** Documents that could not be read (empty text, nothing readable), with why; the others still are. */
  skipped: Array<{ docId: string; message: string }>;
}
