/**
 * The "About this model" card's facts, from what a practitioner already has: the model card's YAML
 * front matter (language, license, model-index results, as the Hugging Face hub reads them) and the
 * metrics.json `npm run eval` writes, which wins when given (it was measured on this very export).
 */
import { parse as parseYaml } from 'yaml';
import type { DemoMetric } from '../../src/shared/demo-manifest';

export interface CardFacts {
  languages: string[];
  licence: string | null;
  metrics: DemoMetric[];
  metricsSource: string | null;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The facts a README's front matter gives; a README without one (or with broken YAML) gives none. */
export function cardFromReadme(readme: string | null): CardFacts {
  const none: CardFacts = { languages: [], licence: null, metrics: [], metricsSource: null };
  const match = readme ? FRONT_MATTER.exec(readme) : null;
  if (!match) return none;
  let meta: unknown;
  try {
    meta = parseYaml(match[1]);
  } catch {
    return none;
  }
  if (typeof meta !== 'object' || meta === null) return none;
  const m = meta as Record<string, unknown>;
  const metrics: DemoMetric[] = [];
  for (const entry of asList(m['model-index'])) {
    for (const result of asList((entry as Record<string, unknown>)?.results)) {
      const r = result as Record<string, unknown>;
      const ds = r?.dataset as Record<string, unknown> | undefined;
      const dataset = str(ds?.name) ?? str(ds?.type) ?? undefined;
      for (const metric of asList(r?.metrics)) {
        const x = metric as Record<string, unknown>;
        const name = str(x?.name) ?? str(x?.type);
        const value = Number(x?.value);
        if (name && Number.isFinite(value)) metrics.push({ name, value, ...(dataset ? { dataset } : {}) });
      }
    }
  }
  return {
    languages: asList(m.language).flatMap((l) => (str(l) ? [str(l)!] : [])),
    licence: str(m.license) ?? str(m.licence),
    metrics,
    metricsSource: metrics.length ? 'model card' : null,
  };
}

/** metrics.json as `npm run eval` writes it (the official script's keys: exact, f1, total, HasAns_*…). */
export function metricsFromEval(json: unknown, file: string): DemoMetric[] {
  if (typeof json !== 'object' || json === null) throw new Error(`--metrics: ${file} is not a JSON object.`);
  const out: DemoMetric[] = [];
  for (const [name, value] of Object.entries(json as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof value === 'number' && Number.isFinite(value)) out.push({ name, value });
  }
  if (out.length === 0) throw new Error(`--metrics: ${file} holds no numbers (expected the metrics.json of npm run eval).`);
  return out;
}
