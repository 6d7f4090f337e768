import { DEMO_MANIFEST_ELEMENT_ID, parseDemoManifest, type DemoManifest } from '../../shared/demo-manifest';

export interface DemoPage {
  /** The manifest `npm run demo` embedded in the page; null on the plain app. */
  manifest: DemoManifest | null;
  /** A manifest that is there but unusable (a hand edit, another version): said, never a blank page. */
  problem: string | null;
}

/** Reads the page's embedded manifest (a JSON <script>, which never runs). */
export function readDemoPage(doc: Pick<Document, 'getElementById'> | undefined): DemoPage {
  const element = doc?.getElementById(DEMO_MANIFEST_ELEMENT_ID);
  if (!element) return { manifest: null, problem: null };
  try {
    return { manifest: parseDemoManifest(JSON.parse(element.textContent ?? '')), problem: null };
  } catch (e) {
    return {
      manifest: null,
      problem: e instanceof SyntaxError ? 'The demo manifest in this page is not valid JSON.' : (e as Error).message,
    };
  }
}

/** Read once at module load, like the page's URL parameters. */
export const demoPage: DemoPage = readDemoPage(globalThis.document);
