import type * as OrtModule from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { configureOrt, ortRuntimeStarted } from './ort-env';
import { createSession } from './session';

/** A scripted onnxruntime: records session creations; the first (runtime start) one is slow. */
function fakeOrt() {
  const log: string[] = [];
  const ort = {
    env: { wasm: {} as { numThreads?: number }, logLevel: 'warning' },
    InferenceSession: {
      async create(bytes: Uint8Array, options: { executionProviders: string[] }) {
        const what = `${bytes.length < 100 ? 'tiny' : 'model'}:${options.executionProviders.join()}`;
        log.push(`start ${what}`);
        if (what.startsWith('tiny')) await new Promise((ok) => setTimeout(ok, 20));
        log.push(`end ${what}`);
        return { release: async () => void log.push('release') };
      },
    },
  };
  return { ort: ort as unknown as typeof OrtModule, log };
}

describe('configureOrt', () => {
  it('sets the thread count (at least 1, whole)', () => {
    const { ort } = fakeOrt();
    expect(configureOrt(ort, 2.7)).toBe(2);
    expect(ort.env.wasm.numThreads).toBe(2);
    expect(configureOrt(ort, 0)).toBe(1);
  });

  it('starts the WASM runtime once, and sessions wait for it before they are created', async () => {
    const { ort, log } = fakeOrt();
    configureOrt(ort, 1);
    configureOrt(ort, 1);
    await createSession(ort, new Uint8Array(1000), 'webgpu');
    expect(log).toEqual(['start tiny:wasm', 'end tiny:wasm', 'release', 'start model:webgpu', 'end model:webgpu']);
    await expect(ortRuntimeStarted(ort)).resolves.toBeUndefined();
  });

  it('does not hold sessions back when the runtime start fails or never began', async () => {
    const { ort, log } = fakeOrt();
    await createSession(ort, new Uint8Array(1000), 'wasm');
    expect(log).toEqual(['start model:wasm', 'end model:wasm']);
    const failing = fakeOrt();
    failing.ort.InferenceSession.create = (async () => {
      throw new Error('no wasm');
    }) as never;
    configureOrt(failing.ort, 1);
    await expect(ortRuntimeStarted(failing.ort)).resolves.toBeUndefined();
  });
});
