import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Span } from '../core/location.js';

/** A function with a body: what a handler, a factory or a method can be. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

export function isClassNode(node: TSESTree.Node | null | undefined): node is ClassNode {
  return node?.type === AST_NODE_TYPES.ClassDeclaration || node?.type === AST_NODE_TYPES.ClassExpression;
}

/**
 * Strips what does not change a value at run time: TypeScript assertions (`as const`, `satisfies`,
 * `!`, `<T>x`) and optional chains, so `(config as const).acks` reads like `config.acks`.
 */
export function skipTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** A key that is written literally: `acks`, `'acks'`, `#producer`, `0`, `` [`acks`] ``. Computed names are left to the caller. */
export function literalKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name a property, member access or class member is written with, when it is not computed at run time. */
export function memberName(
  node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
): string | undefined {
  return node.type === AST_NODE_TYPES.MemberExpression
    ? literalKeyName(node.property, node.computed)
    : literalKeyName(node.key, node.computed);
}

/** The last property of an object literal written with `name` (the one that wins), ignoring spreads. */
export function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index];
    if (property?.type === AST_NODE_TYPES.Property && memberName(property) === name) return property;
  }
  return undefined;
}

export function spanOf(node: { loc: TSESTree.SourceLocation; range: TSESTree.Range }): Span {
  return {
    loc: { start: { ...node.loc.start }, end: { ...node.loc.end } },
    range: [node.range[0], node.range[1]],
  };
}

/** The class whose instance `this` is at `node`, if `node` sits in a method, field initializer or static block. */
export function enclosingClassOfThis(node: TSESTree.Node): ClassNode | undefined {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration: {
        const owner = current.parent;
        const isMethod =
          owner?.type === AST_NODE_TYPES.MethodDefinition || owner?.type === AST_NODE_TYPES.TSAbstractMethodDefinition;
        return isMethod && isClassNode(owner.parent.parent) ? owner.parent.parent : undefined;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        return child === current.value && isClassNode(current.parent.parent) ? current.parent.parent : undefined;
      case AST_NODE_TYPES.StaticBlock:
        return isClassNode(current.parent.parent) ? current.parent.parent : undefined;
      default:
        break;
    }
    child = current;
    current = current.parent;
  }
  return undefined;
}

/** The nearest function around `node` (arrows included), whose `return` statements give its value. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  let current = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return undefined;
}

export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Keys whose values look like nodes but are not children: the parent link, and the Program's token lists. */
const NOT_CHILDREN = new Set(['parent', 'tokens', 'comments']);

/** `root` and the nodes below it in source order; nested functions are entered only when asked. */
export function* nodesIn(root: TSESTree.Node, enterFunctions: boolean): Generator<TSESTree.Node> {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children: TSESTree.Node[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (NOT_CHILDREN.has(key)) continue;
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (isNode(child) && (enterFunctions || !isFunctionNode(child))) children.push(child);
      }
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}
