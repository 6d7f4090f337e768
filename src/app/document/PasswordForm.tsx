import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

interface Props {
  /** The file's name, to say which document is locked. */
  name: string;
  /** How many passwords were tried and rejected so far (each one re-selects the field for retyping). */
  failures: number;
  /** True while a password is being tried. */
  busy?: boolean;
  onSubmit: (password: string) => void;
  onCancel?: () => void;
  submitLabel?: string;
}

/** Asks for a PDF's password inline (never window.prompt); the password stays in this page's memory. */
export function PasswordForm({ name, failures, busy = false, onSubmit, onCancel, submitLabel = 'Open' }: Props) {
  const wrong = failures > 0;
  const [password, setPassword] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  // A rejected password is selected for retyping; the first prompt just takes the focus.
  useEffect(() => {
    input.current?.focus();
    if (wrong) input.current?.select();
  }, [failures, wrong]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(password);
  };
  return (
    <form className="password-form" data-testid="password-form" onSubmit={submit}>
      <p className="password-title">
        <strong>“{name}” is protected by a password.</strong> It is used only here, to decrypt the file in your browser.
      </p>
      <div className="password-row">
        <label htmlFor={id}>Password</label>
        <input
          ref={input}
          id={id}
          type="password"
          autoComplete="off"
          value={password}
          aria-invalid={wrong}
          aria-describedby={wrong ? `${id}-wrong` : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={password.length === 0 || busy}>
          {busy ? 'Checking…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {wrong && (
        <p id={`${id}-wrong`} className="field-hint warn" role="alert" data-testid="password-wrong">
          Wrong password, try again.{failures > 1 && ` (${failures} tries)`}
        </p>
      )}
    </form>
  );
}
