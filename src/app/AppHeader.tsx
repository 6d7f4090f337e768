import type { Announcement } from './ask/use-announcer';

/** The brand, the status line everyone sees, and the one polite live region. */
export function AppHeader({ status, title, compact = false }: { status: Announcement; title?: string; compact?: boolean }) {
  return (
    <header className="app-header">
      {/* Embedded (?embed=1) the brand goes; the status line and the live region stay. */}
      <div className={compact ? 'brand visually-hidden' : 'brand'}>
        <img src="./favicon.svg" alt="" width={32} height={32} />
        <div>
          <h1>{title ?? 'Ask your document'}</h1>
          <p className="tagline">A question-answering model that runs in your browser. Your text never leaves this device.</p>
        </div>
      </div>
      {/* Seen, updated passage by passage; the one live region below speaks only milestones. */}
      <p className="status-line" aria-hidden="true" data-testid="status" data-tone={status.tone} title={status.line}>
        {status.line}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {status.spoken}
      </p>
    </header>
  );
}
