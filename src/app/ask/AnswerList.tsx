import type { ReactNode, SyntheticEvent } from 'react';
import type { QaAnswer } from '../../shared/answers';
import { ocrBoxesInRange, pageAt, type PdfLayout } from '../../shared/documents';
import { plural } from '../common/format';
import { AnswerCard } from './AnswerCard';
import { answerCountLabel, strongCount } from './answer-groups';
import { ConfidenceScore } from './ConfidenceScore';
import { ScoreDetails } from './ScoreDetails';
import { noAnswerScoreRows } from './score-details';
import { readingProgress } from './reading-progress';
import type { AskState } from './use-ask';

interface Props {
  ask: AskState;
  /** Show answer `rank` (1-based) in the document. */
  onSelect: (rank: number) => void;
  /** Read the passages a confident stop skipped. */
  onReadRest: () => void;
  /** The PDF layout of the text the answers are from, to label each answer with its page. */
  layout?: PdfLayout;
  /** Whether the folded guesses are open (they are highlighted in the document only then). */
  foldOpen: boolean;
  onFoldChange: (open: boolean) => void;
  /** Extra controls for each answer (e.g. Copy), shown under it. */
  actions?: (answer: QaAnswer) => ReactNode;
  feedback?: (answer: QaAnswer) => ReactNode;
}

/** Ranked answers, best first. Partial results while reading are labelled as such. */
export function AnswerList({ ask, onSelect, onReadRest, layout, foldOpen, onFoldChange, actions, feedback }: Props) {
  const result = ask.result;
  if (!result) {
    if (ask.status === 'running') return <p className="empty-hint">Reading… the best answers so far appear here.</p>;
    return <p className="empty-hint">Answers will appear here, best first.</p>;
  }
  const partial = ask.status === 'running' || ask.status === 'cancelled';
  const strong = strongCount(result.answers);
  const heading = partial
    ? `${ask.status === 'cancelled' ? 'Cancelled: best' : 'Best'} so far (${readingProgress(result.windowsDone, result.windowsTotal, ask.order)})`
    : answerCountLabel(result, foldOpen);
  const fold = { open: foldOpen, onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => onFoldChange(e.currentTarget.open) };

  const items = (answers: readonly QaAnswer[], testId: string, firstRank = 1) =>
    answers.map((a, i) => (
      <AnswerCard
        key={`${a.start}-${a.end}`}
        answer={a}
        rank={firstRank + i}
        context={ask.context}
        testId={testId}
        onSelect={onSelect}
        pages={pageLabel(layout, a)}
        nullAllowed={result.nullShare !== null}
        actions={actions?.(a)}
        feedback={feedback?.(a)}
      />
    ));

  return (
    <div className="answers">
      <p className="answers-heading">{heading}</p>
      {ask.status === 'done' && result.stoppedEarly && (
        <div className="stopped-early" data-testid="stopped-early">
          <p>
            Stopped after {result.windowsDone} of {plural(result.windowsTotal, 'passage')}: the best answer is confident and the passages
            left share few words with the question.
          </p>
          <button type="button" className="button button-secondary" onClick={onReadRest}>
            Read the rest
          </button>
        </div>
      )}
      {result.questionTruncated && <p className="field-hint">The question was long, so only its beginning was used.</p>}
      {result.noAnswer ? (
        <div className="no-answer" data-testid="no-answer">
          <div className="no-answer-head">
            <div>
              <p className="no-answer-title">No answer found</p>
              <p className="field-hint">The model thinks the text doesn't answer this question.</p>
            </div>
            {result.nullShare !== null && <ConfidenceScore share={result.nullShare} />}
          </div>
          {result.nullShare !== null && (
            <div className="answer-actions">
              <ScoreDetails id="score-details-no-answer" about="“no answer”" rows={noAnswerScoreRows(result)} />
            </div>
          )}
          {result.answers.length > 0 && (
            <details {...fold}>
              <summary>Show low-confidence guesses</summary>
              <ol className="answer-list" aria-label="Low-confidence guesses">
                {items(result.answers, 'answer-guess')}
              </ol>
            </details>
          )}
        </div>
      ) : (
        <>
          <ol className="answer-list" aria-label="Answers">
            {items(result.answers.slice(0, strong), 'answer')}
          </ol>
          {strong < result.answers.length && (
            <details className="weaker-guesses" {...fold}>
              <summary>Show weaker guesses ({result.answers.length - strong})</summary>
              <ol className="answer-list" aria-label="Weaker guesses" start={strong + 1}>
                {items(result.answers.slice(strong), 'answer', strong + 1)}
              </ol>
            </details>
          )}
        </>
      )}
      {result.answers.length > 0 && (
        <p className="field-hint confidence-hint" data-testid="confidence-hint">
          Confidence: each answer's share among all the answers found in the document (overlapping spans counted together
          {result.nullShare !== null ? ', and "no answer" as one more' : ''}). “Score details” shows the model's own figures behind it.
        </p>
      )}
    </div>
  );
}

function pageLabel(layout: PdfLayout | undefined, answer: QaAnswer): string | null {
  const first = pageAt(layout, answer.start);
  if (first === null) return null;
  const last = pageAt(layout, Math.max(answer.start, answer.end - 1)) ?? first;
  const pages = last > first ? `pp. ${first}–${last}` : `p. ${first}`;
  // Text read from a scan may hold recognition mistakes: the answer says where it comes from.
  const ocr = layout?.ocr && ocrBoxesInRange(layout.ocr, answer.start, answer.end).length > 0;
  return ocr ? `${pages} · recognised text (OCR)` : pages;
}
