import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { libraryOfModule, type ModuleRef } from './libraries.js';
import type { Library } from './model.js';
import type { Scope, Variable } from './scope.js';

/** The Kafka libraries a file loads, and the local names bound to them. */
export interface ImportIndex {
  libraries: Set<Library>;
  /** Variables bound by `import` declarations (and `import x = require()`), with the export each one names. */
  bindings: Map<Variable, ModuleRef>;
  /** `require('kafkajs')` calls (also through `createRequire`), with the library each one loads. */
  requires: Map<TSESTree.CallExpression, Library>;
}

type SourceCode = Readonly<TSESLint.SourceCode>;

function stringValue(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The library a `require(...)`/`import(...)` call loads, when its argument is a literal Kafka module name. */
export function libraryOfLoad(node: TSESTree.Node | undefined): Library | undefined {
  const specifier = stringValue(node);
  return specifier === undefined ? undefined : libraryOfModule(specifier);
}

function specifierRef(library: Library, declaration: TSESTree.ImportDeclaration, specifier: TSESTree.ImportClause): ModuleRef {
  const typeOnly =
    declaration.importKind === 'type' || (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type');
  if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return { library, path: [], typeOnly };
  const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
  // Interop gives CommonJS modules a `default` that is the whole `module.exports`.
  return { library, path: imported === 'default' ? [] : [imported], typeOnly };
}

function indexStaticImports(sourceCode: SourceCode, index: ImportIndex): void {
  const scopeManager = sourceCode.scopeManager;
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const library = libraryOfModule(statement.source.value);
      if (!library) continue;
      index.libraries.add(library);
      for (const specifier of statement.specifiers) {
        const ref = specifierRef(library, statement, specifier);
        for (const variable of scopeManager?.getDeclaredVariables(specifier) ?? []) index.bindings.set(variable, ref);
      }
    } else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      const library = libraryOfLoad(statement.moduleReference.expression);
      if (!library) continue;
      index.libraries.add(library);
      const ref: ModuleRef = { library, path: [], typeOnly: statement.importKind === 'type' };
      for (const variable of scopeManager?.getDeclaredVariables(statement) ?? []) index.bindings.set(variable, ref);
    } else if (
      (statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportAllDeclaration) &&
      statement.source
    ) {
      const library = libraryOfModule(statement.source.value);
      if (library) index.libraries.add(library);
    }
  }
}

/**
 * Every identifier `require` in the file, found through the scope manager rather than a tree walk:
 * unresolved references, a configured CommonJS global, and a local `const require = createRequire(...)`.
 */
function requireIdentifiers(globalScope: Scope): TSESTree.Identifier[] {
  const identifiers: TSESTree.Identifier[] = [];
  for (const reference of globalScope.through) {
    if (reference.identifier.name === 'require') identifiers.push(reference.identifier as TSESTree.Identifier);
  }
  const variables: Variable[] = [];
  const global = globalScope.set.get('require');
  if (global) variables.push(global);
  for (const child of globalScope.childScopes) {
    const local = child.type === 'module' ? child.set.get('require') : undefined;
    if (local) variables.push(local);
  }
  for (const variable of variables) {
    for (const reference of variable.references) identifiers.push(reference.identifier as TSESTree.Identifier);
  }
  return identifiers;
}

function indexRequires(sourceCode: SourceCode, index: ImportIndex): void {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return;
  for (const identifier of requireIdentifiers(globalScope)) {
    const call = identifier.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
    const library = libraryOfLoad(call.arguments[0]);
    if (!library) continue;
    index.libraries.add(library);
    index.requires.set(call, library);
  }
}

/** The Kafka libraries the file loads through `import`, `import x = require()` and `require()`. */
export function indexImports(sourceCode: SourceCode): ImportIndex {
  const index: ImportIndex = { libraries: new Set(), bindings: new Map(), requires: new Map() };
  indexStaticImports(sourceCode, index);
  indexRequires(sourceCode, index);
  return index;
}
