import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { enclosingFunction, isFunctionNode, nodesIn, skipTransparent } from '../code/ast.js';
import { resolveFunctions } from '../code/index.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';
import { batchHandlers, contains, loopHeadLoc, type BatchHandler, type MessageLoop } from '../code/batch-payload.js';

export type Options = [];
export type MessageId = 'missingHeartbeat';

/** Whether the loop's body waits for something other than the payload's own bookkeeping, once per message. */
function awaitsWork(batch: BatchHandler, loop: MessageLoop): boolean {
  for (const node of nodesIn(loop.body, false)) {
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) return true;
    if (node.type !== AST_NODE_TYPES.AwaitExpression) continue;
    const awaited = skipTransparent(node.argument);
    if (awaited.type === AST_NODE_TYPES.CallExpression && batch.calledFunction(awaited) !== undefined) continue;
    return true;
  }
  return false;
}

/** `process(message, heartbeat)` where `process` is one of the functions the analysis already follows. */
function isHandedToFollowedFunction(context: Parameters<typeof resolveFunctions>[0], batch: BatchHandler, read: TSESTree.Node): boolean {
  const call = read.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(read as TSESTree.Expression)) return false;
  const targets = resolveFunctions(context, call.callee);
  return targets.length > 0 && targets.every((target) => isFunctionNode(target) && batch.functions.includes(target));
}

/**
 * A heartbeat that can run while the loop works: called from a callback (`setInterval(() => heartbeat(), …)`),
 * or handed to code the analysis cannot see (`withHeartbeats(heartbeat, …)`).
 */
function isBackgroundHeartbeat(context: Parameters<typeof resolveFunctions>[0], batch: BatchHandler, read: TSESTree.Node): boolean {
  const fn = enclosingFunction(read);
  if (!fn || !batch.functions.includes(fn)) return true;
  const parent = read.parent;
  const isCalled = parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === read;
  return !isCalled && !isHandedToFollowedFunction(context, batch, read);
}

export default createRule<Options, MessageId>({
  name: 'require-batch-heartbeat',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `heartbeat()` in `eachBatch` loops that await work for each message',
      pitfall: 'rebalance',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      missingHeartbeat:
        'This loop awaits work for each message of the batch without calling `heartbeat()`: kafkajs only heartbeats between batches, so a batch that takes longer than `sessionTimeout` gets the consumer evicted from its group, the group rebalances and the batch is redelivered to a member that can time out the same way. Call `await heartbeat()` after each message (it only sends a request once `heartbeatInterval` has passed).',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    return visitKafka(context, {
      code(model) {
        // The Confluent client heartbeats from a background thread; its `heartbeat()` does nothing.
        for (const batch of batchHandlers(context, model.handlers, (site) => site.library !== 'confluent')) {
          const reads = batch.readsOf('heartbeat');
          if (reads.some((read) => !batch.loopAround(read) && isBackgroundHeartbeat(context, batch, read))) continue;
          const mayHeartbeat = [...reads, ...batch.payloadArguments()];
          for (const loop of batch.messageLoops()) {
            if (!awaitsWork(batch, loop) || mayHeartbeat.some((read) => contains(loop.body, read))) continue;
            report({ loc: loopHeadLoc(context.sourceCode, loop), messageId: 'missingHeartbeat' });
          }
        }
      },
    });
  },
});
