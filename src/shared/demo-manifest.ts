/**
 * The manifest `npm run demo` writes into a demo site's index.html and the app reads at start-up:
 * which model to load at once, what the "About this model" card says, and the example documents.
 * Embedded in the page (not a separate file) so it is precached with the page and works offline.
 */
import { QaError } from './errors';
import { DTYPE_CHOICES, type DtypeChoice } from './model-formats';

export const DEMO_MANIFEST_VERSION = 1;
/** The id of the `<script type="application/json">` element holding the manifest. */
export const DEMO_MANIFEST_ELEMENT_ID = 'qa-demo-manifest';

export interface DemoExample {
  title: string;
  text: string;
  questions: Array<{ question: string; answer: string | null }>;
  source?: string;
  licence?: string;
}

export interface DemoMetric {
  /** As the model card or metrics.json names it: "exact_match", "f1", "HasAns_exact"… */
  name: string;
  value: number;
  /** The data set it was measured on, where the card says. */
  dataset?: string;
}

export interface DemoModelCard {
  name: string;
  /** config.json's model_type ("bert", "roberta"…). */
  family: string;
  /** Bytes of the weights the demo ships. */
  weightBytes: number;
  languages: string[];
  licence: string | null;
  metrics: DemoMetric[];
  /** Where the metrics come from ("model card", "metrics.json"), said beside them. */
  metricsSource: string | null;
}

/** One weights file, possibly split into parts below a host's file-size limit. */
export interface DemoWeights {
  /** The path the app asks for (onnx/model_quantized.onnx). */
  path: string;
  bytes: number;
  /** Paths of the parts, in order, relative to the model folder; absent when the file is whole. */
  parts?: string[];
}

export interface DemoManifest {
  version: typeof DEMO_MANIFEST_VERSION;
  title: string;
  description: string;
  model: {
    /** The model folder, relative to the page ("model/"). */
    path: string;
    dtype: DtypeChoice;
    weights: DemoWeights[];
  };
  card: DemoModelCard;
  examples: DemoExample[];
  /** Whether "Change model" is offered. */
  allowOtherModels: boolean;
}

const bad = (why: string) => new QaError('INPUT_INVALID', `The demo manifest can't be used: ${why}.`);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/** Checks what the app relies on; a manifest from another version or a hand edit gets a clear error. */
export function parseDemoManifest(json: unknown): DemoManifest {
  if (!isObj(json)) throw bad('it is not an object');
  if (json.version !== DEMO_MANIFEST_VERSION) throw bad(`version ${String(json.version)} is not ${DEMO_MANIFEST_VERSION}`);
  const { model, card, examples } = json;
  if (!isStr(json.title) || !isStr(json.description)) throw bad('it has no title or description');
  if (!isObj(model) || !isStr(model.path) || !DTYPE_CHOICES.includes(model.dtype as DtypeChoice) || !Array.isArray(model.weights))
    throw bad('its "model" needs a path, a dtype and weights');
  for (const w of model.weights) {
    if (!isObj(w) || !isStr(w.path) || typeof w.bytes !== 'number') throw bad('a weights entry needs a path and bytes');
    if (w.parts !== undefined && !(Array.isArray(w.parts) && w.parts.every(isStr)))
      throw bad(`the parts of ${w.path} are not a list of paths`);
  }
  if (!isObj(card) || !isStr(card.name) || !isStr(card.family) || !Array.isArray(card.metrics) || !Array.isArray(card.languages))
    throw bad('its "card" needs a name, a family, languages and metrics');
  if (!Array.isArray(examples)) throw bad('it has no examples list');
  for (const e of examples) {
    if (!isObj(e) || !isStr(e.title) || !isStr(e.text) || !Array.isArray(e.questions))
      throw bad('an example needs a title, a text and questions');
  }
  return json as unknown as DemoManifest;
}
