import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { findProperty, literalKeyName, skipTransparent } from './ast.js';
import { DefinitionType, isSingleAssignment, lookUp, pathInPattern, type Scope, type Variable } from './scope.js';

/** A node with the scope its identifiers resolve in. */
export interface Located<T extends TSESTree.Node = TSESTree.Node> {
  node: T;
  scope: Scope;
}

/** Deeper chains than this are given up: real configuration is never nested this far, generated code may be. */
export const MAX_DEPTH = 64;

/**
 * The state of one resolution: the bindings being followed (against `const a = b, b = a` cycles) and
 * a step budget, because spreads of spreads can branch exponentially in generated code.
 */
export class Trail {
  readonly following = new Set<Variable>();
  private steps = 0;

  constructor(private readonly budget = 5_000) {}

  /** Whether one more step may be taken. */
  spend(): boolean {
    this.steps++;
    return this.steps <= this.budget;
  }
}

/** The single value a variable is bound to (through destructuring: `const { acks } = CONFIG`), if any. */
function bindingValue(variable: Variable, depth: number, trail: Trail): Located | undefined {
  const [definition] = variable.defs;
  if (definition?.type === DefinitionType.TSEnumName) return { node: definition.node, scope: variable.scope };
  if (definition?.type !== DefinitionType.Variable || !isSingleAssignment(variable) || !definition.node.init) return undefined;
  const path = pathInPattern(definition.node.id, definition.name as TSESTree.Identifier);
  if (!path) return undefined;
  trail.following.add(variable);
  try {
    let target: Located | undefined = resolveValue(definition.node.init, variable.scope, trail, depth + 1);
    for (const key of path) {
      target = target && memberOf(target, key, trail, depth + 1);
      if (!target) return undefined;
    }
    return target;
  } finally {
    trail.following.delete(variable);
  }
}

/** A key written literally, or computed from a constant: `[KEY]` with `const KEY = 'acks'`. */
export function staticKeyName(
  key: TSESTree.Node,
  computed: boolean,
  scope: Scope,
  trail = new Trail(),
  depth = 0,
): string | undefined {
  const literal = literalKeyName(key, computed);
  if (literal !== undefined || !computed) return literal;
  return literalKeyName(resolveValue(key, scope, trail, depth + 1).node, true);
}

/**
 * The value of `key` in an object literal, following spreads written after it. `undefined` when a
 * later spread or computed key might set it too, since then the value is not known.
 */
function propertyOfObject(
  object: Located<TSESTree.ObjectExpression>,
  key: string,
  trail: Trail,
  depth: number,
  resolveResult = true,
): Located | undefined {
  for (let index = object.node.properties.length - 1; index >= 0; index--) {
    if (!trail.spend()) return undefined;
    const property = object.node.properties[index] as TSESTree.ObjectLiteralElement;
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = resolveValue(property.argument, object.scope, trail, depth + 1);
      if (spread.node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      const found = propertyOfObject(spread as Located<TSESTree.ObjectExpression>, key, trail, depth + 1, resolveResult);
      if (found) return found;
      continue;
    }
    const name = staticKeyName(property.key, property.computed, object.scope, trail, depth);
    if (name === undefined) return undefined;
    if (name !== key) continue;
    if (property.kind !== 'init') return undefined;
    return resolveResult ? resolveValue(property.value, object.scope, trail, depth + 1) : { node: property.value, scope: object.scope };
  }
  return undefined;
}

/**
 * The expression written for `key` in an object literal (through spreads), not resolved further:
 * a list held in a variable must stay that variable, whose `push` calls add to it. A property
 * written before a spread that cannot be resolved is still returned: it is what the code shows.
 */
export function writtenMemberOf(object: Located<TSESTree.ObjectExpression>, key: string): Located | undefined {
  const member = propertyOfObject(object, key, new Trail(), 0, false);
  if (member) return member;
  const written = findProperty(object.node, key);
  return written?.kind === 'init' ? { node: written.value, scope: object.scope } : undefined;
}

/** `key` read from a statically known value: an object literal's property, an array literal's element, an enum member. */
export function memberOf(target: Located, key: string, trail = new Trail(), depth = 0): Located | undefined {
  if (depth > MAX_DEPTH || !trail.spend()) return undefined;
  const { node, scope } = target;
  if (node.type === AST_NODE_TYPES.ObjectExpression) return propertyOfObject({ node, scope }, key, trail, depth);
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= node.elements.length) return undefined;
    // A spread before the element shifts it by an unknown amount.
    for (let position = 0; position <= index; position++) {
      const element = node.elements[position];
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    }
    return resolveValue(node.elements[index] as TSESTree.Expression, scope, trail, depth + 1);
  }
  if (node.type === AST_NODE_TYPES.TSEnumDeclaration) {
    const member = node.body.members.find((candidate) => literalKeyName(candidate.id, false) === key);
    return member ? { node: member, scope } : undefined;
  }
  return undefined;
}

/**
 * The expression that gives `node` its value, found without running anything: identifiers bound
 * once are replaced by their initializer, member reads on literal objects by the property's value,
 * TypeScript assertions are skipped. Anything else is returned as is.
 */
export function resolveValue(node: TSESTree.Node, scope: Scope, trail = new Trail(), depth = 0): Located {
  const bare = skipTransparent(node);
  if (depth > MAX_DEPTH || !trail.spend()) return { node: bare, scope };
  if (bare.type === AST_NODE_TYPES.Identifier) {
    const variable = lookUp(scope, bare.name);
    if (!variable || trail.following.has(variable)) return { node: bare, scope };
    return bindingValue(variable, depth, trail) ?? { node: bare, scope };
  }
  if (bare.type === AST_NODE_TYPES.MemberExpression) {
    const key = staticKeyName(bare.property, bare.computed, scope, trail, depth);
    if (key === undefined) return { node: bare, scope };
    const object = resolveValue(bare.object, scope, trail, depth + 1);
    return memberOf(object, key, trail, depth + 1) ?? { node: bare, scope };
  }
  return { node: bare, scope };
}

/** The object literal an expression statically is (`opts` for `const opts = {...}`), if any. */
export function resolveObject(node: TSESTree.Node, scope: Scope): Located<TSESTree.ObjectExpression> | undefined {
  const resolved = resolveValue(node, scope);
  return resolved.node.type === AST_NODE_TYPES.ObjectExpression ? (resolved as Located<TSESTree.ObjectExpression>) : undefined;
}

/** The array literal an expression statically is, if any. */
export function resolveArray(node: TSESTree.Node, scope: Scope): Located<TSESTree.ArrayExpression> | undefined {
  const resolved = resolveValue(node, scope);
  return resolved.node.type === AST_NODE_TYPES.ArrayExpression ? (resolved as Located<TSESTree.ArrayExpression>) : undefined;
}

/** Whether every property of an object literal is visible: its spreads resolve to such objects, its computed keys are constants. */
export function isClosedObject(object: Located<TSESTree.ObjectExpression>, trail = new Trail(), depth = 0): boolean {
  if (depth > MAX_DEPTH || !trail.spend()) return false;
  return object.node.properties.every((property) => {
    if (property.type === AST_NODE_TYPES.Property) {
      return staticKeyName(property.key, property.computed, object.scope, trail, depth) !== undefined;
    }
    const spread = resolveValue(property.argument, object.scope, trail, depth + 1);
    return (
      spread.node.type === AST_NODE_TYPES.ObjectExpression &&
      spread.node !== object.node &&
      isClosedObject(spread as Located<TSESTree.ObjectExpression>, trail, depth + 1)
    );
  });
}
