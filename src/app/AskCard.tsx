import { QuestionBox } from './ask/QuestionBox';
import type { useAsk } from './ask/use-ask';
import type { useQuestion } from './ask/use-question';
import { SampleOffer } from './sample/SampleOffer';
import { SampleQuestions } from './sample/SampleQuestions';
import type { SampleApi } from './sample/use-sample';

interface Props {
  q: ReturnType<typeof useQuestion>;
  ask: ReturnType<typeof useAsk>;
  sample: SampleApi;
  blockedReason: string | null;
  onQuestionChange: (question: string) => void;
  onAsk: () => void;
  onCancel: () => void;
  /** Fills the question box with an example's question and asks it when a model is ready. */
  onPick: (question: string) => void;
  inputId: string;
}

/**
 * The question card: "Try an example" first while the document is empty (so a first answer is a
 * few keystrokes away on any screen), the question and its progress, then the example's questions.
 */
export function AskCard({ q, ask, sample, blockedReason, onQuestionChange, onAsk, onCancel, onPick, inputId }: Props) {
  return (
    <section className="card ask-card">
      <h2>Ask</h2>
      <SampleOffer sample={sample} />
      <QuestionBox
        question={q.question}
        onQuestionChange={onQuestionChange}
        onAsk={onAsk}
        onCancel={onCancel}
        blockedReason={blockedReason}
        ask={ask.state}
        onDismissError={ask.dismissError}
        allowNull={q.allowNull}
        onAllowNullChange={q.setAllowNull}
        readingOptions={q.reading.options}
        onReadingOptionsChange={q.reading.update}
        inputId={inputId}
      />
      <SampleQuestions sample={sample} onPick={onPick} />
    </section>
  );
}
