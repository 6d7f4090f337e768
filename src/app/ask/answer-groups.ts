import type { QaAnswer, QaResult } from '../../shared/answers';
import { plural } from '../common/format';

/**
 * Answers below this share (after the best one) wait behind "Show weaker guesses", and overlapping
 * variants below it behind "N more, each under 3%".
 */
const WEAK_SHARE = 0.03;
export const WEAK_PERCENT = `${WEAK_SHARE * 100}%`;

/** How many answers to show before "weaker guesses": the best always, then those with a real share. */
export function strongCount(answers: readonly QaAnswer[]): number {
  const weak = answers.findIndex((a, i) => i > 0 && a.share < WEAK_SHARE);
  return weak < 0 ? answers.length : weak;
}

/**
 * The answers on show, best first (so rank = index + 1 still holds): a folded answer is highlighted
 * nowhere until its fold is opened. With "no answer" every guess is folded.
 */
export function shownAnswers(result: QaResult, foldOpen: boolean): readonly QaAnswer[] {
  if (foldOpen) return result.answers;
  return result.noAnswer ? [] : result.answers.slice(0, strongCount(result.answers));
}

/** "2 answers", or "1 answer (1 weaker guess hidden)": what the list shows, not what it holds. */
export function answerCountLabel(result: QaResult, foldOpen: boolean): string {
  if (result.noAnswer) return 'No answer';
  const strong = strongCount(result.answers);
  const weak = result.answers.length - strong;
  const count = plural(strong, 'answer');
  if (weak === 0) return count;
  const guesses = plural(weak, 'weaker guess', 'weaker guesses');
  return foldOpen ? `${count}, ${guesses}` : `${count} (${guesses} hidden)`;
}

/**
 * An answer's overlapping variants, split at the same line as the answers: the ones worth reading,
 * and the rest, which are only counted until asked for. The order (best first) is kept in each.
 */
export function splitVariants(variants: readonly QaAnswer[]): { listed: QaAnswer[]; weak: QaAnswer[] } {
  return { listed: variants.filter((v) => v.share >= WEAK_SHARE), weak: variants.filter((v) => v.share < WEAK_SHARE) };
}
