import type { QaAnswer } from '../../shared/answers';

/** One filled cell of the question grid: the best answer of one question in one document, or none. */
export interface GridCell {
  /** null: the null answer won ("no answer"). */
  answer: QaAnswer | null;
  page: number | null;
  /** The document was removed from the library before this cell was read. */
  missing?: true;
}

export interface GridRecord {
  question: string;
  document: string;
  page: number | null;
  start: number | null;
  end: number | null;
  answer: string | null;
  confidence: number | null;
}

const COLUMNS: ReadonlyArray<keyof GridRecord> = ['question', 'document', 'page', 'start', 'end', 'answer', 'confidence'];

export function gridRecord(question: string, document: string, cell: GridCell): GridRecord {
  const a = cell.answer;
  return {
    question,
    document,
    page: a ? cell.page : null,
    start: a?.start ?? null,
    end: a?.end ?? null,
    answer: a?.text ?? null,
    confidence: a ? Math.round(a.share * 1e4) / 1e4 : null,
  };
}

/** RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote or a line break, quotes doubled. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(records: readonly GridRecord[]): string {
  return [COLUMNS.join(','), ...records.map((r) => COLUMNS.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n';
}

export const toJson = (records: readonly GridRecord[]): string => `${JSON.stringify(records, null, 2)}\n`;
