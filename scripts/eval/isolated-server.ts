import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript', // module scripts and workers are refused under any other type
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm', // lets the browser compile WASM while it streams
  '.svg': 'image/svg+xml',
};

// Cross-origin isolation: SharedArrayBuffer, so onnxruntime-web may use WASM threads, as in the app.
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export interface IsolatedServer {
  url: string;
  close(): Promise<void>;
}

/** Serves folders under URL prefixes, e.g. { '/model/': 'fixtures/models/tiny-random', '/': 'build' }. */
export async function startIsolatedServer(mounts: Record<string, string>): Promise<IsolatedServer> {
  // Longest prefix first, so '/model/' wins over '/'.
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    const file = mount ? resolve(mount[1], '.' + path.slice(mount[0].length - 1)) : null;
    let size = -1;
    try {
      if (file && file.startsWith(mount![1] + sep) && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      // missing: 404 below (the model loader treats 404 as "file not in this model")
    }
    if (!file || size < 0 || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { ...ISOLATION, 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      ...ISOLATION,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(size),
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}
