import path from 'node:path';

import type { File } from '@eslint/core';

import { isDialectOf, type ConfigLanguageName } from '../config-lint/language-options.js';
import { properties, yaml } from '../config-lint/languages.js';
import type { ConfigFileModel, Dialect } from '../config-lint/model.js';

// The extensions of PROPERTIES_FILES and YAML_FILES in src/configs.ts.
const LANGUAGE_BY_EXTENSION = new Map<string, ConfigLanguageName>([
  ['.properties', 'properties'],
  ['.conf', 'properties'],
  ['.yml', 'yaml'],
  ['.yaml', 'yaml'],
]);

/**
 * The config model of a file's text, read by the plugin's own languages exactly as linting reads
 * it: same parser, same dialect detection, or the dialect forced for it when that dialect is one
 * of the file's format. `undefined` for a file of another extension, or one that does not parse.
 */
export function configFileModel(filePath: string, text: string, dialect?: Dialect): ConfigFileModel | undefined {
  const languageName = LANGUAGE_BY_EXTENSION.get(path.extname(filePath));
  if (languageName === undefined) return undefined;
  const file: File = { path: filePath, physicalPath: filePath, bom: false, body: text };
  const languageOptions = isDialectOf(languageName, dialect) ? { dialect } : {};
  if (languageName === 'properties') {
    const result = properties.parse(file);
    return result.ok ? properties.createSourceCode(file, result, { languageOptions }).getConfigModel() : undefined;
  }
  const result = yaml.parse(file);
  return result.ok ? yaml.createSourceCode(file, result, { languageOptions }).getConfigModel() : undefined;
}
