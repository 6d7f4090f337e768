import type { DocumentKind } from '../../shared/documents';
import type { AnsweredBy, HistoryEntry } from './history-entry';

/** The document the questions were asked about, as the exports name it. */
export interface ExportDocument {
  /** The file name, or "Pasted text". */
  title: string;
  kind: DocumentKind;
  characters: number;
  textKey: string;
}

// The model's columns come last, so the answer's stay where earlier exports had them.
const CSV_COLUMNS = [
  'asked_at',
  'question',
  'rank',
  'answer',
  'confidence',
  'score',
  'start',
  'end',
  'context',
  'no_answer',
  'model',
  'model_type',
  'weights',
  'dtype',
  'backend',
  'app_version',
] as const;

/** Which model answered, or nulls for an entry kept before that was recorded. */
const modelFields = (m: AnsweredBy | null | undefined) =>
  m ? [m.source, m.modelType, m.weights, m.dtype, m.backend] : [null, null, null, null, null];

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** RFC 4180: a field holding a comma, quote, CR or LF is quoted, with its quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per answer shown (best first), or one row with an empty answer when there was none; each
 * row names the model that answered and the app's version. Records end in CRLF, as RFC 4180 has
 * them; spreadsheets and csv parsers read that everywhere.
 */
export function toCsv(entries: readonly HistoryEntry[], appVersion: string): string {
  const rows: (string | number | boolean | null)[][] = [[...CSV_COLUMNS]];
  for (const e of entries) {
    const asked = new Date(e.askedAt).toISOString();
    const answeredBy = [...modelFields(e.model), appVersion];
    if (e.answers.length === 0) rows.push([asked, e.question, null, null, null, null, null, null, null, e.noAnswer, ...answeredBy]);
    e.answers.forEach((a, i) =>
      rows.push([asked, e.question, i + 1, a.text, round(a.share), round(a.score), a.start, a.end, a.context, e.noAnswer, ...answeredBy]),
    );
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The app's version, the document (title, kind, length) and every entry with the model that
 * answered it and its answers, alternatives and sentences.
 */
export function toJson(doc: ExportDocument, entries: readonly HistoryEntry[], exportedAt: Date, appVersion: string): string {
  return JSON.stringify(
    {
      format: 'ask-your-document/qa-history',
      version: 1,
      exportedAt: exportedAt.toISOString(),
      app: { version: appVersion },
      document: { title: doc.title, kind: doc.kind, characters: doc.characters },
      entries: entries.map((e) => ({
        question: e.question,
        askedAt: new Date(e.askedAt).toISOString(),
        // Offsets point into the text as it was; true when it has been edited since.
        textChanged: e.textKey !== doc.textKey,
        noAnswer: e.noAnswer,
        noAnswerConfidence: e.nullShare === null ? null : round(e.nullShare),
        passagesRead: e.windowsDone,
        passages: e.windowsTotal,
        model: e.model ?? null,
        answers: e.answers.map((a, i) => ({
          rank: i + 1,
          text: a.text,
          confidence: round(a.share),
          score: round(a.score),
          start: a.start,
          end: a.end,
          context: a.context,
          alternatives: a.alternatives.map((v) => ({ text: v.text, confidence: round(v.share), start: v.start, end: v.end })),
        })),
      })),
    },
    null,
    2,
  );
}

/** A file name from the document's title: its stem, kept to safe characters, plus the date. */
export function exportFileName(title: string, ext: 'csv' | 'json', date: Date): string {
  const stem =
    title
      .replace(/\.[a-z0-9]{1,5}$/i, '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'document';
  return `${stem}-questions-${date.toISOString().slice(0, 10)}.${ext}`;
}

/** What "Copy" puts on the clipboard: the question, the answer with its confidence, its sentence and where it came from. */
export function answerClipboardText(question: string, answer: string, confidence: string, context: string, source: string): string {
  return [`Q: ${question}`, `A: ${answer} (${confidence})`, context && `“${context}”`, source && `— ${source}`].filter(Boolean).join('\n');
}
