import type { TSESTree } from '@typescript-eslint/utils';

import { evaluate, isConstantExpression } from '../code/evaluate.js';
import { createRule } from '../util/create-rule.js';
import { visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'constantKey' | 'emptyKey';

/** `null` and `undefined` keys are not constant keys: the partitioner spreads them round-robin. */
function isNullishKey(node: TSESTree.Node, evaluated: { value: unknown } | undefined): boolean {
  if (node.type === 'Identifier' && node.name === 'undefined') return true;
  return evaluated !== undefined && (evaluated.value === null || evaluated.value === undefined);
}

function describeKey(value: unknown, node: TSESTree.Node, text: string): string {
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value);
  return node.type === 'Literal' ? text : `\`${text}\``;
}

export default createRule<Options, MessageId>({
  name: 'no-constant-message-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow message keys that are the same for every message',
      pitfall: 'skew',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      constantKey:
        'Every message gets the key {{key}}: the partitioner hashes it to one and the same partition, so one partition (and one consumer) takes all the load. Key by the entity whose order matters (an order or customer id), or use `key: null` to spread messages.',
      emptyKey:
        'The empty string is a key like any other: every message hashes to one and the same partition, so one consumer takes all the load. Key by the entity whose order matters, or use `key: null` to spread messages.',
    },
    schema: [],
  },
  create(context) {
    return visitKafka(context, {
      code(model) {
        for (const message of model.messages) {
          const keyNode = message.key?.value;
          // With an explicit partition the key does not pick the partition, so it cannot skew.
          if (!keyNode || message.partition) continue;
          const scope = context.sourceCode.getScope(keyNode);
          if (!isConstantExpression(keyNode as TSESTree.Expression, scope)) continue;
          const evaluated = evaluate(keyNode as TSESTree.Expression, scope);
          if (isNullishKey(keyNode, evaluated)) continue;
          const value = evaluated?.value;
          if (value === '') {
            context.report({ node: keyNode, messageId: 'emptyKey' });
            continue;
          }
          context.report({
            node: keyNode,
            messageId: 'constantKey',
            data: { key: describeKey(value, keyNode, context.sourceCode.getText(keyNode)) },
          });
        }
      },
    });
  },
});
