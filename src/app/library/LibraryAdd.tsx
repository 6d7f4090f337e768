import { useId, useState } from 'react';
import { DOCUMENT_ACCEPT } from '../document/document-file';
import { folderFiles } from './dropped-files';

interface Props {
  onFiles: (files: File[]) => void;
  onText: (text: string, name: string) => Promise<void>;
}

/** Adding to the library: several files, a folder, or pasted text as a new document. */
export function LibraryAdd({ onFiles, onText }: Props) {
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const id = useId();
  const pick = (folder: boolean) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = ''; // The same pick again must fire change again.
    onFiles(folder ? folderFiles(files) : files);
  };
  const add = () => {
    const title = name.trim() || `Pasted text ${new Date().toLocaleString()}`;
    setFailed(null);
    // The text stays in the box until it is stored: a full disk loses nothing.
    onText(text, title).then(
      () => (setText(''), setName(''), setPasting(false)),
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div className="library-add">
      <div className="toolbar">
        <label className="button button-secondary file-button">
          <input
            className="visually-hidden"
            type="file"
            multiple
            accept={DOCUMENT_ACCEPT}
            data-testid="library-file-input"
            onChange={pick(false)}
          />
          Add files…
        </label>
        <label className="button button-secondary file-button">
          <input
            className="visually-hidden"
            type="file"
            multiple
            data-testid="library-folder-input"
            {...{ webkitdirectory: '' }}
            onChange={pick(true)}
          />
          Add a folder…
        </label>
        <button type="button" className="button button-quiet" aria-expanded={pasting} onClick={() => setPasting((p) => !p)}>
          Paste as new document
        </button>
      </div>
      {pasting && (
        <div className="library-paste">
          <label htmlFor={`${id}-name`}>Document name</label>
          <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="Pasted text" />
          <label htmlFor={`${id}-text`}>Text to add</label>
          <textarea id={`${id}-text`} dir="auto" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="toolbar">
            <button type="button" className="button button-primary" disabled={!text.trim()} onClick={add}>
              Add to library
            </button>
            <button type="button" className="button button-quiet" onClick={() => setPasting(false)}>
              Close
            </button>
          </div>
          {failed && (
            <p className="library-error" role="alert">
              {failed}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
