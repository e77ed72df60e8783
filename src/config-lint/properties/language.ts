import type { File, Language, LanguageContext, OkParseResult, ParseResult } from '@eslint/core';

import { normalizeDialectOption, validateDialectOption, type ConfigLanguageOptions } from '../language-options.js';
import { readSourceText, releasingPrevious } from '../source-code.js';
import { parseProperties, type ParsedPropertiesFile } from './parse.js';
import { PropertiesSourceCode } from './source-code.js';

type PropertiesLanguageTypes = {
  LangOptions: ConfigLanguageOptions;
  Code: PropertiesSourceCode;
  RootNode: ParsedPropertiesFile;
  Node: ParsedPropertiesFile;
};

/**
 * The `kafka/properties` language: Java `.properties` files and librdkafka property files. Lines
 * count from 1 and columns from 0, as in ESLint's JavaScript language, so one rule reports the
 * same `loc` shape in code and in config files.
 */
export class PropertiesLanguage implements Language<PropertiesLanguageTypes> {
  readonly fileType = 'text';
  readonly lineStart = 1;
  readonly columnStart = 0;
  readonly nodeTypeKey = 'type';
  /** Rules visit the root and read its entries: see `ConfigSourceCodeBase#traverse`. */
  readonly visitorKeys = { PropertiesFile: [] };
  readonly defaultLanguageOptions: ConfigLanguageOptions = {};

  /**
   * `dialect` must name a properties dialect; unknown options (JavaScript options from configs
   * without `files`) are ignored.
   */
  validateLanguageOptions(languageOptions: ConfigLanguageOptions): void {
    validateDialectOption('properties', languageOptions);
  }

  /** Keeps `dialect` only: leaked JavaScript options reach neither rules nor ESLint's cache key. */
  normalizeLanguageOptions(languageOptions: ConfigLanguageOptions): ConfigLanguageOptions {
    return normalizeDialectOption(languageOptions);
  }

  parse(file: File): ParseResult<ParsedPropertiesFile> {
    const source = readSourceText(file.body, 'latin1');
    if (!source.ok) return { ok: false, errors: [source.error] };
    return { ok: true, ast: parseProperties(source.text), text: source.text };
  }

  createSourceCode(
    file: File,
    result: OkParseResult<ParsedPropertiesFile>,
    context?: LanguageContext<ConfigLanguageOptions>,
  ): PropertiesSourceCode {
    return releasingPrevious(
      new PropertiesSourceCode({
        text: result.text as string,
        ast: result.ast,
        path: file.path,
        dialect: context?.languageOptions.dialect,
      }),
    );
  }
}
