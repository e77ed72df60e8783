import type { TSESLint } from '@typescript-eslint/utils';

import type { KafkaRuleDocs } from '../util/create-rule.js';
import noCommitBeforeProcessing from './no-commit-before-processing.js';
import noConstantMessageKey from './no-constant-message-key.js';
import requireAcksAll from './require-acks-all.js';
import requireIdempotentProducer from './require-idempotent-producer.js';
import requireMessageKey from './require-message-key.js';
import requireReplication from './require-replication.js';
import validConsumerTimeouts from './valid-consumer-timeouts.js';

export type KafkaRule = TSESLint.RuleModule<string, readonly unknown[], KafkaRuleDocs> & {
  meta: { docs: KafkaRuleDocs };
};

/** Every rule of the plugin, by id without the `kafka/` prefix. */
export const rules: Record<string, KafkaRule> = {
  'no-commit-before-processing': noCommitBeforeProcessing,
  'no-constant-message-key': noConstantMessageKey,
  'require-acks-all': requireAcksAll,
  'require-idempotent-producer': requireIdempotentProducer,
  'require-message-key': requireMessageKey,
  'require-replication': requireReplication,
  'valid-consumer-timeouts': validConsumerTimeouts,
} as Record<string, KafkaRule>;
