import { useEffect, useState } from 'react';
import { onUpdateAvailable, reloadIntoUpdate, updateAvailable } from './register-sw';

/** "Update available — reload", disabled while a question runs so an answer is never cut off. */
export function UpdatePrompt({ busy }: { busy: boolean }) {
  const [available, setAvailable] = useState(updateAvailable);
  useEffect(() => onUpdateAvailable(() => setAvailable(true)), []);
  if (!available) return null;
  return (
    <div className="banner banner-notice update-prompt" role="status" data-testid="update-prompt">
      <p>A new version of the app is available.</p>
      <button
        type="button"
        className="button button-primary"
        onClick={reloadIntoUpdate}
        disabled={busy}
        title={busy ? 'Wait for the current question to finish' : undefined}
      >
        Reload to update
      </button>
    </div>
  );
}
