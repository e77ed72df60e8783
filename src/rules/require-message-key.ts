import { createRule } from '../util/create-rule.js';
import { visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'missingKey' | 'missingNestKey';

export default createRule<Options, MessageId>({
  name: 'require-message-key',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require messages to carry a key, so that related messages stay in order',
      pitfall: 'ordering',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      missingKey:
        'This message has no key: the partitioner spreads unkeyed messages over all partitions, so two messages about the same entity can be consumed out of order. Set `key` to the id whose order matters, or write `key: null` where order does not matter.',
      missingNestKey:
        'This payload has no `key`: NestJS sends it unkeyed, so messages about the same entity can land on different partitions and be consumed out of order. Emit `{ key, value }` with the id whose order matters, or `{ key: null, value }` where order does not matter.',
    },
    schema: [],
  },
  create(context) {
    return visitKafka(context, {
      code(model) {
        for (const message of model.messages) {
          // An explicit partition decides where the message goes: a key would change nothing.
          if (message.key || message.partition || !message.complete) continue;
          context.report({ node: message.node, messageId: message.library === 'nestjs' ? 'missingNestKey' : 'missingKey' });
        }
      },
    });
  },
});
