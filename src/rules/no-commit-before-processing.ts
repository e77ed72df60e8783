import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { isFunctionNode, memberName, nodesIn, skipTransparent } from '../code/ast.js';
import { createRule } from '../util/create-rule.js';
import { visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'commitBeforeWork';

/** Calls that mark messages as consumed (kafkajs and the Confluent client share the names). */
const COMMIT_METHODS = new Set(['commitOffsets', 'resolveOffset', 'commitOffsetsIfNecessary', 'sendOffsets']);

/** Awaited calls that are offset or group bookkeeping, not work on the message. */
const BOOKKEEPING_METHODS = new Set([...COMMIT_METHODS, 'heartbeat', 'pause', 'resume', 'uncommittedOffsets']);

/** Offsets sent in a transaction take effect when it commits, together with its sends. */
const TRANSACTION_METHODS = new Set(['transaction', 'send', 'sendBatch', 'commit', 'abort']);

type Statement = TSESTree.Statement;

/** `resolveOffset` for `resolveOffset(…)`, `payload.resolveOffset(…)` and `this.consumer?.commitOffsets(…)`. */
function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
}

function isTerminator(statement: Statement): boolean {
  return (
    statement.type === AST_NODE_TYPES.ReturnStatement ||
    statement.type === AST_NODE_TYPES.ThrowStatement ||
    statement.type === AST_NODE_TYPES.ContinueStatement ||
    statement.type === AST_NODE_TYPES.BreakStatement
  );
}

/** The statements of a block-like node, in order. */
function statementsOf(node: TSESTree.Node): readonly Statement[] | undefined {
  if (node.type === AST_NODE_TYPES.BlockStatement || node.type === AST_NODE_TYPES.Program) return node.body as Statement[];
  if (node.type === AST_NODE_TYPES.SwitchCase) return node.consequent;
  return undefined;
}

/** Awaited pauses that do no work on a message: `sleep(ms)`, `delay(ms)`, timers/promises `setTimeout(ms)`. */
const DELAY_FUNCTIONS = new Set(['sleep', 'delay', 'setTimeout']);

/** `new Promise((resolve) => setTimeout(resolve, ms))` or a call of a delay function: a pause, not work. */
function isDelay(awaited: TSESTree.Node): boolean {
  if (awaited.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(awaited);
    return name !== undefined && DELAY_FUNCTIONS.has(name);
  }
  if (awaited.type !== AST_NODE_TYPES.NewExpression || skipTransparent(awaited.callee).type !== AST_NODE_TYPES.Identifier) return false;
  const [executor] = awaited.arguments;
  if (!executor || !isFunctionNode(executor)) return false;
  const body = executor.body;
  const only = body.type === AST_NODE_TYPES.BlockStatement ? (body.body.length === 1 ? body.body[0] : undefined) : body;
  const expression = only?.type === AST_NODE_TYPES.ExpressionStatement ? only.expression : only;
  return expression?.type === AST_NODE_TYPES.CallExpression && calleeName(expression) === 'setTimeout';
}

/** The first awaited (or returned) piece of work in `statement`, if any. */
function findWork(statement: Statement, bookkeeping: ReadonlySet<string>): TSESTree.Node | undefined {
  for (const node of nodesIn(statement, false)) {
    const awaited =
      node.type === AST_NODE_TYPES.AwaitExpression
        ? node.argument
        : node.type === AST_NODE_TYPES.ReturnStatement
          ? node.argument
          : undefined;
    if (!awaited) {
      if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) return node;
      continue;
    }
    if (isDelay(awaited)) continue;
    if (awaited.type === AST_NODE_TYPES.CallExpression) {
      const name = calleeName(awaited);
      if (name !== undefined && bookkeeping.has(name)) continue;
      return node;
    }
    if (node.type === AST_NODE_TYPES.AwaitExpression) return node;
  }
  return undefined;
}

/** The statement that holds `node` directly inside a block, switch case or program. */
function enclosingStatement(node: TSESTree.Node): Statement | undefined {
  let current: TSESTree.Node = node;
  while (current.parent) {
    if (isFunctionNode(current.parent)) return undefined;
    if (statementsOf(current.parent)) return current as Statement;
    current = current.parent;
  }
  return undefined;
}

/**
 * The first work awaited after `call` on the same path through its function: later statements of its
 * block, then of the enclosing blocks. The search stops where the block ends the path (`continue`,
 * `return`), or where the block awaited work before the commit: the commit then closes that work.
 */
function findWorkAfter(call: TSESTree.CallExpression, bookkeeping: ReadonlySet<string>): TSESTree.Node | undefined {
  let statement = enclosingStatement(call);
  while (statement?.parent) {
    const siblings = statementsOf(statement.parent)!;
    const index = siblings.indexOf(statement);
    for (const sibling of siblings.slice(index + 1)) {
      const work = findWork(sibling, bookkeeping);
      if (work) return work;
      if (isTerminator(sibling)) return undefined;
    }
    if (siblings.slice(0, index).some((earlier) => findWork(earlier, bookkeeping))) return undefined;
    statement = enclosingStatement(statement.parent);
  }
  return undefined;
}

export default createRule<Options, MessageId>({
  name: 'no-commit-before-processing',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow committing or resolving a message\'s offset before the work on it is done',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      commitBeforeWork:
        '`{{call}}()` marks the message as consumed before the work awaited on line {{line}} is done: if that work fails or the process stops, the committed offset already points past the message and it is never processed. Commit after the work succeeds.',
    },
    schema: [],
  },
  create(context) {
    return visitKafka(context, {
      code(model) {
        const seen = new Set<TSESTree.Node>();
        for (const handler of model.handlers) {
          if (seen.has(handler.fn)) continue;
          seen.add(handler.fn);
          if (!handler.fn.body) continue;
          // Commits inside callbacks of the handler are checked too, each against its own function's path.
          for (const node of nodesIn(handler.fn.body, true)) {
            if (node.type !== AST_NODE_TYPES.CallExpression) continue;
            const name = calleeName(node);
            if (name === undefined || !COMMIT_METHODS.has(name)) continue;
            const bookkeeping =
              name === 'sendOffsets' ? new Set([...BOOKKEEPING_METHODS, ...TRANSACTION_METHODS]) : BOOKKEEPING_METHODS;
            const work = findWorkAfter(node, bookkeeping);
            if (!work) continue;
            context.report({ node, messageId: 'commitBeforeWork', data: { call: name, line: work.loc.start.line } });
          }
        }
      },
    });
  },
});
