import type { DemoManifest } from '../../shared/demo-manifest';
import type { SplitFile } from '../../shared/protocol';
import { BACKENDS } from '../../shared/model-formats';

/** What a demo page decides at start-up, in the URL parameters' terms. */
export interface DemoStartup {
  baseUrl: string;
  dtype: DemoManifest['model']['dtype'];
  /** WASM for the int8 formats WebGPU has no kernels for; otherwise the app's own choice. */
  backend: 'auto' | (typeof BACKENDS)[number];
}

const WASM_ONLY = new Set(['q8', 'int8', 'uint8']);

/** The demo's model, resolved against the page (so the site works from any sub-path). */
export function demoStartup(manifest: DemoManifest, pageHref: string): DemoStartup {
  return {
    baseUrl: new URL(manifest.model.path, pageHref).href,
    dtype: manifest.model.dtype,
    backend: WASM_ONLY.has(manifest.model.dtype) ? 'wasm' : 'auto',
  };
}

/** The demo's weights that were split into parts for the host, by the path the engine asks for. */
export function demoSplitFiles(manifest: DemoManifest): Record<string, SplitFile> | null {
  const split = manifest.model.weights.filter((w) => w.parts && w.parts.length > 0);
  return split.length ? Object.fromEntries(split.map((w) => [w.path, { bytes: w.bytes, parts: w.parts! }])) : null;
}
