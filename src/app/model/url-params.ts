import { READING_ORDERS, STRIDE_MODES, type ReadingOrder, type StrideMode } from '../../shared/answers';
import { BACKEND_CHOICES, DTYPE_CHOICES, type BackendChoice, type DtypeChoice } from '../../shared/model-formats';
import type { DemoManifest } from '../../shared/demo-manifest';
import { demoPage } from '../demo/demo-page';
import { demoStartup } from '../demo/demo-startup';

/**
 * Start-up settings from the page URL, for shareable links and for the end-to-end tests:
 * ?model=<hub id> | ?url=<base url>, &revision=, &backend=, &threads=, &dtype=, &autoload=1, &example=<json>, &embed=1, and for
 * reading &stride-mode=overlap|step, &order=relevance|document.
 * Read once; later edits in the UI are the user's and are never overwritten.
 */
export interface UrlParams {
  source: { kind: 'hub'; id: string; revision: string | null } | { kind: 'url'; baseUrl: string } | null;
  backend: BackendChoice | null;
  threads: number | null;
  dtype: DtypeChoice | null;
  /** How windows overlap (?stride-mode=step reproduces the seed pipeline) and in which order they are read. */
  strideMode: StrideMode | null;
  order: ReadingOrder | null;
  autoload: boolean;
  /** ?example=<address of a JSON example>: the document and questions "Try an example" opens (absolute). */
  example: string | null;
  /** ?embed=1: the compact layout for an <iframe> (question, document, answers; no header chrome). */
  embed: boolean;
  /** Values that were present but unusable, to tell the user instead of silently ignoring them. */
  problems: string[];
}

export function parseUrlParams(href: string): UrlParams {
  const url = new URL(href);
  const q = url.searchParams;
  const problems: string[] = [];
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const raw = q.get(name);
    if (raw === null || raw === '') return null;
    const value = raw.toLowerCase() as T;
    if (allowed.includes(value)) return value;
    problems.push(`Ignored ?${name}=${raw}: expected one of ${allowed.join(', ')}.`);
    return null;
  };

  let source: UrlParams['source'] = null;
  const model = q.get('model')?.trim();
  const base = q.get('url')?.trim();
  if (base) {
    // Relative addresses ("/fixtures/models/oracle/") are relative to this page, not to the worker.
    try {
      source = { kind: 'url', baseUrl: new URL(base, url).href };
    } catch {
      problems.push(`Ignored ?url=${base}: not a valid address.`);
    }
    if (model) problems.push('Both ?model= and ?url= were given; using ?url=.');
  } else if (model) {
    source = { kind: 'hub', id: model, revision: q.get('revision')?.trim() || null };
  }

  let threads: number | null = null;
  const rawThreads = q.get('threads');
  if (rawThreads !== null && rawThreads !== '') {
    const n = rawThreads.toLowerCase() === 'auto' ? 0 : Number(rawThreads);
    if (Number.isInteger(n) && n >= 0 && n <= 64) threads = n;
    else problems.push(`Ignored ?threads=${rawThreads}: expected a whole number (0 = auto).`);
  }

  const flag = (name: string) => {
    const raw = q.get(name);
    return raw !== null && raw !== '0' && raw.toLowerCase() !== 'false';
  };
  let example: string | null = null;
  const rawExample = q.get('example')?.trim();
  if (rawExample) {
    try {
      example = new URL(rawExample, url).href;
    } catch {
      problems.push(`Ignored ?example=${rawExample}: not a valid address.`);
    }
  }
  return {
    source,
    backend: pick('backend', BACKEND_CHOICES),
    threads,
    dtype: pick('dtype', DTYPE_CHOICES),
    strideMode: pick('stride-mode', STRIDE_MODES),
    order: pick('order', READING_ORDERS),
    autoload: flag('autoload'),
    embed: flag('embed'),
    example,
    problems,
  };
}

/**
 * A demo page (`npm run demo`) loads its own model at once; a link's ?url= or ?model= picks another
 * only where the demo allows other models. Its examples come with the page, not from ?example=.
 */
export function withDemo(params: UrlParams, manifest: DemoManifest | null, href: string): UrlParams {
  if (!manifest) return params;
  if (manifest.allowOtherModels && params.source) return { ...params, example: null };
  const demo = demoStartup(manifest, href);
  const problems = params.source
    ? [...params.problems, 'This demo shows its own model; the link’s ?url= or ?model= was ignored.']
    : params.problems;
  return {
    ...params,
    source: { kind: 'url', baseUrl: demo.baseUrl },
    backend: params.backend ?? demo.backend,
    dtype: demo.dtype,
    autoload: true,
    example: null,
    problems,
  };
}

const href = globalThis.location?.href ?? 'http://localhost/';
const parsed = parseUrlParams(href);

/** Parsed at module load: the URL the page was opened with, before anything can change it. */
export const startupParams: UrlParams = withDemo(
  demoPage.problem ? { ...parsed, problems: [...parsed.problems, demoPage.problem] } : parsed,
  demoPage.manifest,
  href,
);
