import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { migrate, type StoredSchema } from './stored-schema';

const PREFIX = 'qa-app:';

/**
 * Values are saved as `{ version, value }`. Version 1 is the bare JSON value the app saved before
 * it wrote versions; it becomes version 2 unchanged. A key whose shape changes gets its own schema
 * with the next version and an upgrade from this one.
 */
const ENVELOPE_VERSION = 2;
const fromBareValue = (value: unknown) => value;

/** A key's stored shape: a check of the value alone, or a schema with its own version and upgrades. */
export type PersistedSchema<T> = ((v: unknown) => v is T) | StoredSchema<T>;

const toSchema = <T>(schema: PersistedSchema<T>): StoredSchema<T> =>
  typeof schema === 'function' ? { version: ENVELOPE_VERSION, upgrade: { 1: fromBareValue }, validate: schema } : schema;

const isEnvelope = (v: unknown): v is { version: unknown; value: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'version' in v && 'value' in v;

/** What a saved string holds, upgraded to today's shape; undefined for a copy of an unknown version or shape. */
export function decodePersisted<T>(raw: string, schema: PersistedSchema<T>): T | undefined {
  const stored: unknown = JSON.parse(raw);
  return isEnvelope(stored) ? migrate(toSchema(schema), stored.version, stored.value) : migrate(toSchema(schema), 1, stored);
}

/** The saved value of a key, or `fallback` when there is none, or what is saved cannot be read. */
export function readPersisted<T>(key: string, fallback: T, schema: PersistedSchema<T>): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    return decodePersisted(raw, schema) ?? fallback;
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
  schema: PersistedSchema<T>,
  delayMs = 300,
): [T, Dispatch<SetStateAction<T>>, boolean] {
  const [value, setValue] = useState<T>(() => readPersisted(key, typeof initial === 'function' ? (initial as () => T)() : initial, schema));
  const stored = usePersistValue(key, value, schema, delayMs);
  return [value, setValue, stored];
}

/**
 * Saves a value held elsewhere (e.g. in a reducer) under `key`, debounced and flushed when the page
 * hides; read it back with readPersisted. False while the latest value could not be saved.
 */
export function usePersistValue<T>(key: string, value: T, schema: PersistedSchema<T>, delayMs = 300): boolean {
  const [stored, setStored] = useState(true);
  const latest = useRef(value);
  const version = toSchema(schema).version;

  useEffect(() => {
    latest.current = value;
    const timer = setTimeout(() => setStored(writePersisted(key, version, value)), delayMs);
    return () => clearTimeout(timer);
  }, [key, version, value, delayMs]);

  // Flush on tab close so a last-second edit is still saved.
  useEffect(() => {
    const flush = () => writePersisted(key, version, latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [key, version]);

  return stored;
}

/** Saves `value` under `key` at once; false (and the older copy removed) when the browser refuses. */
export function writePersisted(key: string, version: number, value: unknown): boolean {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ version, value }));
    return true;
  } catch {
    // Quota exceeded or storage disabled: the value still lives in memory for this session. Drop the
    // older saved copy, or a reload would bring back a document the user has since replaced.
    removePersisted(key);
    return false;
  }
}

export function removePersisted(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Storage disabled altogether: nothing saved, nothing stale.
  }
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
