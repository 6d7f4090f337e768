/**
 * How long a passage takes, measured as a question is read, for the time-left estimate. The first
 * batch is left out: it carries one-off costs (tier-up of fresh WASM code, a first batch of 1 when
 * firstBatchSize asks for it), so the pace is the time from its end, over the windows read since.
 * A reading of one batch gives no pace: a short text's single window is also shorter than a long
 * document's full-size ones, so its time would promise too little.
 */
export interface PaceMeter {
  /** After each batch, with the windows read so far: this reading's pace, else the remembered one. */
  batch(done: number): number | null;
  /** This reading's own pace (null until two batches), to remember for the next question. */
  readonly measured: number | null;
}

export function paceMeter(remembered: number | null, now: () => number = () => performance.now()): PaceMeter {
  let first: { at: number; done: number } | null = null;
  let measured: number | null = null;
  return {
    batch(done) {
      const at = now();
      if (!first) first = { at, done };
      else if (done > first.done) measured = (at - first.at) / (done - first.done);
      return measured ?? remembered;
    },
    get measured() {
      return measured;
    },
  };
}
