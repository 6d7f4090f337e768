/**
 * Where the demo's model comes from: a local folder, a Hugging Face id already in the local hub cache
 * (`huggingface-cli download` puts it there), or a base URL. Each is read through the engine's own
 * ModelFileSource interface, so the builder's check is the app's load.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ModelFileSource } from '../../src/engine/model-source';
import { urlSource } from '../../src/engine/model-source';

export interface ModelInput {
  source: ModelFileSource;
  /** A short name for the card: the folder's or repo's name. */
  name: string;
  /** The folder on disk, when there is one (its README.md is the model card). */
  dir: string | null;
}

export class DemoUsageError extends Error {}

/** Files of a folder on disk; a missing file is null, as a 404 is for a URL. */
export function folderSource(dir: string): ModelFileSource {
  return {
    label: dir,
    async read(path, onProgress) {
      const file = join(dir, path);
      if (!existsSync(file) || !statSync(file).isFile()) return null;
      const bytes = new Uint8Array(readFileSync(file));
      onProgress({ phase: 'download', file: path, loaded: bytes.length, total: bytes.length, fromCache: true });
      return bytes;
    },
  };
}

/** The snapshot folder of a hub id in the local cache (HF_HUB_CACHE, HF_HOME/hub or ~/.cache/huggingface/hub). */
function hubSnapshot(id: string, revision: string): string | null {
  const env = process.env;
  const cacheDir = env.HF_HUB_CACHE ?? join(env.HF_HOME ?? join(homedir(), '.cache/huggingface'), 'hub');
  const repo = join(cacheDir, `models--${id.replace('/', '--')}`);
  const ref = join(repo, 'refs', revision);
  const commit = existsSync(ref) ? readFileSync(ref, 'utf8').trim() : revision;
  const snapshot = join(repo, 'snapshots', commit);
  return existsSync(snapshot) ? snapshot : null;
}

export function resolveModelInput(model: string, revision = 'main'): ModelInput {
  if (/^https?:\/\//i.test(model)) {
    const name = new URL(model).pathname.split('/').filter(Boolean).pop() ?? 'model';
    return { source: urlSource(model), name, dir: null };
  }
  const dir = resolve(model);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new DemoUsageError(`--model: ${dir} is a file; expected a model folder.`);
    return { source: folderSource(dir), name: dir.split(/[\\/]/).filter(Boolean).pop() ?? 'model', dir };
  }
  if (/^[\w.-]+\/[\w.-]+$/.test(model)) {
    const snapshot = hubSnapshot(model, revision);
    if (!snapshot)
      throw new DemoUsageError(
        `--model: ${model} is not in the local Hugging Face cache. Download it first (huggingface-cli download ${model}), or pass a folder or URL.`,
      );
    return { source: { ...folderSource(snapshot), label: `${model}@${revision}` }, name: model, dir: snapshot };
  }
  throw new DemoUsageError(`--model: ${model} is not a folder, a Hugging Face id (owner/name) or an http(s) URL.`);
}
