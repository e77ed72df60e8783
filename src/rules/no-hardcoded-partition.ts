import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { evaluate, isConstantExpression } from '../code/evaluate.js';
import type { MessageSite } from '../code/model.js';
import { createRule } from '../util/create-rule.js';
import { visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'hardcodedPartition' | 'hardcodedProducePartition';

/** The partition a node always evaluates to: a non-negative integer known without running the code. */
function constantPartition(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined {
  const scope = sourceCode.getScope(node);
  if (!isConstantExpression(node, scope)) return undefined;
  const value = evaluate(node, scope)?.value;
  // null, undefined and -1 ask the partitioner to choose (kafkajs, the Confluent client, node-rdkafka).
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The value of a message's `partition` property, when it is a plain value (not a getter or method). */
function partitionValue(message: MessageSite): TSESTree.Node | undefined {
  const property = message.partition;
  return property && property.kind === 'init' && !property.method ? property.value : undefined;
}

export default createRule<Options, MessageId>({
  name: 'no-hardcoded-partition',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending every message of a send to one hard-coded partition',
      pitfall: 'skew',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      hardcodedPartition:
        'Every message sent here goes to partition {{partition}}: the explicit partition bypasses the partitioner, so that one partition, and the one consumer that owns it, takes the whole load while the other partitions sit idle. Leave `partition` out and let the key choose the partition (or use `key: null` to spread messages).',
      hardcodedProducePartition:
        'Every message produced here goes to partition {{partition}}: the explicit partition bypasses the partitioner, so that one partition, and the one consumer that owns it, takes the whole load while the other partitions sit idle. Pass `null` (or -1) to let the partitioner choose from the key.',
    },
    schema: [],
  },
  create(context) {
    return visitKafka(context, {
      code(model) {
        // Messages of one send, by the constant partition each is given.
        const bySend = new Map<TSESTree.CallExpression, { node: TSESTree.Node; partition: number }[]>();
        for (const message of model.messages) {
          // NestJS serializes `emit` payloads itself; what it does with `partition` is not this rule's business.
          if (message.library === 'nestjs') continue;
          const node = partitionValue(message);
          const partition = node && constantPartition(node, context.sourceCode);
          if (!node || partition === undefined) continue;
          const list = bySend.get(message.call) ?? [];
          list.push({ node, partition });
          bySend.set(message.call, list);
        }
        // A message object shared by several sends is reported once.
        const reported = new Set<TSESTree.Node>();
        for (const found of bySend.values()) {
          // One message per partition (`[{ partition: 0, ... }, { partition: 1, ... }]`) addresses partitions on purpose.
          if (new Set(found.map((item) => item.partition)).size > 1) continue;
          for (const { node, partition } of found) {
            if (reported.has(node)) continue;
            reported.add(node);
            context.report({ node, messageId: 'hardcodedPartition', data: { partition } });
          }
        }
        // node-rdkafka `producer.produce(topic, partition, value, key, ...)`.
        for (const call of model.calls) {
          if (call.kind !== 'producer' || call.method !== 'produce') continue;
          const node = call.node.arguments[1];
          const partition = node && node.type !== 'SpreadElement' ? constantPartition(node, context.sourceCode) : undefined;
          if (!node || partition === undefined) continue;
          context.report({ node, messageId: 'hardcodedProducePartition', data: { partition } });
        }
      },
    });
  },
});
