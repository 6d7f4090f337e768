import type { ReadingOrder } from '../../shared/answers';
import { plural } from '../common/format';

/** "Read 4 of 55 passages, most relevant first": what the model is doing, in the user's terms. */
export function readingProgress(done: number, total: number, order: ReadingOrder): string {
  const what = `Read ${done} of ${plural(total, 'passage')}`;
  return order === 'relevance' && total > 1 ? `${what}, most relevant first` : what;
}

/** The progress line: the passage count alone before the first one is read ("4,349 passages to read"). */
export function readingCountLine(done: number, total: number, order: ReadingOrder): string {
  if (done > 0) return readingProgress(done, total, order);
  const what = `${plural(total, 'passage')} to read`;
  return order === 'relevance' && total > 1 ? `${what}, most relevant first` : what;
}
