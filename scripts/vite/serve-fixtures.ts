import type { Connect, Plugin } from 'vite';
import { staticHandler } from '../static-server.ts';

/**
 * Serves the generated fixture models at /fixtures/models/ in `vite` and `vite preview` only, so
 * end-to-end tests load real files over HTTP without the 40 MB of test weights entering dist/.
 */
export function serveFixtures(root: string, urlPrefix = '/fixtures/models/'): Plugin {
  // No isolation headers needed: the app fetches these from its own origin.
  const middleware: Connect.NextHandleFunction = staticHandler({ [urlPrefix]: root }, { cacheControl: () => 'no-cache' });
  return {
    name: 'serve-fixture-models',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}
