import type { Flag } from './flag-entry';

interface SquadQa {
  id: string;
  question: string;
  answers: { text: string; answer_start: number }[];
  is_impossible: boolean;
}

interface SquadFile {
  version: 'v2.0';
  data: { title: string; paragraphs: { context: string; qas: SquadQa[] }[] }[];
}

/**
 * The flags as a SQuAD 2.0 file, the format `npm run eval` and the Evaluate panel read: one
 * paragraph per distinct text (questions on the same document share it), in the order first
 * flagged; a flag without a span is an unanswerable question.
 */
export function flagsToSquad(flags: readonly Flag[], title = 'Flagged answers'): SquadFile {
  const byContext = new Map<string, SquadQa[]>();
  for (const flag of flags) {
    const qas = byContext.get(flag.context) ?? [];
    byContext.set(flag.context, qas);
    const span = flag.span;
    qas.push({
      id: flag.id,
      question: flag.question,
      answers: span ? [{ text: flag.context.slice(span.start, span.end), answer_start: span.start }] : [],
      is_impossible: span === null,
    });
  }
  const paragraphs = [...byContext].map(([context, qas]) => ({ context, qas }));
  return { version: 'v2.0', data: [{ title, paragraphs }] };
}
