import type * as OrtModule from 'onnxruntime-web';
import { QaError } from '../shared/errors';
import { halfBitsToFloat32, packBatch, unpackLogits, type LogitsRunner, type WindowLogits } from './logits-runner';
import { nextTaskQueue } from './next-task';
import type { QaWindow } from './windows';

type Ort = typeof OrtModule;
type Session = OrtModule.InferenceSession;

const REQUIRED_OUTPUTS = ['start_logits', 'end_logits'] as const;
const KNOWN_INPUTS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);

/**
 * Checks that an ONNX session looks like an extractive-QA model and explains what is wrong if not
 * (e.g. a sequence classifier has a single `logits` output).
 */
export function validateQaSignature(inputNames: readonly string[], outputNames: readonly string[]): void {
  if (!inputNames.includes('input_ids')) {
    throw new QaError('MODEL_NOT_QA', `The ONNX model has no "input_ids" input (it has: ${inputNames.join(', ') || 'none'}).`, {
      inputNames,
    });
  }
  const unknown = inputNames.filter((n) => !KNOWN_INPUTS.has(n));
  if (unknown.length > 0) {
    throw new QaError('MODEL_NOT_QA', `The ONNX model needs inputs this app cannot provide: ${unknown.join(', ')}.`, {
      inputNames,
    });
  }
  const missing = REQUIRED_OUTPUTS.filter((n) => !outputNames.includes(n));
  if (missing.length > 0) {
    throw new QaError(
      'MODEL_NOT_QA',
      `The ONNX model is not an extractive question-answering model: it lacks ${missing.join(' and ')} (outputs: ${outputNames.join(', ') || 'none'}).`,
      { outputNames },
    );
  }
}

/**
 * Runs window batches through an onnxruntime-web session; feeds only the inputs the model declares.
 * Owns the session: calls are queued (a session must not run twice at once, e.g. a question asked
 * during a background warm-up, and onnxruntime-web does not queue for us), each run first lets the
 * worker's pending messages in (see next-task.ts), and dispose() releases the session only once the
 * run in flight is over: releasing mid-run is not safe.
 */
export class OrtLogitsRunner implements LogitsRunner {
  private readonly ort: Ort;
  /** For profiling and raw-logit checks; runs go through run() so they stay queued. */
  readonly session: Session;
  private queue: Promise<unknown> = Promise.resolve();
  /** Runs queued or running: a background warm-up yields to anything else. */
  private inFlight = 0;
  private readonly nextTask = nextTaskQueue();
  private released: Promise<void> | null = null;

  constructor(ort: Ort, session: Session) {
    validateQaSignature(session.inputNames, session.outputNames);
    this.ort = ort;
    this.session = session;
  }

  run(windows: readonly QaWindow[], padId: number, padTo = 0): Promise<WindowLogits[]> {
    this.inFlight++;
    const result = this.queue.then(() => this.runNow(windows, padId, padTo));
    const settled = () => void this.inFlight--;
    this.queue = result.then(settled, settled);
    return result;
  }

  isIdle(): boolean {
    return this.inFlight === 0;
  }

  /**
   * Waits for the run in flight, then releases the session. Runs still queued, or asked for later,
   * fail with NOT_LOADED instead of touching a released session. Safe to call more than once.
   */
  dispose(): Promise<void> {
    this.released ??= this.queue.then(() => this.session.release());
    return this.released;
  }

  private async runNow(windows: readonly QaWindow[], padId: number, padTo: number): Promise<WindowLogits[]> {
    await this.nextTask();
    if (this.released) throw new QaError('NOT_LOADED', 'The model was unloaded (another model was loaded). Ask again.');
    const { seq, inputIds, attentionMask, tokenTypeIds } = packBatch(windows, padId, padTo);
    const dims = [windows.length, seq];
    const all: Record<string, BigInt64Array> = {
      input_ids: inputIds,
      attention_mask: attentionMask,
      token_type_ids: tokenTypeIds,
    };
    const feeds: Record<string, OrtModule.Tensor> = {};
    for (const name of this.session.inputNames) feeds[name] = new this.ort.Tensor('int64', all[name], dims);
    let out: OrtModule.InferenceSession.ReturnType;
    try {
      out = await this.session.run(feeds);
    } catch (e) {
      throw new QaError('INFERENCE_FAILED', `The model failed to run: ${(e as Error).message ?? String(e)}`);
    } finally {
      for (const t of Object.values(feeds)) t.dispose();
    }
    const start = tensorToFloat32(out.start_logits);
    const end = tensorToFloat32(out.end_logits);
    for (const t of Object.values(out)) (t as OrtModule.Tensor).dispose?.();
    return unpackLogits(windows, seq, start, end);
  }
}

function tensorToFloat32(value: OrtModule.OnnxValue): Float32Array {
  const t = value as OrtModule.Tensor;
  // onnxruntime-web (and -node) already copy CPU outputs out of the WASM heap into a JS array that
  // dispose() does not free, so no second copy.
  if (t.type === 'float32') return t.data as Float32Array;
  if (t.type === 'float16') {
    const data = t.data as unknown;
    if (data instanceof Uint16Array) return halfBitsToFloat32(data);
    return Float32Array.from(data as ArrayLike<number>);
  }
  throw new QaError('MODEL_INVALID', `Unexpected logits type ${t.type}; expected float32 or float16.`);
}
