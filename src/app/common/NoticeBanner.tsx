interface Props {
  notices: readonly string[];
  onDismiss?: () => void;
}

/**
 * Things the user should know that are not failures: a WebGPU → WASM fallback, a weights file that
 * was swapped for another, ignored URL parameters. One banner, so there is one place to look.
 */
export function NoticeBanner({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="banner banner-notice" data-testid="notice">
      <div className="banner-body">
        {notices.length === 1 ? (
          <p className="banner-message">{notices[0]}</p>
        ) : (
          <ul className="banner-list">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss && (
        <div className="banner-actions">
          <button type="button" className="button button-quiet" onClick={onDismiss} aria-label="Dismiss notice">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
