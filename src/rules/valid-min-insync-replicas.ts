import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigEntry, ConfigView } from '../core/config-view.js';
import { brokerCount, readKafkaSettings, type KafkaSettings } from '../core/settings.js';
import { createRule } from '../util/create-rule.js';
import { numericValue } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'leaderOnly' | 'singleCopy' | 'noFailureTolerated' | 'replicationNotAboveMinIsr' | 'useTwo' | 'useMax';

/** Kafka 3.9 defaults of the transaction state log (`TransactionLogConfigs`). */
const DEFAULT_TRANSACTION_LOG_REPLICATION = 3;
const DEFAULT_TRANSACTION_LOG_MIN_ISR = 2;

/** Dialects whose topic view holds the `topic.`-prefixed settings of a Kafka Streams application. */
const STREAMS_DIALECTS = new Set(['streams-properties', 'spring']);

/** How many copies a partition has, and where that number comes from (for messages). */
interface Replicas {
  count: number;
  /** `\`replicationFactor\` 3`, `the 3 brokers of this cluster`, … */
  described: string;
  /** True when the count is the replication factor itself, not only a bound on it (the broker count). */
  exact: boolean;
}

/** A minimum ISR setting and the replicas it is compared with. */
interface MinIsrCheck {
  minIsr: ConfigEntry;
  replicas: Replicas | undefined;
  /** The brokers the cluster has, when known: a replication factor of 1 below them is a choice to revisit. */
  brokers?: number | undefined;
}

/** A written replication factor compared with a minimum ISR that is not written next to it. */
interface ReplicationCheck {
  replication: ConfigEntry;
  minIsr: number;
  /** `the default \`transaction.state.log.min.isr\` of 2`, … */
  described: string;
}

/** A positive whole number written in an entry; `-1` (the broker's default) and dynamic values are not counts. */
function countOf(entry: ConfigEntry | undefined): number | undefined {
  const value = numericValue(entry?.value);
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

function writtenReplicas(entry: ConfigEntry | undefined): Replicas | undefined {
  const count = countOf(entry);
  return entry && count !== undefined ? { count, described: `\`${entry.written}\` ${count}`, exact: true } : undefined;
}

function settingsReplicas(settings: KafkaSettings): Replicas | undefined {
  const count = settings.replicationFactor;
  return count !== undefined && count >= 1
    ? { count, described: `the cluster's replication factor of ${count} (\`settings.kafka.replicationFactor\`)`, exact: true }
    : undefined;
}

function brokerBound(brokers: number | undefined): Replicas | undefined {
  return brokers !== undefined && brokers >= 2 ? { count: brokers, described: `the ${brokers} brokers of this cluster`, exact: false } : undefined;
}

export default createRule<Options, MessageId>({
  name: 'valid-min-insync-replicas',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `min.insync.replicas` to be at least 2 and below the replication factor',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      leaderOnly:
        '`{{written}}` 1 with {{replicas}}: once the followers fall out of sync, acks=all writes are acknowledged with the leader\'s copy alone, and they are lost if that broker fails. Use 2, so that every acknowledged write is on at least two brokers.',
      singleCopy:
        '`{{written}}` 1 with {{replicas}} on {{brokers}}: every partition has a single copy, so acks=all waits for no other broker and acknowledged writes are lost with that broker\'s disk. Raise the replication factor to 3 and then `{{written}}` to 2; raising only `{{written}}` would make every acks=all write fail with NOT_ENOUGH_REPLICAS.',
      noFailureTolerated:
        '`{{written}}` {{value}} is not below {{replicas}}: acks=all writes need every replica in sync, so while one broker is down (a crash, a restart, a rolling upgrade) they fail with NOT_ENOUGH_REPLICAS. Keep it below the replication factor: 3 replicas with a minimum of 2 let one broker be down without losing acknowledged writes.',
      replicationNotAboveMinIsr:
        '`{{written}}` {{value}} is not above {{minIsr}}: acks=all writes need every replica in sync, so while one broker is down (a crash, a restart, a rolling upgrade) they fail with NOT_ENOUGH_REPLICAS. Use a replication factor of at least {{least}}.',
      useTwo: 'Set `{{written}}` to 2.',
      useMax: 'Set `{{written}}` to {{max}}.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    const settings = readKafkaSettings(context.settings);
    /** The last Kafka Streams view: its `replication.factor` applies to the `topic.` settings that follow it. */
    let streamsView: ConfigView | undefined;

    function brokersOf(view: ConfigView): number | undefined {
      return brokerCount(view, settings);
    }

    function suggestValue(entry: ConfigEntry, value: number, messageId: 'useTwo' | 'useMax'): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const { formatValue } = entry;
      if (!formatValue) return [];
      // kafkajs topic configs are strings; a value written as a string stays one.
      const replacement = typeof entry.value === 'string' ? String(value) : value;
      return [
        {
          messageId,
          data: { written: entry.written, max: value },
          fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, formatValue(replacement)),
        },
      ];
    }

    function checkMinIsr({ minIsr, replicas, brokers }: MinIsrCheck): void {
      const value = countOf(minIsr);
      if (value === undefined || !replicas) return;
      if (value === 1 && replicas.exact && replicas.count === 1 && brokers !== undefined && brokers >= 3) {
        // The replication factor is the first thing to fix (require-replication says so); the minimum comes with it.
        report({
          loc: minIsr.valueSpan.loc,
          messageId: 'singleCopy',
          data: { written: minIsr.written, replicas: replicas.described, brokers: `the ${brokers} brokers of this cluster` },
        });
      } else if (value === 1 && replicas.exact && replicas.count >= 3) {
        report({
          loc: minIsr.valueSpan.loc,
          messageId: 'leaderOnly',
          data: { written: minIsr.written, replicas: replicas.described },
          suggest: suggestValue(minIsr, 2, 'useTwo'),
        });
      } else if (replicas.count >= 2 && value >= replicas.count) {
        const max = replicas.count - 1;
        report({
          loc: minIsr.valueSpan.loc,
          messageId: 'noFailureTolerated',
          data: { written: minIsr.written, value, replicas: replicas.described },
          suggest: max >= 2 ? suggestValue(minIsr, max, 'useMax') : [],
        });
      }
    }

    function checkReplication({ replication, minIsr, described }: ReplicationCheck): void {
      const count = countOf(replication);
      if (count === undefined || count < 2 || minIsr < count) return;
      report({
        loc: replication.valueSpan.loc,
        messageId: 'replicationNotAboveMinIsr',
        data: { written: replication.written, value: count, minIsr: described, least: minIsr + 1 },
      });
    }

    function checkTopic(view: ConfigView): void {
      const replication = view.get('replication.factor');
      const ownReplicas = writtenReplicas(replication);
      const streamsReplicas = STREAMS_DIALECTS.has(view.dialect) ? writtenReplicas(streamsView?.get('replication.factor')) : undefined;
      const replicas = ownReplicas ?? streamsReplicas ?? settingsReplicas(settings) ?? brokerBound(brokersOf(view));
      const minIsr = view.get('min.insync.replicas');
      if (minIsr) {
        checkMinIsr({ minIsr, replicas, brokers: brokersOf(view) });
        return;
      }
      const clusterMinIsr = settings.minInsyncReplicas;
      if (replication && ownReplicas && clusterMinIsr !== undefined) {
        checkReplication({
          replication,
          minIsr: clusterMinIsr,
          described: `the cluster's \`min.insync.replicas\` of ${clusterMinIsr} (\`settings.kafka.minInsyncReplicas\`)`,
        });
      }
    }

    function checkTransactionLog(view: ConfigView): void {
      const minIsr = view.get('transaction.state.log.min.isr');
      const replication = view.get('transaction.state.log.replication.factor');
      if (minIsr) {
        const replicas = replication
          ? writtenReplicas(replication)
          : {
              count: DEFAULT_TRANSACTION_LOG_REPLICATION,
              described: `the default \`transaction.state.log.replication.factor\` of ${DEFAULT_TRANSACTION_LOG_REPLICATION}`,
              exact: true,
            };
        checkMinIsr({ minIsr, replicas });
      } else if (replication) {
        checkReplication({
          replication,
          minIsr: DEFAULT_TRANSACTION_LOG_MIN_ISR,
          described: `the default \`transaction.state.log.min.isr\` of ${DEFAULT_TRANSACTION_LOG_MIN_ISR}`,
        });
      }
    }

    function checkBroker(view: ConfigView): void {
      const minIsr = view.get('min.insync.replicas');
      if (minIsr) {
        const replicas = writtenReplicas(view.get('default.replication.factor')) ?? settingsReplicas(settings) ?? brokerBound(brokersOf(view));
        checkMinIsr({ minIsr, replicas, brokers: brokersOf(view) });
      }
      checkTransactionLog(view);
    }

    return visitKafka(context, {
      view(view) {
        if (view.role === 'streams') streamsView = view;
        // One broker holds one copy: there is nothing to replicate to, and require-replication has the say.
        if (brokersOf(view) === 1) return;
        if (view.role === 'topic') checkTopic(view);
        else if (view.role === 'broker') checkBroker(view);
      },
    });
  },
});
