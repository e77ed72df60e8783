import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';

import { readSourceText, type ConfigLanguageOptions } from '../source-code.js';
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

  /** There are no options; unknown ones (JavaScript options from configs without `files`) are ignored. */
  validateLanguageOptions(_languageOptions: ConfigLanguageOptions): void {}

  /** Drops leaked JavaScript options so that they reach neither rules nor ESLint's cache key. */
  normalizeLanguageOptions(_languageOptions: ConfigLanguageOptions): ConfigLanguageOptions {
    return {};
  }

  parse(file: File): ParseResult<ParsedPropertiesFile> {
    const source = readSourceText(file.body, 'latin1');
    if (!source.ok) return { ok: false, errors: [source.error] };
    return { ok: true, ast: parseProperties(source.text), text: source.text };
  }

  createSourceCode(file: File, result: OkParseResult<ParsedPropertiesFile>): PropertiesSourceCode {
    return new PropertiesSourceCode({ text: result.text as string, ast: result.ast, path: file.path });
  }
}
