import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingClassOfThis, enclosingFunction, isNode, type ClassNode, type FunctionNode } from './ast.js';

/** Everything the analysis starts from, gathered in one walk of the file. */
export interface Candidates {
  calls: TSESTree.CallExpression[];
  news: TSESTree.NewExpression[];
  /** Object literals with a `transport` property: NestJS microservice and client options. */
  transportObjects: TSESTree.ObjectExpression[];
  /** `this.x = value` assignments, per class and member name. */
  thisAssignments: Map<ClassNode, Map<string, TSESTree.Expression[]>>;
  /** The returned expressions of each function (`return x`, or an arrow's expression body). */
  returns: Map<FunctionNode, TSESTree.Expression[]>;
  /** Class methods with decorators: NestJS `@EventPattern` / `@MessagePattern` candidates. */
  decoratedMethods: TSESTree.MethodDefinition[];
  /** Declarations and assertions that name a type: `const config: ProducerConfig = {...}`, `{...} satisfies KafkaConfig`. */
  typedValues: TypedValue[];
  /** `import('kafkajs')`. */
  dynamicImports: TSESTree.ImportExpression[];
}

export interface TypedValue {
  type: TSESTree.TypeNode;
  value: TSESTree.Expression;
}

/** Type-only subtrees: they hold no calls and no values, so the walk skips them. */
const TYPE_ONLY = new Set<string>([
  AST_NODE_TYPES.TSTypeAnnotation,
  AST_NODE_TYPES.TSTypeParameterDeclaration,
  AST_NODE_TYPES.TSTypeParameterInstantiation,
  AST_NODE_TYPES.TSInterfaceDeclaration,
  AST_NODE_TYPES.TSTypeAliasDeclaration,
  AST_NODE_TYPES.TSDeclareFunction,
]);

function thisMemberName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return undefined;
}

function hasTransportKey(node: TSESTree.ObjectExpression): boolean {
  return node.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === 'transport',
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class Collector {
  readonly candidates: Candidates = {
    calls: [],
    news: [],
    transportObjects: [],
    thisAssignments: new Map(),
    returns: new Map(),
    decoratedMethods: [],
    typedValues: [],
    dynamicImports: [],
  };

  visit(node: TSESTree.Node): void {
    const found = this.candidates;
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        found.calls.push(node);
        break;
      case AST_NODE_TYPES.NewExpression:
        found.news.push(node);
        break;
      case AST_NODE_TYPES.ObjectExpression:
        if (hasTransportKey(node)) found.transportObjects.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        this.visitAssignment(node);
        break;
      case AST_NODE_TYPES.ReturnStatement: {
        const fn = node.argument ? enclosingFunction(node) : undefined;
        if (fn && node.argument) push(found.returns, fn, node.argument);
        break;
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
        if (node.expression) push(found.returns, node, node.body as TSESTree.Expression);
        break;
      case AST_NODE_TYPES.MethodDefinition:
        // Decorators exist only in TypeScript ASTs; espree (plain JS) leaves the field out.
        if ((node.decorators?.length ?? 0) > 0) found.decoratedMethods.push(node);
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        if (node.init && node.id.type === AST_NODE_TYPES.Identifier && node.id.typeAnnotation) {
          found.typedValues.push({ type: node.id.typeAnnotation.typeAnnotation, value: node.init });
        }
        break;
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSAsExpression:
        if (node.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference) {
          found.typedValues.push({ type: node.typeAnnotation, value: node.expression });
        }
        break;
      case AST_NODE_TYPES.ImportExpression:
        found.dynamicImports.push(node);
        break;
      default:
        break;
    }
  }

  private visitAssignment(node: TSESTree.AssignmentExpression): void {
    if (node.operator !== '=') return;
    const name = thisMemberName(node.left);
    const owner = name === undefined ? undefined : enclosingClassOfThis(node.left);
    if (name === undefined || !owner) return;
    let members = this.candidates.thisAssignments.get(owner);
    if (!members) {
      members = new Map();
      this.candidates.thisAssignments.set(owner, members);
    }
    push(members, name, node.right);
  }
}

/**
 * Walks the file once, in source order, with an explicit stack: deeply nested code (a long `+`
 * chain, generated files) must not overflow the call stack.
 */
export function collectCandidates(program: TSESTree.Program, visitorKeys: TSESLint.SourceCode.VisitorKeys): Candidates {
  const collector = new Collector();
  const stack: TSESTree.Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    collector.visit(node);
    const keys = visitorKeys[node.type] ?? [];
    for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex--) {
      const child = (node as unknown as Record<string, unknown>)[keys[keyIndex] as string];
      if (Array.isArray(child)) {
        for (let index = child.length - 1; index >= 0; index--) {
          const item: unknown = child[index];
          if (isNode(item) && !TYPE_ONLY.has(item.type)) stack.push(item);
        }
      } else if (isNode(child) && !TYPE_ONLY.has(child.type)) {
        stack.push(child);
      }
    }
  }
  return collector.candidates;
}
