import { RuleTester as CodeRuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as ConfigRuleTester } from 'eslint';
import * as vitest from 'vitest';

import plugin from '../src/index.js';

CodeRuleTester.afterAll = vitest.afterAll;
CodeRuleTester.describe = vitest.describe;
CodeRuleTester.it = vitest.it;
CodeRuleTester.itOnly = vitest.it.only;

const configTester = ConfigRuleTester as unknown as {
  describe: typeof vitest.describe;
  it: typeof vitest.it;
  itOnly: typeof vitest.it.only;
};
configTester.describe = vitest.describe;
configTester.it = vitest.it;
configTester.itOnly = vitest.it.only;

/** Lints TypeScript (and JavaScript written as TypeScript) with the typescript-eslint parser. */
export const codeTester = new CodeRuleTester();

/** Lints `.properties` / `.conf` files with the plugin's `kafka/properties` language. */
export const propertiesTester = new ConfigRuleTester({ plugins: { kafka: plugin }, language: 'kafka/properties' });

/** Lints YAML files with the plugin's `kafka/yaml` language. */
export const yamlTester = new ConfigRuleTester({ plugins: { kafka: plugin }, language: 'kafka/yaml' });

/**
 * Template tag (or function) that removes the common indentation of a source snippet, so test sources
 * read naturally. Interpolated values are inserted after the indentation is removed.
 */
export function dedent(template: TemplateStringsArray | string, ...values: unknown[]): string {
  const parts = typeof template === 'string' ? [template] : [...template];
  const indents = parts
    .join('')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => /^ */.exec(line)![0].length);
  const indent = Math.min(...indents);
  const stripped = parts.map((part) => part.replaceAll(`\n${' '.repeat(indent)}`, '\n'));
  stripped[0] = stripped[0]!.replace(/^\n/, '');
  stripped[stripped.length - 1] = stripped.at(-1)!.replace(/\n *$/, '\n');
  return stripped.reduce((text, part, index) => text + String(values[index - 1]) + part);
}
