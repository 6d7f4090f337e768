/**
 * The repository stands alone: no code path may leave the clone's root (a user's clone has nothing
 * beside it, so a read of a folder beside the clone works here and fails for them). Checked syntactically, with
 * the TypeScript parser, in every .ts/.tsx/.js/.mjs file outside node_modules and generated folders:
 * - module specifiers and `new URL('…', import.meta.url)` resolve from the file's folder;
 * - path expressions — `resolve`/`join` calls, `import.meta.dirname`, `dirname(fileURLToPath(import.meta.url))`
 *   and the constants a file builds from them — are evaluated; a base the check cannot evaluate
 *   (an imported constant, an argument) is taken to be the repo root, the strictest reading;
 * - any other string literal that starts with '../' must stay inside the root read from the file's
 *   folder, and one naming a data file (a .json, .txt… rather than a module) read from the root too
 *   (such paths are joined to a root constant, e.g. from a list of candidates);
 * - a line that holds a path on purpose (a test of a CLI's own path handling) says so with a
 *   `repo-paths: not ours` comment on that line or the one above;
 * - package.json scripts must not contain '../'.
 * Run: npx tsx scripts/check-repo-paths.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface PathViolation {
  file: string;
  line: number;
  path: string;
}

// Installed or generated trees (repo-relative); node_modules anywhere.
const SKIP_DIRS = new Set(['dist', '.git', '.tsbuild', 'fixtures', '.bench', 'test-results', 'playwright-report', '.scratch']);
const PATH_CALLS = new Set(['resolve', 'join']);
/** Where a path expression points, as a posix path relative to the repo root ('' = the root). */
type Rel = string;
const escapes = (p: Rel) => p === '..' || p.startsWith('../');
const DATA_FILE = /\.(json|txt|md|csv|onnx|bin|pdf|docx|html?|png|jpe?g|gz|model|vocab)$/i;
const IGNORE = 'repo-paths: not ours';

function isImportMeta(node: ts.Node, prop: string): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === prop &&
    ts.isMetaProperty(node.expression) &&
    node.expression.keywordToken === ts.SyntaxKind.ImportKeyword
  );
}

function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text; // path.resolve, posix.join
  return undefined;
}

/** The violations in one file; `path` is repo-relative, posix. */
export function checkFilePaths(path: string, text: string): PathViolation[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, /\.tsx$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const fileDir = posix.dirname(path);
  const consts = new Map<string, ts.Expression>();
  const out: PathViolation[] = [];
  const flag = (node: ts.Node, p: string) =>
    out.push({ file: path, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, path: p });

  // Evaluates a path expression; undefined when it is not one (a number, a computed string…).
  const evaluate = (node: ts.Expression, seen = new Set<string>()): Rel | undefined => {
    if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, seen);
    if (isImportMeta(node, 'dirname')) return fileDir;
    if (isImportMeta(node, 'url')) return path;
    // new URL('.', import.meta.url): a folder relative to this file
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [spec, base] = node.arguments ?? [];
      if (spec && base && ts.isStringLiteralLike(spec) && isImportMeta(base, 'url')) return posix.join(fileDir, spec.text);
      return undefined;
    }
    if (ts.isIdentifier(node)) {
      if (node.text === '__dirname') return fileDir;
      const init = consts.get(node.text);
      if (!init || seen.has(node.text)) return undefined;
      return evaluate(init, new Set(seen).add(node.text));
    }
    if (!ts.isCallExpression(node)) return undefined;
    const name = calleeName(node);
    if (name === 'fileURLToPath' && node.arguments[0]) return evaluate(node.arguments[0], seen);
    if (name === 'dirname' && node.arguments[0]) {
      const inner = evaluate(node.arguments[0], seen);
      return inner === undefined ? undefined : posix.dirname(inner);
    }
    if (!name || !PATH_CALLS.has(name) || node.arguments.length === 0) return undefined;
    let acc: Rel = '';
    let absolute = false; // '/tmp/…': not a repo path at all
    node.arguments.forEach((arg, i) => {
      const lit = ts.isStringLiteralLike(arg) ? arg.text : undefined;
      if (lit !== undefined && lit.startsWith('/')) absolute = true;
      else if (lit !== undefined) acc = posix.join(acc, lit);
      else if (i === 0) acc = evaluate(arg, seen) ?? ''; // unknown base: the repo root
    });
    return absolute ? undefined : posix.normalize(acc || '.').replace(/^\.$/, '');
  };

  const collect = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const
    )
      consts.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(sf);

  const checked = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    const moduleSpec =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
        ? node.moduleSpecifier
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? node.arguments[0]
          : ts.isNewExpression(node) &&
              ts.isIdentifier(node.expression) &&
              node.expression.text === 'URL' &&
              node.arguments?.[1] &&
              isImportMeta(node.arguments[1], 'url')
            ? node.arguments[0]
            : undefined;
    if (moduleSpec && ts.isStringLiteralLike(moduleSpec)) {
      checked.add(moduleSpec);
      if (moduleSpec.text.startsWith('.') && escapes(posix.join(fileDir, moduleSpec.text))) flag(moduleSpec, moduleSpec.text);
    } else if (ts.isCallExpression(node) && PATH_CALLS.has(calleeName(node) ?? '')) {
      node.arguments.forEach((a) => checked.add(a));
      const at = evaluate(node);
      if (at !== undefined && escapes(at)) flag(node, node.getText(sf));
    } else if (ts.isStringLiteralLike(node) && !checked.has(node) && node.text.startsWith('../')) {
      if (escapes(posix.join(fileDir, node.text)) || (DATA_FILE.test(node.text) && escapes(posix.normalize(node.text))))
        flag(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const lines = text.split('\n');
  return out.filter((v) => !lines[v.line - 1]?.includes(IGNORE) && !lines[v.line - 2]?.includes(IGNORE));
}

/** npm scripts run from the root: a '../' in one reaches beside the clone. */
export function checkPackageScripts(pkgJson: string): PathViolation[] {
  const scripts: Record<string, string> = JSON.parse(pkgJson).scripts ?? {};
  return Object.entries(scripts)
    .filter(([, cmd]) => cmd.includes('../'))
    .map(([name, cmd]) => ({ file: 'package.json', line: 0, path: `scripts.${name}: ${cmd}` }));
}

export function checkRepoPaths(root: string): { files: number; violations: PathViolation[] } {
  const violations: PathViolation[] = checkPackageScripts(readFileSync(join(root, 'package.json'), 'utf8'));
  let files = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        const rel = relative(root, full).split('\\').join('/');
        if (entry.name !== 'node_modules' && !SKIP_DIRS.has(rel)) walk(full);
      } else if (/\.(tsx?|[cm]?js)$/.test(entry.name)) {
        files++;
        violations.push(...checkFilePaths(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8')));
      }
    }
  };
  walk(root);
  return { files, violations };
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const { files, violations } = checkRepoPaths(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  for (const v of violations) console.log(`${v.file}:${v.line}: leaves the repository: ${v.path}`);
  if (violations.length > 0) {
    console.log(`check-repo-paths: ${violations.length} path(s) outside the repository (a user's clone has nothing beside it)`);
    process.exit(1);
  }
  console.log(`check-repo-paths: OK, ${files} files stay inside the repository`);
}
