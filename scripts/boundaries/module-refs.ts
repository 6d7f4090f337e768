/**
 * Every module reference in one file, read with the TypeScript parser (no build, no module
 * resolution), with type-only references told apart from those that run the target's code.
 */
import ts from 'typescript';

/** value: runs the target's code; type: erased at build time; url: new URL('…', import.meta.url). */
export type RefKind = 'value' | 'type' | 'url';

export interface ModuleRef {
  specifier: string;
  kind: RefKind;
  line: number;
}

function isImportMetaUrl(node: ts.Node): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'url' &&
    ts.isMetaProperty(node.expression) &&
    node.expression.keywordToken === ts.SyntaxKind.ImportKeyword
  );
}

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
