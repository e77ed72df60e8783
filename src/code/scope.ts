import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { literalKeyName } from './ast.js';

export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

export const DefinitionType = TSESLint.Scope.DefinitionType;

/** The variable `name` refers to from `scope`, walking outwards; `null` for an undeclared global. */
export function lookUp(scope: Scope, name: string): Variable | null {
  return ASTUtils.findVariable(scope, name);
}

/** Whether `name` at `scope` is the built-in global (`String`, `JSON`, `undefined`), not a local of the same name. */
export function isBuiltInGlobal(scope: Scope, name: string): boolean {
  const variable = lookUp(scope, name);
  return variable === null || variable.defs.length === 0;
}

/**
 * Whether the variable holds one value for its whole life: a `const`, or a `let`/`var` whose only
 * write is its initializer. Only such bindings can be replaced by their initializer.
 */
export function isSingleAssignment(variable: Variable): boolean {
  if (variable.defs.length !== 1) return false;
  const [definition] = variable.defs;
  if (definition?.type !== DefinitionType.Variable || definition.node.init === null) return false;
  if (definition.parent.kind === 'const') return true;
  return variable.references.every((reference) => !reference.isWrite() || reference.init === true);
}

/**
 * The property path from a declaration's pattern down to the identifier it binds:
 * `const { a: { b } } = x` gives `['a', 'b']` for `b`, `const [first] = x` gives `['0']`.
 * `undefined` for rest elements and computed keys, whose value cannot be named.
 */
export function pathInPattern(pattern: TSESTree.Node, target: TSESTree.Identifier): string[] | undefined {
  const path: string[] = [];
  let current: TSESTree.Node = target;
  while (current !== pattern) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.Property) {
      const key = parent.value === current ? literalKeyName(parent.key, parent.computed) : undefined;
      if (key === undefined) return undefined;
      path.unshift(key);
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      const index = parent.elements.indexOf(current as TSESTree.DestructuringPattern);
      if (index < 0) return undefined;
      path.unshift(String(index));
    } else if (parent.type === AST_NODE_TYPES.AssignmentPattern) {
      if (parent.left !== current) return undefined;
    } else if (parent.type !== AST_NODE_TYPES.ObjectPattern) {
      return undefined;
    }
    current = parent;
  }
  return path;
}
