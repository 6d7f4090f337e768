import { QaError } from '../../shared/errors';

/**
 * The questions of a file chosen for the question grid: plain text (one per line), CSV (the
 * "question" column, or the first), or JSON (an array of strings or of objects with a
 * `question`, `{ questions: [...] }`, or a SQuAD file's questions). Duplicates and blanks are
 * dropped, order kept.
 */
export function questionsFromFile(name: string, text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  const kind = /\.json$/i.test(name) || /^\s*[[{]/.test(body) ? 'json' : /\.csv$/i.test(name) ? 'csv' : 'text';
  const found = kind === 'json' ? fromJson(name, body) : kind === 'csv' ? fromCsv(body) : body.split(/\r?\n/);
  const questions = [...new Set(found.map((q) => q.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  if (questions.length === 0) throw new QaError('INPUT_INVALID', `No questions were found in “${name}”.`, { name });
  return questions;
}

function fromJson(name: string, body: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new QaError('INPUT_INVALID', `“${name}” is not valid JSON.`, { name });
  }
  const list = Array.isArray(value) ? value : (value as { questions?: unknown }).questions;
  if (Array.isArray(list)) return list.map(questionOf);
  const data = (value as { data?: unknown }).data;
  if (Array.isArray(data))
    return data.flatMap((article: { paragraphs?: { qas?: { question?: unknown }[] }[] }) =>
      (article.paragraphs ?? []).flatMap((p) => (p.qas ?? []).map(questionOf)),
    );
  throw new QaError('INPUT_INVALID', `“${name}” holds no list of questions (an array, "questions" or SQuAD "data").`, { name });
}

const questionOf = (item: unknown): string =>
  typeof item === 'string'
    ? item
    : typeof (item as { question?: unknown })?.question === 'string'
      ? (item as { question: string }).question
      : '';

function fromCsv(body: string): string[] {
  const rows = csvRows(body);
  if (rows.length === 0) return [];
  const column = rows[0].findIndex((h) => h.trim().toLowerCase() === 'question');
  return column >= 0 ? rows.slice(1).map((r) => r[column] ?? '') : rows.map((r) => r[0] ?? '');
}

/**
 * RFC 4180 fields (quoted fields may hold commas, quotes doubled, line breaks). Written here rather
 * than adding a CSV package for one column of one small file.
 */
function csvRows(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
