/** The example document and its questions (the bundled text lives in sample-document.ts, loaded lazily). */
export interface SampleQuestion {
  question: string;
  /** The expected answer, or null for a question the text does not answer (or one that says none). */
  answer: string | null;
}

export interface SampleDocument {
  /** The text's title, for the attribution. */
  title: string;
  /** Attribution, where the example gives it (the bundled one always does: CC BY-SA asks for it). */
  source?: string;
  url?: string;
  licence?: string;
  licenceUrl?: string;
  questions: readonly SampleQuestion[];
  /** Where the questions come from, said by the chips ("from SQuAD 2.0; …"); null says nothing. */
  questionsNote: string | null;
  text: string;
}

/**
 * The document name the bundled example is opened under. It is saved with the text, so after a
 * reload the app still knows the document is the example (to show its attribution and questions),
 * and still does after the user edits it: the edited text is still derived from the article.
 */
export const SAMPLE_NAME = 'Example: “Normans” (Wikipedia)';

/** A linked example (?example=) is opened under its own title, with the same prefix. */
const EXAMPLE_PREFIX = 'Example: “';
export const linkedExampleName = (title: string) => `${EXAMPLE_PREFIX}${title}”`;
export const isLinkedExampleName = (name: string) => name.startsWith(EXAMPLE_PREFIX) && name !== SAMPLE_NAME;

export const loadSample = (): Promise<SampleDocument> => import('./sample-document').then((m) => m.SAMPLE);
