import { describe, expect, it } from 'vitest';

import { parseDialectOverride, withDialectOverrides } from '../../src/cli/dialect-overrides.js';
import { buildConfig } from '../../src/configs.js';
import { createFixturePlugin, fixtureRules } from './fixture-plugin.js';

type Config = { name?: string; files?: unknown[]; ignores?: unknown[]; language?: string; languageOptions?: unknown };

const preset = buildConfig(createFixturePlugin() as never, fixtureRules, 'recommended') as Config[];

describe('withDialectOverrides', () => {
  it('adds, per override, a narrowed copy of each config object of a language of its format', () => {
    const configs = withDialectOverrides(preset, [{ glob: 'deploy/**', dialect: 'strimzi' }], '') as Config[];
    expect(configs.slice(0, preset.length)).toEqual(preset);
    expect(configs.slice(preset.length)).toEqual([
      {
        name: 'kafka/recommended/yaml/dialect-strimzi',
        files: [['deploy/**', '**/*.{yml,yaml}']],
        ignores: ['**/templates/**', '**/.github/**', '**/pnpm-lock.yaml'],
        languageOptions: { dialect: 'strimzi' },
      },
    ]);
  });

  it('copies both languages for a dialect of both formats, in the order given', () => {
    const configs = withDialectOverrides(preset, [{ glob: 'a/*', dialect: 'spring' }, { glob: 'b/*', dialect: 'librdkafka' }], '') as Config[];
    expect(configs.slice(preset.length).map((config) => [config.name, config.files])).toEqual([
      ['kafka/recommended/properties/dialect-spring', [['a/*', '**/*.properties'], ['a/*', '**/*.conf']]],
      ['kafka/recommended/yaml/dialect-spring', [['a/*', '**/*.{yml,yaml}']]],
      ['kafka/recommended/properties/dialect-librdkafka', [['b/*', '**/*.properties'], ['b/*', '**/*.conf']]],
    ]);
  });

  it('writes globs from the current directory into ESLint base directory terms', () => {
    const [copy] = (withDialectOverrides(preset, [{ glob: '../deploy/*.yml', dialect: 'compose' }], 'services') as Config[]).slice(preset.length);
    expect(copy!.files).toEqual([['deploy/*.yml', '**/*.{yml,yaml}']]);
  });
});

describe('parseDialectOverride', () => {
  it('splits at the last =', () => {
    expect(parseDialectOverride('x=y/**=compose')).toEqual({ glob: 'x=y/**', dialect: 'compose' });
    expect(parseDialectOverride('deploy/**=')).toMatch(/^--dialect takes <glob>=<dialect>/);
  });
});
