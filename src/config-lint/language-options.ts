import type { LanguageOptions } from '@eslint/core';

import type { Dialect } from './model.js';

/** The config languages, by their name inside the plugin (`kafka/properties`, `kafka/yaml`). */
export type ConfigLanguageName = 'properties' | 'yaml';

/**
 * The options of both config languages. `dialect` forces a file's dialect, skipping detection;
 * JavaScript options leaked from config objects without `files` are accepted and dropped.
 */
export interface ConfigLanguageOptions extends LanguageOptions {
  dialect?: Dialect;
}

/**
 * The languages each dialect can be read from. Typed as a record of every `Dialect`, so a new
 * dialect does not compile until it says which files it can be forced on.
 */
const LANGUAGES_OF_DIALECT: Readonly<Record<Dialect, readonly ConfigLanguageName[]>> = {
  'java-properties': ['properties'],
  'broker-properties': ['properties'],
  'streams-properties': ['properties'],
  librdkafka: ['properties'],
  spring: ['properties', 'yaml'],
  'connect-properties': ['properties'],
  'mirror-maker-properties': ['properties'],
  strimzi: ['yaml'],
  compose: ['yaml'],
  helm: ['yaml'],
  kubernetes: ['yaml'],
};

/** Every dialect name, in the order of `LANGUAGES_OF_DIALECT`. */
export const DIALECTS: readonly Dialect[] = Object.keys(LANGUAGES_OF_DIALECT) as Dialect[];

/** The dialects a language can be forced to, e.g. `spring`, `strimzi`, `compose` for `yaml`. */
export function dialectsOf(language: ConfigLanguageName): Dialect[] {
  return DIALECTS.filter((dialect) => LANGUAGES_OF_DIALECT[dialect].includes(language));
}

export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES_OF_DIALECT, value);
}

export function isDialectOf(language: ConfigLanguageName, value: unknown): value is Dialect {
  return isDialect(value) && LANGUAGES_OF_DIALECT[value].includes(language);
}

/**
 * Checks `languageOptions.dialect` for a language. ESLint prefixes the message with
 * `Key "languageOptions":` and the config object's name, so it says what to change and to what.
 */
export function validateDialectOption(language: ConfigLanguageName, options: ConfigLanguageOptions): void {
  const { dialect } = options;
  if (dialect === undefined || isDialectOf(language, dialect)) return;
  const expected = dialectsOf(language).join(', ');
  const why = isDialect(dialect) ? `'${dialect}' is not a dialect of kafka/${language} files` : `unknown dialect ${JSON.stringify(dialect)}`;
  throw new TypeError(`Key "dialect": ${why}; kafka/${language} accepts ${expected}.`);
}

/** Keeps the dialect and drops everything else, so leaked options reach neither rules nor ESLint's cache key. */
export function normalizeDialectOption(options: ConfigLanguageOptions): ConfigLanguageOptions {
  return options.dialect === undefined ? {} : { dialect: options.dialect };
}
