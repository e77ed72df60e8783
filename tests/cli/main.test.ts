import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import type { CliPlugin } from '../../src/cli/main.js';
import type { KafkaRule } from '../../src/rules/index.js';
import { createFixturePlugin, fixtureRules } from './fixture-plugin.js';
import { KAFKA_PRODUCER, linted, project, run, runJson } from './helpers.js';

const BINARY = Buffer.from([0x61, 0, 0x62]);

function read(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

describe('exit codes', () => {
  it('is 0 for a clean run, printing nothing', async () => {
    const dir = project({ 'producer.properties': 'acks=all\n', 'src/producer.js': KAFKA_PRODUCER.replace('acks: 1', 'acks: -1') });
    expect(await run([], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is 1 when errors are found', async () => {
    expect((await run([], { cwd: project({ 'producer.properties': 'acks=1\n' }) })).code).toBe(1);
  });

  it('is 0 with warnings only, and 1 when they are over --max-warnings', async () => {
    const dir = project({ 'a.yml': BINARY, 'b.yml': BINARY, 'ok.properties': 'acks=all\n' });
    expect((await run([], { cwd: dir })).code).toBe(0);
    expect((await run(['--max-warnings', '2'], { cwd: dir })).code).toBe(0);
    const over = await run(['--max-warnings', '1', '--format', 'json'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('kafka-lint: too many warnings (2; maximum: 1)\n');
  });

  it('says nothing about warnings when errors already fail the run', async () => {
    const dir = project({ 'a.yml': BINARY, 'producer.properties': 'acks=1\n' });
    const { code, stderr } = await run(['--max-warnings', '0', '--format', 'json'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  });

  it('is 2, after reporting every other file, when linting a file crashes', async () => {
    const crashing = {
      ...fixtureRules,
      'fixture-crash': {
        ...fixtureRules['fixture-code-acks']!,
        create: () => ({
          Program(node: { body: unknown[] }) {
            if (node.body.length > 2) throw new Error('boom');
          },
        }),
      },
    } as unknown as Record<string, KafkaRule>;
    const dir = project({ 'crash.js': `${KAFKA_PRODUCER}export {};\n`, 'fine.js': "import 'kafkajs';\n", 'producer.properties': 'acks=1\n' });
    const { code, results, stderr } = await runJson([], { cwd: dir, plugin: createFixturePlugin(crashing) });
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(results.map((result) => [path.basename(result.filePath), result.messages.map((message) => message.ruleId ?? message.message.split('\n')[0])])).toEqual([
      ['crash.js', ['kafka-lint failed while linting this file: boom']],
      ['fine.js', []],
      ['producer.properties', ['kafka/fixture-config-acks']],
    ]);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 });
  });

  it('is 2 when the configuration is invalid', async () => {
    const broken: CliPlugin = { ...createFixturePlugin(), configs: { ...createFixturePlugin().configs, recommended: [{ files: ['**/*.yml'], language: 'kafka/missing' }] } };
    const dir = project({ 'app.yml': 'acks: 1\n' });
    const { code, stdout, stderr } = await run([], { cwd: dir, plugin: broken });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(`kafka-lint: invalid configuration for ${path.join(dir, 'app.yml')}: Key "language": Could not find "missing" in plugin "kafka".\n`);
  });

  it('is 2, with a message and no exception, when something unexpected fails', async () => {
    const presetless = { ...createFixturePlugin(), configs: {} } as unknown as CliPlugin;
    const { code, stdout, stderr } = await run([], { cwd: project({ 'producer.properties': 'acks=1\n' }), plugin: presetless });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^kafka-lint: error: .+\n$/);
  });

  it('is 0 when there is nothing to lint', async () => {
    expect(await run([], { cwd: project({ 'index.js': 'export {};\n' }) })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'kafka-lint: nothing to lint: no code using a Kafka client and no Kafka config files were found\n',
    });
  });
});

describe('--quiet', () => {
  it('shows errors only, while warnings still count for --max-warnings', async () => {
    const dir = project({ 'a.yml': BINARY, 'producer.properties': 'acks=1\n' });
    const { results } = await runJson(['--quiet'], { cwd: dir });
    expect(results.map((result) => [path.basename(result.filePath), result.errorCount, result.warningCount])).toEqual([['producer.properties', 1, 0]]);
    const warningsOnly = project({ 'a.yml': BINARY });
    expect(await run(['--quiet'], { cwd: warningsOnly })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await run(['--quiet', '--max-warnings', '0'], { cwd: warningsOnly })).code).toBe(1);
  });
});

describe('--preset', () => {
  it('turns on the rules of the chosen preset only', async () => {
    const dir = project({ 'producer.properties': 'acks=1\nsession.timeout.ms=10\n', 'p.ts': `${KAFKA_PRODUCER}const r = { partition: 0 };\n` });
    const ruleIds = async (argv: string[]) =>
      (await runJson(argv, { cwd: dir })).results.flatMap((result) => result.messages.map((message) => message.ruleId)).sort();
    expect(await ruleIds([])).toEqual(['kafka/fixture-code-acks', 'kafka/fixture-config-acks']);
    expect(await ruleIds(['--preset', 'strict'])).toEqual(['kafka/fixture-code-acks', 'kafka/fixture-config-acks', 'kafka/fixture-strict-partition']);
    expect(await ruleIds(['--preset', 'all'])).toEqual([
      'kafka/fixture-all-session-timeout',
      'kafka/fixture-code-acks',
      'kafka/fixture-config-acks',
      'kafka/fixture-strict-partition',
    ]);
  });
});

describe('--fix', () => {
  it('writes nothing without --fix', async () => {
    const files = { 'producer.properties': 'acks=1\n', 'src/producer.js': KAFKA_PRODUCER };
    const dir = project(files);
    const before = fs.statSync(path.join(dir, 'producer.properties')).mtimeMs;
    expect((await run(['--preset', 'all'], { cwd: dir })).code).toBe(1);
    expect(read(dir, 'producer.properties')).toBe(files['producer.properties']);
    expect(read(dir, 'src/producer.js')).toBe(files['src/producer.js']);
    expect(fs.statSync(path.join(dir, 'producer.properties')).mtimeMs).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['producer.properties', 'src']);
  });

  it('writes the fixes, and reports what remains', async () => {
    const dir = project({ 'producer.properties': 'acks=1\nsession.timeout.ms=10\n', 'src/producer.js': KAFKA_PRODUCER, 'clean.yml': 'acks: all\n' });
    const { code, results } = await runJson(['--fix', '--preset', 'all'], { cwd: dir });
    expect(read(dir, 'producer.properties')).toBe('acks=all\nsession.timeout.ms=10\n');
    expect(read(dir, 'src/producer.js')).toBe(KAFKA_PRODUCER.replace('acks: 1', 'acks: -1'));
    expect(read(dir, 'clean.yml')).toBe('acks: all\n');
    expect(results.flatMap((result) => result.messages.map((message) => message.ruleId))).toEqual(['kafka/fixture-all-session-timeout']);
    expect(code).toBe(1);
  });

  it('writes a file that is not UTF-8 back in its own encoding', async () => {
    // Latin-1, as Java reads .properties files: rewritten as UTF-8, the é would become two bytes.
    const dir = project({ 'producer.properties': Buffer.from('# caf\xe9\nacks=1\n', 'latin1') });
    expect(await run(['--fix'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(fs.readFileSync(path.join(dir, 'producer.properties'))).toEqual(Buffer.from('# caf\xe9\nacks=all\n', 'latin1'));
  });

  it('with --quiet fixes errors only', async () => {
    const config = `export default [{
  files: ['**/*.js'],
  plugins: { demo: { rules: {
    upper: { meta: { type: 'problem', fixable: 'code', messages: { m: 'Upper-case the topic.' }, schema: [] },
      create: (context) => ({ Literal(node) { if (node.value === 'orders') context.report({ node, messageId: 'm', fix: (f) => f.replaceText(node, "'ORDERS'") }); } }) },
    lower: { meta: { type: 'problem', fixable: 'code', messages: { m: 'Lower-case the key.' }, schema: [] },
      create: (context) => ({ Literal(node) { if (node.value === 'KEY') context.report({ node, messageId: 'm', fix: (f) => f.replaceText(node, "'key'") }); } }) },
  } } },
  rules: { 'demo/upper': 'error', 'demo/lower': 'warn' },
}];
`;
    const dir = project({ 'eslint.config.js': config, 'p.js': "import 'kafkajs';\nsend('orders', 'KEY');\n" });
    await run(['--config', 'eslint.config.js', '--fix', '--quiet'], { cwd: dir });
    expect(read(dir, 'p.js')).toBe("import 'kafkajs';\nsend('ORDERS', 'KEY');\n");
  });
});

describe('--config', () => {
  const CONFIG = `const rule = {
  meta: { type: 'problem', fixable: 'code', docs: { description: 'No fire-and-forget' }, messages: { noAcks: 'acks 0 loses messages.' }, schema: [] },
  create(context) {
    return {
      Property(node) {
        if (node.key.name === 'acks' && node.value.value === 0) {
          context.report({ node: node.value, messageId: 'noAcks', fix: (fixer) => fixer.replaceText(node.value, '-1') });
        }
      },
    };
  },
};
export default [
  { ignores: ['generated/'] },
  { files: ['**/*.js'], plugins: { team: { rules: { 'no-acks-zero': rule } } }, rules: { 'team/no-acks-zero': 'warn' } },
];
`;
  const PRODUCER = "import { Kafka } from 'kafkajs';\nproducer.send({ acks: 0 });\n";

  it("lints with the project's flat config instead of the preset, ignores included", async () => {
    const dir = project({ 'eslint.config.js': CONFIG, 'src/producer.js': PRODUCER, 'generated/producer.js': PRODUCER, 'producer.properties': 'acks=1\n' });
    const { code, results, stderr } = await runJson(['--config', 'eslint.config.js'], { cwd: dir });
    expect(results.map((result) => [path.relative(dir, result.filePath), result.messages.map((message) => [message.ruleId, message.severity])])).toEqual([
      ['src/producer.js', [['team/no-acks-zero', 1]]],
    ]);
    expect(read(dir, 'src/producer.js')).toBe(PRODUCER);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('counts rules without a pitfall as other in the summary, and fixes with --fix', async () => {
    const dir = project({ 'eslint.config.js': CONFIG, 'producer.js': PRODUCER });
    const { stdout } = await run(['--config', 'eslint.config.js'], { cwd: dir });
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('kafka-lint: other 1');
    expect((await run(['-c', 'eslint.config.js', '--fix'], { cwd: dir })).code).toBe(0);
    expect(read(dir, 'producer.js')).toBe(PRODUCER.replace('acks: 0', 'acks: -1'));
  });

  it('exits 2 for a config file that is missing or does not load', async () => {
    const dir = project({ 'broken.config.js': 'export default [{ files: [', 'producer.js': PRODUCER });
    expect(await run(['--config', 'nope.config.js'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'kafka-lint: config file not found: nope.config.js\n' });
    const broken = await run(['--config', 'broken.config.js'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toBe('kafka-lint: could not load the configuration: Unexpected end of input\n');
  });
});

describe('--stdin', () => {
  it('lints stdin as the file named by --stdin-filename, writing nothing', async () => {
    const dir = project();
    const { code, results } = await runJson(['--stdin', '--stdin-filename', 'config/producer.properties'], { cwd: dir, stdin: 'acks=1\n' });
    expect(results.map((result) => [result.filePath, result.messages.map((message) => [message.ruleId, message.line, message.column])])).toEqual([
      [path.join(dir, 'config/producer.properties'), [['kafka/fixture-config-acks', 1, 1]]],
    ]);
    expect(code).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('lints code from stdin without a Kafka-mention gate, as <text> without a name', async () => {
    const { code, results } = await runJson(['--stdin'], { cwd: project(), stdin: 'const options = { acks: 1 };\n' });
    expect(results.map((result) => [result.filePath, result.errorCount])).toEqual([['<text>', 1]]);
    expect(code).toBe(1);
  });

  it('lints a name the preset leaves out, since it was given explicitly', async () => {
    const { results } = await runJson(['--stdin', '--stdin-filename', 'chart/templates/kafka.yaml'], { cwd: project(), stdin: 'acks: 1\n' });
    expect(results.map((result) => result.errorCount)).toEqual([1]);
  });

  it('reports binary stdin instead of linting it', async () => {
    const { code, results } = await runJson(['--stdin', '--stdin-filename', 'a.yml'], { cwd: project(), stdin: BINARY });
    expect(results.map((result) => result.messages.map((message) => message.message))).toEqual([['File not linted: it is binary (a NUL byte in its first 8 KB).']]);
    expect(code).toBe(0);
  });
});

describe('--output-file', () => {
  it('writes the report to the file, creating its directory, and nothing to stdout', async () => {
    const dir = project({ 'producer.properties': 'acks=1\n' });
    const { code, stdout } = await run(['--format', 'json', '--output-file', 'reports/kafka.json'], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    const written = JSON.parse(read(dir, 'reports/kafka.json')) as { filePath: string }[];
    expect(written.map((result) => result.filePath)).toEqual([path.join(dir, 'producer.properties')]);
  });

  it('exits 2 when the file cannot be written', async () => {
    const dir = project({ 'producer.properties': 'acks=1\n', 'taken': 'a file, not a directory' });
    const { code, stderr } = await run(['--output-file', 'taken/report.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kafka-lint: error: could not write taken\/report\.txt: /);
  });
});

describe('progress', () => {
  it('writes nothing to a terminal for a short run', async () => {
    const dir = project({ 'producer.properties': 'acks=all\n' });
    expect(await run([], { cwd: dir, stderrIsTTY: true })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--list-rules', () => {
  it('prints the rules as JSON (contract)', async () => {
    const base = 'https://github.com/eslint-plugin-kafka/eslint-plugin-kafka/blob/main/docs/rules';
    const { code, stdout } = await run(['--list-rules', '--format', 'json'], { cwd: project() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { id: 'kafka/fixture-all-session-timeout', pitfall: 'rebalance', description: 'Report every session timeout', recommended: false, appliesTo: ['config'], url: `${base}/fixture-all-session-timeout.md` },
      { id: 'kafka/fixture-code-acks', pitfall: 'loss', description: 'Disallow acks 1 in code', recommended: 'recommended', appliesTo: ['code'], url: `${base}/fixture-code-acks.md` },
      { id: 'kafka/fixture-config-acks', pitfall: 'loss', description: 'Disallow acks 1 in config', recommended: 'recommended', appliesTo: ['config'], url: `${base}/fixture-config-acks.md` },
      { id: 'kafka/fixture-strict-partition', pitfall: 'skew', description: 'Disallow hard-coded partitions', recommended: 'strict', appliesTo: ['code'], url: `${base}/fixture-strict-partition.md` },
    ]);
  });

  it('prints a table grouped by pitfall', async () => {
    expect(await run(['--list-rules'], { cwd: project() })).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'loss (2)',
        '  kafka/fixture-code-acks            recommended  code    Disallow acks 1 in code',
        '  kafka/fixture-config-acks          recommended  config  Disallow acks 1 in config',
        '',
        'skew (1)',
        '  kafka/fixture-strict-partition     strict       code    Disallow hard-coded partitions',
        '',
        'rebalance (1)',
        '  kafka/fixture-all-session-timeout  all only     config  Report every session timeout',
        '',
      ].join('\n'),
    });
  });

  it("lists the package's own rules exactly, from their metadata", async () => {
    const { code, stdout } = await run(['--list-rules', '--format', 'json'], { cwd: project(), plugin });
    const listed = JSON.parse(stdout) as { id: string }[];
    expect(code).toBe(0);
    expect(listed.map((rule) => rule.id)).toEqual(Object.keys(plugin.rules).map((name) => `kafka/${name}`).sort());
    for (const [index, entry] of listed.entries()) {
      const { docs } = plugin.rules[entry.id.slice('kafka/'.length)]!.meta;
      expect(entry, entry.id).toEqual({
        id: listed[index]!.id,
        pitfall: docs.pitfall,
        description: docs.description,
        recommended: docs.recommended ?? false,
        appliesTo: docs.appliesTo,
        url: (docs as { url?: string }).url,
      });
    }
  });

  it('does not lint anything', async () => {
    const dir = project({ 'producer.properties': 'acks=1\n' });
    expect((await run(['--list-rules'], { cwd: dir })).code).toBe(0);
    expect(linted((await runJson([], { cwd: dir })).results, dir)).toEqual(['producer.properties']);
  });
});

describe('the real plugin', () => {
  it('lints with its recommended preset without failing', async () => {
    const dir = project({ 'src/producer.js': KAFKA_PRODUCER, 'plain.js': 'export {};\n' });
    const { code, results } = await runJson([], { cwd: dir, plugin });
    expect(linted(results, dir)).toEqual(['src/producer.js']);
    expect(code).not.toBe(2);
  });

  it('leaves directives written for the project\'s own ESLint set-up alone, and parses JSX in .js files', async () => {
    const dir = project({
      'src/worker.js': [
        "const { Kafka } = require('kafkajs');",
        "const producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true, maxInFlightRequests: 1 });",
        '// eslint-disable-next-line no-console',
        "console.log('ready');",
        "module.exports = (order) => producer.send({ topic: 'orders', acks: 1, messages: [{ key: order.id, value: 'v' }] });",
        '',
      ].join('\n'),
      'src/ui/PublishButton.js': [
        "import { publish } from '../kafkajs-client';",
        'export const PublishButton = () => <button onClick={() => publish()}>Publish</button>;',
        '',
      ].join('\n'),
    });
    const { code, results } = await runJson([], { cwd: dir, plugin });
    const messages = results.flatMap((result) => result.messages.map((message) => [message.ruleId, message.line]));
    expect(messages).toEqual([['kafka/require-acks-all', 5]]);
    expect(code).toBe(1);
  });

  it('does not report directives that name the project\'s own rules as unknown, but does for kafka rules', async () => {
    const dir = project({
      'src/saga.client.ts': [
        "import { ClientKafka } from '@nestjs/microservices';",
        'export class SagaClient {',
        '  // eslint-disable-next-line @typescript-eslint/no-empty-function',
        '  constructor(private readonly client: ClientKafka) {}',
        '  // eslint-disable-next-line kafka/no-such-rule',
        "  start(sagaId: string): void { this.client.emit('saga', { key: sagaId, value: 'v' }); }",
        '}',
        '',
      ].join('\n'),
    });
    const { results } = await runJson([], { cwd: dir, plugin });
    expect(results.flatMap((result) => result.messages.map((message) => [message.ruleId, message.line]))).toEqual([['kafka/no-such-rule', 5]]);
    expect(results[0]!.errorCount).toBe(1);
  });
});
