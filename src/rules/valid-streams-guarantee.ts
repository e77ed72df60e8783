import type { ConfigView } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'eosV1' | 'eosBeta' | 'useV2';

const KEY = 'processing.guarantee';
const V2 = 'exactly_once_v2';

/** The values Kafka Streams 3.0 deprecated and 4.0 removed (KIP-732, KAFKA-16331), with their message. */
const DEPRECATED: ReadonlyMap<string, 'eosV1' | 'eosBeta'> = new Map([
  ['exactly_once', 'eosV1'],
  ['exactly_once_beta', 'eosBeta'],
]);

/**
 * Views that can hold a Kafka Streams `processing.guarantee`: Streams views (a Streams properties
 * file, Spring `spring.kafka.streams.properties`), and Spring's common settings
 * (`spring.kafka.properties`), which Spring Boot also hands to the Streams configuration it builds.
 */
function mayConfigureStreams(view: ConfigView): boolean {
  return view.scope === 'client' && (view.role === 'streams' || (view.role === 'common' && view.dialect === 'spring'));
}

export default createRule<Options, MessageId>({
  name: 'valid-streams-guarantee',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Kafka Streams exactly-once processing to use `exactly_once_v2`, not the values removed in Kafka Streams 4.0',
      pitfall: 'duplication',
      recommended: 'recommended',
      appliesTo: ['config'],
    },
    hasSuggestions: true,
    messages: {
      eosV1:
        '`{{written}}` {{value}} is exactly-once version 1, deprecated since Kafka Streams 3.0 and removed in 4.0, where the application no longer starts (ConfigException). It gives every task its own transactional producer, so an instance opens as many producers and transactions as it has tasks, a load on brokers and the transaction coordinator that version 2 avoids with one producer per stream thread. Use exactly_once_v2 (Kafka Streams 3.0 or later, brokers 2.5 or later), switched with a rolling restart.',
      eosBeta:
        '`{{written}}` {{value}} is the old name of exactly-once version 2, deprecated since Kafka Streams 3.0 and removed in 4.0, where the application no longer starts (ConfigException). Write exactly_once_v2, the same processing mode (one transactional producer per stream thread, brokers 2.5 or later), which Kafka Streams 3.0 and later accept; a rolling restart switches it.',
      useV2: 'Set `{{written}}` to exactly_once_v2.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    return visitKafka(context, {
      view(view) {
        if (!mayConfigureStreams(view)) return;
        const entry = view.get(KEY);
        // Kafka's ConfigDef trims a string value and matches it exactly; other spellings are valid-config-value's job.
        if (!entry || typeof entry.value !== 'string') return;
        const value = entry.value.trim();
        const messageId = DEPRECATED.get(value);
        if (!messageId) return;
        const { formatValue } = entry;
        report({
          loc: entry.valueSpan.loc,
          messageId,
          data: { written: entry.written, value },
          // Not a fix: exactly_once_v2 needs Kafka Streams 3.0+ in the application and brokers 2.5+.
          suggest: formatValue
            ? [{ messageId: 'useV2', data: { written: entry.written }, fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, formatValue(V2)) }]
            : [],
        });
      },
    });
  },
});
