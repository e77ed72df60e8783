import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { Ajv } from 'ajv';
import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { formatGithub } from '../../src/cli/formats.js';
import { pitfallSummary } from '../../src/cli/summary.js';
import { UNPARSABLE } from './fixture-plugin.js';
import { KAFKA_PRODUCER, project, run, runJson } from './helpers.js';

const SARIF_SCHEMA = path.join(import.meta.dirname, '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function sarifValidator() {
  // unicodeRegExp off: the schema's `language` pattern has a stray `]`, valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The schema's formats, checked rather than ignored: artifact URIs must be absolute URIs.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  // The file is written in draft-04, which Ajv 8 does not load; it uses nothing draft-07 reads
  // differently (no boolean exclusiveMinimum/Maximum, no nested ids), so only the header changes.
  const { id, $schema: _draft04, ...schema } = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as { id: string; $schema: string };
  return ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...schema });
}

const BINARY = Buffer.concat([Buffer.from('acks: 1\n'), Buffer.from([0])]);

function sampleProject(): string {
  return project({
    'producer.properties': 'acks=1\nsession.timeout.ms=10\n',
    'src/producer.ts': `${KAFKA_PRODUCER}const record = { partition: 0 };\n`,
    'blob.yml': BINARY,
    'odd,dir:x/app.yml': 'acks: 1\n',
    'clean.properties': 'acks=all\n',
  });
}

describe('--format json', () => {
  it("prints ESLint's JSON result format, every linted file included", async () => {
    const dir = project({ 'producer.properties': 'acks=1\nlinger.ms=5\n', 'clean.properties': 'acks=all\n' });
    const { code, stdout, results } = await runJson([], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.endsWith(']\n')).toBe(true);
    expect(results).toEqual([
      {
        filePath: path.join(dir, 'clean.properties'),
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: path.join(dir, 'producer.properties'),
        messages: [
          {
            ruleId: 'kafka/fixture-config-acks',
            severity: 2,
            message: 'acks=1: 100% of writes wait for the leader only, not the replicas',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 7,
            messageId: 'leaderOnly',
            fix: { range: [5, 6], text: 'all' },
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
        source: 'acks=1\nlinger.ms=5\n',
        usedDeprecatedRules: [],
      },
    ]);
  });

  it('prints [] when nothing is linted, and says so on stderr', async () => {
    const dir = project({ 'plain.js': 'export {};\n' });
    expect(await run(['--format', 'json'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: 'kafka-lint: nothing to lint: no code using a Kafka client and no Kafka config files were found\n',
    });
  });
});

describe('--format github', () => {
  it('prints one workflow command per message, escaped as GitHub requires', async () => {
    const dir = sampleProject();
    const { code, stdout, stderr } = await run(['--format', 'github', '--preset', 'strict'], { cwd: dir });
    expect(stdout).toBe(
      [
        '::warning file=blob.yml,line=1,col=1,title=kafka-lint::File not linted: it is binary (a NUL byte in its first 8 KB).',
        '::error file=odd%2Cdir%3Ax/app.yml,line=1,col=1,endLine=1,endColumn=8,title=kafka/fixture-config-acks::acks=1: 100%25 of writes wait for the leader only, not the replicas',
        '::error file=producer.properties,line=1,col=1,endLine=1,endColumn=7,title=kafka/fixture-config-acks::acks=1: 100%25 of writes wait for the leader only, not the replicas',
        '::error file=src/producer.ts,line=3,col=41,endLine=3,endColumn=42,title=kafka/fixture-code-acks::`acks: 1` waits for the leader only.',
        '::error file=src/producer.ts,line=4,col=18,endLine=4,endColumn=30,title=kafka/fixture-strict-partition::A hard-coded partition%0Asends every message to one broker.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('prints nothing for a clean run', async () => {
    expect(await run(['--format', 'github'], { cwd: project({ 'a.properties': 'acks=all\n' }) })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('keeps absolute paths outside the workspace, and omits positions a message lacks', () => {
    const result = (filePath: string, messages: ESLint.LintResult['messages']): ESLint.LintResult => ({
      filePath,
      messages,
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    const text = formatGithub(
      [
        result('/elsewhere/a.yml', [{ ruleId: null, severity: 1, message: 'File ignored because no matching configuration was supplied.', line: 0, column: 0 }]),
        result('/work/repo/b.yml', [{ ruleId: 'kafka/x', severity: 2, fatal: true, message: 'line one\r\nline two: 5%', line: 2, column: 3 }]),
      ],
      '/work/repo',
    );
    expect(text).toBe(
      '::warning file=/elsewhere/a.yml,title=kafka-lint::File ignored because no matching configuration was supplied.\n' +
        '::error file=b.yml,line=2,col=3,title=kafka/x::line one%0D%0Aline two: 5%25\n',
    );
  });
});

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; properties: { category?: string } }[] } };
    results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }[];
    invocations?: { executionSuccessful: boolean; toolConfigurationNotifications: { level: string; message: { text: string } }[] }[];
  }[];
}

describe('--format sarif', () => {
  const validate = sarifValidator();

  it('prints SARIF 2.1.0 that validates against the schema, with the rules and their pitfalls', async () => {
    const dir = sampleProject();
    const { code, stdout } = await run(['--format', 'sarif', '--preset', 'strict'], { cwd: dir });
    const log = JSON.parse(stdout) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver).toMatchObject({ name: 'kafka-lint', version: '9.8.7', informationUri: 'https://github.com/eslint-plugin-kafka/eslint-plugin-kafka' });
    expect(sarifRun!.tool.driver.rules.map((rule) => [rule.id, rule.properties.category]).sort()).toEqual([
      ['kafka/fixture-code-acks', 'loss'],
      ['kafka/fixture-config-acks', 'loss'],
      ['kafka/fixture-strict-partition', 'skew'],
    ]);
    expect(sarifRun!.results.map((result) => [result.ruleId, result.level, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['kafka/fixture-config-acks', 'error', pathToFileURL(path.join(dir, 'odd,dir:x/app.yml')).href],
      ['kafka/fixture-config-acks', 'error', pathToFileURL(path.join(dir, 'producer.properties')).href],
      ['kafka/fixture-code-acks', 'error', pathToFileURL(path.join(dir, 'src/producer.ts')).href],
      ['kafka/fixture-strict-partition', 'error', pathToFileURL(path.join(dir, 'src/producer.ts')).href],
    ]);
    // A file not linted is a tool notification, not a finding; a warning does not fail the run.
    expect(sarifRun!.invocations).toMatchObject([
      { executionSuccessful: true, toolConfigurationNotifications: [{ level: 'warning', message: { text: 'File not linted: it is binary (a NUL byte in its first 8 KB).' } }] },
    ]);
    expect(code).toBe(1);
  });

  it('validates for a clean run and for a file that fails to parse', async () => {
    const clean = JSON.parse((await run(['--format', 'sarif'], { cwd: project({ 'a.properties': 'acks=all\n' }) })).stdout) as SarifLog;
    expect(validate(clean), JSON.stringify(validate.errors)).toBe(true);
    expect(clean.runs[0]!.results).toEqual([]);

    const broken = await run(['--format', 'sarif'], { cwd: project({ 'a.yml': `${UNPARSABLE}\n` }) });
    const log = JSON.parse(broken.stdout) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.invocations).toMatchObject([{ executionSuccessful: false, toolConfigurationNotifications: [{ level: 'error' }] }]);
    expect(broken.code).toBe(1);
  });
});

describe('--format stylish', () => {
  it("prints ESLint's stylish report, then a summary by pitfall", async () => {
    const dir = project({ 'producer.properties': 'acks=1\n', 'src/producer.ts': `${KAFKA_PRODUCER}const record = { partition: 0 };\n` });
    const { code, stdout, stderr } = await run(['--preset', 'strict'], { cwd: dir });
    expect(stdout).toBe(
      [
        '',
        path.join(dir, 'producer.properties'),
        '  1:1  error  acks=1: 100% of writes wait for the leader only, not the replicas  kafka/fixture-config-acks',
        '',
        path.join(dir, 'src/producer.ts'),
        '  3:41  error  `acks: 1` waits for the leader only                       kafka/fixture-code-acks',
        '  4:18  error  A hard-coded partition',
        'sends every message to one broker  kafka/fixture-strict-partition',
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '  2 errors and 0 warnings potentially fixable with the `--fix` option.',
        'kafka-lint: loss 2 · skew 1',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('prints nothing for a clean run', async () => {
    expect(await run([], { cwd: project({ 'a.properties': 'acks=all\n' }) })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('colours only when asked or on a terminal', async () => {
    const dir = project({ 'producer.properties': 'acks=1\n' });
    expect((await run([], { cwd: dir })).stdout).not.toContain('\x1b[');
    expect((await run(['--no-color'], { cwd: dir })).stdout).not.toContain('\x1b[');
    expect((await run(['--color'], { cwd: dir })).stdout).toContain('\x1b[31merror\x1b[39m');
  });

  it('has no summary line when only files not linted are reported', async () => {
    const { code, stdout } = await run([], { cwd: project({ 'blob.yml': BINARY }) });
    expect(stdout).toContain('File not linted: it is binary');
    expect(stdout).not.toContain('kafka-lint:');
    expect(code).toBe(0);
  });
});

describe('pitfallSummary', () => {
  const result = (ruleIds: (string | null)[]): ESLint.LintResult => ({
    filePath: '/a',
    messages: ruleIds.map((ruleId) => ({ ruleId, severity: 2, message: 'm', line: 1, column: 1 })),
    suppressedMessages: [],
    errorCount: ruleIds.length,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  });
  const meta = (pitfall?: string) => ({ docs: { description: 'd', ...(pitfall && { pitfall }) } });

  it('counts rule findings in pitfall order, other rules last', () => {
    const rulesMeta = { 'kafka/a': meta('skew'), 'kafka/b': meta('loss'), 'no-console': meta(), 'kafka/c': meta('duplication') };
    expect(pitfallSummary([result(['kafka/a', 'no-console', 'kafka/b', null]), result(['kafka/a', 'kafka/c', 'unknown/rule'])], rulesMeta)).toBe(
      'kafka-lint: loss 1 · duplication 1 · skew 2 · other 2',
    );
  });

  it('is undefined without rule findings', () => {
    expect(pitfallSummary([result([null])], {})).toBeUndefined();
    expect(pitfallSummary([], {})).toBeUndefined();
  });
});
