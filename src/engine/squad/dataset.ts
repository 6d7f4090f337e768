import { QaError } from '../../shared/errors';
import type { SquadVersion } from '../../shared/squad';

/**
 * SQuAD v1.1 / v2.0 files, flattened to one item per question. Items keep the file's order, so the
 * questions of one paragraph stay together and the engine's context-tokenization cache is reused.
 */
export interface SquadItem {
  id: string;
  question: string;
  context: string;
  /** Gold answer texts as written (duplicates kept, as the official scripts keep them). */
  answers: string[];
  /** Each answer's answer_start in `context` (-1 when the file gives none). */
  answerStarts: number[];
  /** Index of the item's article in the file (whole-article evaluation joins its paragraphs). */
  article: number;
  isImpossible: boolean;
}

export interface SquadDataset {
  version: SquadVersion;
  items: SquadItem[];
}

function invalid(message: string, where?: string): QaError {
  return new QaError('DATASET_INVALID', where ? `${where} ${message}` : message, where ? { where } : undefined);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function requireArray(owner: Record<string, unknown>, key: string, where: string): unknown[] {
  const v = owner[key];
  if (v === undefined) throw invalid(`has no "${key}"`, where);
  if (!Array.isArray(v)) throw invalid(`"${key}" is ${describe(v)}, not an array`, where);
  return v;
}

function requireString(owner: Record<string, unknown>, key: string, where: string): string {
  const v = owner[key];
  if (v === undefined) throw invalid(`has no "${key}"`, where);
  // Some SQuAD-like exports write numeric ids; the official scripts use them as dict keys as-is.
  if (key === 'id' && typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw invalid(`"${key}" is ${describe(v)}, not a string`, where);
  return v;
}

/** Parses the text of a SQuAD JSON file; every problem names its place, e.g. data[0].paragraphs[3].qas[2]. */
export function parseSquad(text: string): SquadDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalid(`The file is not valid JSON (${(e as Error).message}). Choose a SQuAD v1.1 or v2.0 .json file.`);
  }
  if (!isObject(json)) throw invalid(`The file holds ${describe(json)}; a SQuAD file is an object with a "data" array.`);
  if (!Array.isArray(json.data)) {
    throw invalid(
      json.data === undefined ? 'The file has no "data" array: is it a SQuAD file?' : `"data" is ${describe(json.data)}, not an array.`,
    );
  }
  const items: SquadItem[] = [];
  const seen = new Set<string>();
  let sawImpossible = false;
  json.data.forEach((article, a) => {
    const aw = `data[${a}]`;
    if (!isObject(article)) throw invalid(`is ${describe(article)}, not an article object`, aw);
    requireArray(article, 'paragraphs', aw).forEach((paragraph, p) => {
      const pw = `${aw}.paragraphs[${p}]`;
      if (!isObject(paragraph)) throw invalid(`is ${describe(paragraph)}, not a paragraph object`, pw);
      const context = requireString(paragraph, 'context', pw);
      requireArray(paragraph, 'qas', pw).forEach((qa, q) => {
        const qw = `${pw}.qas[${q}]`;
        if (!isObject(qa)) throw invalid(`is ${describe(qa)}, not a question object`, qw);
        const id = requireString(qa, 'id', qw);
        const question = requireString(qa, 'question', qw);
        // Predictions are keyed by id, so a repeated id would silently overwrite an answer.
        if (seen.has(id)) throw invalid(`repeats the id "${id}"`, qw);
        seen.add(id);
        const gold = requireArray(qa, 'answers', qw).map((ans, k) => {
          const text = isObject(ans) ? ans.text : undefined;
          if (typeof text !== 'string') throw invalid(`has no "text"`, `${qw}.answers[${k}]`);
          const start = (ans as Record<string, unknown>).answer_start;
          return { text, start: Number.isInteger(start) ? (start as number) : -1 };
        });
        const answers = gold.map((g) => g.text);
        const answerStarts = gold.map((g) => g.start);
        const isImpossible = qa.is_impossible === true;
        if ('is_impossible' in qa) sawImpossible = true;
        items.push({ id, question, context, answers, answerStarts, article: a, isImpossible });
      });
    });
  });
  const declared = typeof json.version === 'string' ? json.version.replace(/^v/i, '') : '';
  const version: SquadVersion = declared.startsWith('2') || sawImpossible ? '2.0' : '1.1';
  return { version, items };
}

/**
 * The same SQuAD file cut to its first `limit` questions (articles and paragraphs kept as written).
 * The official scripts score every question in the file, so a --limit run needs this to be compared.
 */
export function sliceSquadText(text: string, limit: number): string {
  parseSquad(text); // validates, so the walk below can trust the shape
  const json = JSON.parse(text) as { data: Array<{ paragraphs: Array<{ qas: unknown[] }> }> };
  let left = limit;
  const data = [];
  for (const article of json.data) {
    const paragraphs = [];
    for (const p of article.paragraphs) {
      if (left <= 0) break;
      const qas = p.qas.slice(0, left);
      left -= qas.length;
      paragraphs.push({ ...p, qas });
    }
    if (paragraphs.length) data.push({ ...article, paragraphs });
    if (left <= 0) break;
  }
  return JSON.stringify({ ...json, data });
}
