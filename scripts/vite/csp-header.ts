import { readFileSync } from 'node:fs';

/**
 * The Content Security Policy the preview server (what e2e runs) sends as a header on every file,
 * as a host that can send headers should. index.html's <meta> stays the one source of the policy,
 * but the <meta> never reaches a worker: a worker takes its policy from its own response headers
 * only, and the model worker is where onnxruntime compiles and where models are downloaded.
 *
 * The header is the <meta> policy except connect-src. A model may come from any base URL the user
 * types (README), and the worker fetches it under the header alone, so the header allows any https
 * origin and local servers. The document obeys both policies at once, so the page itself stays
 * limited to the <meta>'s stricter list (its own origin and the Hugging Face hub).
 */
export const HEADER_CONNECT_SRC = "'self' https: http://localhost:* http://127.0.0.1:*";

/** The policy of index.html's <meta http-equiv="Content-Security-Policy">. */
export function metaPolicy(indexHtmlPath: string): string {
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(indexHtmlPath, 'utf8'))?.[1];
  if (!policy) throw new Error(`${indexHtmlPath} has no Content-Security-Policy <meta>`);
  return policy;
}

/** The header's policy: the <meta> policy with its connect-src replaced by HEADER_CONNECT_SRC. */
export function headerPolicy(indexHtmlPath: string): string {
  const directives = metaPolicy(indexHtmlPath).split(/\s*;\s*/);
  const at = directives.findIndex((d) => d.startsWith('connect-src '));
  if (at < 0) throw new Error(`${indexHtmlPath}'s policy has no connect-src to widen for workers`);
  directives[at] = `connect-src ${HEADER_CONNECT_SRC}`;
  return directives.join('; ');
}
