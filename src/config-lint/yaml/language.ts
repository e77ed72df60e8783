import type { File, FileError, Language, OkParseResult, ParseResult } from '@eslint/core';

import type { YamlFile } from '../ast.js';
import { readSourceText, type ConfigLanguageOptions } from '../source-code.js';
import { parseYaml, type YamlProblem } from './parse.js';
import { YamlSourceCode } from './source-code.js';

type YamlLanguageTypes = {
  LangOptions: ConfigLanguageOptions;
  Code: YamlSourceCode;
  RootNode: YamlFile;
  Node: YamlFile;
};

/** ESLint prints a parse error's line and column as given: both 1-based. */
function toFileError({ code, message, loc }: YamlProblem): FileError {
  const text = code === 'RESOURCE_EXHAUSTION' ? `Nesting too deep to parse: ${message}` : message;
  return {
    message: `${text} (${code})`,
    line: loc.start.line,
    column: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1,
  };
}

/**
 * The `kafka/yaml` language: Spring Boot `application*.yml`, Strimzi resources, docker-compose
 * files. A YAML syntax error is one fatal parse error at its position (rules do not run on a file a
 * YAML loader would reject); unknown tags and directives are tolerated.
 */
export class YamlLanguage implements Language<YamlLanguageTypes> {
  readonly fileType = 'text';
  readonly lineStart = 1;
  readonly columnStart = 0;
  readonly nodeTypeKey = 'type';
  /** The documents are the `yaml` package's nodes, which ESLint must not walk: rules visit the root. */
  readonly visitorKeys = { YamlFile: [] };
  readonly defaultLanguageOptions: ConfigLanguageOptions = {};

  /** There are no options; unknown ones (JavaScript options from configs without `files`) are ignored. */
  validateLanguageOptions(_languageOptions: ConfigLanguageOptions): void {}

  /** Drops leaked JavaScript options so that they reach neither rules nor ESLint's cache key. */
  normalizeLanguageOptions(_languageOptions: ConfigLanguageOptions): ConfigLanguageOptions {
    return {};
  }

  parse(file: File): ParseResult<YamlFile> {
    const source = readSourceText(file.body, 'error');
    if (!source.ok) return { ok: false, errors: [source.error] };
    const { file: ast, errors, warnings } = parseYaml(source.text);
    const [firstError] = errors;
    // Later errors mostly follow from the first one: report that one only.
    if (firstError) return { ok: false, errors: [toFileError(firstError)] };
    return { ok: true, ast, text: source.text, warnings };
  }

  createSourceCode(file: File, result: OkParseResult<YamlFile>): YamlSourceCode {
    return new YamlSourceCode({
      text: result.text as string,
      ast: result.ast,
      path: file.path,
      warnings: result.warnings as YamlProblem[],
    });
  }
}
