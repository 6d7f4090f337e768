import type { LocalSelection } from './model-settings';
import { selectionFromFileList } from './model-files-input';

interface Props {
  label: string;
  testId: string;
  /** A whole folder (webkitdirectory) rather than loose files. */
  folder: boolean;
  onPick: (sel: LocalSelection | null) => void;
}

/** A file input visually hidden behind a button-styled label; it stays focusable. */
export function FilePickerButton({ label, testId, folder, onPick }: Props) {
  return (
    <label className="button button-secondary file-button">
      <input
        className="visually-hidden"
        type="file"
        multiple
        data-testid={testId}
        {...(folder ? { webkitdirectory: '' } : {})}
        onChange={(e) => {
          onPick(selectionFromFileList(e.target.files));
          e.target.value = ''; // Picking the same folder again must fire change again.
        }}
      />
      {label}
    </label>
  );
}
