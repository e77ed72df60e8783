import type { ConfigEntry, ConfigView } from '../core/config-view.js';
import { brokerCount, readKafkaSettings } from '../core/settings.js';
import { createRule } from '../util/create-rule.js';
import { numericValue } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [{ minimum?: number }];
export type MessageId = 'lowReplication';

/** Replication settings by role. Brokers set the defaults of new and internal topics. */
const REPLICATION_KEYS: Partial<Record<ConfigView['role'], readonly string[]>> = {
  topic: ['replication.factor'],
  streams: ['replication.factor'],
  broker: ['default.replication.factor', 'offsets.topic.replication.factor', 'transaction.state.log.replication.factor'],
};

/** What each setting replicates, for messages. */
const REPLICATED: Record<string, string> = {
  'replication.factor': 'this topic',
  'default.replication.factor': 'every topic created without an explicit replication factor',
  'offsets.topic.replication.factor': 'the consumer offsets topic',
  'transaction.state.log.replication.factor': 'the transaction state log',
};

export default createRule<Options, MessageId>({
  name: 'require-replication',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require topics to be replicated to at least two brokers',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    messages: {
      lowReplication:
        '`{{written}}` {{value}} keeps {{what}} {{copies}}: when a broker holding it fails, acknowledged messages can be gone, and its partitions are unavailable until it returns. Use at least {{minimum}} (3 with `min.insync.replicas` 2 is the usual choice).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minimum: { type: 'integer', minimum: 1, description: 'The least replication factor accepted (default: 2).' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minimum: 2 }],
  },
  create(context, [options]) {
    const report = reportOncePerLocation(context);
    const minimum = options.minimum ?? 2;
    const settings = readKafkaSettings(context.settings);

    /** One broker cannot hold replicas: a single-broker setup is a deliberate development cluster. */
    function isSingleBroker(view: ConfigView): boolean {
      return brokerCount(view, settings) === 1;
    }

    function isTooLow(entry: ConfigEntry): boolean {
      const factor = numericValue(entry.value);
      // -1 asks the broker for its default; 0 and negatives are invalid values, another rule's concern.
      return factor !== undefined && factor >= 1 && factor < minimum;
    }

    return visitKafka(context, {
      view(view) {
        const keys = REPLICATION_KEYS[view.role];
        if (!keys || isSingleBroker(view)) return;
        for (const key of keys) {
          const entry = view.get(key);
          if (!entry || !isTooLow(entry)) continue;
          report({
            loc: entry.valueSpan.loc,
            messageId: 'lowReplication',
            data: {
              written: entry.written,
              value: entry.text,
              what: REPLICATED[key] ?? 'the topic',
              copies: numericValue(entry.value) === 1 ? 'on a single broker' : `on only ${entry.text} brokers`,
              minimum,
            },
          });
        }
      },
    });
  },
});
