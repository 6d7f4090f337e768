import type { DemoExample } from '../../shared/demo-manifest';
import type { SampleDocument } from '../sample/sample-types';

/** A demo's examples as the sample feature shows them: documents with question chips. */
export const demoExamples = (examples: readonly DemoExample[]): SampleDocument[] =>
  examples.map((e) => ({
    title: e.title,
    source: e.source,
    licence: e.licence,
    questions: e.questions,
    questionsNote: null,
    text: e.text,
  }));
