import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as ort from 'onnxruntime-web';
import { createEngine, type LoadedEngine } from '../../src/engine/create-engine';
import { dtypeFile, type Dtype } from '../../src/shared/model-formats';
import { FIXTURES } from './paths';

// Node runs onnxruntime-web's wasm backend: the same engine code as the browser worker.
ort.env.wasm.numThreads = Number(process.env.ORT_THREADS ?? 1);

export type FixtureName = 'tiny-random' | 'oracle';

export function fixtureDir(name: FixtureName): string {
  const dir = resolve(FIXTURES, name);
  if (!existsSync(resolve(dir, 'config.json'))) {
    throw new Error(`Fixture ${name} missing: run \`npm run fixtures\` first.`);
  }
  return dir;
}

export async function loadFixture(name: FixtureName, dtype: Dtype = 'fp32'): Promise<LoadedEngine> {
  const dir = fixtureDir(name);
  return createEngine(
    ort,
    {
      config: readFileSync(resolve(dir, 'config.json'), 'utf8'),
      tokenizer: readFileSync(resolve(dir, 'tokenizer.json'), 'utf8'),
      onnx: new Uint8Array(readFileSync(resolve(dir, dtypeFile(dtype)))),
    },
    'wasm',
  );
}
