import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigEntry, ConfigScalar, ConfigView } from '../core/config-view.js';
import { lookupKafkaKey, STREAMS_CLIENT_DEFAULTS } from '../config-lint/catalog/index.js';
import { createRule } from '../util/create-rule.js';
import { numericValue } from '../util/values.js';
import { isStreamsClientView, reportOncePerLocation, viewsOfFile, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'belowLingerPlusRequest' | 'timeoutNotAboveLinger' | 'lingerNotBelowTimeout' | 'raiseDeliveryTimeout';

const DELIVERY = 'delivery.timeout.ms';
const LINGER = 'linger.ms';
const REQUEST = 'request.timeout.ms';
/** librdkafka's own name for the delivery timeout; Confluent and node-rdkafka code keep it as written. */
const MESSAGE_TIMEOUT = 'message.timeout.ms';
const INT_MAX = 2_147_483_647;

/**
 * The `linger.ms` a Java producer uses when it is left unset: 0 up to Kafka 3.9, 5 from Kafka 4.0
 * (KIP-1030). The lower value is the one every version's check is at least as strict as, so a
 * finding made with it holds whatever the client version.
 */
const JAVA_LINGER_WHEN_UNSET = 0;
/** Kafka 3.9 `ProducerConfig`; the same 30000 ms in every version that has `delivery.timeout.ms` (2.1+). */
const JAVA_REQUEST_TIMEOUT_DEFAULT = Number(lookupKafkaKey('producer', REQUEST)?.default ?? 30_000);
/** Kafka Streams gives its producers `linger.ms` 100 unless the application sets it (`PRODUCER_DEFAULT_OVERRIDES`). */
const STREAMS_LINGER_DEFAULT = STREAMS_CLIENT_DEFAULTS.producer[LINGER];

/** librdkafka 2.x defaults (CONFIGURATION.md): `message.timeout.ms` 300000, `transaction.timeout.ms` 60000. */
const LIBRDKAFKA_MESSAGE_TIMEOUT_DEFAULT = 300_000;
const LIBRDKAFKA_TRANSACTION_TIMEOUT_DEFAULT = 60_000;

/** Dialects whose `common` view is what a Java producer receives when the file has no producer section. */
const JAVA_COMMON_DIALECTS = new Set(['java-properties', 'spring']);
/**
 * Keys of a Kafka Connect worker file: its producers only receive `producer.`-prefixed settings, so
 * an unprefixed `delivery.timeout.ms` there configures no producer.
 */
const CONNECT_WORKER_KEYS = ['key.converter', 'value.converter', 'offset.storage.topic', 'config.storage.topic', 'status.storage.topic', 'plugin.path'];

/** A setting as the client reads it: its entry (when written) and its number, with how the message shows it. */
interface Setting {
  entry: ConfigEntry | undefined;
  ms: number;
  /** `100`, or `0 (default)`. */
  shown: string;
}

/** A non-negative number written in an entry; `undefined` for anything else (computed, invalid). */
function msOf(entry: ConfigEntry): number | undefined {
  const value = numericValue(entry.value);
  return value !== undefined && value >= 0 ? value : undefined;
}

/** A setting read from a view, or its default; `undefined` when it is written but not a usable number. */
function settingOf(view: ConfigView, key: string, fallback: number): Setting | undefined {
  const entry = view.get(key);
  if (!entry) return { entry, ms: fallback, shown: `${fallback} (default)` };
  const ms = msOf(entry);
  return ms === undefined ? undefined : { entry, ms, shown: String(ms) };
}

/** The value to write in place of an entry's value: a string where the source wrote a string. */
function sameType(entry: ConfigEntry, value: number): ConfigScalar {
  return typeof entry.value === 'string' ? String(value) : value;
}

/** The entry written last of several, by its place in the source. */
function lastWritten(entries: readonly (ConfigEntry | undefined)[]): ConfigEntry | undefined {
  let last: ConfigEntry | undefined;
  for (const entry of entries) if (entry && (!last || entry.keySpan.range[0] >= last.keySpan.range[0])) last = entry;
  return last;
}

/** Keys that decide the librdkafka check; a shared view that writes one (or may) decides for the producer too. */
const LIBRDKAFKA_KEYS = [DELIVERY, MESSAGE_TIMEOUT, LINGER, 'transactional.id', 'transaction.timeout.ms'];

export default createRule<Options, MessageId>({
  name: 'valid-delivery-timeout',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the producer delivery timeout to leave room for lingering and one request',
      pitfall: 'config',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      belowLingerPlusRequest:
        '`{{written}}` {{value}} is below `linger.ms` + `request.timeout.ms` ({{linger}} + {{request}} = {{sum}}): a record could expire before its batch has waited out linger.ms and had one request answered, so the Java producer refuses the setting and throws a ConfigException when it is created. Set `{{written}}` to at least {{sum}}, or lower `linger.ms` or `request.timeout.ms`.',
      timeoutNotAboveLinger:
        '`{{written}}` {{value}} is not above `{{lingerWritten}}` {{linger}}: a message could time out while it still waits for its batch, so librdkafka rejects the configuration ("`message.timeout.ms` must be greater than `linger.ms`") and the producer is not created. Set `{{written}}` above {{linger}} (0 means no timeout), or lower `{{lingerWritten}}`.',
      lingerNotBelowTimeout:
        '`{{written}}` {{value}} is not below the message timeout, {{timeout}}: a message could time out while it still waits for its batch, so librdkafka rejects the configuration ("`message.timeout.ms` must be greater than `linger.ms`"), when the producer or its first topic is created. Lower `{{written}}`, or set `message.timeout.ms` above it.',
      raiseDeliveryTimeout: 'Set `{{written}}` to {{sum}}.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);

    function suggestSum(entry: ConfigEntry, sum: number): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const { formatValue } = entry;
      if (!formatValue) return [];
      const text = formatValue(sameType(entry, sum));
      return [{ messageId: 'raiseDeliveryTimeout', data: { written: entry.written, sum }, fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, text) }];
    }

    /**
     * Java (`KafkaProducer.configureDeliveryTimeout`): an explicit `delivery.timeout.ms` below
     * `linger.ms` + `request.timeout.ms` is a ConfigException; an unset one is raised with a warning.
     */
    function checkJava(view: ConfigView, views: readonly ConfigView[]): void {
      const delivery = view.get(DELIVERY);
      if (!delivery) return;
      const deliveryMs = msOf(delivery);
      if (deliveryMs === undefined) return;
      const streams = isStreamsClientView(view, views);
      // A setting the view cannot see may be lower than the default: only Streams' own defaults are known.
      if (!view.complete && !streams && !view.get(REQUEST)) return;
      const linger = settingOf(view, LINGER, streams ? STREAMS_LINGER_DEFAULT : JAVA_LINGER_WHEN_UNSET);
      const request = settingOf(view, REQUEST, JAVA_REQUEST_TIMEOUT_DEFAULT);
      if (!linger || !request) return;
      const sum = Math.min(Math.min(linger.ms, INT_MAX) + request.ms, INT_MAX);
      if (deliveryMs >= sum) return;
      report({
        loc: delivery.valueSpan.loc,
        messageId: 'belowLingerPlusRequest',
        data: { written: delivery.written, value: deliveryMs, linger: linger.shown, request: request.shown, sum },
        suggest: suggestSum(delivery, Math.ceil(sum)),
      });
    }

    /**
     * librdkafka (`rd_kafka_conf_finalize`, `rd_kafka_topic_conf_finalize`): a non-zero
     * `message.timeout.ms` at or below an explicitly set `linger.ms` is a configuration error. With
     * `linger.ms` unset librdkafka lowers it instead; with a `transactional.id` an unset message
     * timeout is the transaction timeout.
     */
    function checkLibrdkafka(view: ConfigView): void {
      const lingerEntry = view.get(LINGER);
      if (!lingerEntry) return;
      const lingerMs = msOf(lingerEntry);
      if (lingerMs === undefined) return;
      const timeoutEntry = lastWritten([view.get(DELIVERY), view.get(MESSAGE_TIMEOUT)]);
      if (timeoutEntry) {
        const timeoutMs = msOf(timeoutEntry);
        if (timeoutMs === undefined || timeoutMs === 0 || timeoutMs > lingerMs) return;
        report({
          loc: timeoutEntry.valueSpan.loc,
          messageId: 'timeoutNotAboveLinger',
          data: { written: timeoutEntry.written, value: timeoutMs, lingerWritten: lingerEntry.written, linger: lingerMs },
        });
        return;
      }
      if (!view.complete) return;
      const timeout = defaultMessageTimeout(view);
      if (!timeout || lingerMs < timeout.ms) return;
      report({
        loc: lingerEntry.valueSpan.loc,
        messageId: 'lingerNotBelowTimeout',
        data: { written: lingerEntry.written, value: lingerMs, timeout: timeout.shown },
      });
    }

    /** The message timeout of a librdkafka producer that does not set one. */
    function defaultMessageTimeout(view: ConfigView): { ms: number; shown: string } | undefined {
      const transactional = view.get('transactional.id');
      if (!transactional) return { ms: LIBRDKAFKA_MESSAGE_TIMEOUT_DEFAULT, shown: `librdkafka's default of ${LIBRDKAFKA_MESSAGE_TIMEOUT_DEFAULT}` };
      const transactionTimeout = view.get('transaction.timeout.ms');
      if (!transactionTimeout) {
        return {
          ms: LIBRDKAFKA_TRANSACTION_TIMEOUT_DEFAULT,
          shown: `${LIBRDKAFKA_TRANSACTION_TIMEOUT_DEFAULT}, the default \`transaction.timeout.ms\` a transactional producer uses for it`,
        };
      }
      const ms = msOf(transactionTimeout);
      return ms === undefined ? undefined : { ms, shown: `${ms}, the \`${transactionTimeout.written}\` a transactional producer uses for it` };
    }

    /** Whether a shared librdkafka view of the file (a Confluent `new Kafka({...})`) may decide what this producer leaves unset. */
    function mayInherit(view: ConfigView, views: readonly ConfigView[]): boolean {
      return views.some(
        (other) =>
          other !== view &&
          other.role === 'common' &&
          other.client === view.client &&
          (!other.complete || LIBRDKAFKA_KEYS.some((key) => other.get(key) !== undefined && view.get(key) === undefined)),
      );
    }

    return visitKafka(context, {
      view(view) {
        if (view.scope !== 'client') return;
        const views = viewsOfFile(context);
        if (view.client === 'java') {
          if (view.role === 'producer') checkJava(view, views);
          else if (view.role === 'common' && JAVA_COMMON_DIALECTS.has(view.dialect)) {
            // A producer section receives these settings too, and is checked with its own overrides.
            const producers = views.some((other) => other.role === 'producer' && other.dialect === view.dialect);
            const connectWorker = CONNECT_WORKER_KEYS.some((key) => view.get(key) !== undefined);
            if (!producers && !connectWorker) checkJava(view, views);
          }
        } else if (view.client === 'librdkafka' && view.role === 'producer' && !mayInherit(view, views)) {
          checkLibrdkafka(view);
        }
      },
    });
  },
});
