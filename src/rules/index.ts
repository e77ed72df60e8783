import type { TSESLint } from '@typescript-eslint/utils';

import type { KafkaRuleDocs } from '../util/create-rule.js';

export type KafkaRule = TSESLint.RuleModule<string, readonly unknown[], KafkaRuleDocs> & {
  meta: { docs: KafkaRuleDocs };
};

/** Every rule of the plugin, by id without the `kafka/` prefix. */
export const rules: Record<string, KafkaRule> = {};
