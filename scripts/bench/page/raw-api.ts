/**
 * Benchmark-only worker API: the app's engine (createEngine) on any model file and session options,
 * for comparisons the app's worker cannot express (formats without a DTYPES name, session-option
 * experiments, per-op profiles, raw logits for agreement). The raw-worker-*.ts entries expose it over
 * one onnxruntime-web build each.
 */
import type * as OrtModule from 'onnxruntime-web';
import { createEngine, type LoadedEngine } from '../../../src/engine/create-engine';
import type { IdleWarmUpReport } from '../../../src/engine/idle-warm-up';
import { configureOrt, ortRuntimeStarted } from '../../../src/engine/ort-env';
import type { AskOptions } from '../../../src/shared/answers';
import { referenceTokenizer } from '../../../test/helpers/reference-tokenizer';

export function rawApi(ort: typeof OrtModule) {
  let loaded: LoadedEngine | null = null;
  let threads: number | null = null;
  let tokenizerJson = '';
  let reference: ((text: string) => unknown[]) | null = null;
  let idleWarmUp: Promise<IdleWarmUpReport> | null = null;

  return {
    async load(base: string, file: string, wantThreads: number, overrides: OrtModule.InferenceSession.SessionOptions = {}) {
      let initMs = 0;
      if (threads === null) {
        // Timed apart from the model's session: the WASM runtime start that configureOrt begins.
        const t = performance.now();
        threads = configureOrt(ort, wantThreads);
        await ortRuntimeStarted(ort);
        initMs = performance.now() - t;
      }
      await loaded?.dispose();
      const t0 = performance.now();
      const [config, tokenizer, bytes] = await Promise.all([
        fetch(new URL('config.json', base)).then((r) => r.text()),
        fetch(new URL('tokenizer.json', base)).then((r) => r.text()),
        fetch(new URL(file, base)).then((r) => r.arrayBuffer()),
      ]);
      const t1 = performance.now();
      tokenizerJson = tokenizer;
      reference = null;
      loaded = await createEngine(ort, { config, tokenizer, onnx: new Uint8Array(bytes) }, 'wasm', overrides);
      return { initMs, fetchMs: t1 - t0, createMs: performance.now() - t1, threads, bytes: bytes.byteLength };
    },

    /** Times `reps` runs of the logits runner on the pair's windows, after an untimed-in-`ms` first run. */
    async window(question: string, context: string, reps: number) {
      const { engine, runner } = loaded!;
      const { windows } = engine.prepare(question, context);
      const ms: number[] = [];
      const t0 = performance.now();
      let last = await runner.run(windows, engine.tokenizer.padId);
      const firstMs = performance.now() - t0;
      for (let i = 0; i < reps; i++) {
        const t = performance.now();
        last = await runner.run(windows, engine.tokenizer.padId);
        ms.push(performance.now() - t);
      }
      return { ms, firstMs, windows: windows.length, start: Array.from(last[0].start), end: Array.from(last[0].end) };
    },

    async ask(question: string, context: string, options: Partial<AskOptions>) {
      const t0 = performance.now();
      let first = -1;
      const r = await loaded!.engine.ask(question, context, options, {
        onPartial: () => void (first < 0 && (first = performance.now() - t0)),
      });
      return { ms: performance.now() - t0, firstMs: first, windows: r.windowsTotal, answer: r.answers[0] };
    },

    warmUp: () => loaded!.engine.warmUp(),

    /** Starts the app's idle warm-up without waiting for it (a question may follow at once). */
    startIdleWarmUp() {
      idleWarmUp = loaded!.engine.warmUpWhileIdle();
    },
    idleWarmUpReport: () => idleWarmUp,

    /**
     * Times one tokenization of `text` by the loaded engine's tokenizer, or (`before`) by the frozen
     * pre-optimisation implementation on the same tokenizer.json (scripts/bench/tokenize.ts).
     */
    tokenize(text: string, before = false) {
      reference ??= referenceTokenizer(JSON.parse(tokenizerJson));
      const run = before ? reference : (t: string) => loaded!.engine.tokenizer.tokenize(t);
      const t0 = performance.now();
      const tokens = run(text).length;
      return { ms: performance.now() - t0, tokens };
    },

    /** Top-1 character span per question (for agreement between formats). */
    async agree(items: Array<{ question: string; context: string }>) {
      const out: Array<[number, number]> = [];
      for (const it of items) {
        const r = await loaded!.engine.ask(it.question, it.context, { topK: 1 });
        out.push([r.answers[0]?.start ?? -1, r.answers[0]?.end ?? -1]);
      }
      return out;
    },

    /** onnxruntime-web prints the profile (Chrome trace JSON) to the console; the driver collects it. */
    endProfiling() {
      loaded?.runner.session.endProfiling();
    },
  };
}

export type RawWorkerApi = ReturnType<typeof rawApi>;
