import { useState } from 'react';
import { usePersistedState } from '../common/use-persisted-state';
import { isFlagList, type Flag } from './flag-entry';

export interface FlagStore {
  flags: readonly Flag[];
  add: (flag: Omit<Flag, 'id' | 'at'>) => void;
  remove: (id: string) => void;
  /** The last removed flag, put back where it was; null when there is nothing to undo. */
  undo: (() => void) | null;
  /** False while the latest flags could not be saved (storage full). */
  saved: boolean;
}

/** The flags, kept in localStorage so they survive reloads; a removal can be undone. */
export function useFlags(): FlagStore {
  const [flags, setFlags, saved] = usePersistedState<Flag[]>('flags', [], isFlagList);
  const [removed, setRemoved] = useState<{ flag: Flag; index: number } | null>(null);
  const add = (flag: Omit<Flag, 'id' | 'at'>) =>
    setFlags((all) => [...all, { ...flag, id: `flag-${Date.now().toString(36)}-${all.length}`, at: Date.now() }]);
  const remove = (id: string) => {
    const index = flags.findIndex((f) => f.id === id);
    if (index < 0) return;
    setRemoved({ flag: flags[index], index });
    setFlags((all) => all.filter((f) => f.id !== id));
  };
  const undo = removed
    ? () => {
        setFlags((all) => [...all.slice(0, removed.index), removed.flag, ...all.slice(removed.index)]);
        setRemoved(null);
      }
    : null;
  return { flags, add, remove, undo, saved };
}
