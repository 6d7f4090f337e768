import type { KeyboardEvent, MouseEvent, ReactNode, SyntheticEvent } from 'react';
import type { QaAnswer } from '../../shared/answers';
import { pageAt, type PdfLayout } from '../../shared/documents';
import { formatPercent, plural } from '../common/format';
import { answerElementId, answerLinkId } from '../common/answer-focus';
import { answerCountLabel, strongCount } from './answer-groups';
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
}

const SNIPPET_CHARS = 70;

/** Ranked answers, best first. Partial results while reading are labelled as such. */
export function AnswerList({ ask, onSelect, onReadRest, layout, foldOpen, onFoldChange, actions }: Props) {
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
      <AnswerItem
        key={`${a.start}-${a.end}`}
        answer={a}
        rank={firstRank + i}
        context={ask.context}
        testId={testId}
        onSelect={onSelect}
        pages={pageLabel(layout, a)}
        actions={actions?.(a)}
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
          <p className="no-answer-title">No answer found</p>
          <p className="field-hint">The model thinks the text doesn't answer this question.</p>
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
          {result.nullShare !== null ? ', and "no answer" as one more' : ''}). Hover a number for the model's score within its passage.
        </p>
      )}
    </div>
  );
}

interface ItemProps {
  answer: QaAnswer;
  rank: number;
  context: string;
  testId: string;
  onSelect: (rank: number) => void;
  /** "p. 3" (or "pp. 3–4" across a page break) for PDFs; null otherwise. */
  pages: string | null;
  actions?: ReactNode;
}

function pageLabel(layout: PdfLayout | undefined, answer: QaAnswer): string | null {
  const first = pageAt(layout, answer.start);
  if (first === null) return null;
  const last = pageAt(layout, Math.max(answer.start, answer.end - 1)) ?? first;
  return last > first ? `pp. ${first}–${last}` : `p. ${first}`;
}

/** A link to the answer's mark: Enter follows links natively; Space is added for button-like use. */
function AnswerItem({ answer, rank, context, testId, onSelect, pages, actions }: ItemProps) {
  const select = (e: MouseEvent | KeyboardEvent) => {
    e.preventDefault();
    onSelect(rank);
  };
  const before = context.slice(Math.max(0, answer.start - SNIPPET_CHARS), answer.start);
  const after = context.slice(answer.end, answer.end + SNIPPET_CHARS);
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
          <span className="answer-text">{answer.text}</span>
          {pages && (
            <span className="answer-page" data-testid="answer-page">
              {pages}
            </span>
          )}
          <span className="answer-snippet" aria-hidden="true">
            {answer.start > SNIPPET_CHARS && '…'}
            {before}
            <strong>{answer.text}</strong>
            {after}
            {answer.end + SNIPPET_CHARS < context.length && '…'}
          </span>
        </span>
        <span className="answer-score" title={`Score within its passage: ${formatPercent(answer.score)}`}>
          <span className="visually-hidden">Confidence </span>
          {formatPercent(answer.share)}
          <span className="score-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(2, Math.round(answer.share * 100))}%` }} />
          </span>
        </span>
      </a>
      {answer.alternatives && answer.alternatives.length > 0 && (
        <details className="answer-alternatives" data-testid="answer-alternatives">
          <summary>
            {plural(answer.alternatives.length, 'overlapping variant')} (included in {formatPercent(answer.share)})
          </summary>
          <ul>
            {answer.alternatives.map((alt) => (
              <li key={`${alt.start}-${alt.end}`}>
                <span className="answer-text">{alt.text}</span> <span className="answer-alt-share">{formatPercent(alt.share)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {actions}
    </li>
  );
}
