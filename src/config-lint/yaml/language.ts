import type { File, FileError, Language, LanguageContext, OkParseResult, ParseResult } from '@eslint/core';

import type { YamlFile } from '../ast.js';
import { normalizeDialectOption, validateDialectOption, type ConfigLanguageOptions } from '../language-options.js';
import { readSourceText, releasingPrevious } from '../source-code.js';
import { parseYaml, type YamlProblem } from './parse.js';
import { YamlSourceCode } from './source-code.js';

type YamlLanguageTypes = {
  LangOptions: ConfigLanguageOptions;
  Code: YamlSourceCode;
  RootNode: YamlFile;
  Node: YamlFile;
};

/**
 * The largest YAML file this language parses. The \`yaml\` package needs about 1.5 s and 150 MB of
 * memory per megabyte of YAML (a 50 MB file exhausts Node's default heap), while Kafka configuration
 * is measured in kilobytes: a larger file is reported, not parsed, so a run never stalls on one.
 */
export const MAX_YAML_BYTES = 4 * 1024 * 1024;

function tooLarge(text: string): FileError {
  const megabytes = (Buffer.byteLength(text, 'utf8') / (1024 * 1024)).toFixed(1);
  return {
    message: `YAML file of ${megabytes} MB not parsed: kafka/yaml parses files up to ${MAX_YAML_BYTES / (1024 * 1024)} MB (Kafka configuration is far smaller, and parsing costs about 1.5 s per MB). Exclude it from linting.`,
    line: 1,
    column: 1,
  };
}

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

  /**
   * `dialect` must name a YAML dialect; unknown options (JavaScript options from configs without
   * `files`) are ignored.
   */
  validateLanguageOptions(languageOptions: ConfigLanguageOptions): void {
    validateDialectOption('yaml', languageOptions);
  }

  /** Keeps `dialect` only: leaked JavaScript options reach neither rules nor ESLint's cache key. */
  normalizeLanguageOptions(languageOptions: ConfigLanguageOptions): ConfigLanguageOptions {
    return normalizeDialectOption(languageOptions);
  }

  parse(file: File): ParseResult<YamlFile> {
    const source = readSourceText(file.body, 'error');
    if (!source.ok) return { ok: false, errors: [source.error] };
    // Characters first: counting bytes walks the text, and only a long text can be too large.
    if (source.text.length * 3 > MAX_YAML_BYTES && Buffer.byteLength(source.text, 'utf8') > MAX_YAML_BYTES) {
      return { ok: false, errors: [tooLarge(source.text)] };
    }
    const { file: ast, errors, warnings } = parseYaml(source.text);
    const [firstError] = errors;
    // Later errors mostly follow from the first one: report that one only.
    if (firstError) return { ok: false, errors: [toFileError(firstError)] };
    return { ok: true, ast, text: source.text, warnings };
  }

  createSourceCode(file: File, result: OkParseResult<YamlFile>, context?: LanguageContext<ConfigLanguageOptions>): YamlSourceCode {
    return releasingPrevious(
      new YamlSourceCode({
        text: result.text as string,
        ast: result.ast,
        path: file.path,
        dialect: context?.languageOptions.dialect,
        warnings: result.warnings as YamlProblem[],
      }),
    );
  }
}
