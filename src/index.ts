import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

import { buildConfig, type ConfigName } from './configs.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version, namespace: 'kafka' },
  rules,
  languages: {},
  configs: {} as Record<ConfigName, TSESLint.FlatConfig.ConfigArray>,
};

for (const config of ['recommended', 'strict', 'all'] as const) {
  plugin.configs[config] = buildConfig(plugin as unknown as TSESLint.FlatConfig.Plugin, rules, config);
}

export default plugin;
export { rules };
export type { Pitfall } from './core/pitfall.js';
export type { KafkaRuleDocs } from './util/create-rule.js';
