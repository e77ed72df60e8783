import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigEntry, ConfigScalar, ConfigView } from '../core/config-view.js';
import { CONNECT_FILE_MARKERS } from '../config-lint/dialects/connect-properties.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { booleanValue } from '../util/values.js';
import { isStreamsClientView, reportOncePerLocation, viewsOfFile, visitKafka } from '../util/view-visitor.js';

export type Options = [{ reportDefault?: boolean }];
export type MessageId =
  | 'autoCommit'
  | 'springAutoCommit'
  | 'manualAckMode'
  | 'javaDefault'
  | 'librdkafkaStoreOnPoll'
  | 'librdkafkaDefault'
  | 'disable'
  | 'storeAfterProcessing';

const KEY = 'enable.auto.commit';
const STORE_KEY = 'enable.auto.offset.store';
/** Spring Kafka's `spring.kafka.listener.ack-mode`, as the Spring dialect files it in the consumer view. */
const ACK_MODE_KEY = 'spring.listener.ack-mode';

/** What to do once auto commit is off, by the library that then commits. */
const THEN = {
  java: 'then commit the offsets after processing (commitSync())',
  spring: "Spring Kafka's listener container then commits after the listener returns (ack-mode batch, the default, or record)",
  librdkafka: 'then commit the offsets after processing (rd_kafka_commit(), or the commit call of your client)',
  bridge: "then commit the offsets after processing (the bridge's offsets endpoint)",
  ack: 'the listener then commits through `Acknowledgment.acknowledge()`',
} as const;

/**
 * A Kafka Connect or MirrorMaker 2 worker configuration: it configures no consumer of its own; the
 * worker gives its sink tasks `consumer.`-prefixed settings and turns auto commit off itself.
 */
function isConnectWorker(view: ConfigView): boolean {
  return CONNECT_FILE_MARKERS.some((key) => view.get(key) !== undefined);
}

/**
 * Whether the file names the consumer's group. Without `group.id` the Java client turns auto commit
 * off when it is left unset (`ConsumerConfig.maybeOverrideEnableAutoCommit`), and librdkafka's
 * consumer has no group to commit to; such a file is completed elsewhere (code, `--group`).
 */
function hasGroupId(view: ConfigView): boolean {
  const entry = view.get('group.id');
  return entry !== undefined && (entry.value === undefined || String(entry.value).trim() !== '');
}

/**
 * Dialects whose views are Spring Boot settings (application files; Kubernetes workloads configuring
 * Spring Boot through environment variables), where Spring Kafka's commit rules apply.
 */
const SPRING_DIALECTS: ReadonlySet<string> = new Set(['spring', 'kubernetes']);

/**
 * A Spring pass-through entry (`properties.enable.auto.commit`, `properties[enable.auto.commit]`, a
 * Spring Cloud Stream `configuration` entry, `SPRING_KAFKA_CONSUMER_PROPERTIES_ENABLE_AUTO_COMMIT`)
 * rather than Spring Boot's own `enable-auto-commit`.
 */
function isPassThrough(entry: ConfigEntry): boolean {
  return /(?:^|[.[])enable\.auto\.commit\]?$/.test(entry.written) || /_PROPERTIES_ENABLE_AUTO_COMMIT$/i.test(entry.written);
}

/**
 * The `enable.auto.commit` a Spring consumer receives. Spring Boot builds the consumer's settings from
 * the common ones (`spring.kafka.properties`), then the consumer's own properties, then its
 * `properties` map (`KafkaProperties.buildConsumerProperties`): the map wins over `enable-auto-commit`,
 * which wins over the common settings.
 */
function springConsumerEntry(view: ConfigView): ConfigEntry | undefined {
  const own = view.entries.filter((entry) => entry.key === KEY);
  if (own.length === 0) return view.get(KEY);
  return own.filter(isPassThrough).at(-1) ?? own.at(-1);
}

/** `MANUAL` or `MANUAL_IMMEDIATE` when the Spring listener acknowledges by hand (Spring binds enums leniently). */
function manualAckMode(view: ConfigView): { entry: ConfigEntry; constant: string } | undefined {
  const entry = view.get(ACK_MODE_KEY);
  if (!entry || typeof entry.value !== 'string') return undefined;
  const uniform = entry.value.replace(/[^a-z0-9]/gi, '').toLowerCase();
  if (uniform === 'manual') return { entry, constant: 'MANUAL' };
  if (uniform === 'manualimmediate') return { entry, constant: 'MANUAL_IMMEDIATE' };
  return undefined;
}

/** The last entry written under librdkafka's own `enable.auto.commit` (not the legacy `auto.commit.enable` topic property). */
function librdkafkaAutoCommit(view: ConfigView): ConfigEntry | undefined {
  return view.entries.filter((entry) => entry.key === KEY && entry.written === KEY).at(-1);
}

/** `false` in place of an entry's value: a string where the source wrote a string. */
function falseLike(entry: ConfigEntry): ConfigScalar {
  return typeof entry.value === 'string' ? 'false' : false;
}

export default createRule<Options, MessageId>({
  name: 'no-auto-commit',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow automatic offset commits, which can mark records consumed before they are processed',
      pitfall: 'loss',
      recommended: 'strict',
      appliesTo: ['config'],
    },
    hasSuggestions: true,
    messages: {
      autoCommit:
        '`{{written}}` true lets the consumer commit its position every `auto.commit.interval.ms`: every record poll() has returned counts as consumed, processed or not. Records still being processed when the offsets are committed (on another thread, or asynchronously) are lost if the application crashes or the partitions move to another consumer. Set it to false and commit the offsets after processing.',
      springAutoCommit:
        "`{{written}}` true lets the Kafka consumer commit its position every `auto.commit.interval.ms`, instead of Spring Kafka's listener container committing after the listener returns: every record poll() has returned counts as consumed, processed or not, so records still being processed (by an async listener or another thread) are lost if the application crashes or the partitions move. Remove it (Spring Kafka turns auto commit off since 2.3) or set it to false, and let the container commit (ack-mode batch, the default, or record).",
      manualAckMode:
        '`{{written}}` true contradicts `{{ackWritten}}` {{ackMode}}: Spring Kafka refuses to start the listener container ("Consumer cannot be configured for auto commit for ackMode {{ackConstant}}"), and without the manual ack mode the consumer would commit records before the listener acknowledges them. Remove it or set it to false (Spring Kafka turns auto commit off since 2.3), so that `Acknowledgment.acknowledge()` commits the offsets.',
      javaDefault:
        'This consumer leaves `enable.auto.commit` at the Java default, true: the consumer commits its position every `auto.commit.interval.ms`, and every record poll() has returned counts as consumed, processed or not. Records still being processed when the offsets are committed (on another thread, or asynchronously) are lost if the application crashes or the partitions move to another consumer. Set `enable.auto.commit` to false and commit the offsets after processing (commitSync()).',
      librdkafkaStoreOnPoll:
        '`{{written}}` true, with {{other}}: librdkafka stores the offset of each message as soon as poll hands it to the application, and commits the stored offsets every `auto.commit.interval.ms`, so a message still being processed when they are committed is lost if the application crashes or the partitions move. Set `enable.auto.offset.store` to false and store each offset after processing (rd_kafka_offsets_store(), or the store-offsets call of your client), or set `enable.auto.commit` to false and commit after processing.',
      librdkafkaDefault:
        'This consumer leaves `enable.auto.commit` and `enable.auto.offset.store` at their librdkafka defaults (true): librdkafka stores the offset of each message as soon as poll hands it to the application, and commits the stored offsets every `auto.commit.interval.ms`, so a message still being processed when they are committed is lost if the application crashes or the partitions move. Set `enable.auto.offset.store` to false and store each offset after processing (rd_kafka_offsets_store(), or the store-offsets call of your client), or set `enable.auto.commit` to false and commit after processing.',
      disable: 'Set `{{written}}` to false; {{then}}.',
      storeAfterProcessing:
        'Set `enable.auto.offset.store` to false, and store each offset after processing (rd_kafka_offsets_store(), or the store-offsets call of your client).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          reportDefault: {
            type: 'boolean',
            description:
              'Whether to report Java and librdkafka consumer files that leave auto commit at its default (on) rather than writing it (default: true).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reportDefault: true }],
  },
  create(context, [options]) {
    // Config files only: kafkajs `autoCommit` commits after the handler resolves, and code views are other rules' business.
    if (!isConfigSourceCode(context.sourceCode)) return {};
    const report = reportOncePerLocation(context);
    const reportDefault = options.reportDefault ?? true;

    /** Sets an entry's value to false. */
    function disable(entry: ConfigEntry, then: string): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const { formatValue } = entry;
      if (!formatValue) return [];
      const text = formatValue(falseLike(entry));
      return [{ messageId: 'disable', data: { written: entry.written, then }, fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, text) }];
    }

    /** Adds `key=false` to a view that leaves it unset. */
    function insertFalse(
      view: ConfigView,
      key: string,
      messageId: MessageId,
      data?: Record<string, string>,
    ): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const edit = view.insert?.(key, false);
      return edit ? [{ messageId, ...(data ? { data } : {}), fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [];
    }

    function reportExplicit(entry: ConfigEntry, messageId: 'autoCommit' | 'springAutoCommit', then: string): void {
      report({ loc: entry.valueSpan.loc, messageId, data: { written: entry.written }, suggest: disable(entry, then) });
    }

    function checkJava(view: ConfigView): void {
      if (view.role !== 'consumer' && view.role !== 'common') return;
      if (view.role === 'common' && isConnectWorker(view)) return;
      const entry = view.get(KEY);
      if (entry) {
        if (booleanValue(entry.value) === true) reportExplicit(entry, 'autoCommit', THEN.java);
        return;
      }
      if (!reportDefault || view.role !== 'consumer' || !view.complete || !hasGroupId(view)) return;
      report({
        loc: view.anchor.loc,
        messageId: 'javaDefault',
        suggest: insertFalse(view, KEY, 'disable', { written: KEY, then: THEN.java }),
      });
    }

    function checkSpringConsumer(view: ConfigView): void {
      const entry = springConsumerEntry(view);
      if (!entry || booleanValue(entry.value) !== true) return;
      const manual = manualAckMode(view);
      if (!manual) {
        reportExplicit(entry, 'springAutoCommit', THEN.spring);
        return;
      }
      report({
        loc: entry.valueSpan.loc,
        messageId: 'manualAckMode',
        data: { written: entry.written, ackWritten: manual.entry.written, ackMode: manual.entry.text.trim(), ackConstant: manual.constant },
        suggest: disable(entry, THEN.ack),
      });
    }

    /**
     * `spring.kafka.properties.enable.auto.commit` (or the Kafka binder's `configuration`) reaches every
     * consumer Spring builds; a consumer section reports it when it inherits it, and one that sets its
     * own value overrides it.
     */
    function checkSpringCommon(view: ConfigView, consumers: readonly ConfigView[]): void {
      const entry = view.get(KEY);
      if (!entry || booleanValue(entry.value) !== true) return;
      if (consumers.some((consumer) => consumer.get(KEY) === entry || consumer.entries.some((own) => own.key === KEY))) return;
      reportExplicit(entry, 'springAutoCommit', THEN.spring);
    }

    function checkSpring(view: ConfigView): void {
      if (view.role !== 'consumer' && view.role !== 'common') return;
      const views = viewsOfFile(context);
      if (view.role === 'consumer') {
        if (!isStreamsClientView(view, views)) checkSpringConsumer(view);
        return;
      }
      const sameDialect = views.filter((other) => other.dialect === view.dialect);
      const consumers = sameDialect.filter((other) => other.role === 'consumer' && !isStreamsClientView(other, views));
      // A Kafka Streams app with no consumer section: Streams ignores the setting, and whether other consumers exist is unknown.
      if (consumers.length === 0 && sameDialect.some((other) => other.role === 'streams')) return;
      checkSpringCommon(view, consumers);
    }

    /**
     * librdkafka commits the offsets the application has *stored*; with `enable.auto.offset.store`
     * (default true) poll stores each message's offset as it hands the message over. Both on is the
     * lossy pair; auto commit with manual offset storing is librdkafka's at-least-once pattern.
     */
    function checkLibrdkafka(view: ConfigView): void {
      if (view.role !== 'consumer' && view.role !== 'common') return;
      const commit = librdkafkaAutoCommit(view);
      const store = view.get(STORE_KEY);
      const commitOn = commit ? booleanValue(commit.value) : true;
      const storeOn = store ? booleanValue(store.value) : true;
      if (commitOn !== true || storeOn !== true) return;
      const storeSuggestion = store ? disableStore(store) : insertFalse(view, STORE_KEY, 'storeAfterProcessing');
      if (commit) {
        report({
          loc: commit.valueSpan.loc,
          messageId: 'librdkafkaStoreOnPoll',
          data: { written: commit.written, other: store ? '`enable.auto.offset.store` true' : '`enable.auto.offset.store` at its default (true)' },
          suggest: [...storeSuggestion, ...disable(commit, THEN.librdkafka)],
        });
      } else if (store) {
        report({
          loc: store.valueSpan.loc,
          messageId: 'librdkafkaStoreOnPoll',
          data: { written: store.written, other: '`enable.auto.commit` at its default (true)' },
          suggest: [...storeSuggestion, ...insertFalse(view, KEY, 'disable', { written: KEY, then: THEN.librdkafka })],
        });
      } else if (reportDefault && view.role === 'consumer' && view.complete && hasGroupId(view)) {
        report({
          loc: view.anchor.loc,
          messageId: 'librdkafkaDefault',
          suggest: [...storeSuggestion, ...insertFalse(view, KEY, 'disable', { written: KEY, then: THEN.librdkafka })],
        });
      }
    }

    function disableStore(store: ConfigEntry): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const { formatValue } = store;
      if (!formatValue) return [];
      const text = formatValue(falseLike(store));
      return [{ messageId: 'storeAfterProcessing', fix: (fixer) => fixer.replaceTextRange(store.valueSpan.range, text) }];
    }

    return visitKafka(context, {
      view(view) {
        if (view.scope !== 'client') return;
        switch (view.dialect) {
          case 'java-properties':
            checkJava(view);
            break;
          case 'librdkafka':
            checkLibrdkafka(view);
            break;
          case 'strimzi': {
            // KafkaBridge `spec.consumer.config`; Connect and MirrorMaker 2 manage their consumers' commits.
            const entry = view.role === 'consumer' ? view.get(KEY) : undefined;
            if (entry && booleanValue(entry.value) === true) reportExplicit(entry, 'autoCommit', THEN.bridge);
            break;
          }
          default:
            if (SPRING_DIALECTS.has(view.dialect)) checkSpring(view);
            // Kafka Streams turns its consumers' auto commit off; Connect and MirrorMaker manage their consumers'
            // commits; brokers and compose files configure no consumer.
            break;
        }
      },
    });
  },
});
