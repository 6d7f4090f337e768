/**
 * --examples: documents with questions, either the app's example shape — one object or a list of
 * `{ "title", "text" | "file", "questions": ["…" | { "question", "answer" }], "source"?, "licence"? }`
 * (a "file" is a plain-text file next to the JSON) — or a SQuAD 1.1/2.0 file, whose paragraphs
 * become the examples (the first MAX_SQUAD_EXAMPLES).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DemoExample } from '../../src/shared/demo-manifest';

const MAX_SQUAD_EXAMPLES = 10;
/** The app refuses a linked example over 2 MB; a demo's examples are held to the same size. */
const MAX_EXAMPLE_CHARS = 2_000_000;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function readExamples(file: string, warn: (message: string) => void): DemoExample[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`--examples: ${file} is not readable JSON (${(e as Error).message}).`);
  }
  const root = obj(json);
  const examples =
    root && Array.isArray(root.data)
      ? fromSquad(root.data, warn)
      : (Array.isArray(json) ? json : [json]).map((e, i) => fromApp(e, i, dirname(file)));
  if (examples.length === 0) throw new Error(`--examples: ${file} holds no example.`);
  for (const e of examples) {
    if (e.text.length > MAX_EXAMPLE_CHARS)
      throw new Error(`--examples: "${e.title}" is over 2 million characters; an example is a page to try.`);
  }
  return examples;
}

function fromApp(value: unknown, index: number, base: string): DemoExample {
  const o = obj(value);
  const where = `--examples: example ${index + 1}`;
  if (!o) throw new Error(`${where} is not an object.`);
  const file = str(o.file);
  const text = typeof o.text === 'string' ? o.text : file ? readFileSync(resolve(base, file), 'utf8') : undefined;
  if (!text?.trim()) throw new Error(`${where} has no "text" (or "file").`);
  if (!Array.isArray(o.questions)) throw new Error(`${where} has no "questions" list.`);
  const questions = o.questions.flatMap((q) => {
    const question = typeof q === 'string' ? str(q) : str(obj(q)?.question);
    return question ? [{ question, answer: str(obj(q)?.answer) ?? null }] : [];
  });
  const source = str(o.source);
  const licence = str(o.licence) ?? str(o.license);
  return { title: str(o.title) ?? `Example ${index + 1}`, text, questions, ...(source ? { source } : {}), ...(licence ? { licence } : {}) };
}

function fromSquad(data: unknown[], warn: (message: string) => void): DemoExample[] {
  const all = data.flatMap((a) => {
    const article = obj(a);
    const paragraphs = Array.isArray(article?.paragraphs) ? article.paragraphs : [];
    return paragraphs.flatMap((p, i) => {
      const para = obj(p);
      if (typeof para?.context !== 'string') return [];
      const qas = Array.isArray(para.qas) ? para.qas.map(obj) : [];
      const questions = qas.flatMap((qa) => {
        const question = str(qa?.question);
        if (!question) return [];
        const first = Array.isArray(qa?.answers) ? obj(qa.answers[0]) : null;
        return [{ question, answer: qa?.is_impossible === true ? null : (str(first?.text) ?? null) }];
      });
      const title = str(article?.title) ?? 'Example';
      return [{ title: paragraphs.length > 1 ? `${title} (${i + 1})` : title, text: para.context, questions }];
    });
  });
  if (all.length > MAX_SQUAD_EXAMPLES) warn(`--examples: using the first ${MAX_SQUAD_EXAMPLES} of ${all.length} SQuAD paragraphs.`);
  return all.slice(0, MAX_SQUAD_EXAMPLES);
}
