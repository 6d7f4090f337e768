import type { DocumentProgress } from '../../shared/documents';
import { keptPages, ocrFraction, pageList } from './page-list';
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
  const kept = keptPages(p);
  const keeps = kept.length > 0 ? pageList(kept) : null;
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
      return `Recognising text on page ${progress.page.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}${scanOf(progress)}… ${Math.floor(100 * progress.fraction)}%`;
  }
}

/** In a PDF with typed pages, which of its scans this is. */
function scanOf(progress: Extract<DocumentProgress, { phase: 'ocr' }>): string {
  const { scans, page } = progress;
  return scans ? ` (scanned page ${scans.indexOf(page) + 1} of ${scans.length})` : '';
}

/** Indeterminate (value undefined) until there is something to count. */
function fraction(progress: DocumentProgress | null): { value?: number; max?: number } {
  if (progress?.phase === 'pages') return { value: progress.done, max: progress.total };
  if (progress?.phase === 'ocr') return ocrFraction(progress);
  if (progress?.phase === 'read' && progress.total > 0) return { value: progress.loaded, max: progress.total };
  return {};
}
