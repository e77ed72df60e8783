import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { enclosingFunction, memberName, nodesIn, skipTransparent } from '../code/ast.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';
import { batchHandlers, type BatchHandler } from '../code/batch-payload.js';

export type Options = [];
export type MessageId = 'concurrentBatch';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The `Promise` functions that run the promises they are given at the same time. */
const COMBINATORS = new Set(['all', 'allSettled', 'any', 'race']);

/** Array methods that keep a subset of the messages, in order: still messages of one partition. */
const SUBSET_METHODS = new Set(['filter', 'slice']);

/** How the messages reach the combinator: mapped to promises, or pushed one promise per loop turn. */
type Concurrency = { kind: 'map'; callback: TSESTree.Node | undefined } | { kind: 'push' };

/** `Promise.all` and friends, when `Promise` is the global one. */
function combinatorOf(context: Context, call: TSESTree.CallExpression): string | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = skipTransparent(callee.object);
  const name = memberName(callee);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'Promise' || name === undefined || !COMBINATORS.has(name)) return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(object), object);
  return variable && variable.defs.length > 0 ? undefined : name;
}

/**
 * `batch.messages`, or a subset of it: `batch.messages.filter((m) => m.value)`, also through a
 * `const` that holds one (`const valid = batch.messages.filter(...)`).
 */
function isMessageList(context: Context, batch: BatchHandler, node: TSESTree.Node, depth = 0): boolean {
  const bare = skipTransparent(node);
  if (batch.isMessages(bare)) return true;
  if (bare.type === AST_NODE_TYPES.Identifier) {
    const definition = ASTUtils.findVariable(context.sourceCode.getScope(bare), bare)?.defs[0];
    const declarator = definition?.node;
    return (
      depth < 3 &&
      declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
      declarator.parent.kind === 'const' &&
      declarator.id.type === AST_NODE_TYPES.Identifier &&
      declarator.init !== null &&
      isMessageList(context, batch, declarator.init, depth + 1)
    );
  }
  if (bare.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(bare.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberName(callee);
  return method !== undefined && SUBSET_METHODS.has(method) && isMessageList(context, batch, callee.object, depth);
}

/** Something that starts work and gives its promise: a call or a `new Promise(...)`, not awaited. */
function startsWork(node: TSESTree.Node): boolean {
  const bare = skipTransparent(node);
  return bare.type === AST_NODE_TYPES.CallExpression || bare.type === AST_NODE_TYPES.NewExpression;
}

/**
 * The array of promises, `promises` in `const promises = []; for (const m of batch.messages) promises.push(handle(m));`,
 * filled with work started for each message and not awaited there.
 */
function isFilledPerMessage(batch: BatchHandler, variable: TSESLint.Scope.Variable): boolean {
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member) !== 'push') continue;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
    if (call.arguments.some(startsWork) && batch.loopAround(call)) return true;
  }
  return false;
}

/** How the argument of a combinator runs one promise per message of the batch, if it does. */
function concurrencyOf(
  context: Context,
  batch: BatchHandler,
  argument: TSESTree.Node | undefined,
  depth = 0,
): Concurrency | undefined {
  if (!argument || depth > 3) return undefined;
  const bare = skipTransparent(argument);
  if (bare.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTransparent(bare.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = memberName(callee);
    if ((method === 'map' || method === 'flatMap') && isMessageList(context, batch, callee.object)) {
      return { kind: 'map', callback: bare.arguments[0] };
    }
    const owner = skipTransparent(callee.object);
    const isArrayFrom = method === 'from' && owner.type === AST_NODE_TYPES.Identifier && owner.name === 'Array';
    if (isArrayFrom && bare.arguments.length >= 2 && bare.arguments[0] && isMessageList(context, batch, bare.arguments[0])) {
      return { kind: 'map', callback: bare.arguments[1] };
    }
    return undefined;
  }
  if (bare.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(bare), bare);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const declarator = definition?.node;
  if (!variable || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) {
    return undefined;
  }
  const init = skipTransparent(declarator.init);
  if (init.type === AST_NODE_TYPES.ArrayExpression && init.elements.length === 0) {
    return isFilledPerMessage(batch, variable) ? { kind: 'push' } : undefined;
  }
  return concurrencyOf(context, batch, init, depth + 1);
}

/**
 * Whether the combinator's result is thrown away: `await Promise.all(...)` as a statement, or returned
 * from the handler (the consumer ignores what it returns). Returned from a helper, it goes to its caller.
 */
function isResultDiscarded(batch: BatchHandler, call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  let parent = node.parent;
  while (parent && (parent.type === AST_NODE_TYPES.AwaitExpression || parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSAsExpression)) {
    node = parent;
    parent = parent.parent;
  }
  if (!parent) return true;
  if (parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
  if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') return true;
  const isReturned = parent.type === AST_NODE_TYPES.ReturnStatement || (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node);
  const fn = enclosingFunction(call);
  return isReturned && fn !== undefined && (fn === batch.site.fn || fn === batch.site.delegate);
}

/**
 * `const values = await Promise.all(batch.messages.map((m) => registry.decode(m.value)))`: a mapping
 * whose results are kept and processed afterwards reads as decoding the batch ahead of sequential
 * work, which changes no order. Only a one-expression callback of `Promise.all` is read that way.
 */
function isConcurrentDecoding(batch: BatchHandler, call: TSESTree.CallExpression, combinator: string, concurrency: Concurrency): boolean {
  if (combinator !== 'all' || concurrency.kind !== 'map' || isResultDiscarded(batch, call)) return false;
  const callback = concurrency.callback && skipTransparent(concurrency.callback);
  return callback?.type === AST_NODE_TYPES.ArrowFunctionExpression && callback.body.type !== AST_NODE_TYPES.BlockStatement;
}

export default createRule<Options, MessageId>({
  name: 'no-concurrent-batch-processing',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow processing the messages of an `eachBatch` batch concurrently',
      pitfall: 'ordering',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      concurrentBatch:
        '`{{combinator}}()` processes the messages of this batch at the same time, and a batch holds the messages of one partition: their order within the partition, and so per key, is lost, and when one fails the consumer either redelivers those that already succeeded or, if each resolves its own offset, commits past the failed one. Process the messages one after another, and raise `partitionsConsumedConcurrently` in the run options to work on several partitions in parallel.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    return visitKafka(context, {
      code(model) {
        for (const batch of batchHandlers(context, model.handlers, () => true)) {
          const seen = new Set<TSESTree.Node>();
          for (const fn of batch.functions) {
            for (const node of nodesIn(fn.body, true)) {
              if (node.type !== AST_NODE_TYPES.CallExpression || seen.has(node)) continue;
              seen.add(node);
              const combinator = combinatorOf(context, node);
              const concurrency = combinator && concurrencyOf(context, batch, node.arguments[0]);
              if (!combinator || !concurrency || isConcurrentDecoding(batch, node, combinator, concurrency)) continue;
              report({ loc: node.callee.loc, messageId: 'concurrentBatch', data: { combinator: `Promise.${combinator}` } });
            }
          }
        }
      },
    });
  },
});
