import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { describe, expect, it } from 'vitest';

import type { PropertiesFile, PropertyEntry, YamlFile } from '../../src/config-lint/ast.js';
import { dialectsOf } from '../../src/config-lint/language-options.js';
import { properties, yaml } from '../../src/config-lint/languages.js';
import { isConfigSourceCode } from '../../src/config-lint/model.js';
import type { ConfigSourceCodeBase } from '../../src/config-lint/source-code.js';
import type { PropertiesSourceCode } from '../../src/config-lint/properties/source-code.js';
import type { YamlSourceCode } from '../../src/config-lint/yaml/source-code.js';
import plugin from '../../src/index.js';

// Throw-away rules that make the languages visible through ESLint's own output.
const testRules: Record<string, Rule.RuleModule> = {
  /** Reports every `.properties` entry as `key=value`, on the whole entry. */
  entries: {
    meta: { type: 'problem', fixable: 'code' },
    create(context) {
      return {
        PropertiesFile(node: unknown) {
          for (const entry of (node as PropertiesFile).entries) {
            context.report({
              loc: entry.loc,
              message: `${entry.key}=${entry.value}`,
              fix: entry.key === 'acks' && entry.value === '1' ? (fixer) => fixer.replaceTextRange(entry.valueRange, 'all') : null,
            });
          }
        },
      };
    },
  },
  /** Reports every top-level key of every YAML document, on the key. */
  keys: {
    meta: { type: 'problem' },
    create(context) {
      const sourceCode = context.sourceCode as unknown as YamlSourceCode;
      return {
        YamlFile(node: unknown) {
          for (const document of (node as YamlFile).documents) {
            if (!isMap(document.contents)) continue;
            for (const pair of document.contents.items as Pair<Node, Node>[]) {
              if (!isScalar(pair.key)) continue;
              const [start, end] = pair.key.range!;
              context.report({
                loc: { start: sourceCode.locAt(start), end: sourceCode.locAt(end) },
                message: `key ${String(pair.key.value)}`,
              });
            }
          }
        },
      };
    },
  },
  /** Reports every comment, on the comment. */
  comments: {
    meta: { type: 'problem' },
    create(context) {
      const sourceCode = context.sourceCode as unknown as ConfigSourceCodeBase<YamlFile>;
      return {
        [`${sourceCode.ast.type}:exit`]() {
          for (const comment of sourceCode.comments) context.report({ loc: comment.loc, message: `comment${comment.value}` });
        },
      };
    },
  },
};

const testPlugin = { meta: { name: 'kafka-test' }, languages: { properties, yaml }, rules: testRules };

function propertiesConfig(rules: Linter.RulesRecord = { 'kafka/entries': 'error' }): Linter.Config[] {
  return [{ files: ['**/*.properties'], plugins: { kafka: testPlugin }, language: 'kafka/properties', rules }];
}

function yamlConfig(rules: Linter.RulesRecord = { 'kafka/keys': 'error' }): Linter.Config[] {
  return [{ files: ['**/*.yml'], plugins: { kafka: testPlugin }, language: 'kafka/yaml', rules }];
}

function lint(text: string, config: Linter.Config[], filename: string, options: Partial<Linter.LintOptions> = {}) {
  return new Linter().verify(text, config, { filename, ...options });
}

/** Messages as `line:column-endLine:endColumn message`, in ESLint's 1-based columns. */
function located(messages: Linter.LintMessage[]): string[] {
  return messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.message}`);
}

describe('language objects', () => {
  it.each([
    ['properties', properties],
    ['yaml', yaml],
  ])('%s counts lines from 1 and columns from 0, like the JavaScript language', (_name, language) => {
    expect(language).toMatchObject({ fileType: 'text', lineStart: 1, columnStart: 0, nodeTypeKey: 'type', defaultLanguageOptions: {} });
  });

  it('lets rules visit the roots only', () => {
    expect(properties.visitorKeys).toEqual({ PropertiesFile: [] });
    expect(yaml.visitorKeys).toEqual({ YamlFile: [] });
  });

  it.each([
    ['properties', properties],
    ['yaml', yaml],
  ])('%s accepts and drops unknown language options', (_name, language) => {
    const leaked = { parser: tsParser, globals: { window: 'readonly' }, ecmaVersion: 2022, sourceType: 'module' };
    expect(() => language.validateLanguageOptions(leaked)).not.toThrow();
    expect(language.normalizeLanguageOptions(leaked)).toEqual({});
  });
});

describe('a SourceCode once the next config file is read', () => {
  function sourceCodeOf(path: string, text: string): ConfigSourceCodeBase<PropertiesFile | YamlFile> {
    const file = { path, physicalPath: path, bom: false, body: text };
    const language = path.endsWith('.properties') ? properties : yaml;
    const result = language.parse(file);
    if (!result.ok) throw new Error('fixture does not parse');
    return language.createSourceCode(file, result as never, { languageOptions: {} }) as ConfigSourceCodeBase<PropertiesFile | YamlFile>;
  }

  it('lets go of its AST and config model, and keeps its text and positions', () => {
    const first = sourceCodeOf('producer.properties', '# producer\nbootstrap.servers=b:9092\nacks=1\n');
    const model = first.getConfigModel();
    expect(model.views).toHaveLength(1);
    const second = sourceCodeOf('application.yml', 'spring:\n  kafka:\n    producer:\n      acks: 1\n');

    expect((first.ast as PropertiesFile).entries).toEqual([]);
    expect(first.comments).toEqual([]);
    expect(first.getConfigModel().views.flatMap((view) => view.entries)).toEqual([]);
    expect(first.text).toBe('# producer\nbootstrap.servers=b:9092\nacks=1\n');
    expect(first.getLocFromIndex(first.text.indexOf('acks'))).toEqual({ line: 3, column: 0 });
    // What a caller kept is untouched; the newest SourceCode is whole.
    expect(model.views[0]!.get('acks')?.value).toBe('1');
    expect(second.getConfigModel().views.map((view) => view.get('acks')?.value)).toEqual(['1']);

    sourceCodeOf('consumer.properties', 'group.id=g\n');
    expect((second.ast as YamlFile).documents).toEqual([]);
  });
});

describe('kafka/properties through ESLint', () => {
  it('reports at exact positions, in 1-based columns', () => {
    const text = 'acks=1\n  retries = 3\nsasl.jaas.config=a \\\n    b\n';
    expect(located(lint(text, propertiesConfig(), 'producer.properties'))).toEqual([
      '1:1-1:7 acks=1',
      '2:3-2:14 retries=3',
      '3:1-4:6 sasl.jaas.config=a b',
    ]);
  });

  it('applies fixes at the value range', () => {
    const result = new Linter().verifyAndFix('acks=1\nretries=3\n', propertiesConfig(), { filename: 'producer.properties' });
    expect(result.output).toBe('acks=all\nretries=3\n');
    expect(result.fixed).toBe(true);
  });

  it('honours eslint-disable-next-line, block disable/enable, and ! comments', () => {
    const text = [
      '# eslint-disable-next-line kafka/entries -- reviewed with the platform team',
      'acks=1',
      'retries=3',
      '! eslint-disable kafka/entries',
      'linger.ms=5',
      'batch.size=16384',
      '#eslint-enable kafka/entries',
      'compression.type=lz4',
    ].join('\n');
    expect(located(lint(text, propertiesConfig(), 'producer.properties'))).toEqual(['3:1-3:10 retries=3', '8:1-8:21 compression.type=lz4']);
  });

  it('honours eslint-disable-line on a comment line only: a # after a value belongs to the value', () => {
    const text = 'acks=1 # eslint-disable-line kafka/entries\n';
    expect(located(lint(text, propertiesConfig(), 'producer.properties'))).toEqual([
      '1:1-1:43 acks=1 # eslint-disable-line kafka/entries',
    ]);
  });

  it('honours inline # eslint rule configuration', () => {
    const text = '# eslint kafka/entries: off\nacks=1\n';
    expect(lint(text, propertiesConfig(), 'producer.properties')).toEqual([]);
    const warned = lint('# eslint kafka/entries: warn\nacks=1\n', propertiesConfig(), 'producer.properties');
    expect(warned.map((message) => [message.severity, message.line])).toEqual([[1, 2]]);
  });

  it('reports a malformed inline configuration at its comment', () => {
    const messages = lint('# eslint kafka/entries: [\nacks=1\n', propertiesConfig({}), 'producer.properties');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, line: 1, column: 1, endLine: 1, endColumn: 26 });
  });

  it('reports unused disable directives at the directive comment, with a fix that removes it', () => {
    const messages = lint('# eslint-disable-next-line kafka/entries\n# nothing here\n', propertiesConfig(), 'producer.properties', {
      reportUnusedDisableDirectives: true,
    });
    expect(messages).toEqual([
      {
        ruleId: null,
        message: "Unused eslint-disable directive (no problems were reported from 'kafka/entries').",
        line: 1,
        column: 1,
        severity: 2,
        fix: { range: [0, 40], text: ' ' },
      },
    ]);
  });

  it('counts CR and CRLF line breaks for directives and positions', () => {
    for (const eol of ['\r', '\r\n']) {
      const text = ['# eslint-disable-next-line kafka/entries', 'acks=1', 'retries=3'].join(eol);
      expect(located(lint(text, propertiesConfig(), 'producer.properties'))).toEqual(['3:1-3:10 retries=3']);
    }
  });

  it('yields one fatal error for a binary file', () => {
    expect(lint('acks=1\n\0\0\0', propertiesConfig(), 'producer.properties')).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: 'Parsing error: Binary file (NUL byte); only UTF-8 text files can be linted.',
        line: 2,
        column: 1,
      },
    ]);
  });

  it('visits the root only: entries are read from it, and never wake rules listening to ESTree Property nodes', () => {
    const visits: string[] = [];
    const recorder: Rule.RuleModule = {
      meta: { type: 'problem' },
      create: () => ({
        PropertiesFile: () => void visits.push('file'),
        'PropertiesFile:exit': () => void visits.push('file:exit'),
        Property: () => void visits.push('property'),
      }),
    };
    const plugin = { ...testPlugin, rules: { recorder } };
    new Linter().verify('a=1\nb=2\n', [{ files: ['**/*.properties'], plugins: { kafka: plugin }, language: 'kafka/properties', rules: { 'kafka/recorder': 'error' } }], {
      filename: 'x.properties',
    });
    expect(visits).toEqual(['file', 'file:exit']);
  });
});

describe('core rules enabled for every file', () => {
  // `export default [js.configs.recommended, ...kafka.configs.recommended]` enables these on config files too.
  const recommendedCoreRules = Object.fromEntries(
    [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended === true).map(([name]) => [name, 'error' as const]),
  );

  it.each([
    ['producer.properties', 'kafka/properties', 'acks=1\n# note\nacks=all\n'],
    ['application.yml', 'kafka/yaml', 'acks: 1 # note\nacks: all\n'],
  ])('eslint:recommended rules without files do not crash on %s', (filename, language, text) => {
    const config: Linter.Config[] = [
      { rules: recommendedCoreRules },
      { files: ['**/*.properties', '**/*.yml'], plugins: { kafka: testPlugin }, language },
    ];
    expect(Object.keys(recommendedCoreRules).length).toBeGreaterThan(50);
    expect(lint(text, config, filename)).toEqual([]);
  });
});

describe('kafka/yaml through ESLint', () => {
  const springFile = [
    '# Orders service', // 1
    'spring:', // 2
    '  kafka:', // 3
    '    producer.acks: 1', // 4
    '---', // 5
    'spring.kafka.producer.acks: all', // 6
    'server.port: 8080', // 7
    '',
  ].join('\n');

  it('reports at exact positions, in 1-based columns, across documents', () => {
    expect(located(lint(springFile, yamlConfig(), 'application.yml'))).toEqual([
      '2:1-2:7 key spring',
      '6:1-6:27 key spring.kafka.producer.acks',
      '7:1-7:12 key server.port',
    ]);
  });

  it('exposes comments with exact positions', () => {
    expect(located(lint('a: 1 # why\n# alone\n', yamlConfig({ 'kafka/comments': 'error' }), 'application.yml'))).toEqual([
      '1:6-1:11 comment why',
      '2:1-2:8 comment alone',
    ]);
  });

  it('honours an end-of-line eslint-disable-line', () => {
    const text = 'acks: 1 # eslint-disable-line kafka/keys -- compacted topic, loss accepted\nretries: 3\n';
    expect(located(lint(text, yamlConfig(), 'application.yml'))).toEqual(['2:1-2:8 key retries']);
  });

  it('removes an unused end-of-line directive with --fix, leaving valid YAML', () => {
    const config = [...yamlConfig({ 'kafka/keys': 'off' }), { linterOptions: { reportUnusedDisableDirectives: 'error' as const } }];
    const result = new Linter().verifyAndFix('acks: all # eslint-disable-line kafka/keys\n', config, { filename: 'application.yml' });
    expect(result.output).toBe('acks: all  \n');
  });

  it('honours eslint-disable-next-line, also in an indented comment and with CRLF line breaks', () => {
    const text = ['  # eslint-disable-next-line kafka/keys', 'acks: 1', 'retries: 3'].join('\r\n');
    expect(located(lint(text, yamlConfig(), 'application.yml'))).toEqual(['3:1-3:8 key retries']);
  });

  it('honours block disable and enable', () => {
    const text = ['acks: 1', '# eslint-disable kafka/keys', 'retries: 3', 'linger.ms: 5', '# eslint-enable kafka/keys', 'batch.size: 1'].join('\n');
    expect(located(lint(text, yamlConfig(), 'application.yml'))).toEqual(['1:1-1:5 key acks', '6:1-6:11 key batch.size']);
  });

  it('honours a disable comment for every rule and inline # eslint configuration', () => {
    expect(lint('# eslint-disable\nacks: 1\n', yamlConfig(), 'application.yml')).toEqual([]);
    expect(lint('# eslint kafka/keys: off\nacks: 1\n', yamlConfig(), 'application.yml')).toEqual([]);
  });

  it('does not read a directive inside a quoted scalar or a block scalar', () => {
    const text = 'a: "# eslint-disable-line kafka/keys"\nb: |\n  # eslint-disable-line kafka/keys\n';
    expect(located(lint(text, yamlConfig(), 'application.yml'))).toEqual(['1:1-1:2 key a', '2:1-2:2 key b']);
  });

  it('yields one fatal message with line and column for malformed YAML', () => {
    expect(lint('spring:\n  kafka: producer: acks\nbad: [\n', yamlConfig(), 'application.yml')).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: 'Parsing error: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)',
        line: 2,
        column: 10,
      },
    ]);
  });

  it('yields one fatal message for 10 000 levels of nesting', () => {
    expect(lint('['.repeat(10_000), yamlConfig(), 'application.yml')).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: 'Parsing error: Collections nested more than 256 levels deep are not parsed (NESTING_TOO_DEEP)',
        line: 1,
        column: 257,
      },
    ]);
  });

  it('yields one fatal message, at once, for a 50 MB YAML file', () => {
    const line = '  setting: a value long enough to fill a large file quickly\n';
    const huge = `spring:\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`;
    const started = performance.now();
    expect(lint(huge, yamlConfig(), 'application.yml')).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message:
          'Parsing error: YAML file of 50.0 MB not parsed: kafka/yaml parses files up to 4 MB (Kafka configuration is far smaller, and parsing costs about 1.5 s per MB). Exclude it from linting.',
        line: 1,
        column: 1,
      },
    ]);
    // The parser would take over a minute and exhaust the default heap; the check takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('yields a clear fatal message for a UTF-16 file read as UTF-8', () => {
    const utf16 = Buffer.from('\uFEFFacks: 1\n', 'utf16le').toString('utf8');
    expect(lint(utf16, yamlConfig(), 'application.yml')).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: 'Parsing error: File is UTF-16 encoded (it starts with a UTF-16 byte order mark); save it as UTF-8.',
        line: 1,
        column: 1,
      },
    ]);
  });

  it('runs rules on files with tolerated problems (unknown tags)', () => {
    expect(located(lint('bucket: !Ref Bucket\n', yamlConfig(), 'application.yml'))).toEqual(['1:1-1:7 key bucket']);
  });

  it('is not disturbed by JavaScript options from config objects without files', () => {
    let seenOptions: unknown;
    const spy: Rule.RuleModule = {
      meta: { type: 'problem' },
      create(context) {
        seenOptions = context.languageOptions;
        return {};
      },
    };
    const plugin = { ...testPlugin, rules: { ...testRules, spy } };
    const config: Linter.Config[] = [
      {
        languageOptions: {
          parser: tsParser,
          globals: { window: 'readonly' },
          ecmaVersion: 2022,
          sourceType: 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
      { files: ['**/*.yml'], plugins: { kafka: plugin }, language: 'kafka/yaml', rules: { 'kafka/keys': 'error', 'kafka/spy': 'error' } },
    ];
    expect(located(lint('acks: 1\n', config, 'application.yml'))).toEqual(['1:1-1:5 key acks']);
    expect(seenOptions).toEqual({});
  });
});

describe('the dialect option', () => {
  it.each([
    ['properties', properties, 'java-properties'],
    ['yaml', yaml, 'strimzi'],
  ] as const)('%s keeps a valid dialect, and drops leaked options beside it', (_name, language, dialect) => {
    const options = { dialect, parser: tsParser, ecmaVersion: 2022 };
    expect(() => language.validateLanguageOptions(options)).not.toThrow();
    expect(language.normalizeLanguageOptions(options)).toEqual({ dialect });
  });

  it('accepts spring in both languages', () => {
    expect(() => properties.validateLanguageOptions({ dialect: 'spring' })).not.toThrow();
    expect(() => yaml.validateLanguageOptions({ dialect: 'spring' })).not.toThrow();
  });

  it('rejects an unknown dialect, and one of the other format, saying what is accepted', () => {
    expect(dialectsOf('yaml')).toEqual(expect.arrayContaining(['spring', 'strimzi', 'compose']));
    expect(dialectsOf('properties')).toEqual(expect.arrayContaining(['spring', 'java-properties', 'broker-properties', 'librdkafka']));
    expect(() => yaml.validateLanguageOptions({ dialect: 'strimzy' } as never)).toThrow(
      `Key "dialect": unknown dialect "strimzy"; kafka/yaml accepts ${dialectsOf('yaml').join(', ')}.`,
    );
    expect(() => properties.validateLanguageOptions({ dialect: 'compose' })).toThrow(
      `Key "dialect": 'compose' is not a dialect of kafka/properties files; kafka/properties accepts ${dialectsOf('properties').join(', ')}.`,
    );
    expect(() => yaml.validateLanguageOptions({ dialect: 3 } as never)).toThrow('unknown dialect 3;');
  });

  const COMPOSE_AS_SPRING_NAME =
    'services:\n  kafka:\n    image: apache/kafka:3.8.0\n    deploy:\n      replicas: 3\n    environment:\n      KAFKA_DEFAULT_REPLICATION_FACTOR: 1\n';

  function ruleIds(messages: Linter.LintMessage[]): (string | null)[] {
    return messages.map((message) => message.ruleId);
  }

  it("composes with the plugin's configs: a glob forces the dialect of the files it matches", () => {
    const base = [...plugin.configs.recommended];
    const forced: Linter.Config[] = [...base, { files: ['deploy/**/*.yml'], language: 'kafka/yaml', languageOptions: { dialect: 'compose' } }];
    // Named like a Spring file, so detection reads it as Spring and finds nothing.
    expect(lint(COMPOSE_AS_SPRING_NAME, base, 'deploy/application.yml')).toEqual([]);
    expect(ruleIds(lint(COMPOSE_AS_SPRING_NAME, forced, 'deploy/application.yml'))).toEqual(['kafka/require-replication']);
    expect(lint(COMPOSE_AS_SPRING_NAME, forced, 'other/application.yml')).toEqual([]);
  });

  it('works without naming the language, on files the plugin already lints', () => {
    const config: Linter.Config[] = [...plugin.configs.recommended, { files: ['**/*.properties'], languageOptions: { dialect: 'java-properties' } }];
    expect(ruleIds(lint('acks=1\n', plugin.configs.recommended, 'settings.properties'))).toEqual([]);
    expect(ruleIds(lint('acks=1\n', config, 'settings.properties'))).toEqual(['kafka/require-acks-all', 'kafka/require-idempotent-producer']);
  });

  it('is a configuration error when unknown', () => {
    const config: Linter.Config[] = [...plugin.configs.recommended, { files: ['**/*.yml'], languageOptions: { dialect: 'strimzy' } }];
    expect(() => lint('a: 1\n', config, 'a.yml')).toThrow(/Key "languageOptions": Key "dialect": unknown dialect "strimzy"/);
  });
});

describe('config source code', () => {
  function sourceCodeOf(text: string, config: Linter.Config[], filename: string) {
    const linter = new Linter();
    linter.verify(text, config, { filename });
    return linter.getSourceCode() as unknown as ConfigSourceCodeBase<YamlFile>;
  }

  it('implements the text, location and tree API on properties files', () => {
    const sourceCode = sourceCodeOf('# c\nacks=1\r\nretries=3', propertiesConfig(), 'producer.properties');
    const [acks] = (sourceCode.ast as unknown as { entries: PropertyEntry[] }).entries;
    expect(sourceCode.getLoc(acks as never)).toEqual({ start: { line: 2, column: 0 }, end: { line: 2, column: 6 } });
    expect(sourceCode.getRange(acks as never)).toEqual([4, 10]);
    expect(sourceCode.getText(acks as never)).toBe('acks=1');
    expect(sourceCode.getParent(acks as never)).toBe(sourceCode.ast);
    expect(sourceCode.getParent(sourceCode.ast)).toBeUndefined();
    expect(sourceCode.getAncestors(acks as never)).toEqual([sourceCode.ast]);
    expect(sourceCode.lines).toEqual(['# c', 'acks=1', 'retries=3']);
    expect(sourceCode.locAt(12)).toEqual({ line: 3, column: 0 });
    expect(sourceCode.getLocFromIndex(12)).toEqual({ line: 3, column: 0 });
    expect(sourceCode.getIndexFromLoc({ line: 3, column: 0 })).toBe(12);
    expect(sourceCode.ast.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 3, column: 9 } });
    expect(sourceCode.path).toBe('producer.properties');
  });

  it('locates offsets in properties files like the generic text API does, and exposes escape problems', () => {
    const text = 'a=1\r\n# c\rb=\\\n  x\\u12\n';
    const sourceCode = sourceCodeOf(text, propertiesConfig({}), 'producer.properties') as unknown as PropertiesSourceCode;
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      expect(sourceCode.locAt(offset)).toEqual(sourceCode.getLocFromIndex(offset));
    }
    expect(sourceCode.getParseProblems().map((problem) => problem.loc)).toEqual([
      { start: { line: 4, column: 3 }, end: { line: 4, column: 7 } },
    ]);
  });

  it('locates offsets in YAML files like the generic text API does', () => {
    const text = 'a: 1\r\n# c\rb:\n  - x\n';
    const sourceCode = sourceCodeOf(text, yamlConfig(), 'application.yml');
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      expect(sourceCode.locAt(offset)).toEqual(sourceCode.getLocFromIndex(offset));
    }
    expect(sourceCode.lines).toEqual(['a: 1', '# c', 'b:', '  - x', '']);
  });

  it('extracts the config model once and caches it', () => {
    const sourceCode = sourceCodeOf('spring.kafka.producer.acks: 1\n', yamlConfig(), 'application.yml');
    expect(isConfigSourceCode(sourceCode)).toBe(true);
    const model = sourceCode.getConfigModel();
    expect(Array.isArray(model.views)).toBe(true);
    expect(sourceCode.getConfigModel()).toBe(model);
  });
});

describe('parse', () => {
  const file = (body: string | Uint8Array) => ({ path: '/repo/application.yml', physicalPath: '/repo/application.yml', bom: false, body });

  it('decodes UTF-8 bytes', () => {
    const result = yaml.parse(file(new TextEncoder().encode('name: café\n')));
    expect(result.ok).toBe(true);
  });

  it('rejects YAML bytes that are not UTF-8, at the first bad byte', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a: 1\nb: caf'), 0xe9, 0x0a]);
    expect(yaml.parse(file(bytes))).toEqual({
      ok: false,
      errors: [{ message: 'Not a UTF-8 text file (invalid UTF-8 byte); binary files cannot be linted.', line: 2, column: 7 }],
    });
  });

  it('reads .properties bytes that are not UTF-8 as ISO-8859-1, as Properties#load(InputStream) does', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('description=Caf'), 0xe9]);
    const result = properties.parse(file(bytes));
    expect(result.ok && result.ast.entries[0]!.value).toBe('Café');
  });

  it.each([
    ['little-endian', [0xff, 0xfe, 0x61, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x61]],
  ])('rejects %s UTF-16 bytes with a clear message', (_name, bytes) => {
    expect(yaml.parse(file(Uint8Array.from(bytes)))).toEqual({
      ok: false,
      errors: [{ message: 'File is UTF-16 encoded (it starts with a UTF-16 byte order mark); save it as UTF-8.', line: 1, column: 1 }],
    });
  });

  it('rejects bytes with a NUL in the first kilobyte, at the NUL', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a: 1\nbb'), 0x00, 0x01]);
    expect(properties.parse(file(bytes))).toEqual({
      ok: false,
      errors: [{ message: 'Binary file (NUL byte); only UTF-8 text files can be linted.', line: 2, column: 3 }],
    });
  });

  it('skips a UTF-8 byte order mark in bytes', () => {
    const result = properties.parse(file(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('acks=all')])));
    expect(result.ok && result.ast.entries[0]!.keyRange).toEqual([0, 4]);
  });

  it('accepts a NUL after the first kilobyte (a text file with a stray byte)', () => {
    const result = properties.parse(file(`${'# padding\n'.repeat(200)}acks=\0`));
    expect(result.ok).toBe(true);
  });
});
