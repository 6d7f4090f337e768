import { useEffect, useId, useRef } from 'react';
import { describeError } from './error-messages';

interface Props {
  error: unknown;
  /** Headline for errors that are not QaErrors (e.g. a file the browser couldn't read). */
  fallbackTitle?: string;
  onDismiss?: () => void;
  /** A recovery step offered next to Dismiss, e.g. "Reload" after a worker crash. */
  action?: { label: string; onClick: () => void };
  /**
   * The error answers what the user just did (e.g. "Load model"): the banner takes focus when it
   * appears, so it is read where it is. It is then not also an alert, which would speak it twice.
   */
  takeFocus?: boolean;
}

/**
 * A recoverable error: friendly headline, the specific message (which names the missing file or
 * bad value, so it stays visible), a hint, and the raw facts tucked away for bug reports.
 */
export function ErrorBanner({ error, fallbackTitle, onDismiss, action, takeFocus = false }: Props) {
  const d = describeError(error, fallbackTitle);
  const facts = d.detail ? JSON.stringify(d.detail, null, 2) : null;
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, error]);
  const role = takeFocus
    ? {
        role: 'group',
        tabIndex: -1,
        'aria-labelledby': `${id}-title`,
        'aria-describedby': d.message ? `${id}-message ${id}-hint` : `${id}-hint`,
      }
    : { role: 'alert' };
  return (
    <div className="banner banner-error" {...role} ref={ref} data-testid="error">
      <div className="banner-body">
        <p className="banner-title" id={`${id}-title`}>
          {d.title}
        </p>
        {d.message && (
          <p className="banner-message" id={`${id}-message`}>
            {d.message}
          </p>
        )}
        <p className="banner-hint" id={`${id}-hint`}>
          {d.hint}
        </p>
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
