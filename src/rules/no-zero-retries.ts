import type { Client, ConfigEntry, ConfigView } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { booleanValue, numericValue } from '../util/values.js';
import { reportOncePerLocation, viewsOfFile, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'zeroRetries' | 'zeroRetriesShared' | 'idempotentWithoutRetries';

/** How each client refuses an idempotent producer without retries (research: kafkajs-api.md §2 P1, kafka-config-notes.md §1, §5). */
const STARTUP_FAILURE: Record<Client, string> = {
  kafkajs: "kafkajs throws 'Idempotent producer must allow retries to protect against transient errors' when the producer is created",
  java: 'the Java client throws a ConfigException when the producer is created',
  librdkafka: 'librdkafka fails to create the producer (`retries` must be at least 1 with idempotence)',
};

/**
 * Whether the producer is idempotent by an explicit setting, so that the client validates its
 * retries. A transactional id makes librdkafka and Java producers idempotent too; kafkajs only
 * `idempotent: true`. A default idempotence is not counted: Java switches it off silently when
 * `retries` is 0 (`require-idempotent-producer` reports that).
 */
function isExplicitlyIdempotent(view: ConfigView): boolean {
  const idempotence = view.get('enable.idempotence');
  if (idempotence) return booleanValue(idempotence.value) === true;
  return view.client !== 'kafkajs' && view.get('transactional.id') !== undefined;
}

function zeroRetries(view: ConfigView): ConfigEntry | undefined {
  const retries = view.get('retries');
  return retries && numericValue(retries.value) === 0 ? retries : undefined;
}

/**
 * Whether shared settings reach no producer: the file shows the producers of that client, and each
 * writes its own `retries` (Spring's `spring.kafka.producer.retries` over `spring.kafka.properties.retries`).
 */
function overriddenByEveryProducer(shared: ConfigView, views: readonly ConfigView[]): boolean {
  const producers = views.filter((view) => view.role === 'producer' && view.scope === 'client' && view.client === shared.client);
  return producers.length > 0 && producers.every((producer) => producer.entries.some((entry) => entry.key === 'retries'));
}

export default createRule<Options, MessageId>({
  name: 'no-zero-retries',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow producers that never retry a failed send (`retries` = 0)',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    messages: {
      zeroRetries:
        '`{{written}}` 0 makes the producer give up on the first transient error (a leader change, a request timeout, a broker restart): the send fails, and the message is lost unless the application retries it itself. Remove it to keep the client\'s default retries, or use a positive number.',
      zeroRetriesShared:
        '`{{written}}` 0 applies to every producer created from these settings: each gives up on the first transient error (a leader change, a request timeout, a broker restart), and the message is lost unless the application retries it itself. Remove it to keep the client\'s default retries, or use a positive number.',
      idempotentWithoutRetries:
        '`{{written}}` 0 on an idempotent producer: {{failure}}, and without retries any transient error would fail the send and lose the message. Remove it to keep the client\'s default retries, or use a positive number.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    return visitKafka(context, {
      view(view) {
        if (view.scope !== 'client' || (view.role !== 'producer' && view.role !== 'common')) return;
        const retries = zeroRetries(view);
        if (!retries) return;
        if (view.role === 'common') {
          if (overriddenByEveryProducer(view, viewsOfFile(context))) return;
          report({ loc: retries.valueSpan.loc, messageId: 'zeroRetriesShared', data: { written: retries.written } });
        } else if (isExplicitlyIdempotent(view)) {
          report({
            loc: retries.valueSpan.loc,
            messageId: 'idempotentWithoutRetries',
            data: { written: retries.written, failure: STARTUP_FAILURE[view.client] },
          });
        } else {
          report({ loc: retries.valueSpan.loc, messageId: 'zeroRetries', data: { written: retries.written } });
        }
      },
    });
  },
});
