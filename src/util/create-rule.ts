import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';

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

type RuleSpec<Options extends readonly unknown[], MessageIds extends string> = Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, KafkaRuleDocs>>;

/**
 * typescript-eslint's `RuleCreator` with the docs URL of this repository, minus its merge of the
 * default options into `context.options` for every file: ESLint has done that itself since 9.15 (the
 * oldest version this plugin supports) from `meta.defaultOptions`, and the second merge cost config
 * linting several percent (a `structuredClone` per rule per file).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: RuleSpec<Options, MessageIds>): TSESLint.RuleModule<MessageIds, Options, KafkaRuleDocs> & { name: string } {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md` } },
    create: (context) => create(context, context.options),
  };
}
