import type { TSESLint } from '@typescript-eslint/utils';

import type { KafkaFileModel } from './model.js';

export type { KafkaFileModel } from './model.js';

/**
 * The Kafka model of the file being linted, or `null` when the file imports no Kafka client.
 * Computed on first use and cached per file, so every rule shares one analysis.
 */
export function getKafkaModel(_context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): KafkaFileModel | null {
  return null; // TODO(code core): import gating, tracking, extraction
}
