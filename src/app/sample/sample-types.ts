/** The bundled example document and its questions (the text itself lives in sample-document.ts, loaded lazily). */
interface SampleQuestion {
  question: string;
  /** SQuAD's answer, or null for the question the text does not answer. */
  answer: string | null;
}

export interface SampleDocument {
  /** The article's title, for the attribution. */
  title: string;
  source: string;
  url: string;
  licence: string;
  licenceUrl: string;
  questions: readonly SampleQuestion[];
  text: string;
}

/**
 * The document name the sample is opened under. It is saved with the text, so after a reload the
 * app still knows the document is the sample (to show its attribution and questions), and still
 * does after the user edits it: the edited text is still derived from the article.
 */
export const SAMPLE_NAME = 'Example: “Normans” (Wikipedia)';

export const loadSample = (): Promise<SampleDocument> => import('./sample-document').then((m) => m.SAMPLE);
