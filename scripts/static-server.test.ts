import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, staticHandler, type ServerOptions, type StaticServer } from './static-server';

const FILES: Record<string, string> = {
  'site/index.html': '<p>home</p>',
  'site/app.js': 'export {};',
  'site/style.css': 'p {}',
  'site/app.webmanifest': '{}',
  'site/engine.wasm': '\0asm',
  'site/weights.onnx': 'weights',
  'site/docs/index.html': '<p>docs</p>',
  'site/assets/app-1234.js': 'export const hashed = 1;',
  'site/model/config.json': '{"shadowed":true}',
  'model/config.json': '{"model":true}',
  'secret.txt': 'outside every mount',
};

let dir: string;
const servers: StaticServer[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: ServerOptions = {}): Promise<StaticServer> {
  const server = await startStaticServer({ '/': join(dir, 'site'), '/model/': join(dir, 'model') }, options);
  servers.push(server);
  return server;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path goes out exactly as written, `..` and all (fetch would normalise it). */
function send(server: { url: string }, path: string, method = 'GET'): Promise<Reply> {
  const { port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail).end();
  });
}

describe('startStaticServer', () => {
  let plain: StaticServer;
  beforeAll(async () => {
    plain = await start();
  });

  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/app.js', 'text/javascript'],
    ['/style.css', 'text/css'],
    ['/model/config.json', 'application/json'],
    ['/app.webmanifest', 'application/manifest+json'],
    ['/engine.wasm', 'application/wasm'],
    ['/weights.onnx', 'application/octet-stream'],
  ])('serves %s as %s, with its Content-Length', async (path, type) => {
    const reply = await send(plain, path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(reply.body, 'latin1')));
  });

  it('answers HEAD with the headers of a GET and no body', async () => {
    const reply = await send(plain, '/app.js', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(FILES['site/app.js'].length));
    expect(reply.body).toBe('');
  });

  it.each([
    ['/', 'site/index.html'],
    ['/docs/', 'site/docs/index.html'],
    ['/docs', 'site/docs/index.html'],
  ])('serves %s from %s', async (path, file) => {
    expect((await send(plain, path)).body).toBe(FILES[file]);
  });

  it('lets the longest prefix win', async () => {
    expect((await send(plain, '/model/config.json')).body).toBe(FILES['model/config.json']);
  });

  it.each(['/missing.js', '/model/missing.json', '/../secret.txt', '/model/../../secret.txt', '/%2e%2e/secret.txt', '/bad%zz'])(
    'answers %s with 404',
    async (path) => {
      const reply = await send(plain, path);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain(FILES['secret.txt']);
    },
  );

  it('answers other methods than GET and HEAD with 404', async () => {
    expect((await send(plain, '/app.js', 'POST')).status).toBe(404);
  });

  it('sends no isolation and no cache headers unless asked, and names localhost', async () => {
    const { headers } = await send(plain, '/index.html');
    for (const name of ['cross-origin-opener-policy', 'cross-origin-embedder-policy', 'cross-origin-resource-policy', 'cache-control'])
      expect(headers[name]).toBeUndefined();
    expect(plain.url).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it('counts the file bytes it sends, HEAD and misses excluded', async () => {
    const server = await start();
    await send(server, '/app.js');
    await send(server, '/app.js', 'HEAD');
    await send(server, '/missing.js');
    await send(server, '/model/config.json');
    expect(server.bytesServed()).toBe(FILES['site/app.js'].length + FILES['model/config.json'].length);
  });
});

describe('startStaticServer options', () => {
  it('isolation: COOP/COEP/CORP on files and on 404s', async () => {
    const server = await start({ isolation: true });
    for (const path of ['/index.html', '/missing.js']) {
      const { headers } = await send(server, path);
      expect(headers).toMatchObject({
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      });
    }
  });

  it('cacheControl: the policy decides per path, and may send none', async () => {
    const server = await start({
      cacheControl: (path) => (path.includes('/assets/') ? 'immutable' : path.startsWith('/model/') ? 'no-cache' : undefined),
    });
    expect((await send(server, '/assets/app-1234.js')).headers['cache-control']).toBe('immutable');
    expect((await send(server, '/model/config.json')).headers['cache-control']).toBe('no-cache');
    expect((await send(server, '/app.js')).headers['cache-control']).toBeUndefined();
  });

  it('host: names 127.0.0.1 in the url when asked', async () => {
    expect((await start({ host: '127.0.0.1' })).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('staticHandler', () => {
  it('as middleware, hands paths outside its mounts on to next', async () => {
    const handle = staticHandler({ '/model/': join(dir, 'model') });
    const server = createServer((req, res) => handle(req, res, () => res.writeHead(204).end()));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const site = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    try {
      expect((await send(site, '/index.html')).status).toBe(204);
      expect((await send(site, '/model/config.json')).body).toBe(FILES['model/config.json']);
      expect((await send(site, '/model/missing.json')).status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });
});
