import { describe, expect, it } from 'vitest';
import type { StoredDocument } from './document-store';
import {
  EMPTY_DOCUMENT,
  initialSession,
  sessionReducer,
  shownDocument,
  undoIsNext,
  type DocumentSession,
  type SessionAction,
} from './document-session';

const doc = (text: string, name = 'notes.txt'): StoredDocument => ({ doc: { kind: 'text', name, text } });
const reachable = (s: DocumentSession) => [s.current, ...s.undo.map((e) => e.previous)].filter((d) => d.doc.text !== '');
const run = (actions: SessionAction[], from = initialSession) => actions.reduce(sessionReducer, from);

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAction(next: () => number, s: DocumentSession, n: number): SessionAction {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const kinds = ['restored', 'typed', 'replaced', 'cleared', 'undone', 'expired', 'temporary-shown', 'temporary-closed'] as const;
  switch (pick(kinds)) {
    case 'restored':
      return { type: 'restored', value: doc(`stored ${n}`) };
    case 'typed':
      return { type: 'typed', value: doc(`${s.current.doc.text} typed ${n}`, s.current.doc.name) };
    case 'replaced':
      return { type: 'replaced', value: next() < 0.2 ? s.current : doc(`file ${n}`, `file-${n}.pdf`) };
    case 'cleared':
      return { type: 'cleared' };
    case 'undone':
      return { type: 'undone' };
    case 'expired':
      return { type: 'expired', id: s.undo.length > 0 && next() < 0.8 ? pick(s.undo).id : s.lastId + 7 };
    case 'temporary-shown':
      return { type: 'temporary-shown', doc: doc(`SQuAD paragraph ${n}`), label: 'SQuAD' };
    case 'temporary-closed':
      return { type: 'temporary-closed' };
  }
}

describe('sessionReducer: no sequence of the app’s actions loses a document without an expired Undo', () => {
  it('holds over 1,000 random sequences of 40 actions', () => {
    const failures: string[] = [];
    const same = (x: StoredDocument[], y: StoredDocument[]) => x.length === y.length && x.every((d, i) => d === y[i]);
    for (let seed = 1; seed <= 1000 && failures.length === 0; seed++) {
      const next = random(seed);
      // Start-up restores once, before anything else can happen.
      let s = sessionReducer(initialSession, { type: 'restored', value: doc('the only copy') });
      for (let n = 0; n < 40; n++) {
        const a = randomAction(next, s, n);
        if (a.type === 'restored') continue; // Only ever the first action (use-document ignores it after).
        const before = reachable(s);
        const after = sessionReducer(s, a);
        const kept = reachable(after);
        let ok: boolean;
        if (a.type === 'expired') {
          const gone = s.undo.find((e) => e.id === a.id)?.previous;
          ok = same(
            kept,
            before.filter((d) => d !== gone),
          );
        } else if (a.type === 'typed') {
          // The user's own edit: the textarea's undo has the keystrokes; everything else stays.
          ok =
            after.current === a.value &&
            same(
              kept.slice(1),
              before.filter((d) => d !== s.current),
            );
        } else {
          ok = before.every((d) => kept.includes(d));
        }
        if ((a.type === 'temporary-shown' || a.type === 'temporary-closed') && after.current !== s.current) ok = false;
        if (!ok) failures.push(`seed ${seed}, step ${n}: ${a.type}`);
        s = after;
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('sessionReducer', () => {
  it('Clear keeps the document for Undo, and Undo brings back exactly that object', () => {
    const mine = doc('ten thousand words');
    const cleared = run([{ type: 'restored', value: mine }, { type: 'cleared' }]);
    expect(cleared.current).toBe(EMPTY_DOCUMENT);
    expect(cleared.undo).toEqual([{ id: 1, previous: mine, next: EMPTY_DOCUMENT, action: 'cleared' }]);
    const back = sessionReducer(cleared, { type: 'undone' });
    expect(back.current).toBe(mine);
    expect(back.undo).toEqual([]); // What it replaced was empty: nothing to undo in turn.
  });

  it('Undo after typing into the cleared box keeps the typing undoable in turn', () => {
    const mine = doc('report');
    const s = run([{ type: 'restored', value: mine }, { type: 'cleared' }, { type: 'typed', value: doc('oops') }, { type: 'undone' }]);
    expect(s.current).toBe(mine);
    expect(s.undo.map((e) => e.previous.doc.text)).toEqual(['oops']);
    expect(undoIsNext(s)).toBe(true);
    expect(undoIsNext(sessionReducer(s, { type: 'typed', value: doc('report, edited') }))).toBe(false);
  });

  it('replacing an empty document or the same document pushes nothing', () => {
    const a = doc('a');
    const s = run([
      { type: 'replaced', value: a },
      { type: 'replaced', value: a },
    ]);
    expect(s).toMatchObject({ current: a, undo: [] });
  });

  it('a temporary document is shown in front of the user’s and closes back to it, unchanged', () => {
    const mine = doc('mine');
    const paragraph = doc('The Normans…', 'SQuAD paragraph');
    const shown = run([
      { type: 'restored', value: mine },
      { type: 'temporary-shown', doc: paragraph, label: 'Normans' },
    ]);
    expect(shownDocument(shown)).toBe(paragraph);
    expect(shown.current).toBe(mine);
    expect(shownDocument(sessionReducer(shown, { type: 'temporary-closed' }))).toBe(mine);
    // Opening a file while the paragraph shows replaces the user's document (undoably) and closes the paragraph.
    const file = doc('file', 'a.pdf');
    const opened = sessionReducer(shown, { type: 'replaced', value: file });
    expect(opened).toMatchObject({ current: file, temporary: null, undo: [{ previous: mine }] });
  });

  it('a late expiry of an entry already undone changes nothing', () => {
    const s = run([{ type: 'restored', value: doc('x') }, { type: 'cleared' }, { type: 'undone' }]);
    expect(sessionReducer(s, { type: 'expired', id: 1 })).toBe(s);
  });
});
