import { QaError } from '../../shared/errors';
import type { SampleDocument, SampleQuestion } from './sample-types';

/** An example is a page of text to try, not a corpus: larger files are refused before parsing. */
const MAX_EXAMPLE_BYTES = 2_000_000;

/**
 * An example named by the page's link (?example=<address of a JSON file>), so a model's demo link
 * can bring its own document and questions. Either the app's own shape
 *   { "title", "text", "questions": ["…" | { "question", "answer": "…" | null }], "source"?, "url"?, "licence"?, "licenceUrl"? }
 * or a SQuAD 1.1/2.0 file, whose first paragraph and its questions are used.
 */
export async function fetchLinkedExample(address: string): Promise<SampleDocument> {
  let response: Response;
  try {
    response = await fetch(address);
  } catch (e) {
    throw new QaError('NETWORK', `Could not download the example from ${address} (${(e as Error).message}).`, { url: address });
  }
  if (!response.ok) throw new QaError('NETWORK', `Downloading the example failed: HTTP ${response.status}.`, { url: address });
  const body = await response.text();
  if (body.length > MAX_EXAMPLE_BYTES) throw invalid(address, `it is ${Math.round(body.length / 1e6)} MB; an example is at most 2 MB`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw invalid(address, 'it is not JSON');
  }
  return parseExample(json, address);
}

export function parseExample(json: unknown, address: string): SampleDocument {
  const o = record(json);
  if (o && Array.isArray(o.data)) return fromSquad(o.data, address);
  if (!o || typeof o.text !== 'string' || o.text.trim() === '') throw invalid(address, 'it has no "text"');
  if (!Array.isArray(o.questions)) throw invalid(address, 'it has no "questions" list');
  const questions = o.questions.map(toQuestion).filter((q): q is SampleQuestion => q !== null);
  return {
    title: str(o.title) ?? 'Example',
    source: str(o.source),
    url: str(o.url),
    licence: str(o.licence),
    licenceUrl: str(o.licenceUrl),
    questions,
    questionsNote: null,
    text: o.text,
  };
}

function fromSquad(data: unknown[], address: string): SampleDocument {
  const article = record(data[0]);
  const paragraph = record(Array.isArray(article?.paragraphs) ? article.paragraphs[0] : null);
  if (!paragraph || typeof paragraph.context !== 'string') throw invalid(address, 'its SQuAD data has no paragraph');
  const qas = Array.isArray(paragraph.qas) ? paragraph.qas.map(record) : [];
  const questions = qas.flatMap((qa) => {
    const question = str(qa?.question);
    if (!question) return [];
    const first = Array.isArray(qa?.answers) ? record(qa.answers[0]) : null;
    return [{ question, answer: qa?.is_impossible === true ? null : (str(first?.text) ?? null) }];
  });
  return { title: str(article?.title) ?? 'Example', questions, questionsNote: null, text: paragraph.context };
}

function toQuestion(q: unknown): SampleQuestion | null {
  if (typeof q === 'string') return q.trim() ? { question: q.trim(), answer: null } : null;
  const o = record(q);
  const question = str(o?.question);
  return question ? { question, answer: str(o?.answer) ?? null } : null;
}

const invalid = (address: string, why: string) =>
  new QaError('INPUT_INVALID', `The example at ${address} can't be used: ${why}.`, { url: address });
const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
