/**
 * The one static file server of the tests and tools: e2e specs (a plain GitHub Pages-like host),
 * the benchmark and the SQuAD evaluation (cross-origin isolated), and the Vite fixture middleware.
 * Content-Length on every file, because the app's download progress reads it; no compression.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript', // module scripts and workers are refused under any other type
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', // lets the browser compile WASM while it streams
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const contentType = (file: string): string => MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

// Cross-origin isolation gives the page SharedArrayBuffer, so onnxruntime-web may use WASM threads.
const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface StaticOptions {
  /** COOP/COEP/CORP on every response; off for a plain host, where the service worker must isolate. */
  isolation?: boolean;
  /** Cache-Control for a URL path, on every response; none where it returns undefined. */
  cacheControl?: (path: string) => string | undefined;
}

/** URL prefix → folder, e.g. { '/model/': 'fixtures/models/oracle', '/': 'dist' }; the longest prefix wins. */
export type Mounts = Record<string, string>;

interface Mount {
  prefix: string;
  root: string;
}

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined; // missing, a file used as a folder, or a name with a NUL: all "not found"
  }
};

/** The file `path` names under `mount` (a folder means its index.html), or null: missing, or outside the folder. */
function findFile({ prefix, root }: Mount, path: string): { file: string; size: number } | null {
  // join, unlike resolve, keeps a rest that starts with '/' inside root; '..' is caught below.
  const named = join(root, path.slice(prefix.length));
  if (named !== root && !named.startsWith(root + sep)) return null;
  const file = statOf(named)?.isDirectory() ? join(named, 'index.html') : named;
  const stat = statOf(file);
  return stat?.isFile() ? { file, size: stat.size } : null;
}

function urlPath(url = '/'): string {
  const path = url.split('?')[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // malformed escapes: look the name up as sent; a throw here would end the process
  }
}

/**
 * Serves `mounts` as a request handler. With `next` (connect / Vite middleware), paths outside every
 * mount go on to it; without, they get a 404. `onServed` hears the size of every file body sent.
 */
export function staticHandler(mounts: Mounts, options: StaticOptions = {}, onServed: (bytes: number) => void = () => {}) {
  const ordered: Mount[] = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix, root: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return (req: IncomingMessage, res: ServerResponse, next?: () => void): void => {
    const path = urlPath(req.url);
    const mount = ordered.find((m) => path.startsWith(m.prefix));
    if (!mount && next) return next();
    if (options.isolation) for (const [name, value] of Object.entries(ISOLATION)) res.setHeader(name, value);
    const cache = options.cacheControl?.(path);
    if (cache !== undefined) res.setHeader('Cache-Control', cache);
    const found = mount && (req.method === 'GET' || req.method === 'HEAD') ? findFile(mount, path) : null;
    if (!found) {
      // 404, not 403 or 405: the model loader reads a 404 as "this file is not in the model".
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': contentType(found.file), 'Content-Length': String(found.size) });
    if (req.method === 'HEAD') return void res.end();
    onServed(found.size);
    createReadStream(found.file).pipe(res);
  };
}

export interface ServerOptions extends StaticOptions {
  /**
   * The host name `url` names (the server listens on 127.0.0.1 either way). Both are secure
   * contexts, as service workers and cross-origin isolation need; each caller keeps the one it had.
   */
  host?: 'localhost' | '127.0.0.1';
}

export interface StaticServer {
  /** http://HOST:PORT, no trailing slash. */
  url: string;
  /** File bytes sent so far, HEAD excluded (to check that a "warm" load really came from a cache). */
  bytesServed(): number;
  close(): Promise<void>;
}

/** Starts a server for `mounts` on a free port of 127.0.0.1. */
export async function startStaticServer(mounts: Mounts, options: ServerOptions = {}): Promise<StaticServer> {
  let served = 0;
  const handle = staticHandler(mounts, options, (bytes) => (served += bytes));
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? 'localhost'}:${port}`,
    bytesServed: () => served,
    // A browser keeps keep-alive sockets open after its last request: drop them, or close() waits on them.
    close: () => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}
