/**
 * Import-boundary check for the whole repository: layer rules between src/ folders, tests, scripts,
 * e2e specs and tool configs (the rules: scripts/boundaries/layers.ts), and rules between the app's
 * features. Purely syntactic: it reads every module reference with the TypeScript parser and decides
 * the target's layer by path, so it needs no build and no module resolution.
 * Run: npx tsx scripts/check-boundaries.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_FEATURES, APP_ROOT, LAYERS, TEST_LAYER, type Layer } from './boundaries/layers';
import { findModuleRefs, type RefKind } from './boundaries/module-refs';

const isTest = (path: string) => /\.test\.tsx?$/.test(path);

export interface SourceFile {
  path: string;
  text: string;
}
export interface Violation {
  file: string;
  line: number;
  specifier: string;
  kind: RefKind | null;
  rule: string;
}

/** The layer of the longest path that covers `path`, and that path's length (0: none). */
function layerMatch(path: string): { layer: Layer | undefined; length: number } {
  let best: { layer: Layer | undefined; length: number } = { layer: undefined, length: 0 };
  for (const layer of LAYERS) {
    for (const p of layer.paths) {
      const covers = p.endsWith('/') ? path.startsWith(p) : path === p;
      if (covers && p.length > best.length) best = { layer, length: p.length };
    }
  }
  return best;
}

const layerOf = (path: string) => layerMatch(path).layer;

/** The target's layer, trying the extensions and index files a bundler would (the file need not exist). */
function targetLayer(path: string): Layer | undefined {
  const noJs = path.replace(/\.[cm]?jsx?$/, '');
  const candidates = [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`, `${path}/index.tsx`, `${noJs}.ts`, `${noJs}.tsx`];
  const matches = candidates.map(layerMatch);
  return matches.reduce((a, b) => (b.length > a.length ? b : a)).layer;
}

/** The app feature a path under src/app/ lies in; null for the files directly in src/app/. */
function featureOf(path: string): string | null {
  const [first, ...rest] = path.slice(APP_ROOT.length).split('/');
  return rest.length > 0 || isFeature(first) ? first : null;
}

const isFeature = (name: string) => Object.hasOwn(APP_FEATURES, name);

/** Why an import from one app file to another breaks the feature rules, or null when it does not. */
function featureRule(from: string, target: string): string | null {
  const source = featureOf(from);
  const dest = featureOf(target);
  if (source === dest) return null;
  for (const f of [source, dest]) {
    if (f !== null && !isFeature(f)) return `src/app/${f}/ is not a known feature: give it a row in APP_FEATURES`;
  }
  if (source === null) return null; // the shell composes every feature
  if (dest === null) return `a feature must not import src/app/'s shell files (App.tsx, main.tsx): they compose the features`;
  const allowed = APP_FEATURES[source];
  if (allowed.includes(dest)) return null;
  return `feature ${source} must not import feature ${dest}; ${source} may import ${allowed.length ? allowed.join(', ') : 'no other feature'} (APP_FEATURES)`;
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The violations in a set of files (paths relative to the repo root, posix), sorted by file and line. */
export function checkBoundaries(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const { path, text } of files) {
    const from = layerOf(path);
    if (!from) {
      out.push({
        file: path,
        line: 1,
        specifier: '',
        kind: null,
        rule: 'file outside the known layers: give its folder a row in LAYERS (scripts/boundaries/layers.ts)',
      });
      continue;
    }
    for (const { specifier, kind, line } of findModuleRefs(path, text)) {
      const v = (rule: string) => out.push({ file: path, line, specifier, kind, rule });
      const what = `${kind === 'url' ? 'new URL() reference' : kind === 'type' ? 'type-only import' : 'import'} '${specifier}'`;
      if (specifier === '<computed>') {
        if (from.computedImports) continue;
        v(`dynamic import with a computed specifier cannot be checked; use a string literal`);
        continue;
      }
      if (kind !== 'url' && !/^\.{0,2}\//.test(specifier)) {
        const pkg = packageName(specifier);
        if (from.packages !== 'any' && !from.packages.includes(pkg)) {
          v(`${what}: ${from.name} may import only the packages ${from.packages.join(', ')} — ${from.why}`);
        }
        continue;
      }
      const bare = specifier.replace(/[?#].*$/, ''); // Vite's ?url, ?raw, …
      const target = bare.startsWith('/') ? posix.normalize(bare.slice(1)) : posix.join(posix.dirname(path), bare);
      const to = targetLayer(target);
      const allowed = to && isTest(path) && to.name === TEST_LAYER ? [kind] : to ? from.may[to.name] : undefined;
      if (!to) v(`${what} reaches ${target}, outside the known layers`);
      else if (!allowed) v(`${what}: ${from.name} must not depend on ${to.name} — ${from.why}`);
      else if (!allowed.includes(kind)) {
        v(
          `${what}: ${from.name} may reach ${to.name} only by ${allowed.map((k) => (k === 'url' ? 'new URL()' : `${k}-only import`)).join(' or ')} — ${from.why}`,
        );
      } else if (from.name === 'app' && to.name === 'app') {
        const broken = featureRule(path, target);
        if (broken) v(`${what}: ${broken}`);
      }
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The folders the check reads, and the tool configs at the repository's root. */
const TREES = ['src', 'scripts', 'test', 'e2e'];
const ROOT_FILE = /\.config\.ts$/;

/** Every .ts/.tsx file the check covers, with repo-relative posix paths. */
export function readSourceTree(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name))
        files.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  for (const tree of TREES) if (existsSync(join(root, tree))) walk(join(root, tree));
  for (const name of readdirSync(root).sort()) {
    if (ROOT_FILE.test(name)) files.push({ path: name, text: readFileSync(join(root, name), 'utf8') });
  }
  return files;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const files = readSourceTree(root);
  const violations = checkBoundaries(files);
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.rule}`);
  if (violations.length > 0) {
    console.log(`check-boundaries: ${violations.length} violation(s) in ${files.length} files`);
    process.exit(1);
  }
  console.log(`check-boundaries: OK, ${files.length} files obey the layer and feature rules`);
}
