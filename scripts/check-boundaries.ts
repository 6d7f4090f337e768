/**
 * Import-boundary check for src/: the UI talks to the engine only through the worker, and the wire
 * contract (src/shared) stays free of project code, so the layers can be changed or split apart
 * without dragging each other along. Purely syntactic: it reads every module reference with the
 * TypeScript parser and decides the target's layer by path prefix, so it needs no build and no
 * module resolution. Run: npx tsx scripts/check-boundaries.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** value: runs the target's code; type: erased at build time; url: new URL('…', import.meta.url). */
export type RefKind = 'value' | 'type' | 'url';
const ALL: RefKind[] = ['value', 'type', 'url'];

interface Layer {
  name: string;
  /** A path ending in '/' covers that folder tree (test files included); otherwise one exact file. */
  paths: string[];
  /** Project layers this one may reference, and how. A layer not listed is off limits. */
  may: Record<string, RefKind[]>;
  /** npm packages this layer may import: 'any', or an allow-list. */
  packages: 'any' | string[];
  why: string;
}

// The rules. To add a folder under src/, give it a row here; until then every file in it fails.
export const LAYERS: Layer[] = [
  {
    name: 'shared',
    paths: ['src/shared/'],
    may: { shared: ALL },
    packages: ['comlink'],
    why: 'the wire contract depends on nothing in the project (comlink: its error transfer handler)',
  },
  {
    name: 'engine',
    paths: ['src/engine/'],
    may: { engine: ALL, shared: ALL },
    packages: 'any',
    why: 'the engine knows nothing about who drives it',
  },
  {
    name: 'worker',
    paths: ['src/worker/'],
    may: { worker: ALL, engine: ALL, shared: ALL },
    packages: 'any',
    why: 'the worker hosts the engine',
  },
  // The one owner of the QA worker's lifetime, shared by the app, the CLI's page and the bench page,
  // so their numbers are the app's numbers.
  {
    name: 'client',
    paths: ['src/client/'],
    may: { client: ALL, shared: ALL, worker: ['type', 'url'] },
    packages: 'any',
    why: 'the page side of the worker: it starts the worker by URL and knows its API by type only',
  },
  {
    name: 'app',
    paths: ['src/app/'],
    may: { app: ALL, client: ALL, shared: ALL, worker: ['type', 'url'] },
    packages: 'any',
    why: 'UI pages reach the engine only through the worker, and each page stands alone',
  },
  {
    name: 'eval',
    paths: ['src/eval/'],
    may: { eval: ALL, client: ALL, shared: ALL, worker: ['type', 'url'] },
    packages: 'any',
    why: 'UI pages reach the engine only through the worker',
  },
  {
    name: 'sw',
    paths: ['src/sw.ts', 'src/sw.test.ts'],
    may: { shared: ALL },
    packages: 'any',
    why: 'the service worker runs apart from the page and the worker',
  },
];

// Test files follow their layer's rules, and may also use the helpers under test/, which are never bundled.
export const TEST_HELPERS = 'test/';
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
export interface ModuleRef {
  specifier: string;
  kind: RefKind;
  line: number;
}

function layerOf(path: string): Layer | undefined {
  return LAYERS.find((l) => l.paths.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)));
}

/** The target's layer, trying the extensions and index files a bundler would (the file need not exist). */
function targetLayer(path: string): Layer | undefined {
  const noJs = path.replace(/\.[cm]?jsx?$/, '');
  const candidates = [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`, `${path}/index.tsx`, `${noJs}.ts`, `${noJs}.tsx`];
  for (const c of candidates) {
    const layer = layerOf(c);
    if (layer) return layer;
  }
  return undefined;
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isImportMetaUrl(node: ts.Node): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'url' &&
    ts.isMetaProperty(node.expression) &&
    node.expression.keywordToken === ts.SyntaxKind.ImportKeyword
  );
}

/** Every module reference in one file, type-only ones told apart. */
export function findModuleRefs(path: string, text: string): ModuleRef[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, /\.tsx$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const refs: ModuleRef[] = [];
  const add = (lit: ts.Node, kind: RefKind) => {
    // The specifier's own line, so a multi-line import is reported where grep would find it.
    if (ts.isStringLiteralLike(lit))
      refs.push({ specifier: lit.text, kind, line: sf.getLineAndCharacterOfPosition(lit.getStart(sf)).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const c = node.importClause;
      // `import { type A, type B }` is erased like `import type`; one plain name, a default or `* as` keeps it.
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : undefined;
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, typeOnly ? 'type' : 'value');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      const typeOnly = node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly));
      add(node.moduleSpecifier, typeOnly ? 'type' : 'value');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly ? 'type' : 'value');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      if (node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) add(node.arguments[0], 'value');
      else refs.push({ specifier: '<computed>', kind: 'value', line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'type'); // typeof import('x'), import('x').T
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.length === 2 &&
      isImportMetaUrl(node.arguments[1])
    ) {
      const first = node.arguments[0];
      // URL semantics: 'x.wasm' is as relative as './x.wasm'; an absolute URL is not a module of ours.
      if (ts.isStringLiteralLike(first) && !/^[a-z][a-z0-9+.-]*:/i.test(first.text)) add(first, 'url');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const r of sf.referencedFiles) {
    refs.push({ specifier: r.fileName, kind: 'type', line: sf.getLineAndCharacterOfPosition(r.pos).line + 1 });
  }
  return refs;
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
        rule: 'file outside the known layers: give its folder a row in LAYERS (scripts/check-boundaries.ts)',
      });
      continue;
    }
    for (const { specifier, kind, line } of findModuleRefs(path, text)) {
      const v = (rule: string) => out.push({ file: path, line, specifier, kind, rule });
      const what = `${kind === 'url' ? 'new URL() reference' : kind === 'type' ? 'type-only import' : 'import'} '${specifier}'`;
      if (specifier === '<computed>') {
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
      const allowed = to ? from.may[to.name] : undefined;
      if (!to && isTest(path) && target.startsWith(TEST_HELPERS)) continue;
      if (!to) v(`${what} reaches ${target}, outside the known layers`);
      else if (!allowed) v(`${what}: ${from.name} must not depend on ${to.name} — ${from.why}`);
      else if (!allowed.includes(kind)) {
        v(
          `${what}: ${from.name} may reach ${to.name} only by ${allowed.map((k) => (k === 'url' ? 'new URL()' : `${k}-only import`)).join(' or ')} — ${from.why}`,
        );
      }
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Every .ts/.tsx file under root/src, with repo-relative posix paths. */
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
  walk(join(root, 'src'));
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
  console.log(`check-boundaries: OK, ${files.length} files under src/ obey the layer rules`);
}
