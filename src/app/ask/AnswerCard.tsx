import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { QaAnswer } from '../../shared/answers';
import { answerElementId, answerLinkId } from '../common/answer-focus';
import { AnswerVariants } from './AnswerVariants';
import { ConfidenceScore } from './ConfidenceScore';
import { ScoreDetails } from './ScoreDetails';
import { answerScoreRows } from './score-details';

interface Props {
  answer: QaAnswer;
  rank: number;
  context: string;
  testId: string;
  onSelect: (rank: number) => void;
  /** "p. 3" (or "pp. 3–4" across a page break) for PDFs; null otherwise. */
  pages: string | null;
  /** Whether "no answer" took part in the shares (said in the score details). */
  nullAllowed: boolean;
  actions?: ReactNode;
  /** After the score details in the actions row (and in tab order): e.g. Right / Wrong flags. */
  feedback?: ReactNode;
}

const SNIPPET_CHARS = 70;

/**
 * The text around an answer, with the answer itself shown as a marked gap: the title above already
 * says it, and a second, bold copy made every card read its answer twice. Hidden from screen
 * readers, so the link is heard as rank, answer and confidence; choosing it moves focus to the
 * answer's mark in the document, where its context is read in full.
 */
function Snippet({ answer, context }: { answer: QaAnswer; context: string }) {
  return (
    <span className="answer-snippet" dir="auto" aria-hidden="true" data-testid="answer-snippet">
      {answer.start > SNIPPET_CHARS && '…'}
      {context.slice(Math.max(0, answer.start - SNIPPET_CHARS), answer.start)}
      <mark className="snippet-gap">answer</mark>
      {context.slice(answer.end, answer.end + SNIPPET_CHARS)}
      {answer.end + SNIPPET_CHARS < context.length && '…'}
    </span>
  );
}

/**
 * One ranked answer: a link to its mark (Enter follows links natively; Space is added for
 * button-like use), then Copy and the score details, then its folded variants, so the actions sit
 * right under the answer however many variants it has.
 */
export function AnswerCard({ answer, rank, context, testId, onSelect, pages, nullAllowed, actions, feedback }: Props) {
  const select = (e: MouseEvent | KeyboardEvent) => {
    e.preventDefault();
    onSelect(rank);
  };
  return (
    <li className={`answer rank-${Math.min(rank, 5)}`} data-testid={testId} data-rank={rank}>
      <a
        id={answerLinkId(rank)}
        href={`#${answerElementId(rank)}`}
        className="answer-link"
        onClick={select}
        onKeyDown={(e) => (e.key === ' ' || e.key === 'Spacebar') && select(e)}
      >
        <span className="answer-rank" aria-label={`Rank ${rank}`}>
          {rank}
        </span>
        <span className="answer-main">
          {/* dir="auto": an Arabic or Hebrew answer reads in its own direction, its edges unmixed with the card's. */}
          <span className="answer-text" dir="auto">
            {answer.text}
          </span>
          {pages && (
            <span className="answer-page" data-testid="answer-page">
              {pages}
            </span>
          )}
          <Snippet answer={answer} context={context} />
        </span>
        <ConfidenceScore share={answer.share} />
      </a>
      <div className="answer-actions">
        {actions}
        <ScoreDetails id={`score-details-${testId}-${rank}`} about={`answer ${rank}`} rows={answerScoreRows(answer, nullAllowed)} />
        {feedback}
      </div>
      <AnswerVariants answer={answer} />
    </li>
  );
}
