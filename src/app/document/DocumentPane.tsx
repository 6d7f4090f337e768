import { useDeferredValue, useEffect, useMemo, useRef, useState, type ClipboardEvent, type DragEvent, type ReactNode } from 'react';
import type { QaAnswer, TokenHeatmap } from '../../shared/answers';
import { DOCUMENT_ACCEPT } from './document-file';
import { countWords, formatBytes, plural } from '../common/format';
import { answerElementId } from '../common/answer-focus';
import { isLargeDocument, largePasteResult } from './large-document';
import { ErrorBanner } from '../common/ErrorBanner';
import { HighlightedDocument } from './HighlightedDocument';
import { dragHasFiles } from '../common/drag-has-files';
import { focusElement, type DocumentMode, type FocusRequest } from './document-display';
import { pastedDocumentText } from './rich-paste';
import type { DocumentApi } from './use-document';
import { OpeningStatus } from './OpeningStatus';
import { ImagePageView } from './ImagePageView';
import { OcrLanguageSelect } from './OcrLanguageSelect';
import { OcrNote, unsureWords } from './OcrNote';
import { BrokenTextNotice } from './BrokenTextNotice';
import { PdfPageView } from './PdfPageView';
import { DocumentSource } from './DocumentSource';
import { DocumentNotices } from './DocumentNotices';

interface Props {
  document: DocumentApi;
  /** What to highlight; null when there is nothing for this exact text (e.g. it was edited since). */
  highlights: { answers: readonly QaAnswer[]; heatmap?: TokenHeatmap } | null;
  /** True when answers exist but belong to an earlier version of the text. */
  stale: boolean;
  mode: DocumentMode;
  onModeChange: (mode: DocumentMode) => void;
  heatmapEnabled: boolean;
  onHeatmapChange: (on: boolean) => void;
  focusRequest: FocusRequest | null;
  /** The PDF page the page view shows. */
  page: number;
  onPageChange: (page: number) => void;
  /** Empties the document (and its saved copy); Undo brings it back. */
  onClear: () => void;
  /** Brings back the document that the last Clear, file or paste replaced. */
  onUndo: () => void;
  /** Closes the temporary document in front of the user's. */
  onBack: () => void;
  canClear: boolean;
  /** Shown above the text: an offer for an empty document, or where the text came from. */
  intro?: ReactNode;
}

const NO_ANSWERS: readonly QaAnswer[] = [];
// A fresh page view for each file, so nothing drawn for the previous one lingers.
const blobIds = new WeakMap<Blob, number>();
let lastBlobId = 0;
function blobKey(blob: Blob): number {
  let id = blobIds.get(blob);
  if (id === undefined) blobIds.set(blob, (id = ++lastBlobId));
  return id;
}
const FORMATS = 'PDF, Word (.docx), Markdown, HTML, text or image file';

export function DocumentPane(props: Props) {
  const { document: d, highlights, mode, onModeChange, focusRequest } = props;
  const { doc, file } = d;
  const text = doc.text;
  const viewRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  // After Clear, Undo or Back the document is where the user goes next: focus follows, once rendered.
  const [focusAsked, setFocusAsked] = useState(0);
  useEffect(() => {
    if (focusAsked > 0) (inputRef.current ?? viewRef.current)?.focus();
  }, [focusAsked]);
  // A paragraph shown from Evaluate (further down the page) is brought into view, with focus on it.
  const showing = d.temporary !== null;
  useEffect(() => {
    if (showing) setFocusAsked((n) => n + 1);
  }, [showing]);
  const then = (action: () => void) => () => {
    action();
    setFocusAsked((n) => n + 1);
  };
  const [dragging, setDragging] = useState(false);
  const deferred = useDeferredValue(text);
  const words = useMemo(() => countWords(deferred), [deferred]);
  const layout = doc.pdf;
  const unsure = useMemo(() => unsureWords(layout?.ocr), [layout]);
  const pageView = mode === 'page' && layout !== undefined && file !== undefined;
  // A PDF's text is shown read-only (with its pages) even before there are answers.
  const showView = !pageView && mode !== 'edit' && (highlights !== null || layout !== undefined);
  const large = isLargeDocument(text);
  // A large document is previewed read-only unless the user asks to edit it anyway (slow).
  const [editLarge, setEditLarge] = useState(false);
  useEffect(() => {
    if (!large) setEditLarge(false);
  }, [large]);
  const preview = !pageView && !showView && large && !editLarge;

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    // Clipboard HTML (from a web page, Word, a PDF viewer) goes through the same extraction as files.
    const rich = pastedDocumentText(e.clipboardData);
    const pasted = rich ?? e.clipboardData.getData('text/plain');
    const next = largePasteResult(el.value, el.selectionStart, el.selectionEnd, pasted);
    if (next !== null) {
      e.preventDefault();
      setEditLarge(false);
      d.setText(next, true); // The textarea's own undo cannot take this back: the app's Undo can.
      return;
    }
    if (rich === null) return; // Plain text: the textarea's own paste keeps undo.
    e.preventDefault();
    // Inserted as typing would, so Undo still works; execCommand is the only way into the textarea's undo stack.
    if (window.document.activeElement === el && window.document.execCommand('insertText', false, rich)) return;
    d.setText(el.value.slice(0, el.selectionStart) + rich + el.value.slice(el.selectionEnd));
  };

  useEffect(() => {
    if (!showView || !focusRequest) return;
    const box = viewRef.current;
    const el = box?.querySelector<HTMLElement>(`#${answerElementId(focusRequest.rank)}`);
    if (box && el) return focusElement(box, el, focusRequest.reveal, focusRequest.focus);
  }, [showView, focusRequest]);

  const onDrop = (e: DragEvent) => {
    if (!dragHasFiles(e)) return; // Dragged text falls through to the textarea's own handling.
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) d.open(dropped);
  };

  const displayButtons: { mode: DocumentMode; label: string; pressed: boolean; disabled?: boolean }[] = layout
    ? [
        { mode: 'edit', label: 'Edit', pressed: mode === 'edit' },
        { mode: 'view', label: 'Text', pressed: showView },
        { mode: 'page', label: 'Page', pressed: pageView, disabled: file === undefined },
      ]
    : [
        { mode: 'edit', label: 'Edit', pressed: !showView },
        { mode: 'view', label: 'View answers', pressed: showView, disabled: highlights === null },
      ];

  // No aria-labelledby on the section: "Document" must name only the textarea.
  return (
    <section
      data-saved={d.saved}
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
          {layout && `${plural(layout.pageCount, 'page')} · `}
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
              const picked = e.target.files?.[0];
              if (picked) d.open(picked);
              e.target.value = '';
            }}
          />
          Open file…
        </label>
        <OcrLanguageSelect />
        <div className="segmented" role="group" aria-label="Display">
          {displayButtons.map((b) => (
            <button key={b.mode} type="button" aria-pressed={b.pressed} disabled={b.disabled} onClick={() => onModeChange(b.mode)}>
              {b.label}
            </button>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={props.heatmapEnabled} onChange={(e) => props.onHeatmapChange(e.target.checked)} />
          Heat map
        </label>
        <button
          type="button"
          className="button button-quiet"
          disabled={!props.canClear || d.temporary !== null}
          title="Empty the document, here and in this browser's storage (Undo brings it back)"
          onClick={then(props.onClear)}
        >
          Clear
        </button>
      </div>
      <DocumentNotices
        undoable={d.undoable}
        onUndo={then(props.onUndo)}
        onDismissUndo={d.dismissUndo}
        onHoldUndo={d.holdUndo}
        temporary={d.temporary}
        onBack={then(props.onBack)}
      />
      <OpeningStatus opening={d.opening} onSubmitPassword={d.submitPassword} onCancel={() => d.cancelOpen(true)} />
      <DocumentSource doc={doc} editing={mode === 'edit'} editedFrom={d.editedFrom} />
      {layout && <OcrNote layout={layout} />}
      {layout && <BrokenTextNotice layout={layout} busy={d.opening.status !== 'idle'} onRecognise={d.recogniseBrokenPages} />}
      {props.intro}
      {!d.stored && (
        <p className="field-hint warn" data-testid="not-stored">
          The browser's storage refused this document (too large, or storage is off): it will not be here after a reload.
        </p>
      )}
      {props.stale && <p className="field-hint">The text changed after the last question; ask again to highlight answers.</p>}
      {props.heatmapEnabled && showView && !highlights?.heatmap && <p className="field-hint">The heat map appears with the next answer.</p>}
      {d.fileError !== null && (
        <ErrorBanner error={d.fileError} fallbackTitle="Couldn't open that file." onDismiss={() => d.setFileError(null)} takeFocus />
      )}
      {preview && (
        <div className="field-hint large-document" data-testid="large-document">
          <p>
            A large document ({formatBytes(text.length)} of text) is shown read-only: editing this much text in the browser is slow. Ask
            away, open or drop another file, or Clear it.
          </p>
          <button type="button" className="button button-quiet" onClick={() => setEditLarge(true)}>
            Edit anyway
          </button>
        </div>
      )}
      {pageView && doc.kind === 'image' ? (
        <ImagePageView
          key={blobKey(file)}
          {...{ file, text, layout, focusRequest }}
          name={doc.name}
          answers={highlights?.answers ?? NO_ANSWERS}
        />
      ) : pageView ? (
        <PdfPageView
          key={blobKey(file)}
          {...{ file, text, layout, focusRequest }}
          name={doc.name}
          answers={highlights?.answers ?? NO_ANSWERS}
          page={props.page}
          onPageChange={props.onPageChange}
          password={d.password}
          onPassword={d.setPassword}
        />
      ) : showView || preview ? (
        // One element for both, so a question starting or answering never rebuilds a large document's view.
        <HighlightedDocument
          ref={viewRef}
          text={text}
          answers={(showView && highlights?.answers) || NO_ANSWERS}
          heatmap={showView && props.heatmapEnabled ? highlights?.heatmap : undefined}
          label={preview ? 'Document preview' : undefined}
          testId={preview ? 'document-preview' : undefined}
          pageStarts={layout?.pageStarts}
          unsure={unsure}
        />
      ) : (
        <textarea
          ref={inputRef}
          className="document-input"
          aria-label="Document"
          // Each paragraph in the direction of its first letter (the UA sheet's unicode-bidi: plaintext).
          dir="auto"
          readOnly={d.temporary !== null}
          value={text}
          onKeyDown={(e) => {
            // The box was filled or emptied by the app, so its own undo has nothing: Ctrl+Z means the app's Undo.
            if (e.key.toLowerCase() === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && d.undoByKey) {
              e.preventDefault();
              then(props.onUndo)();
            }
          }}
          placeholder={`Paste or type the text to search, or open a ${FORMATS} (or drop one here).`}
          spellCheck={false}
          onChange={(e) => d.setText(e.target.value)}
          onPaste={onPaste}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a {FORMATS}
        </div>
      )}
    </section>
  );
}
