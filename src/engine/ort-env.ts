import type * as OrtModule from 'onnxruntime-web';

type Ort = typeof OrtModule;

/**
 * A one-node (Identity) ONNX model. Creating a session from it is the only public way to make
 * onnxruntime-web start its WASM runtime (fetch + compile the .wasm, instantiate, start the thread pool).
 */
const TINY_MODEL = 'CAgSAXQ6QgobCgF4EgF5GgkvSWRlbnRpdHkiCElkZW50aXR5EgF0Wg8KAXgSCgoICAESBAoCCAFiDwoBeRIKCggIARIECgIIAUIECgAQEQ==';

const runtimes = new WeakMap<Ort, Promise<void>>();

/**
 * onnxruntime-web reads its WASM settings once, when the first session is created; the worker calls
 * this before loading (after any other `ort.env` setting). Threads need SharedArrayBuffer, i.e. a
 * cross-origin isolated page.
 *
 * It also starts the WASM runtime right away, so that start-up (0.25–1.6 s here, depending on the
 * build and on whether the browser has its compiled code cached; BENCHMARKS.md, builds table)
 * overlaps the model download instead of following it. `createSession` waits for it: onnxruntime-web
 * throws if a session starts the runtime while this start is still at it.
 */
/** A usable WASM thread count: whole, at least 1. */
export function threadCount(wanted: number): number {
  return Math.max(1, Math.floor(wanted));
}

export function configureOrt(ort: Ort, threads: number): number {
  const effective = threadCount(threads);
  ort.env.wasm.numThreads = effective;
  ort.env.logLevel = 'error';
  if (!runtimes.has(ort)) {
    const start = async () => {
      const bytes = Uint8Array.from(atob(TINY_MODEL), (c) => c.charCodeAt(0));
      const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], logSeverityLevel: 3 });
      await session.release();
    };
    // A failure here is not ours to report: the real session creation will fail with the reason.
    runtimes.set(
      ort,
      start().catch(() => {}),
    );
  }
  return effective;
}

/** Resolves once the runtime start begun by `configureOrt` is over (at once if it never began). */
export function ortRuntimeStarted(ort: Ort): Promise<void> {
  return runtimes.get(ort) ?? Promise.resolve();
}
