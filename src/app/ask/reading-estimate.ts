/**
 * The time a reading will take, in words. It comes from the pace the worker measured on this model
 * (reading-pace.ts), never from a guess: with nothing measured yet there is no estimate.
 */

/** Below this many passages a question is over before an estimate could help; none is shown. */
export const ESTIMATE_MIN_PASSAGES = 10;

/** "about 2 min": rounded as a person would say it, since the pace itself varies by a few percent. */
export function aboutDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 10) return 'a few seconds';
  if (s < 55) return `about ${Math.round(s / 5) * 5} s`;
  const min = Math.max(1, Math.round(s / 60));
  if (min < 60) return `about ${min} min`;
  const tens = Math.round(min / 10) * 10;
  const h = Math.floor(tens / 60);
  const rest = tens % 60;
  return h >= 10 || rest === 0 ? `about ${Math.round(min / 60)} h` : `about ${h} h ${rest} min`;
}

/**
 * What the progress shows beside the count: before any passage is read, how long the whole reading
 * should take ("About 4 min"); during it, the rest ("About 3 min left"); with no pace measured yet,
 * that one is coming. Null for readings too short to need one.
 */
export function readingEstimate(progress: { done: number; total: number; msPerWindow?: number | null }): string | null {
  const { done, total, msPerWindow } = progress;
  if (total < ESTIMATE_MIN_PASSAGES || done >= total) return null;
  if (msPerWindow == null) return 'Estimating the time left…';
  const about = aboutDuration((total - done) * msPerWindow);
  const text = done === 0 ? about : `${about} left`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
