import type { DocumentProgress } from '../../shared/documents';
import { PasswordForm } from './PasswordForm';
import type { Opening } from './use-document';

interface Props {
  opening: Opening;
  onSubmitPassword: (password: string) => void;
  onCancel: () => void;
}

/** A file being opened: its progress with Cancel, or the password prompt of an encrypted PDF. */
export function OpeningStatus({ opening, onSubmitPassword, onCancel }: Props) {
  if (opening.status === 'idle') return null;
  if (opening.status === 'password') {
    return (
      <PasswordForm name={opening.name} failures={opening.failures} busy={opening.busy} onSubmit={onSubmitPassword} onCancel={onCancel} />
    );
  }
  const { value, max } = fraction(opening.progress);
  const p = opening.progress;
  // Pages already recognised are kept: the button says so.
  const keeps = p?.phase === 'ocr' && p.page > 1 ? (p.page === 2 ? 'page 1' : `pages 1–${p.page - 1}`) : null;
  return (
    <div className="open-progress" data-testid="open-progress">
      <p role="status">{progressText(opening.name, opening.progress)}</p>
      <progress value={value} max={max} aria-label={`Opening ${opening.name}`} />
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {keeps ? `Stop, keep ${keeps}` : 'Cancel'}
      </button>
    </div>
  );
}

export function progressText(name: string, progress: DocumentProgress | null): string {
  if (progress === null) return `Opening “${name}”…`;
  switch (progress.phase) {
    case 'read':
      return progress.total > 0 ? `Reading “${name}”… ${Math.floor((100 * progress.loaded) / progress.total)}%` : `Reading “${name}”…`;
    case 'pages':
      return `Reading page ${Math.min(progress.done + 1, progress.total).toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}…`;
    case 'convert':
      return `Converting “${name}”…`;
    case 'ocr':
      return `Recognising text on page ${progress.page.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}… ${Math.floor(100 * progress.fraction)}%`;
  }
}

/** Indeterminate (value undefined) until there is something to count. */
function fraction(progress: DocumentProgress | null): { value?: number; max?: number } {
  if (progress?.phase === 'pages') return { value: progress.done, max: progress.total };
  if (progress?.phase === 'ocr') return { value: progress.page - 1 + progress.fraction, max: progress.total };
  if (progress?.phase === 'read' && progress.total > 0) return { value: progress.loaded, max: progress.total };
  return {};
}
