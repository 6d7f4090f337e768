import { useState } from 'react';
import { formatBytes } from '../common/format';
import type { LibraryEntry } from './library-store';

const KIND_LABEL: Record<LibraryEntry['kind'], string> = {
  pdf: 'PDF',
  docx: 'Word',
  markdown: 'Markdown',
  html: 'HTML',
  text: 'Text',
  image: 'Image (recognised text)',
};
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface Props {
  entry: LibraryEntry;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  onOpen: () => void;
  onRename: (name: string) => void;
  onRemove: () => void;
}

/** One document of the library: chosen for questions or not, open, rename, remove. */
export function LibraryRow({ entry, chosen, onChoose, onOpen, onRename, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(entry.name);
  const facts = [
    KIND_LABEL[entry.kind],
    entry.pages !== null && `${entry.pages} p.`,
    formatBytes(entry.size),
    dateFormat.format(entry.added),
  ]
    .filter(Boolean)
    .join(' · ');
  const done = (save: boolean) => {
    if (save) onRename(name);
    else setName(entry.name);
    setEditing(false);
  };
  return (
    <li className="library-row" data-testid="library-row" data-name={entry.name}>
      <input type="checkbox" checked={chosen} onChange={(e) => onChoose(e.target.checked)} aria-label={`Ask ${entry.name}`} />
      {editing ? (
        <input
          className="library-rename"
          type="text"
          value={name}
          aria-label={`New name for ${entry.name}`}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') done(true);
            if (e.key === 'Escape') done(false);
          }}
          onBlur={() => done(true)}
        />
      ) : (
        <button type="button" className="library-name" onClick={onOpen} title="Open in the viewer">
          <bdi>{entry.name}</bdi>
        </button>
      )}
      <span className="library-facts">{facts}</span>
      <span className="library-actions">
        <button type="button" className="button button-quiet" onClick={() => setEditing(true)} aria-label={`Rename ${entry.name}`}>
          Rename
        </button>
        <button type="button" className="button button-quiet" onClick={onRemove} aria-label={`Remove ${entry.name}`}>
          Remove
        </button>
      </span>
    </li>
  );
}
