import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'qa-app:';

function read<T>(key: string, fallback: T, validate: (v: unknown) => v is T): T {
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
 */
export function usePersistedState<T>(
  key: string,
  initial: T | (() => T),
  validate: (v: unknown) => v is T,
  delayMs = 300,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => read(key, typeof initial === 'function' ? (initial as () => T)() : initial, validate));
  const latest = useRef(value);

  useEffect(() => {
    latest.current = value;
    const timer = setTimeout(() => write(key, value), delayMs);
    return () => clearTimeout(timer);
  }, [key, value, delayMs]);

  // Flush on tab close so a last-second edit is still saved.
  useEffect(() => {
    const flush = () => write(key, latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [key]);

  return [value, setValue];
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage disabled: the value still lives in memory for this session.
  }
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
