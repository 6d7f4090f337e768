import { useDeferredValue, useEffect, useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { DOCUMENT_ACCEPT, readDocumentFile } from './document-file';
import { countWords, formatBytes, plural } from '../common/format';
import { answerElementId } from './highlight-segments';
import { isLargeDocument, largePasteResult } from './large-document';
import { ErrorBanner } from '../common/ErrorBanner';
import { HighlightedDocument } from './HighlightedDocument';
import { dragHasFiles } from '../common/drag-has-files';

export type DocumentMode = 'edit' | 'view';

/**
 * Bring an answer's mark into view. `reveal` (a click on the answer) may scroll the page and flashes
 * the mark; without it (a new result) only the document box scrolls, so the page doesn't jump away
 * from the question box. `seq` makes repeated requests for the same answer work.
 */
export interface FocusRequest {
  rank: number;
  seq: number;
  reveal: boolean;
}

interface Props {
  text: string;
  onTextChange: (text: string) => void;
  /** What to highlight; null when there is nothing for this exact text (e.g. it was edited since). */
  highlights: { answers: readonly QaAnswer[]; heatmap?: TokenHeatmap } | null;
  /** True when answers exist but belong to an earlier version of the text. */
  stale: boolean;
  mode: DocumentMode;
  onModeChange: (mode: DocumentMode) => void;
  heatmapEnabled: boolean;
  onHeatmapChange: (on: boolean) => void;
  focusRequest: FocusRequest | null;
  /** A file that couldn't be opened; owned by the app so it can keep one error on screen at a time. */
  fileError: unknown;
  onFileError: (error: unknown) => void;
  /** Empties the document and the question (and their saved copies). */
  onClear: () => void;
  canClear: boolean;
  /** False when the browser's storage refused the text (too large), so it won't survive a reload. */
  stored: boolean;
}

const NO_ANSWERS: readonly QaAnswer[] = [];

export function DocumentPane(props: Props) {
  const { text, onTextChange, highlights, mode, onModeChange, focusRequest, fileError, onFileError } = props;
  const viewRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  const deferred = useDeferredValue(text);
  const words = useMemo(() => countWords(deferred), [deferred]);
  const showView = mode === 'view' && highlights !== null;
  const large = isLargeDocument(text);
  // A large document is previewed read-only unless the user asks to edit it anyway (slow).
  const [editLarge, setEditLarge] = useState(false);
  useEffect(() => {
    if (!large) setEditLarge(false);
  }, [large]);

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    const next = largePasteResult(el.value, el.selectionStart, el.selectionEnd, e.clipboardData.getData('text/plain'));
    if (next === null) return;
    e.preventDefault();
    setEditLarge(false);
    onTextChange(next);
  };

  useEffect(() => {
    if (!showView || !focusRequest) return;
    const box = viewRef.current;
    const el = box?.querySelector<HTMLElement>(`#${answerElementId(focusRequest.rank)}`);
    if (!box || !el) return;
    if (!focusRequest.reveal) {
      const b = box.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      box.scrollTop += r.top - b.top - (b.height - r.height) / 2;
      return;
    }
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    // Restart the animation even when the same mark is flashed twice in a row.
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
    const done = () => el.classList.remove('flash');
    el.addEventListener('animationend', done, { once: true });
    return () => el.removeEventListener('animationend', done);
  }, [showView, focusRequest]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      onTextChange(await readDocumentFile(file));
      onFileError(null);
      onModeChange('edit');
    } catch (e) {
      onFileError(e); // The current text stays untouched.
    }
  };
  const onDrop = (e: DragEvent) => {
    if (!dragHasFiles(e)) return; // Dragged text falls through to the textarea's own handling.
    e.preventDefault();
    setDragging(false);
    void open(e.dataTransfer.files[0]);
  };

  // No aria-labelledby on the section: "Document" must name only the textarea.
  return (
    <section
      className={`card document-pane${dragging ? ' is-dragging' : ''}`}
      onDragOver={(e) => {
        if (!dragHasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDragging(false)}
      onDrop={onDrop}
    >
      <div className="card-header">
        <h2>Document</h2>
        <p className="counts" aria-live="off" data-testid="document-counts">
          {plural(text.length, 'character')} · {plural(words, 'word')}
        </p>
      </div>
      <div className="toolbar">
        <label className="button button-secondary file-button">
          <input
            className="visually-hidden"
            type="file"
            accept={DOCUMENT_ACCEPT}
            data-testid="doc-file-input"
            onChange={(e) => {
              void open(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          Open file…
        </label>
        <div className="segmented" role="group" aria-label="Display">
          <button type="button" aria-pressed={!showView} onClick={() => onModeChange('edit')}>
            Edit
          </button>
          <button type="button" aria-pressed={showView} disabled={highlights === null} onClick={() => onModeChange('view')}>
            View answers
          </button>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={props.heatmapEnabled} onChange={(e) => props.onHeatmapChange(e.target.checked)} />
          Heat map
        </label>
        <button
          type="button"
          className="button button-quiet"
          disabled={!props.canClear}
          title="Empty the document and the question, here and in this browser's storage"
          onClick={props.onClear}
        >
          Clear
        </button>
      </div>
      {!props.stored && (
        <p className="field-hint warn" data-testid="not-stored">
          This document is too large for the browser's storage: it will not be here after a reload.
        </p>
      )}
      {props.stale && <p className="field-hint">The text changed after the last question; ask again to highlight answers.</p>}
      {props.heatmapEnabled && showView && !highlights?.heatmap && <p className="field-hint">The heat map appears with the next answer.</p>}
      {fileError !== null && <ErrorBanner error={fileError} fallbackTitle="Couldn't open that file." onDismiss={() => onFileError(null)} />}
      {showView ? (
        <HighlightedDocument
          ref={viewRef}
          text={text}
          answers={highlights.answers}
          heatmap={props.heatmapEnabled ? highlights.heatmap : undefined}
        />
      ) : large && !editLarge ? (
        <>
          <div className="field-hint large-document" data-testid="large-document">
            <p>
              A large document ({formatBytes(text.length)} of text) is shown read-only: editing this much text in the browser is slow. Ask
              away, open or drop another file, or Clear it.
            </p>
            <button type="button" className="button button-quiet" onClick={() => setEditLarge(true)}>
              Edit anyway
            </button>
          </div>
          <HighlightedDocument text={text} answers={NO_ANSWERS} label="Document preview" testId="document-preview" />
        </>
      ) : (
        <textarea
          className="document-input"
          aria-label="Document"
          value={text}
          placeholder="Paste or type the text to search, open a .txt, .md or .html file, or drop one here."
          spellCheck={false}
          onChange={(e) => onTextChange(e.target.value)}
          onPaste={onPaste}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a .txt, .md or .html file
        </div>
      )}
    </section>
  );
}
