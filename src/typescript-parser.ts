import { createRequire } from 'node:module';

import type * as TypeScriptParserModule from '@typescript-eslint/parser';
import type { Linter } from 'eslint';

type TypeScriptParser = typeof TypeScriptParserModule;

const require = createRequire(import.meta.url);
let loaded: TypeScriptParser | undefined;

/** Loading the parser loads TypeScript (~180 ms), so it waits until a TypeScript file is parsed. */
function load(): TypeScriptParser {
  loaded ??= require('@typescript-eslint/parser') as TypeScriptParser;
  return loaded;
}

const { version } = require('@typescript-eslint/parser/package.json') as { version: string };

/**
 * `@typescript-eslint/parser`, loaded on first use. A run over config files only, `--list-rules`,
 * or an editor that lints a YAML file never pays for TypeScript.
 */
export const typescriptParser: Linter.Parser = {
  meta: { name: 'typescript-eslint/parser', version },
  parseForESLint: (code: string, options?: Record<string, unknown>) =>
    load().parseForESLint(code, options) as unknown as Linter.ESLintParseResult,
};
