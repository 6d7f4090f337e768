import { QaError } from '../shared/errors';
import type { SplitFile } from '../shared/protocol';
import type { ModelFileSource } from './model-source';

/**
 * A source whose large files are served in parts (hosts refuse files over 100 MB): a split file is
 * read part after part straight into one buffer of its full size, so it is never held twice, and
 * its progress is reported as the one file. Other paths go to `source` unchanged.
 */
export function withSplitFiles(source: ModelFileSource, split: Readonly<Record<string, SplitFile>>): ModelFileSource {
  const whole = (path: string) => (Object.hasOwn(split, path) ? split[path] : undefined);
  return {
    ...source,
    async forget(path) {
      for (const part of whole(path)?.parts ?? [path]) await source.forget?.(part);
    },
    async isCached(path) {
      if (!source.isCached) return false;
      for (const part of whole(path)?.parts ?? [path]) if (!(await source.isCached(part))) return false;
      return true;
    },
    async read(path, onProgress, signal, alloc) {
      const file = whole(path);
      if (!file) return source.read(path, onProgress, signal, alloc);
      const target = new Uint8Array(file.bytes);
      let offset = 0;
      let fromCache = true;
      for (const part of file.parts) {
        const at = offset;
        const bytes = await source.read(
          part,
          (p) => {
            if (p.phase !== 'download') return onProgress(p);
            fromCache &&= p.fromCache;
            onProgress({ phase: 'download', file: path, loaded: at + p.loaded, total: file.bytes, fromCache: p.fromCache });
          },
          signal,
          (n) => {
            if (at + n > file.bytes)
              throw new QaError('MODEL_INVALID', `${part} is larger than ${path} can be (${file.bytes} bytes in all).`);
            return target.subarray(at, at + n);
          },
        );
        if (!bytes) throw new QaError('MODEL_FILE_MISSING', `${part}, a part of ${path}, is missing from ${source.label}.`, { file: part });
        // A source that ignored `alloc` (a cached copy read whole) is copied in; the rest is already there.
        if (bytes.buffer !== target.buffer) target.set(bytes, at);
        offset += bytes.length;
      }
      if (offset !== file.bytes)
        throw new QaError('MODEL_INVALID', `The parts of ${path} hold ${offset} bytes, not ${file.bytes}: the upload is incomplete.`, {
          file: path,
        });
      onProgress({ phase: 'download', file: path, loaded: offset, total: file.bytes, fromCache });
      return target;
    },
  };
}
