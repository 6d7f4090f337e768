/**
 * Static file server for the benchmark pages: cross-origin isolated (COOP/COEP, so WASM threads
 * work), Content-Length on every file (the app's download progress uses it), no compression.
 * Routes are URL prefixes mapped to folders; the first prefix that matches wins.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
};

export interface StaticServer {
  url: string;
  /** Bytes served so far (to check that a "warm" load really came from the cache). */
  bytesServed(): number;
  close(): Promise<void>;
}

export async function serveStatic(routes: Record<string, string>, port = 0): Promise<StaticServer> {
  let served = 0;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const prefix = Object.keys(routes).find((p) => path.startsWith(p));
    const root = prefix === undefined ? undefined : resolve(routes[prefix]);
    let file = root && resolve(root, `.${path.slice(prefix!.length - 1)}`);
    if (file && (file === root || path.endsWith('/'))) file = resolve(file, 'index.html');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    // Hashed build assets (the ORT .wasm among them) are immutable, as a static host would serve
    // them; everything else (the models) is revalidated, so a warm model load must come from the
    // app's own Cache Storage, not from the HTTP cache.
    res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    let size = -1;
    try {
      if (file && root && (file + sep).startsWith(root + sep) && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      size = -1;
    }
    if (size < 0 || !file) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(size));
    if (req.method === 'HEAD') return void res.end();
    served += size;
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `http://localhost:${actualPort}`,
    bytesServed: () => served,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
