import { nextTaskQueue } from './next-task';

/**
 * Warm-up in small steps while nobody is asking. On a first visit V8 runs onnxruntime's freshly
 * compiled WASM in its baseline tier and optimises hot functions in the background; a question asked
 * before that is done was measured at ~2.9× a steady window. Each step is one short model call, so a
 * question that arrives meanwhile waits for one step at most, and the loop ends as soon as one does
 * (the question then warms the code itself). It also ends once the calls stop getting faster: the
 * optimised code is in place, more calls would only spend the user's battery.
 */
export interface IdleWarmUpOptions {
  /** Upper bound on steps. */
  maxSteps: number;
  /** Upper bound on the loop's total time. */
  maxMs: number;
  /** Stop after this many steps in a row without a new best time... */
  patience: number;
  /** ...where "new best" means at least this much faster than the previous best. */
  minGain: number;
}

export const IDLE_WARM_UP: IdleWarmUpOptions = { maxSteps: 40, maxMs: 6000, patience: 3, minGain: 0.05 };

export interface IdleWarmUpReport {
  /** Milliseconds of each step, in order. */
  steps: number[];
  stoppedBy: 'settled' | 'busy' | 'limit' | 'failed';
}

export async function warmUpWhileIdle(
  step: () => Promise<unknown>,
  isIdle: () => boolean,
  options: IdleWarmUpOptions = IDLE_WARM_UP,
  now: () => number = () => performance.now(),
): Promise<IdleWarmUpReport> {
  const nextTask = nextTaskQueue();
  const steps: number[] = [];
  const started = now();
  let best = Infinity;
  let sinceBest = 0;
  while (steps.length < options.maxSteps && now() - started < options.maxMs) {
    // Let a pending message (a question) in first, so it is not queued behind another step.
    await nextTask();
    if (!isIdle()) return { steps, stoppedBy: 'busy' };
    const t0 = now();
    try {
      await step();
    } catch {
      return { steps, stoppedBy: 'failed' }; // e.g. the session was released: nothing left to warm.
    }
    const ms = now() - t0;
    steps.push(ms);
    if (ms < best * (1 - options.minGain)) {
      best = ms;
      sinceBest = 0;
    } else if (++sinceBest >= options.patience) {
      return { steps, stoppedBy: 'settled' };
    }
  }
  return { steps, stoppedBy: 'limit' };
}
