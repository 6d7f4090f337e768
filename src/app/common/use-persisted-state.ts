import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'qa-app:';

/** The saved value of a key, or `fallback` when there is none or it fails `validate`. */
export function readPersisted<T>(key: string, fallback: T, validate: (v: unknown) => v is T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return validate(value) ? value : fallback;
  } catch {
    return fallback; // Storage disabled or corrupt entry: start fresh rather than fail.
  }
}

/**
 * useState that survives reloads (and crashes of the UI), so what the user typed is never lost.
 * Writes are debounced because a document can be 100k characters and change on every keystroke.
 * The third value is false while the latest value could not be saved (storage full: a document of
 * several MB can exceed the browser's ~5–10 MB per-site localStorage quota).
 */
export function usePersistedState<T>(
  key: string,
  initial: T | (() => T),
  validate: (v: unknown) => v is T,
  delayMs = 300,
): [T, Dispatch<SetStateAction<T>>, boolean] {
  const [value, setValue] = useState<T>(() =>
    readPersisted(key, typeof initial === 'function' ? (initial as () => T)() : initial, validate),
  );
  const [stored, setStored] = useState(true);
  const latest = useRef(value);

  useEffect(() => {
    latest.current = value;
    const timer = setTimeout(() => setStored(write(key, value)), delayMs);
    return () => clearTimeout(timer);
  }, [key, value, delayMs]);

  // Flush on tab close so a last-second edit is still saved.
  useEffect(() => {
    const flush = () => write(key, latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [key]);

  return [value, setValue, stored];
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    // Quota exceeded or storage disabled: the value still lives in memory for this session. Drop the
    // older saved copy, or a reload would bring back a document the user has since replaced.
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Storage disabled altogether: nothing saved, nothing stale.
    }
    return false;
  }
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
