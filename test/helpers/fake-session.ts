import type * as OrtModule from 'onnxruntime-web';
import type { QaWindow } from '../../src/engine/windows';

/** Just enough of onnxruntime for OrtLogitsRunner: tensors keep their data, sessions are scripted. */
export class FakeTensor {
  constructor(
    readonly type: string,
    readonly data: unknown,
    readonly dims: number[],
  ) {}
  dispose() {}
}
export const fakeOrt = { Tensor: FakeTensor } as unknown as typeof OrtModule;

/** A one-token-context window whose logits are easy to check. */
export const tinyWindow = (firstId = 7): QaWindow => ({
  index: 0,
  inputIds: [101, firstId, 102],
  tokenTypeIds: [0, 0, 0],
  contextOffset: 2,
  docStart: 0,
  docLength: 0,
  isMaxContext: [],
});

/** Logits for a batch of `seq` tokens per row: 0, 1, 2… so tests can see they came through. */
export function fakeLogits(dims: readonly number[]) {
  const logits = () =>
    new FakeTensor(
      'float32',
      Float32Array.from({ length: dims[0] * dims[1] }, (_, i) => i),
      [...dims],
    );
  return { start_logits: logits(), end_logits: logits() };
}

/**
 * A session whose run() is the given function (default: answer at once), with the input and output
 * names of a BERT QA export; release() is recorded in `log`.
 */
export function fakeSession(
  log: string[],
  run: (feeds: Record<string, FakeTensor>) => Promise<unknown> = async (feeds) => fakeLogits(feeds.input_ids.dims),
  inputNames = ['input_ids', 'attention_mask'],
): OrtModule.InferenceSession {
  return {
    inputNames,
    outputNames: ['start_logits', 'end_logits'],
    run,
    release: async () => void log.push('release'),
  } as unknown as OrtModule.InferenceSession;
}

/** A session whose one run waits until `finish()`; start and end are logged as "<what> start/end". */
export function heldSession(log: string[], what: string): { session: OrtModule.InferenceSession; finish: () => void } {
  let finish = () => {};
  const session = fakeSession(log, (feeds) => {
    log.push(`${what} start`);
    return new Promise((ok) => (finish = () => (log.push(`${what} end`), ok(fakeLogits(feeds.input_ids.dims)))));
  });
  return { session, finish: () => finish() };
}
