/**
 * What the demo page carries besides the app: the manifest embedded in index.html (precached with
 * the page, so it works offline and costs no request), the page's title and social-preview
 * metadata, and the files static hosts want (.nojekyll, a Hugging Face static Space README).
 */
import type { Plugin } from 'vite';
import { DEMO_MANIFEST_ELEMENT_ID, type DemoManifest } from '../../src/shared/demo-manifest';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON inside <script> ends at the first "</script": every "<" is written as its JSON escape. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function demoHtml(manifest: DemoManifest): Plugin {
  return {
    name: 'qa-demo-html',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const title = escapeHtml(manifest.title);
        const description = escapeHtml(manifest.description);
        const replaced = html
          .replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`)
          .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, `$1${description}$2`);
        return {
          html: replaced,
          tags: [
            { tag: 'meta', attrs: { property: 'og:type', content: 'website' }, injectTo: 'head' },
            { tag: 'meta', attrs: { property: 'og:title', content: manifest.title }, injectTo: 'head' },
            { tag: 'meta', attrs: { property: 'og:description', content: manifest.description }, injectTo: 'head' },
            { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' }, injectTo: 'head' },
            { tag: 'meta', attrs: { name: 'twitter:title', content: manifest.title }, injectTo: 'head' },
            { tag: 'meta', attrs: { name: 'twitter:description', content: manifest.description }, injectTo: 'head' },
            {
              tag: 'script',
              attrs: { type: 'application/json', id: DEMO_MANIFEST_ELEMENT_ID },
              children: scriptJson(manifest),
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}

/** The <iframe> to paste into a page (a paper's project page, a blog post): the compact ?embed=1 layout. */
export function embedSnippet(manifest: DemoManifest, siteUrl = 'https://YOUR-SITE/PATH/'): string {
  const title = escapeHtml(manifest.title);
  return `<iframe src="${siteUrl}?embed=1" title="${title}" width="100%" height="720" style="border: 0" loading="lazy"></iframe>`;
}

/** A Hugging Face static Space reads its settings from the README's front matter (`sdk: static`). */
export function spaceReadme(manifest: DemoManifest): string {
  const yamlString = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML scalar
  const lines = [
    '---',
    `title: ${yamlString(manifest.title.slice(0, 60))}`,
    'emoji: 🔎',
    'colorFrom: blue',
    'colorTo: indigo',
    'sdk: static',
    'app_file: index.html',
    'pinned: false',
    ...(manifest.card.licence ? [`license: ${yamlString(manifest.card.licence)}`] : []),
    `short_description: ${yamlString(manifest.description.slice(0, 60))}`,
    '---',
    '',
    `# ${manifest.title}`,
    '',
    manifest.description,
    '',
    `The model (${manifest.card.name}, ${manifest.card.family}) runs in the visitor's browser with onnxruntime-web:`,
    'no server, nothing sent anywhere, and it works offline after the first visit.',
    '',
    '## Embed it',
    '',
    'Replace the address with where this site is served:',
    '',
    '```html',
    embedSnippet(manifest),
    '```',
    '',
  ];
  return lines.join('\n');
}
