import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, isFunctionNode, isNode } from '../code/ast.js';
import { evaluate, isConstantExpression } from '../code/evaluate.js';
import { resolveFunctions } from '../code/index.js';
import type { ConfigEntry, ConfigView } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'constantPartitioner';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The node a view entry's value was read from (views keep spans, not nodes): the outermost node with
 * exactly that range. The whole tree is searched: decorators (where NestJS options live) can lie
 * outside the range of the declaration that holds them, so a descent by ranges would miss them.
 */
function nodeOfSpan(sourceCode: SourceCode, range: readonly [number, number]): TSESTree.Node | undefined {
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.range[0] === range[0] && node.range[1] === range[1]) return node;
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) if (isNode(child)) stack.push(child);
    }
  }
  return undefined;
}

/** The `return` arguments of a function itself (not of the functions nested in it), or an arrow's expression body. */
function returnedExpressions(fn: FunctionNode): TSESTree.Expression[] | undefined {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  // A body that can run off its end returns `undefined` on that path.
  if (fn.body.body.at(-1)?.type !== AST_NODE_TYPES.ReturnStatement) return undefined;
  const returned: TSESTree.Expression[] = [];
  const stack: TSESTree.Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (!node.argument) return undefined;
      returned.push(node.argument);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (isNode(child) && !isFunctionNode(child)) stack.push(child);
      }
    }
  }
  return returned.sort((left, right) => left.range[0] - right.range[0]);
}

interface ConstantPartition {
  /** The first `return` that gives it. */
  node: TSESTree.Expression;
  partition: number;
}

/** The partition a partitioner function always returns: every `return` is the same non-negative integer constant. */
function constantPartition(sourceCode: SourceCode, fn: FunctionNode): ConstantPartition | undefined {
  const returned = returnedExpressions(fn);
  const [first] = returned ?? [];
  if (!returned || !first) return undefined;
  const values = new Set<unknown>();
  for (const expression of returned) {
    const scope = sourceCode.getScope(expression);
    if (!isConstantExpression(expression, scope)) return undefined;
    values.add(evaluate(expression, scope)?.value);
  }
  const [partition] = values;
  // One partition number; -1 or null would not skew but fail, which is another problem.
  return values.size === 1 && typeof partition === 'number' && Number.isInteger(partition) && partition >= 0
    ? { node: first, partition }
    : undefined;
}

export default createRule<Options, MessageId>({
  name: 'no-constant-partitioner',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow custom partitioners that send every message to the same partition',
      pitfall: 'skew',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      constantPartitioner:
        'The `{{option}}` partitioner always returns {{partition}}: every message of this producer goes to partition {{partition}}, which, with the one consumer that owns it, takes the whole load while the other partitions sit idle. Compute the partition from the message key, or remove `{{option}}` to use the default partitioner.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const seen = new Set<FunctionNode>();

    function check(entry: ConfigEntry, partitioners: readonly FunctionNode[]): void {
      for (const fn of partitioners) {
        if (seen.has(fn)) continue;
        seen.add(fn);
        const constant = constantPartition(sourceCode, fn);
        if (!constant) continue;
        context.report({ node: constant.node, messageId: 'constantPartitioner', data: { option: entry.written, partition: constant.partition } });
      }
    }

    /** The functions with a body an expression can be. */
    function functionsOf(node: TSESTree.Node): FunctionNode[] {
      return resolveFunctions(context, node).filter(isFunctionNode);
    }

    /** kafkajs `createPartitioner: () => ({ topic, partitionMetadata, message }) => number`: the functions each factory returns. */
    function createdPartitioners(factoryNode: TSESTree.Node): FunctionNode[] {
      return functionsOf(factoryNode).flatMap((factory) => (returnedExpressions(factory) ?? []).flatMap(functionsOf));
    }

    function checkView(view: ConfigView): void {
      if (view.role !== 'producer' || view.scope !== 'client') return;
      // kafkajs (and NestJS, which hands its `producer` options to kafkajs). The Confluent client rejects `createPartitioner`.
      const factory = view.client === 'kafkajs' ? view.get('createPartitioner') : undefined;
      const factoryNode = factory && nodeOfSpan(sourceCode, factory.valueSpan.range);
      if (factory && factoryNode) check(factory, createdPartitioners(factoryNode));
      // node-rdkafka and the Confluent client: the `partitioner_cb` callback is the partitioner itself.
      const callback = view.client === 'librdkafka' ? view.get('partitioner_cb') : undefined;
      const callbackNode = callback && nodeOfSpan(sourceCode, callback.valueSpan.range);
      if (callback && callbackNode) check(callback, functionsOf(callbackNode));
    }

    return visitKafka(context, {
      code(model) {
        for (const view of model.views) checkView(view);
      },
    });
  },
});
