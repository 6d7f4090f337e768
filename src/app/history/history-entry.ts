import type { QaAnswer, QaResult } from '../../shared/answers';
import type { ModelInfo } from '../../shared/protocol';
import { sentenceAround } from './answer-context';
import { textKey } from './text-key';

/** One answer as history keeps it: what was shown, with its sentence (the text may change later). */
interface HistoryAnswer {
  text: string;
  start: number;
  end: number;
  share: number;
  score: number;
  /** The sentence around the answer when it was found. */
  context: string;
  /** The overlapping variants listed under the answer. */
  alternatives: { text: string; start: number; end: number; share: number }[];
  /** The model's logits, for "Score details" when shown again (absent in entries kept before they were). */
  startLogit?: number;
  endLogit?: number;
}

/** Which model answered, as the exports name it: enough to load the same weights on the same backend. */
export interface AnsweredBy {
  /** The hub id with its revision, the base URL, or the picked folder's name. */
  source: string;
  modelType: string;
  /** The weights file, e.g. "onnx/model_quantized.onnx", and its format, e.g. "q8". */
  weights: string;
  dtype: string;
  backend: string;
}

export const answeredBy = (info: ModelInfo): AnsweredBy => ({
  source: info.source,
  modelType: info.modelType,
  weights: info.file,
  dtype: info.dtype,
  backend: info.backend,
});

export interface HistoryEntry {
  id: string;
  question: string;
  /** ms since the epoch. */
  askedAt: number;
  /** textKey of the exact text the answers' offsets point into. */
  textKey: string;
  noAnswer: boolean;
  nullShare: number | null;
  answers: HistoryAnswer[];
  /** Windows read, of all: a confident stop leaves some unread. */
  windowsDone: number;
  windowsTotal: number;
  /** The model that answered; null when unknown (entries kept before it was recorded have none). */
  model?: AnsweredBy | null;
  /** What decided "no answer" (see QaResult), for "Score details" when shown again. */
  nullScore?: number;
  nullOdds?: number;
}

/** A figure worth keeping: a non-finite one would make the stored entry fail its check on reload. */
const kept = (n: number) => (Number.isFinite(n) ? n : undefined);

/** The answers of a question that finished, to keep. */
export function toEntry(
  question: string,
  context: string,
  result: QaResult,
  askedAt: number,
  model: AnsweredBy | null = null,
): HistoryEntry {
  return {
    id: `${askedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    question,
    askedAt,
    textKey: textKey(context),
    noAnswer: result.noAnswer,
    nullShare: result.nullShare,
    answers: result.answers.map((a) => ({
      text: a.text,
      start: a.start,
      end: a.end,
      share: a.share,
      score: a.score,
      context: sentenceAround(context, a.start, a.end),
      alternatives: (a.alternatives ?? []).map((v) => ({ text: v.text, start: v.start, end: v.end, share: v.share })),
      startLogit: kept(a.startLogit),
      endLogit: kept(a.endLogit),
    })),
    windowsDone: result.windowsDone,
    windowsTotal: result.windowsTotal,
    model,
    nullScore: kept(result.nullScore),
    nullOdds: kept(result.nullOdds),
  };
}

/**
 * The entry as a result the answer list and the document view can show again (for its own text
 * only). Figures the entry did not keep are NaN, so "Score details" says so instead of showing 0.
 */
export function toResult(entry: HistoryEntry): QaResult {
  const answer = (a: Pick<HistoryAnswer, 'text' | 'start' | 'end' | 'share' | 'startLogit' | 'endLogit'>, score: number): QaAnswer => ({
    text: a.text,
    start: a.start,
    end: a.end,
    share: a.share,
    score,
    startLogit: a.startLogit ?? NaN,
    endLogit: a.endLogit ?? NaN,
    tokenStart: 0,
    tokenEnd: 0,
  });
  return {
    answers: entry.answers.map((a) => ({ ...answer(a, a.score), alternatives: a.alternatives.map((v) => answer(v, NaN)) })),
    nullScore: entry.nullScore ?? NaN,
    nullOdds: entry.nullOdds ?? NaN,
    noAnswer: entry.noAnswer,
    nullShare: entry.nullShare,
    windowsDone: entry.windowsDone,
    windowsTotal: entry.windowsTotal,
    stoppedEarly: false,
    questionTruncated: false,
  };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function isSpan(v: unknown): v is { text: string; start: number; end: number; share: number } {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return isStr(s.text) && isNum(s.start) && isNum(s.end) && s.start <= s.end && isNum(s.share);
}

const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);

function isAnswer(v: unknown): v is HistoryAnswer {
  if (!isSpan(v)) return false;
  const a = v as unknown as Record<string, unknown>;
  return (
    isNum(a.score) &&
    isStr(a.context) &&
    Array.isArray(a.alternatives) &&
    a.alternatives.every(isSpan) &&
    optional(a.startLogit, isNum) &&
    optional(a.endLogit, isNum)
  );
}

function isAnsweredBy(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  return [m.source, m.modelType, m.weights, m.dtype, m.backend].every(isStr);
}

/** Checks what IndexedDB gave back: an older version or a damaged entry must not break the page. */
export function isHistoryEntry(v: unknown): v is HistoryEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    isStr(e.id) &&
    isStr(e.question) &&
    isNum(e.askedAt) &&
    isStr(e.textKey) &&
    typeof e.noAnswer === 'boolean' &&
    (e.nullShare === null || isNum(e.nullShare)) &&
    isNum(e.windowsDone) &&
    isNum(e.windowsTotal) &&
    Array.isArray(e.answers) &&
    e.answers.every(isAnswer) &&
    optional(e.model, isAnsweredBy) &&
    optional(e.nullScore, isNum) &&
    optional(e.nullOdds, isNum)
  );
}
