import { useState } from 'react';
import { formatPercent, plural } from '../common/format';
import type { HistoryEntry } from './history-entry';
import { downloadFile } from '../common/download-file';
import { APP_VERSION } from './app-version';
import { exportFileName, toCsv, toJson } from './export-qa';
import type { QaHistory } from './use-history';

interface Props {
  history: QaHistory;
  /** Shows the entry's own answers again (its text is unchanged). */
  onShow: (entry: HistoryEntry) => void;
  /** Asks the question again about the current text; null when no model is ready. */
  onAsk: ((question: string) => void) | null;
  /** Puts the question in the box without asking. */
  onFill: (question: string) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** The questions asked about this document, newest first, collapsed until wanted; with JSON and CSV export. */
export function HistoryPanel({ history, onShow, onAsk, onFill }: Props) {
  const [note, setNote] = useState<string | null>(null);
  const entries = history.entries;
  const pick = (entry: HistoryEntry) => {
    if (history.isCurrent(entry)) {
      setNote(null);
      onShow(entry);
    } else if (onAsk) {
      setNote('The text changed since this question was asked, so it was asked again.');
      onAsk(entry.question);
    } else {
      setNote('The text changed since this question was asked: load a model and ask again for answers in the current text.');
      onFill(entry.question);
    }
  };
  const save = (ext: 'csv' | 'json') => {
    const now = new Date();
    const name = exportFileName(history.exportDocument.title, ext, now);
    // The byte-order mark makes spreadsheet apps read the CSV as UTF-8 rather than a legacy code page.
    if (ext === 'csv') downloadFile(name, 'text/csv;charset=utf-8', `\uFEFF${toCsv(entries, APP_VERSION)}`);
    else downloadFile(name, 'application/json', toJson(history.exportDocument, entries, now, APP_VERSION));
  };

  return (
    <details className="history" data-testid="history">
      <summary>History ({plural(entries.length, 'question')})</summary>
      {entries.length === 0 ? (
        <p className="field-hint">The questions you ask about this document are kept here with their answers, in this browser only.</p>
      ) : (
        <ol className="history-list" aria-label="Questions asked, newest first">
          {[...entries].reverse().map((e) => (
            <li key={e.id}>
              <button type="button" className="history-entry" data-testid="history-entry" onClick={() => pick(e)}>
                {/* bdi: an Arabic or Hebrew question or answer keeps its order next to the share and time. */}
                <bdi className="history-question">{e.question}</bdi>
                <span className="history-answer">
                  {e.noAnswer || e.answers.length === 0 ? (
                    'No answer'
                  ) : (
                    <>
                      <bdi>{e.answers[0].text}</bdi> · {formatPercent(e.answers[0].share)}
                    </>
                  )}
                  {' · '}
                  <time dateTime={new Date(e.askedAt).toISOString()}>{timeFormat.format(e.askedAt)}</time>
                  {!history.isCurrent(e) && ' · earlier version of the text'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {note && (
        <p className="field-hint" role="status">
          {note}
        </p>
      )}
      {!history.stored && <p className="field-hint warn">The browser's storage refused the history: it will not be here after a reload.</p>}
      <div className="button-row">
        <button type="button" className="button button-quiet" disabled={entries.length === 0} onClick={() => save('json')}>
          Export JSON
        </button>
        <button type="button" className="button button-quiet" disabled={entries.length === 0} onClick={() => save('csv')}>
          Export CSV
        </button>
      </div>
    </details>
  );
}
