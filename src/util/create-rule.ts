import { ESLintUtils } from '@typescript-eslint/utils';

import type { Pitfall } from '../core/pitfall.js';

/** Where a rule's setting or behaviour can be found: JS/TS code, Kafka config files, or both. */
export type AppliesTo = 'code' | 'config';

export interface KafkaRuleDocs {
  description: string;
  /** The production failure the rule prevents (contract: `kafka-lint --list-rules`). */
  pitfall: Pitfall;
  /** `recommended`: high confidence, on in `recommended` and `strict`; `strict`: context-dependent, on in `strict`. Absent: only in `all`. */
  recommended?: 'recommended' | 'strict';
  appliesTo: readonly AppliesTo[];
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-kafka/eslint-plugin-kafka';

export const createRule = ESLintUtils.RuleCreator<KafkaRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
