import path from 'node:path';

import { DIALECTS, isDialect, isDialectOf, type ConfigLanguageName } from '../config-lint/language-options.js';
import type { Dialect } from '../config-lint/model.js';

/** `--dialect <glob>=<dialect>`: config files matching the glob (from the current directory) are read as the dialect. */
export interface DialectOverride {
  glob: string;
  dialect: Dialect;
}

/** The override a `--dialect` value spells, or why it spells none. */
export function parseDialectOverride(value: string): DialectOverride | string {
  // The last `=`: a dialect name has none, a glob may.
  const split = value.lastIndexOf('=');
  const glob = split === -1 ? '' : value.slice(0, split);
  const dialect = split === -1 ? '' : value.slice(split + 1);
  if (glob === '' || dialect === '') return `--dialect takes <glob>=<dialect>, e.g. 'deploy/**=strimzi'; got '${value}'`;
  if (!isDialect(dialect)) return `--dialect: unknown dialect '${dialect}'; use one of ${DIALECTS.join(', ')}`;
  if (glob.startsWith('!') || glob.startsWith('/') || path.isAbsolute(glob)) {
    return `--dialect: the glob must be relative to the current directory, without '!'; got '${glob}'`;
  }
  return { glob, dialect };
}

type FileMatcher = string | ((filePath: string) => boolean);

interface LanguageConfig {
  name?: string;
  files?: (FileMatcher | FileMatcher[])[];
  ignores?: FileMatcher[];
  language?: unknown;
}

const CONFIG_LANGUAGES = new Map<unknown, ConfigLanguageName>([
  ['kafka/properties', 'properties'],
  ['kafka/yaml', 'yaml'],
]);

/** Whether a config object sets one of the plugin's languages, of the dialect's format. */
function readsDialect(config: LanguageConfig, dialect: Dialect): boolean {
  const language = CONFIG_LANGUAGES.get(config.language);
  return language !== undefined && isDialectOf(language, dialect);
}

/**
 * The preset, plus, for each override, a copy of each config object that sets one of the plugin's
 * languages, narrowed to the override's glob and setting only `languageOptions.dialect`. The copies
 * keep the originals' `files` and `ignores`, so they add no file to the run: a glob that also
 * matches code, or YAML under `templates/`, changes nothing there. A dialect applies to files of its
 * own format only (`strimzi` to YAML, `librdkafka` to properties); the last override that matches wins.
 *
 * `prefix` is the current directory relative to ESLint's base directory, where the globs of config
 * objects start.
 */
export function withDialectOverrides(configs: readonly object[], overrides: readonly DialectOverride[], prefix: string): object[] {
  const copies = overrides.flatMap(({ glob, dialect }) => {
    const pattern = path.posix.join(prefix, glob);
    return (configs as LanguageConfig[])
      .filter((config) => config.files && readsDialect(config, dialect))
      .map(({ name, files, ignores }) => ({
        name: `${name ?? 'kafka'}/dialect-${dialect}`,
        // An inner array means "all of": the override's glob AND the original pattern.
        files: files!.map((original) => [pattern, ...(Array.isArray(original) ? original : [original])]),
        ...(ignores && { ignores }),
        languageOptions: { dialect },
      }));
  });
  return [...configs, ...copies];
}
