import type { SampleApi } from './use-sample';

interface Props {
  sample: SampleApi;
  /** Fills the question box with the question, and asks it when a model is ready. */
  onPick: (question: string) => void;
}

/** The example's questions, as chips by the question box: one click asks. One of them the text does not answer. */
export function SampleQuestions({ sample, onPick }: Props) {
  if (!sample.isSample || !sample.sample) return null;
  return (
    <div className="sample-questions" data-testid="sample-questions">
      <p className="field-hint" id="sample-questions-label">
        {sample.sample.questionsNote ? `Questions to try (${sample.sample.questionsNote}):` : 'Questions to try:'}
      </p>
      <ul className="chips" aria-labelledby="sample-questions-label">
        {sample.sample.questions.map((q) => (
          <li key={q.question}>
            <button type="button" className="chip" onClick={() => onPick(q.question)}>
              {q.question}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
