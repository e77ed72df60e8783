import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { enclosingFunction } from '../code/ast.js';
import type { ClientCall } from '../code/index.js';
import { awaitFix, isDroppingForEach, PromiseTracer, schedulerName } from '../code/promises.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'unawaited' | 'voided' | 'discardedByForEach' | 'discardedByScheduler' | 'addAwait';

/** Producer and transaction methods whose promise carries the outcome of a write. */
const WRITE_METHODS = new Set(['send', 'sendBatch', 'sendOffsets', 'commit', 'abort']);
/** Sends that a later `flush()` waits for (Confluent client). */
const FLUSHED_METHODS = new Set(['send', 'sendBatch']);

function isWrite(call: ClientCall): boolean {
  return (call.kind === 'producer' || call.kind === 'transaction') && call.library !== 'node-rdkafka' && WRITE_METHODS.has(call.method);
}

/**
 * Whether a Confluent `flush()` waits for `send`: it comes later in the function that holds the send,
 * with only inline callbacks (`messages.forEach((m) => producer.send(m))`) in between.
 */
function isFlushedLater(send: TSESTree.CallExpression, flushes: readonly ClientCall[]): boolean {
  return flushes.some(({ node: flush }) => {
    if (flush.range[0] < send.range[1]) return false;
    const scope = enclosingFunction(flush);
    for (let fn = enclosingFunction(send); fn !== scope; fn = enclosingFunction(fn)) {
      if (!fn) return false;
      const holder = fn.parent;
      const isCallback = holder?.type === AST_NODE_TYPES.CallExpression && holder.arguments.includes(fn as TSESTree.CallExpressionArgument);
      if (!isCallback) return false;
    }
    return true;
  });
}

export default createRule<Options, MessageId>({
  name: 'no-unawaited-send',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the promises of producer sends and transaction calls to be awaited',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    hasSuggestions: true,
    messages: {
      unawaited:
        'Nothing waits for the promise of `{{method}}()`: the code moves on (and may disconnect or exit) before the broker answers, and a failed write becomes an unhandled rejection, so what it writes is lost without a trace. kafkajs has no flush: delivery is known only when this promise settles. Await it, return it, or collect it and `await Promise.all(…)` (with the Confluent client, `await producer.flush()` after the sends).',
      voided:
        '`void` throws away the promise of `{{method}}()` and with it the only report of a failed write: the code moves on (and may disconnect or exit) before the broker answers, and a failure is lost without a trace. Await it, or return it to a caller that does.',
      discardedByForEach:
        '`forEach` ignores the promises its callback returns, so nothing waits for `{{method}}()`: the code after the loop runs (and may disconnect or exit) before the broker answers, and a failed write becomes an unhandled rejection, losing the message. Use `for … of` with `await`, or `await Promise.all(items.map(…))`.',
      discardedByScheduler:
        '`{{caller}}` ignores what its callback returns, so nothing waits for `{{method}}()`: a failed write becomes an unhandled rejection and the message is lost. Handle the failure inside the callback: `await` the call in a `try`/`catch`, or chain `.catch(…)`.',
      addAwait: 'Await `{{method}}()`.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    return visitKafka(context, {
      code(model) {
        const tracer = new PromiseTracer(context, {
          rejectionHandlersSettle: true,
          tryCatchHandles: true,
          discardingCaller: (call, fn) => (isDroppingForEach(call, fn) ? 'forEach' : schedulerName(context, call, fn)),
        });
        const flushes = model.calls.filter(
          (call) => call.method === 'flush' && call.library === 'confluent' && (call.kind === 'producer' || call.kind === 'transaction'),
        );
        for (const call of model.calls) {
          if (!isWrite(call)) continue;
          const fate = tracer.fateOf(call.node);
          if (fate.kind === 'handled') continue;
          if (call.library === 'confluent' && FLUSHED_METHODS.has(call.method) && isFlushedLater(call.node, flushes)) continue;
          const callee = call.node.callee;
          const loc = { start: call.node.loc.start, end: callee.loc.end };
          const data = { method: call.method };
          if (fate.kind === 'discarded') {
            report({
              loc,
              messageId: fate.caller === 'forEach' ? 'discardedByForEach' : 'discardedByScheduler',
              data: { ...data, caller: fate.caller },
            });
            continue;
          }
          const fix = awaitFix(fate);
          report({
            loc,
            messageId: fate.kind === 'voided' ? 'voided' : 'unawaited',
            data,
            suggest: fix ? [{ messageId: 'addAwait', data, fix }] : [],
          });
        }
      },
    });
  },
});
