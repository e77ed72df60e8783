import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigEntry, ConfigScalar, ConfigView } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { booleanValue, numericValue } from '../util/values.js';
import { reportOncePerLocation, viewsOfFile, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId =
  | 'idempotenceLimit'
  | 'reorder'
  | 'reorderIdempotenceOff'
  | 'ignoreKeys'
  | 'useFive'
  | 'useOne'
  | 'limitInFlight'
  | 'keepKeys';

const IN_FLIGHT = 'max.in.flight.requests.per.connection';
/** The most in-flight requests an idempotent producer accepts (Java `ProducerConfig`, librdkafka `RD_KAFKA_IDEMP_MAX_INFLIGHT`). */
const IDEMPOTENT_MAX_IN_FLIGHT = 5;
/** Defaults when the setting is left out: Kafka 3.9 `ProducerConfig`, librdkafka CONFIGURATION.md. */
const DEFAULT_IN_FLIGHT = { java: 5, librdkafka: 1_000_000 } as const;

type CheckedClient = keyof typeof DEFAULT_IN_FLIGHT;

const STARTUP_FAILURE: Record<CheckedClient, string> = {
  java: 'the Java client throws a ConfigException when the producer is created',
  librdkafka: 'librdkafka fails to create the producer',
};
const DEFAULT_OWNER: Record<CheckedClient, string> = { java: "the Java client's default", librdkafka: "librdkafka's default" };

/** What a producer's settings say about its idempotence. */
type Idempotence =
  | { kind: 'on' }
  | { kind: 'off'; reason: string; entry?: ConfigEntry }
  | { kind: 'unknown' };

/** Whether `acks` is written as something other than all / -1, which a Java producer's default idempotence does not survive. */
function hasWeakAcks(view: ConfigView): boolean {
  const acks = view.get('acks');
  const value = acks?.value;
  return value !== undefined && value !== null && String(value).toLowerCase() !== 'all' && numericValue(value) !== -1;
}

/**
 * The producer's idempotence. Written `enable.idempotence` decides; a transactional id needs it
 * (librdkafka turns it on, Java fails without it). Left unset, librdkafka is not idempotent and Java
 * is, unless another setting switches Java's default off — which only a complete view can show.
 */
function idempotenceOf(view: ConfigView, client: CheckedClient, inFlight: number | undefined): Idempotence {
  const written = view.get('enable.idempotence');
  if (written) {
    const value = booleanValue(written.value);
    if (value === undefined) return { kind: 'unknown' };
    return value ? { kind: 'on' } : { kind: 'off', reason: `idempotence is off (\`${written.written}\` false)`, entry: written };
  }
  if (view.get('transactional.id')) return { kind: 'on' };
  if (client === 'librdkafka') return { kind: 'off', reason: "idempotence is off (librdkafka's default)" };
  if (!view.complete) return { kind: 'unknown' };
  if (inFlight !== undefined && inFlight > IDEMPOTENT_MAX_IN_FLIGHT) {
    return { kind: 'off', reason: 'a value above 5 makes the Java client switch its default idempotence off' };
  }
  if (hasWeakAcks(view)) return { kind: 'off', reason: "`acks` other than all makes the Java client switch its default idempotence off" };
  return { kind: 'on' };
}

/** Whether a failed request is retried: written retries above 0, or the client's default (always above 0). */
function retries(view: ConfigView): boolean {
  const entry = view.get('retries');
  if (!entry) return true;
  const value = numericValue(entry.value);
  return value !== undefined && value > 0;
}

/** Settings that decide whether a producer keeps order; shared settings that write them change the verdict. */
const ORDER_KEYS = ['enable.idempotence', 'transactional.id', IN_FLIGHT, 'retries', 'acks'];

/**
 * Whether settings shared by every client of the file (a Confluent `new Kafka({...})` with librdkafka
 * properties, Spring's `spring.kafka.properties`) may decide what this producer leaves unset: a
 * shared view that is incomplete, or that writes an ordering setting the producer does not.
 */
function mayInherit(view: ConfigView, views: readonly ConfigView[]): boolean {
  return views.some(
    (other) =>
      other.role === 'common' &&
      other.client === view.client &&
      (!other.complete || ORDER_KEYS.some((key) => other.get(key) !== undefined && view.get(key) === undefined)),
  );
}

/** The value to write in place of an entry's value: a string where the source wrote a string. */
function sameType(entry: ConfigEntry, value: number | boolean): ConfigScalar {
  return typeof entry.value === 'string' ? String(value) : value;
}

export default createRule<Options, MessageId>({
  name: 'safe-in-flight-requests',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require producer settings that keep each partition in order when a request is retried',
      pitfall: 'ordering',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      idempotenceLimit:
        '`{{written}}` {{value}} is above 5, the most an idempotent producer allows: {{failure}}. Use at most 5; the idempotent producer keeps each partition in order with up to 5 requests in flight.',
      reorder:
        '`{{written}}` {{value}} lets several produce requests per connection be in flight while {{reason}}: when one fails and is retried, a later batch may already be written, so the messages of a partition are stored out of order. Enable idempotence (it keeps order with up to 5 in flight), or set it to 1.',
      reorderIdempotenceOff:
        '`{{written}}` false turns idempotence off while up to {{inFlight}} produce requests per connection may be in flight ({{owner}}): when one fails and is retried, a later batch may already be written, so the messages of a partition are stored out of order. Remove it (idempotence keeps order with up to 5 in flight), or set `{{inFlightKey}}` to 1.',
      ignoreKeys:
        '`{{written}}` true makes the producer ignore message keys when it picks a partition (Kafka 3.3 and later): keyed messages are spread over partitions like key-less ones, so the messages of one key no longer reach consumers in order, topics joined on the key are no longer co-partitioned, and compaction keeps a latest value per partition rather than per key. Remove it, or set it to false, to keep key-based partitioning.',
      useFive: 'Set `{{written}}` to 5.',
      useOne: 'Set `{{written}}` to 1.',
      limitInFlight: 'Allow one request in flight per connection.',
      keepKeys: 'Set `{{written}}` to false.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);

    function replaceWith(entry: ConfigEntry, value: number | boolean, messageId: MessageId): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const { formatValue } = entry;
      if (!formatValue) return [];
      const text = formatValue(sameType(entry, value));
      return [{ messageId, data: { written: entry.written }, fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, text) }];
    }

    function insertion(view: ConfigView, key: string, value: ConfigScalar, messageId: MessageId): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const edit = view.insert?.(key, value);
      return edit ? [{ messageId, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [];
    }

    function checkInFlight(view: ConfigView, client: CheckedClient): void {
      const entry = view.get(IN_FLIGHT);
      const inFlight = numericValue(entry?.value);
      if (entry && inFlight === undefined) return; // computed at run time
      const idempotence = idempotenceOf(view, client, inFlight);
      if (idempotence.kind === 'unknown') return;
      if (idempotence.kind === 'on') {
        if (entry && inFlight !== undefined && inFlight > IDEMPOTENT_MAX_IN_FLIGHT) {
          report({
            loc: entry.valueSpan.loc,
            messageId: 'idempotenceLimit',
            data: { written: entry.written, value: inFlight, failure: STARTUP_FAILURE[client] },
            suggest: replaceWith(entry, IDEMPOTENT_MAX_IN_FLIGHT, 'useFive'),
          });
        }
        return;
      }
      if (!retries(view)) return; // nothing is retried, so nothing is reordered (no-zero-retries reports the 0)
      if (entry && inFlight !== undefined) {
        if (inFlight <= 1) return;
        report({
          loc: entry.valueSpan.loc,
          messageId: 'reorder',
          data: { written: entry.written, value: inFlight, reason: idempotence.reason },
          suggest: replaceWith(entry, 1, 'useOne'),
        });
        return;
      }
      if (idempotence.entry) {
        const inFlightKey = idempotence.entry.written === 'idempotent' ? 'maxInFlightRequests' : IN_FLIGHT;
        report({
          loc: idempotence.entry.valueSpan.loc,
          messageId: 'reorderIdempotenceOff',
          data: { written: idempotence.entry.written, inFlight: DEFAULT_IN_FLIGHT[client], owner: DEFAULT_OWNER[client], inFlightKey },
          suggest: insertion(view, IN_FLIGHT, 1, 'limitInFlight'),
        });
      }
      // A librdkafka producer that sets neither idempotence nor the in-flight limit is reported by
      // require-idempotent-producer, whose fix (idempotence) also keeps the order.
    }

    /** `partitioner.ignore.keys` only matters for the built-in partitioner: a `partitioner.class` decides by itself. */
    function checkIgnoreKeys(view: ConfigView): void {
      const entry = view.get('partitioner.ignore.keys');
      if (!entry || booleanValue(entry.value) !== true) return;
      const partitioner = view.get('partitioner.class');
      if (partitioner && String(partitioner.value ?? partitioner.text).trim() !== '') return;
      report({
        loc: entry.valueSpan.loc,
        messageId: 'ignoreKeys',
        data: { written: entry.written },
        suggest: replaceWith(entry, false, 'keepKeys'),
      });
    }

    return visitKafka(context, {
      view(view) {
        if (view.scope !== 'client' || view.client === 'kafkajs') return;
        if (view.client === 'java' && (view.role === 'producer' || view.role === 'common')) checkIgnoreKeys(view);
        if (view.role === 'producer' && !mayInherit(view, viewsOfFile(context))) checkInFlight(view, view.client);
      },
    });
  },
});
