import { describeError } from './error-messages';

interface Props {
  error: unknown;
  /** Headline for errors that are not QaErrors (e.g. a file the browser couldn't read). */
  fallbackTitle?: string;
  onDismiss?: () => void;
  /** A recovery step offered next to Dismiss, e.g. "Reload" after a worker crash. */
  action?: { label: string; onClick: () => void };
}

/**
 * A recoverable error: friendly headline, the specific message (which names the missing file or
 * bad value, so it stays visible), a hint, and the raw facts tucked away for bug reports.
 */
export function ErrorBanner({ error, fallbackTitle, onDismiss, action }: Props) {
  const d = describeError(error, fallbackTitle);
  const facts = d.detail ? JSON.stringify(d.detail, null, 2) : null;
  return (
    <div className="banner banner-error" role="alert" data-testid="error">
      <div className="banner-body">
        <p className="banner-title">{d.title}</p>
        {d.message && <p className="banner-message">{d.message}</p>}
        <p className="banner-hint">{d.hint}</p>
        {(d.code || facts) && (
          <details className="banner-details">
            <summary>Technical details</summary>
            <dl>
              {d.code && (
                <>
                  <dt>Code</dt>
                  <dd>
                    <code>{d.code}</code>
                  </dd>
                </>
              )}
              <dt>Message</dt>
              <dd>{d.message ?? d.title}</dd>
              {facts && (
                <>
                  <dt>Detail</dt>
                  <dd>
                    <pre>{facts}</pre>
                  </dd>
                </>
              )}
            </dl>
          </details>
        )}
      </div>
      <div className="banner-actions">
        {action && (
          <button type="button" className="button button-primary" onClick={action.onClick}>
            {action.label}
          </button>
        )}
        {onDismiss && (
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
