import { createReadStream, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

/**
 * Serves the generated fixture models at /fixtures/models/ in `vite` and `vite preview` only, so
 * end-to-end tests load real files over HTTP without the 40 MB of test weights entering dist/.
 */
export function serveFixtures(root: string, urlPrefix = '/fixtures/models/'): Plugin {
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]);
    if (!url.startsWith(urlPrefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const file = resolve(root, url.slice(urlPrefix.length));
    if (!file.startsWith(root + sep)) return next();
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Length', String(size));
    res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };
  return {
    name: 'serve-fixture-models',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}
