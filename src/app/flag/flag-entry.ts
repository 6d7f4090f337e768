/** One flagged answer: the user's verdict on what the model said, kept as a labelled example. */
export interface Flag {
  id: string;
  question: string;
  /** The whole text the answer's offsets point into (the SQuAD paragraph). */
  context: string;
  /** What the model answered (empty when it said "no answer"). */
  modelAnswer: string;
  verdict: 'right' | 'wrong';
  /** The right span, in UTF-16 offsets into `context`; null when the text holds no answer. */
  span: { start: number; end: number } | null;
  at: number;
}

const isSpan = (v: unknown): v is Flag['span'] =>
  v === null ||
  (typeof v === 'object' && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number');

export function isFlag(v: unknown): v is Flag {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.id === 'string' &&
    typeof f.question === 'string' &&
    typeof f.context === 'string' &&
    typeof f.modelAnswer === 'string' &&
    (f.verdict === 'right' || f.verdict === 'wrong') &&
    isSpan(f.span) &&
    typeof f.at === 'number'
  );
}

export const isFlagList = (v: unknown): v is Flag[] => Array.isArray(v) && v.every(isFlag);
