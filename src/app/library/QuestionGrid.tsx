import { useId, useState } from 'react';
import { downloadFile } from '../common/download-file';
import { ErrorBanner } from '../common/ErrorBanner';
import { formatPercent } from '../common/format';
import type { QaAnswer } from '../../shared/answers';
import { gridRecord, toCsv, toJson, type GridCell } from './grid-export';
import { cellKey } from './grid-store';
import { questionsFromFile } from './question-file';
import type { LibraryEntry } from './library-store';
import type { useGrid } from './use-grid';

interface Props {
  grid: ReturnType<typeof useGrid>;
  entries: readonly LibraryEntry[];
  chosen: readonly string[];
  blockedReason: string | null;
  /** Opens the cell's document at its answer. */
  onOpen: (docId: string, question: string, answer: QaAnswer) => void;
}

/** Questions × chosen documents: each cell the best answer, its confidence and a link to its mark. */
export function QuestionGrid({ grid: g, entries, chosen, blockedReason, onOpen }: Props) {
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<unknown>(null);
  const id = useId();
  // A file's questions go after those already typed: loading one never loses what is in the box.
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const loaded = questionsFromFile(file.name, await file.text());
      setText((now) => [now.trimEnd(), ...loaded].filter(Boolean).join('\n'));
      setFileError(null);
    } catch (e) {
      setFileError(e);
    }
  };
  const questions = text
    .split(/\r?\n/)
    .map((q) => q.trim())
    .filter(Boolean);
  const names = new Map(entries.map((e) => [e.id, e.name]));
  const grid = g.grid;
  const filled = grid ? Object.keys(grid.cells).length : 0;
  const total = grid ? grid.questions.length * grid.docIds.length : 0;
  const records = () =>
    grid
      ? grid.questions.flatMap((q) =>
          grid.docIds.flatMap((d) => {
            const cell = grid.cells[cellKey(q, d)];
            return cell ? [gridRecord(q, names.get(d) ?? d, cell)] : [];
          }),
        )
      : [];
  return (
    <section className="question-grid" aria-labelledby={`${id}-h`} data-testid="grid">
      <h3 id={`${id}-h`}>Question grid</h3>
      <label htmlFor={`${id}-q`}>Questions, one per line</label>
      <textarea id={`${id}-q`} rows={3} dir="auto" value={text} onChange={(e) => setText(e.target.value)} />
      <label className="button button-quiet file-button">
        <input
          className="visually-hidden"
          type="file"
          accept=".txt,.csv,.json,text/plain,text/csv,application/json"
          data-testid="grid-questions-file"
          onChange={(e) => {
            void loadFile(e.target.files?.[0]);
            e.target.value = ''; // The same file picked again must load again.
          }}
        />
        Load questions from a file (.txt, .csv, .json)…
      </label>
      {fileError !== null && <ErrorBanner error={fileError} onDismiss={() => setFileError(null)} />}
      <div className="toolbar">
        <button
          type="button"
          className="button button-primary"
          disabled={questions.length === 0 || chosen.length === 0 || blockedReason !== null}
          onClick={() => g.start(questions, [...chosen])}
        >
          Fill the grid ({questions.length} × {chosen.length})
        </button>
        {grid?.running ? (
          <button type="button" className="button button-quiet" onClick={g.cancel}>
            Cancel
          </button>
        ) : (
          grid &&
          filled < total && (
            <button type="button" className="button button-secondary" disabled={blockedReason !== null} onClick={g.resume}>
              Resume
            </button>
          )
        )}
        {grid && filled > 0 && (
          <>
            <button type="button" className="button button-quiet" onClick={() => downloadFile('grid.csv', 'text/csv', toCsv(records()))}>
              Export CSV
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => downloadFile('grid.json', 'application/json', toJson(records()))}
            >
              Export JSON
            </button>
          </>
        )}
      </div>
      {grid && (
        <p role="status" data-testid="grid-status">
          {filled} of {total} cells{grid.running ? ' — filling…' : filled < total ? ' — paused' : ''}
        </p>
      )}
      {g.error !== null && <ErrorBanner error={g.error} />}
      {grid && (
        <div className="grid-scroll" tabIndex={0} role="region" aria-label="Question grid answers">
          <table className="grid-table">
            <thead>
              <tr>
                <th scope="col">Question</th>
                {grid.docIds.map((d) => (
                  <th scope="col" key={d}>
                    <bdi>{names.get(d) ?? 'Removed document'}</bdi>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.questions.map((q) => (
                <tr key={q} data-testid="grid-row">
                  <th scope="row">
                    <bdi>{q}</bdi>
                    <button type="button" className="button button-quiet" onClick={() => g.reask(q)} aria-label={`Ask again: ${q}`}>
                      Ask row again
                    </button>
                  </th>
                  {grid.docIds.map((d) => (
                    <td key={d} data-testid="grid-cell">
                      <Cell cell={grid.cells[cellKey(q, d)]} onOpen={(a) => onOpen(d, q, a)} onReask={() => g.reask(q, d)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Cell({ cell, onOpen, onReask }: { cell: GridCell | undefined; onOpen: (a: QaAnswer) => void; onReask: () => void }) {
  if (!cell) return <span className="grid-pending">…</span>;
  const a = cell.answer;
  return (
    <span className="grid-cell" data-state={a ? 'answer' : 'none'}>
      {a ? (
        <button type="button" className="library-answer" onClick={() => onOpen(a)}>
          <span className="answer-text" dir="auto">
            {a.text}
          </span>
          <span className="library-answer-source">
            {cell.page !== null && `p. ${cell.page} · `}
            {formatPercent(a.share)}
          </span>
        </button>
      ) : (
        <span>{cell.missing ? 'document removed' : 'no answer'}</span>
      )}
      <button type="button" className="button button-quiet" onClick={onReask}>
        Ask again
      </button>
    </span>
  );
}
