import type { ESLint, Linter } from 'eslint';

import type { KafkaRule } from './rules/index.js';
import { typescriptParser } from './typescript-parser.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

export const CODE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
export const TS_FILES = ['**/*.{ts,mts,cts,tsx}'];
export const JS_FILES = ['**/*.{js,mjs,cjs,jsx}'];
export const PROPERTIES_FILES = ['**/*.properties', '**/*.conf'];
export const YAML_FILES = ['**/*.{yml,yaml}'];
/** YAML that is a template (Helm) or a CI workflow: not Kafka configuration, and often not valid YAML. */
export const YAML_IGNORES = ['**/templates/**', '**/.github/**', '**/pnpm-lock.yaml'];

const includedIn: Record<ConfigName, (rule: KafkaRule) => boolean> = {
  recommended: (rule) => rule.meta.docs.recommended === 'recommended',
  strict: (rule) => rule.meta.docs.recommended !== undefined,
  all: () => true,
};

function rulesFor(
  rules: Record<string, KafkaRule>,
  config: ConfigName,
  appliesTo: 'code' | 'config',
): Linter.RulesRecord {
  const entries = Object.entries(rules)
    .filter(([, rule]) => includedIn[config](rule) && rule.meta.docs.appliesTo.includes(appliesTo))
    .map(([name]) => [`kafka/${name}`, 'error'] as const);
  return Object.fromEntries(entries);
}

/**
 * Builds a shareable config from rule metadata: code rules on JS/TS files, config rules on
 * properties and YAML files through the plugin's own languages.
 */
export function buildConfig(
  plugin: ESLint.Plugin,
  rules: Record<string, KafkaRule>,
  config: ConfigName,
): Linter.Config[] {
  const plugins = { kafka: plugin };
  const configRules = rulesFor(rules, config, 'config');
  return [
    { name: `kafka/${config}/typescript-parser`, files: TS_FILES, languageOptions: { parser: typescriptParser } },
    // React and Next.js code is JSX in `.js` files; without this a Kafka call in it is a parse error.
    { name: `kafka/${config}/jsx`, files: JS_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { name: `kafka/${config}/code`, files: CODE_FILES, plugins, rules: rulesFor(rules, config, 'code') },
    { name: `kafka/${config}/properties`, files: PROPERTIES_FILES, plugins, language: 'kafka/properties', rules: configRules },
    {
      name: `kafka/${config}/yaml`,
      files: YAML_FILES,
      ignores: YAML_IGNORES,
      plugins,
      language: 'kafka/yaml',
      rules: configRules,
    },
  ];
}
