/**
 * Progress that reaches the page before the result it precedes. Comlink carries a proxied callback's
 * calls over a MessagePort of their own, and messages on two ports have no order between them: the
 * last "page 4 of 4" (or the last partial answer) could arrive after the call's result and undo it
 * on screen. Calls on one port are answered in order, so awaiting the reply to the last progress
 * call before returning means every report has been handled. Reports are still fire-and-forget
 * while the work runs, and a page that no longer listens never fails the work.
 */
export function progressInOrder<P>(onProgress: (p: P) => unknown): {
  report: (p: P) => void;
  after: <T>(work: Promise<T>) => Promise<T>;
} {
  let last: Promise<unknown> = Promise.resolve();
  return {
    report(p) {
      try {
        last = Promise.resolve(onProgress(p)).catch(() => {});
      } catch {
        // A listener that throws synchronously is as good as gone.
      }
    },
    async after(work) {
      try {
        return await work;
      } finally {
        await last;
      }
    },
  };
}
