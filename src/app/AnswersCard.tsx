import { AnswerList } from './ask/AnswerList';
import type { AskState } from './ask/use-ask';
import type { OpenedDocument } from '../shared/documents';
import { CopyAnswerButton } from './history/CopyAnswerButton';
import { FlagButtons } from './flag/FlagButtons';
import { FlagsPanel } from './flag/FlagsPanel';
import { useFlags } from './flag/use-flags';
import { HistoryPanel } from './history/HistoryPanel';
import type { HistoryEntry } from './history/history-entry';
import type { QaHistory } from './history/use-history';

/** Where focus goes when a question is cancelled: what was found so far. */
export const ANSWERS_ID = 'answers';

interface Props {
  ask: AskState;
  doc: OpenedDocument;
  /** The answers belong to the document as it is now (so the PDF layout applies to them). */
  sameText: boolean;
  foldOpen: boolean;
  onFoldChange: (open: boolean) => void;
  onSelect: (rank: number) => void;
  onReadRest: () => void;
  history: QaHistory;
  onShowEntry: (entry: HistoryEntry) => void;
  onAsk: ((question: string) => void) | null;
  onFill: (question: string) => void;
}

/** The answers to the current question, each with Copy and Right / Wrong flags, and the document's history under them. */
export function AnswersCard({
  ask,
  doc,
  sameText,
  foldOpen,
  onFoldChange,
  onSelect,
  onReadRest,
  history,
  onShowEntry,
  onAsk,
  onFill,
}: Props) {
  const flags = useFlags();
  return (
    <section className="card answers-card" aria-label="Answers" id={ANSWERS_ID} tabIndex={-1}>
      <AnswerList
        ask={ask}
        onSelect={onSelect}
        onReadRest={onReadRest}
        layout={sameText ? doc.pdf : undefined}
        foldOpen={foldOpen}
        onFoldChange={onFoldChange}
        actions={(a) => (
          <>
            <CopyAnswerButton
              key={ask.question}
              answer={a}
              question={ask.question}
              context={ask.context}
              source={doc.name || 'Pasted text'}
            />
          </>
        )}
        feedback={(a) => (
          <FlagButtons key={`flag-${ask.question}`} answer={a} question={ask.question} context={ask.context} store={flags} />
        )}
      />
      <FlagsPanel store={flags} />
      <HistoryPanel history={history} onShow={onShowEntry} onAsk={onAsk} onFill={onFill} />
    </section>
  );
}
