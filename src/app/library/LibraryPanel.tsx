import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { dragHasFiles } from '../common/drag-has-files';
import { describeError } from '../common/error-messages';
import { formatBytes, plural } from '../common/format';
import { droppedFiles } from './dropped-files';
import { LibraryAdd } from './LibraryAdd';
import { LibraryRow } from './LibraryRow';
import type { LibraryApi } from './use-library';

interface Props {
  library: LibraryApi;
  onOpen: (id: string) => void;
  /** The library question, under the list. */
  children?: ReactNode;
}

/**
 * The documents kept in this browser: add many at once (files, a folder, a drop, pasted text),
 * choose which a library question reads, open one in the viewer, rename, remove (with Undo).
 */
export function LibraryPanel({ library: lib, onOpen, children }: Props) {
  const headingId = useId();
  const [dragging, setDragging] = useState(false);
  const total = lib.entries.reduce((s, e) => s + e.size, 0);
  // A recognised image has a page too, but is not a PDF page: the line counts what it names.
  const pages = lib.entries.reduce((s, e) => s + (e.kind === 'pdf' ? (e.pages ?? 0) : 0), 0);
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // The Remove button goes with its row: focus would fall to the page's start, so it moves to Undo;
  // when the offer ends (Undo, Dismiss) from the keyboard, back to the list rather than the start.
  const removedId = lib.removed?.id ?? null;
  useEffect(() => {
    if (removedId !== null && (document.activeElement === document.body || document.activeElement === null)) undoButton.current?.focus();
  }, [removedId]);
  const endOffer = (then: () => void) => {
    const inBanner = document.activeElement?.closest('[data-testid="library-removed"]') != null;
    then();
    if (inBanner) list.current?.focus();
  };
  return (
    <section
      className={`card library-card${dragging ? ' dragging' : ''}`}
      aria-labelledby={headingId}
      data-testid="library"
      onDragOver={(e) => {
        if (!dragHasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDragging(false)}
      onDrop={(e) => {
        if (!dragHasFiles(e)) return;
        e.preventDefault();
        e.stopPropagation(); // Not also opened over the current document.
        setDragging(false);
        void droppedFiles(e.dataTransfer).then(lib.addFiles);
      }}
    >
      <div className="card-header">
        <h2 id={headingId}>Library</h2>
        <p className="counts" data-testid="library-usage">
          {plural(lib.entries.length, 'document')}
          {pages > 0 && ` · ${plural(pages, 'PDF page')}`} · {formatBytes(total)}
          {lib.usage && ` · this site uses ${formatBytes(lib.usage.usage)} of ${formatBytes(lib.usage.quota)}`}
        </p>
      </div>
      <LibraryAdd onFiles={lib.addFiles} onText={lib.addText} />
      {lib.adding && (
        <div className="library-progress" role="status" data-testid="library-adding">
          <span>
            Adding {lib.adding.done + 1} of {lib.adding.total}: <bdi>{lib.adding.name}</bdi>
          </span>
          <progress max={lib.adding.total} value={lib.adding.done} aria-label="Adding documents" />
          <button type="button" className="button button-quiet" onClick={lib.cancelAdd}>
            Cancel
          </button>
        </div>
      )}
      {lib.failures.length > 0 && (
        <div className="banner banner-error" role="alert" data-testid="library-failures">
          <div className="banner-body">
            <ul className="banner-list">
              {lib.failures.map((f, i) => {
                const d = describeError(f.error, 'This file could not be read.', 'library');
                return (
                  <li key={`${f.name}-${i}`}>
                    <bdi>{f.name}</bdi>: {d.title} {d.message} {d.hint}
                  </li>
                );
              })}
            </ul>
          </div>
          <div className="banner-actions">
            <button type="button" className="button button-quiet" onClick={lib.dismissFailures}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {lib.removed && (
        <div className="banner banner-notice" role="status" data-testid="library-removed">
          <p className="banner-message">
            Removed <bdi>{lib.removed.name}</bdi> from the library.
          </p>
          <div className="banner-actions">
            <button type="button" className="button button-secondary" ref={undoButton} onClick={() => endOffer(lib.undoRemove)}>
              Undo
            </button>
            <button type="button" className="button button-quiet" onClick={() => endOffer(lib.dismissRemoved)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {lib.ready && lib.entries.length === 0 && <p className="library-empty">No documents yet: add files, a folder, or drop them here.</p>}
      <ul className="library-list" aria-label="Documents in the library" ref={list} tabIndex={-1}>
        {lib.entries.map((e) => (
          <LibraryRow
            key={e.id}
            entry={e}
            chosen={lib.chosen.includes(e.id)}
            onChoose={(c) => lib.choose(e.id, c)}
            onOpen={() => onOpen(e.id)}
            onRename={(name) => lib.rename(e.id, name)}
            onRemove={() => lib.remove(e.id)}
          />
        ))}
      </ul>
      {children}
    </section>
  );
}
