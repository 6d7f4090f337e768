import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/paths';
import type { LoadOptions, LoadProgress } from '../shared/protocol';
import { fakeOrt, heldSession } from '../../test/helpers/fake-session';
import { NODE_CAPS } from '../../test/helpers/node-capabilities';
import { loadModel } from './load-model';
import { localSource } from './model-source';
import { OrtLogitsRunner } from './ort-runner';
import { QaEngine } from './qa-engine';
import { BertTokenizer } from './tokenizer/bert-tokenizer';

ort.env.wasm.numThreads = 1;

const auto: LoadOptions = { backend: 'auto', dtype: 'auto', threads: 1 };

function folder(dir: string) {
  const files: Array<{ path: string; file: Blob }> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push({ path: relative(dir, p).replace(/\\/g, '/'), file: new Blob([readFileSync(p)]) });
    }
  };
  walk(dir);
  return localSource(dir, files);
}

describe('loadModel', () => {
  it('loads the int8 weights on WASM, reporting download, compile and warm-up', async () => {
    const events: LoadProgress[] = [];
    const { loaded, info } = await loadModel(ort, folder(join(FIXTURES, 'oracle')), auto, NODE_CAPS, (p) => events.push(p));
    expect(info).toMatchObject({
      backend: 'wasm',
      dtype: 'q8',
      file: 'onnx/model_quantized.onnx',
      fallbackReason: null,
      modelType: 'bert',
    });
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['download', 'compile', 'warmup']));
    expect(events.filter((e) => e.phase === 'download').map((e) => (e as { file: string }).file)).toEqual([
      'config.json',
      'tokenizer.json',
      'onnx/model_quantized.onnx',
    ]);
    const r = await loaded.engine.ask('?', 'a zebra b c omega d');
    expect(r.answers[0].text).toBe('zebra b c omega');
    await loaded.dispose();
  });

  it('refuses, before any download, a browser without WebAssembly SIMD', async () => {
    const events: LoadProgress[] = [];
    const run = loadModel(ort, folder(join(FIXTURES, 'oracle')), auto, { ...NODE_CAPS, wasmSimd: false }, (p) => events.push(p));
    await expect(run).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE', message: expect.stringMatching(/WebAssembly SIMD/) });
    expect(events).toEqual([]);
  });

  it('releasing the session waits for a warm-up in flight', async () => {
    // A warm-up in flight (the WebGPU one, or the idle WASM ones) when the session is released on reload.
    const log: string[] = [];
    const { session, finish } = heldSession(log, 'warm-up');
    const runner = new OrtLogitsRunner(fakeOrt, session);
    const tokenizer = BertTokenizer.fromJSON(readFileSync(join(FIXTURES, 'oracle', 'tokenizer.json'), 'utf8'));
    const warm = new QaEngine(tokenizer, runner).warmUp();
    await new Promise((ok) => setTimeout(ok, 10));
    expect(log).toEqual(['warm-up start']);
    const released = runner.dispose();
    await new Promise((ok) => setTimeout(ok, 10));
    expect(log).toEqual(['warm-up start']);
    finish();
    await Promise.all([warm, released]);
    expect(log).toEqual(['warm-up start', 'warm-up end', 'release']);
  });

  it('falls back to WASM, with a notice, when WebGPU cannot create the session', async () => {
    // onnxruntime-web in Node has no WebGPU provider: exactly the failure a broken GPU driver gives.
    const events: LoadProgress[] = [];
    const gpu = { ...NODE_CAPS, webgpu: true, webgpuAdapter: 'test', shaderF16: true };
    const { loaded, info } = await loadModel(ort, folder(join(FIXTURES, 'oracle')), { ...auto, backend: 'webgpu' }, gpu, (p) =>
      events.push(p),
    );
    expect(info.backend).toBe('wasm');
    expect(info.fallbackReason).toMatch(/WebGPU failed.*using WASM/);
    expect(events.some((e) => e.phase === 'notice')).toBe(true);
    await loaded.dispose();
  });

  it('falls back to WASM when WebGPU fails only at full size (the warm-up before ready)', async () => {
    // A WebGPU stand-in: real WASM sessions behind a wrapper whose runs fail once a window is 384
    // tokens long, as a GPU out of memory at the question's shape would.
    const shapes: number[] = [];
    const fullSizeFails = {
      ...ort,
      InferenceSession: {
        create: async (bytes: Uint8Array, options: ort.InferenceSession.SessionOptions) => {
          const inner = await ort.InferenceSession.create(bytes, { ...options, executionProviders: ['wasm'] });
          return {
            inputNames: inner.inputNames,
            outputNames: inner.outputNames,
            release: () => inner.release(),
            run: (feeds: ort.InferenceSession.FeedsType) => {
              const length = Number(Object.values(feeds)[0].dims[1]);
              shapes.push(length);
              if (length >= 384) return Promise.reject(new Error('GPU device lost: out of memory'));
              return inner.run(feeds);
            },
          };
        },
      },
    } as unknown as typeof ort;
    const gpu = { ...NODE_CAPS, webgpu: true, webgpuAdapter: 'test', shaderF16: true };
    const runtime = async (backend: string) => (backend === 'webgpu' ? fullSizeFails : ort);
    const events: LoadProgress[] = [];
    const { loaded, info } = await loadModel(runtime, folder(join(FIXTURES, 'oracle')), { ...auto, backend: 'webgpu' }, gpu, (p) =>
      events.push(p),
    );
    expect(shapes.some((n) => n < 384)).toBe(true); // the short warm-up passed on "WebGPU"
    expect(shapes).toContain(384); // the full-size one ran before ready, and failed
    expect(info.backend).toBe('wasm');
    expect(info.fallbackReason).toMatch(/WebGPU failed \(.*out of memory.*\); using WASM/);
    expect(events.filter((e) => e.phase === 'notice')).toHaveLength(1);
    const r = await loaded.engine.ask('?', 'a zebra b c omega d');
    expect(r.answers[0].text).toBe('zebra b c omega');
    await loaded.dispose();
  });

  it('honours an explicit dtype and falls back with a notice when its file is missing', async () => {
    const events: LoadProgress[] = [];
    const fp16 = await loadModel(ort, folder(join(FIXTURES, 'oracle')), { ...auto, dtype: 'fp16' }, NODE_CAPS, () => {});
    expect(fp16.info.dtype).toBe('fp16');
    await fp16.loaded.dispose();
    const q4 = await loadModel(ort, folder(join(FIXTURES, 'oracle')), { ...auto, dtype: 'q4' }, NODE_CAPS, (p) => events.push(p));
    expect(q4.info.dtype).toBe('q8');
    expect(events).toContainEqual({ phase: 'notice', message: expect.stringContaining('model_q4.onnx is not in this model') });
    await q4.loaded.dispose();
  });

  it.each([
    ['no-tokenizer', 'MODEL_FILE_MISSING', /tokenizer\.json is missing/],
    ['no-weights', 'MODEL_FILE_MISSING', /No ONNX weights.*model_quantized\.onnx/],
    ['wrong-type', 'MODEL_CONFIG_INVALID', /model_type "gpt2"/],
    ['truncated', 'MODEL_INVALID', /could not be loaded/],
    ['classifier', 'MODEL_NOT_QA', /not an extractive question-answering model: it lacks start_logits and end_logits/],
  ])('explains a broken folder: %s', async (name, code, message) => {
    const run = loadModel(ort, folder(join(FIXTURES, 'broken', name)), auto, NODE_CAPS, () => {});
    await expect(run).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });
});
