import { createRequire } from 'node:module';

import type { ESLint, Linter } from 'eslint';

import { buildConfig, type ConfigName } from './configs.js';
import { properties, yaml } from './config-lint/languages.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version, namespace: 'kafka' },
  rules,
  languages: { properties, yaml },
  configs: {} as Record<ConfigName, Linter.Config[]>,
};

for (const config of ['recommended', 'strict', 'all'] as const) {
  plugin.configs[config] = buildConfig(plugin as unknown as ESLint.Plugin, rules, config);
}

export default plugin as typeof plugin & ESLint.Plugin;
export { rules };
export type { Pitfall } from './core/pitfall.js';
export type { KafkaRuleDocs } from './util/create-rule.js';
