import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { PITFALLS } from '../src/core/pitfall.js';

const root = join(import.meta.dirname, '..');
const ruleIds = Object.keys(plugin.rules).sort();
const ruleFiles = readdirSync(join(root, 'src/rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

function configRules(name: 'recommended' | 'strict' | 'all', language?: string): string[] {
  const configs = plugin.configs[name].filter((config) => (config as { language?: string }).language === language);
  return configs.flatMap((config) => Object.keys(config.rules ?? {})).sort();
}

describe('plugin', () => {
  it('takes its meta from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'kafka' });
  });

  it('registers every rule file, and only those', () => {
    expect(ruleIds).toEqual(ruleFiles);
  });

  it('ships the properties and yaml languages', () => {
    expect(Object.keys(plugin.languages).sort()).toEqual(['properties', 'yaml']);
  });
});

describe.each(ruleIds)('rule %s', (id) => {
  const rule = plugin.rules[id]!;
  const { docs } = rule.meta;

  it('has a test file and a doc page named after it', () => {
    expect(readdirSync(join(root, 'tests/rules'))).toContain(`${id}.test.ts`);
    const page = readFileSync(join(root, 'docs/rules', `${id}.md`), 'utf8');
    expect(page).toContain(`# kafka/${id}\n`);
    expect(page).toContain(`Pitfall: **${docs.pitfall}**`);
    for (const section of ['## Rule details', '## Why', '## Examples', '## Options', '## When not to use it']) {
      expect(page).toContain(`\n${section}`);
    }
  });

  it('declares its pitfall, where it applies and a description in the house style', () => {
    expect(PITFALLS).toContain(docs.pitfall);
    expect(docs.appliesTo.length).toBeGreaterThan(0);
    expect(docs.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/);
    expect(rule.meta.docs.url).toBe(`https://github.com/eslint-plugin-kafka/eslint-plugin-kafka/blob/main/docs/rules/${id}.md`);
  });

  it('writes messages as sentences', () => {
    for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/^[A-Z`'].*\.$/s);
  });

  it('is in the configs its metadata asks for', () => {
    const inRecommended = docs.recommended === 'recommended';
    const inStrict = docs.recommended !== undefined;
    for (const [appliesTo, language] of [['code', undefined], ['config', 'kafka/properties'], ['config', 'kafka/yaml']] as const) {
      const expected = docs.appliesTo.includes(appliesTo);
      expect(configRules('recommended', language).includes(`kafka/${id}`)).toBe(expected && inRecommended);
      expect(configRules('strict', language).includes(`kafka/${id}`)).toBe(expected && inStrict);
      expect(configRules('all', language).includes(`kafka/${id}`)).toBe(expected);
    }
  });
});

describe('configs', () => {
  it.each(['recommended', 'strict', 'all'] as const)('%s scopes every object with files', (name) => {
    for (const config of plugin.configs[name]) expect(config.files?.length).toBeGreaterThan(0);
  });
});
