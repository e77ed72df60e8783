import type { TSESLint } from '@typescript-eslint/utils';

import type { KafkaRuleDocs } from '../util/create-rule.js';
import commitNextOffset from './commit-next-offset.js';
import noAutoCommit from './no-auto-commit.js';
import noCommitBeforeProcessing from './no-commit-before-processing.js';
import noConcurrentBatchProcessing from './no-concurrent-batch-processing.js';
import noConstantMessageKey from './no-constant-message-key.js';
import noConstantPartitioner from './no-constant-partitioner.js';
import noConsumerChurn from './no-consumer-churn.js';
import noDuplicateConfig from './no-duplicate-config.js';
import noEarlyExitWithAutoResolve from './no-early-exit-with-auto-resolve.js';
import noFloatingHandlerWork from './no-floating-handler-work.js';
import noHardcodedPartition from './no-hardcoded-partition.js';
import noRemovedConfig from './no-removed-config.js';
import noUnawaitedSend from './no-unawaited-send.js';
import noUncleanLeaderElection from './no-unclean-leader-election.js';
import noUnknownConfig from './no-unknown-config.js';
import noUnsupportedConfluentOption from './no-unsupported-confluent-option.js';
import noZeroRetries from './no-zero-retries.js';
import preferCooperativeRebalancing from './prefer-cooperative-rebalancing.js';
import requireAcksAll from './require-acks-all.js';
import requireBatchHeartbeat from './require-batch-heartbeat.js';
import requireIdempotentProducer from './require-idempotent-producer.js';
import requireMessageKey from './require-message-key.js';
import requireReadCommitted from './require-read-committed.js';
import requireReplication from './require-replication.js';
import requireStaticMembership from './require-static-membership.js';
import safeInFlightRequests from './safe-in-flight-requests.js';
import validConfigValue from './valid-config-value.js';
import validConsumerTimeouts from './valid-consumer-timeouts.js';
import validDeliveryTimeout from './valid-delivery-timeout.js';
import validMinInsyncReplicas from './valid-min-insync-replicas.js';
import validStreamsGuarantee from './valid-streams-guarantee.js';
import validTransactionalProducer from './valid-transactional-producer.js';

export type KafkaRule = TSESLint.RuleModule<string, readonly unknown[], KafkaRuleDocs> & {
  meta: { docs: KafkaRuleDocs };
};

/** Every rule of the plugin, by id without the `kafka/` prefix. */
export const rules: Record<string, KafkaRule> = {
  'commit-next-offset': commitNextOffset,
  'no-auto-commit': noAutoCommit,
  'no-commit-before-processing': noCommitBeforeProcessing,
  'no-concurrent-batch-processing': noConcurrentBatchProcessing,
  'no-constant-message-key': noConstantMessageKey,
  'no-constant-partitioner': noConstantPartitioner,
  'no-consumer-churn': noConsumerChurn,
  'no-duplicate-config': noDuplicateConfig,
  'no-early-exit-with-auto-resolve': noEarlyExitWithAutoResolve,
  'no-floating-handler-work': noFloatingHandlerWork,
  'no-hardcoded-partition': noHardcodedPartition,
  'no-removed-config': noRemovedConfig,
  'no-unawaited-send': noUnawaitedSend,
  'no-unclean-leader-election': noUncleanLeaderElection,
  'no-unknown-config': noUnknownConfig,
  'no-unsupported-confluent-option': noUnsupportedConfluentOption,
  'no-zero-retries': noZeroRetries,
  'prefer-cooperative-rebalancing': preferCooperativeRebalancing,
  'require-acks-all': requireAcksAll,
  'require-batch-heartbeat': requireBatchHeartbeat,
  'require-idempotent-producer': requireIdempotentProducer,
  'require-message-key': requireMessageKey,
  'require-read-committed': requireReadCommitted,
  'require-replication': requireReplication,
  'require-static-membership': requireStaticMembership,
  'safe-in-flight-requests': safeInFlightRequests,
  'valid-config-value': validConfigValue,
  'valid-consumer-timeouts': validConsumerTimeouts,
  'valid-delivery-timeout': validDeliveryTimeout,
  'valid-min-insync-replicas': validMinInsyncReplicas,
  'valid-streams-guarantee': validStreamsGuarantee,
  'valid-transactional-producer': validTransactionalProducer,
} as Record<string, KafkaRule>;
