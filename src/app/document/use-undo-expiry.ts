import { useCallback, useEffect, useRef, useState } from 'react';
import type { UndoEntry } from './document-session';

/** How long Undo is offered: long enough to notice a mistake and reach the button (at least 10 s). */
export const UNDO_MS = 20_000;

/**
 * Expires each undo entry UNDO_MS after it appears. While the user is on the notice (focus or
 * pointer), the newest entry does not expire: its time starts again when they leave.
 */
export function useUndoExpiry(entries: readonly UndoEntry[], expire: (id: number) => void, onExpired: (entry: UndoEntry) => void) {
  const [held, setHeld] = useState(false);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const act = useRef({ expire, onExpired });
  act.current = { expire, onExpired };

  useEffect(() => {
    const live = new Set(entries.map((e) => e.id));
    const top = entries.at(-1);
    for (const [id, timer] of timers.current) {
      if (live.has(id) && !(held && id === top?.id)) continue;
      clearTimeout(timer);
      timers.current.delete(id);
    }
    for (const entry of entries) {
      if (timers.current.has(entry.id) || (held && entry === top)) continue;
      timers.current.set(
        entry.id,
        setTimeout(() => {
          timers.current.delete(entry.id);
          act.current.expire(entry.id);
          act.current.onExpired(entry);
        }, UNDO_MS),
      );
    }
  }, [entries, held]);

  useEffect(() => {
    const all = timers.current;
    return () => all.forEach(clearTimeout);
  }, []);

  return { hold: useCallback((h: boolean) => setHeld(h), []) };
}
