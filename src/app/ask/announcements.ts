import type { QaResult } from '../../shared/answers';
import { hasRightToLeft } from '../../shared/text-direction';
import { formatPercent, plural } from '../common/format';
import { answerCountLabel } from './answer-groups';
import { readingEstimate } from './reading-estimate';

/** Long answers and questions are cut for speech and the one-line status: the list has them whole. */
const QUOTE_CHARS = 80;
const quote = (s: string) => `“${isolate(s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : s)}”`;

/**
 * A right-to-left question or answer inside this English sentence is wrapped in first-strong
 * isolates (U+2068 … U+2069), so the status line shows it in its own order and the quotes, the
 * percentage and the rest of the sentence stay where they are. Other text is left as it is.
 */
const isolate = (s: string) => (hasRightToLeft(s) ? `\u2068${s}\u2069` : s);

/**
 * The result in one sentence: "Top answer to “Who won?”: “Denver Broncos”, 62%. 3 answers." The
 * question is part of it so that a second question with the same answers still reads differently.
 */
export function resultSummary(result: QaResult, question: string): string {
  const top = result.answers[0];
  if (result.noAnswer || !top) return `No answer to ${quote(question)} in the text.`;
  return `Top answer to ${quote(question)}: ${quote(top.text)}, ${formatPercent(top.share)}. ${answerCountLabel(result, false)}.`;
}

/** The header's line while reading: "Reading 4 of 55 passages…", with the time left once measured. */
export function readingLine(progress: { done: number; total: number; msPerWindow?: number | null } | null): string {
  if (!progress) return 'Reading…';
  const line = `Reading ${progress.done} of ${plural(progress.total, 'passage')}…`;
  const left = progress.msPerWindow != null ? readingEstimate(progress) : null;
  return left ? `${line} ${left}` : line;
}

/**
 * Reading progress worth speaking: its start and each quarter, not every passage (a screen reader
 * would read nothing else). `lastQuarter` is the last one spoken, -1 before any; null when nothing
 * new is due. The end is left to the result's own announcement.
 */
export function progressMilestone(
  done: number,
  total: number,
  lastQuarter: number,
  msPerWindow: number | null = null,
): { quarter: number; text: string } | null {
  if (total <= 1) return null; // One passage: its result follows at once.
  const quarter = Math.min(4, Math.floor((4 * done) / total));
  if (quarter <= lastQuarter || quarter >= 4) return null;
  const text = quarter === 0 ? `Reading ${plural(total, 'passage')}…` : `Read ${done} of ${plural(total, 'passage')}…`;
  // Only a measured time is spoken; "estimating" would be noise.
  const left = msPerWindow !== null ? readingEstimate({ done, total, msPerWindow }) : null;
  return { quarter, text: left ? `${text} ${left}.` : text };
}
