import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { discover } from '../../src/cli/discover.js';
import { KAFKA_PRODUCER, linted, project, runJson, writeFiles } from './helpers.js';

const PLAIN = 'export const answer = 42;\n';
const isRoot = process.getuid?.() === 0;

describe('discovery: which code files', () => {
  it('lints code only when it mentions a Kafka client module', async () => {
    const dir = project({
      'kafkajs.js': "const { Kafka } = require('kafkajs');\n",
      'confluent.mjs': "import { KafkaJS } from '@confluentinc/kafka-javascript';\n",
      'rdkafka.cjs': "const Kafka = require('node-rdkafka');\n",
      'nest.ts': "import { Transport } from '@nestjs/microservices';\n",
      'view.tsx': "// uses 'kafkajs' through a hook\nexport const V = () => null;\n",
      'plain.js': PLAIN,
      'plain.ts': 'export type Broker = string;\n',
      'kafka-ish.js': "const kafka = require('kafka-node');\n",
    });
    const { code, results } = await runJson([], { cwd: dir });
    expect(code).toBe(0);
    expect(linted(results, dir)).toEqual(['confluent.mjs', 'kafkajs.js', 'nest.ts', 'rdkafka.cjs', 'view.tsx']);
  });

  it('skips declaration files even when they mention kafkajs', async () => {
    const dir = project({
      'types.d.ts': "import type { Kafka } from 'kafkajs';\n",
      'types.d.mts': "import type { Kafka } from 'kafkajs';\n",
      'styles.d.css.ts': "import type { Kafka } from 'kafkajs';\n",
      'index.ts': "import type { Kafka } from 'kafkajs';\n",
    });
    expect(linted((await runJson([], { cwd: dir })).results, dir)).toEqual(['index.ts']);
  });

  it('lints every config file and lets the language decide what is Kafka config', async () => {
    const dir = project({
      'producer.properties': 'acks=all\n',
      'librdkafka.conf': 'acks=all\n',
      'application.yml': 'spring: {}\n',
      'compose.yaml': 'services: {}\n',
      'README.md': '# acks=1\n',
      'settings.json': '{"acks": 1}\n',
      'UPPER.YML': 'acks: 1\n',
    });
    expect(linted((await runJson([], { cwd: dir })).results, dir)).toEqual(['application.yml', 'compose.yaml', 'librdkafka.conf', 'producer.properties']);
  });

  it("follows src/configs.ts: YAML under templates/ or .github/ and pnpm-lock.yaml are not linted", async () => {
    const dir = project({
      'chart/templates/kafka.yaml': 'acks: {{ .Values.acks }}\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'pnpm-lock.yaml': 'lockfileVersion: 9\n',
      'chart/values.yaml': 'acks: all\n',
      'templates/producer.properties': 'acks=all\n',
    });
    expect(linted((await runJson([], { cwd: dir })).results, dir)).toEqual(['chart/values.yaml', 'templates/producer.properties']);
  });
});

describe('discovery: what is skipped', () => {
  it('never enters dependency, VCS or build-output directories', async () => {
    const skipped = ['node_modules/kafkajs', '.git', 'dist', 'build', 'out', 'coverage', '.next', 'vendor', 'target', '.venv', '.gradle', '__pycache__'];
    const dir = project({
      'src/producer.js': KAFKA_PRODUCER,
      ...Object.fromEntries(skipped.map((name) => [`${name}/producer.js`, KAFKA_PRODUCER])),
      ...Object.fromEntries(skipped.map((name) => [`${name}/application.yml`, 'acks: 1\n'])),
      'packages/app/node_modules/x/producer.properties': 'acks=1\n',
    });
    const { code, results } = await runJson([], { cwd: dir });
    expect(linted(results, dir)).toEqual(['src/producer.js']);
    expect(code).toBe(1);
  });

  it('respects the root .gitignore and nested ones, with negation', async () => {
    const dir = project({
      '.gitignore': 'generated/\n*.local.yml\nsecret.properties\n',
      'generated/app.yml': 'acks: 1\n',
      'app.local.yml': 'acks: 1\n',
      'app.yml': 'acks: all\n',
      'secret.properties': 'acks=1\n',
      'services/.gitignore': 'tmp/\n!keep.local.yml\n/only-here.properties\n',
      'services/tmp/producer.properties': 'acks=1\n',
      'services/keep.local.yml': 'acks: all\n',
      'services/drop.local.yml': 'acks: 1\n',
      'services/only-here.properties': 'acks=1\n',
      'services/deeper/only-here.properties': 'acks=all\n',
    });
    expect(linted((await runJson([], { cwd: dir })).results, dir)).toEqual(['app.yml', 'services/deeper/only-here.properties', 'services/keep.local.yml']);
  });

  it("applies the repository's .gitignore when run from a subdirectory", async () => {
    const dir = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/info/exclude': 'excluded.yml\n',
      '.gitignore': 'fixtures/\n',
      'app/fixtures/bad.properties': 'acks=1\n',
      'app/excluded.yml': 'acks: 1\n',
      'app/producer.properties': 'acks=all\n',
    });
    const app = path.join(dir, 'app');
    expect(linted((await runJson([], { cwd: app })).results, dir)).toEqual(['app/producer.properties']);
    // A directory the user names is walked even when ignored; its contents follow the nested rules only.
    expect(linted((await runJson(['fixtures'], { cwd: app })).results, dir)).toEqual(['app/fixtures/bad.properties']);
  });

  it('walks a symbolic-link loop once, and a linked file once', async () => {
    const dir = project({ 'config/producer.properties': 'acks=all\n' });
    fs.symlinkSync('..', path.join(dir, 'config', 'loop'));
    fs.symlinkSync('producer.properties', path.join(dir, 'config', 'alias.properties'));
    fs.symlinkSync('missing.yml', path.join(dir, 'config', 'dangling.yml'));
    const { code, results } = await runJson([], { cwd: dir });
    expect(code).toBe(0);
    // `alias.properties` sorts first and is the path kept; the real file is the same inode.
    expect(linted(results, dir)).toEqual(['config/alias.properties']);
  });

  it('reports a binary file as a warning without linting it', async () => {
    const binary = Buffer.concat([Buffer.from('acks=1\n'), Buffer.from([0, 1, 2, 3])]);
    const dir = project({
      'producer.properties': binary,
      'bundle.js': Buffer.concat([Buffer.from("require('kafkajs');"), Buffer.from([0])]),
      'image.js': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    });
    const { code, results } = await runJson([], { cwd: dir });
    const message = {
      ruleId: null,
      severity: 1,
      message: 'File not linted: it is binary (a NUL byte in its first 8 KB).',
      line: 1,
      column: 1,
    };
    // `image.js` mentions no Kafka client: it is none of kafka-lint's business, not even a warning.
    expect(results).toEqual([
      { filePath: path.join(dir, 'bundle.js'), messages: [message], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
      { filePath: path.join(dir, 'producer.properties'), messages: [message], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
    ]);
    expect(code).toBe(0);
  });

  it('reports a file over --max-file-size as a warning without reading it', async () => {
    const big = `acks=1\n${'# padding\n'.repeat(300)}`;
    const dir = project({
      'big.properties': big,
      'small.properties': 'acks=all\n',
      'huge-unrelated.js': `// ${'x'.repeat(3000)}\n`,
      'huge-kafka.js': `// ${'x'.repeat(3000)}\nrequire('kafkajs');\n`,
    });
    const { code, results } = await runJson(['--max-file-size', '0.001'], { cwd: dir });
    const tooLarge = (size: string) => ({
      ruleId: null,
      severity: 1,
      message: `File not linted: ${size} is over the 1 KB limit (raise it with --max-file-size).`,
      line: 1,
      column: 1,
    });
    expect(results.map((result) => [path.basename(result.filePath), result.messages])).toEqual([
      ['big.properties', [tooLarge('2.9 KB')]],
      ['huge-kafka.js', [tooLarge('3 KB')]],
      ['small.properties', []],
    ]);
    expect(code).toBe(0);
  });

  it('finds a Kafka mention in a large file across read chunks', async () => {
    // The name straddles the 1 MiB chunk boundary of the streaming scan.
    const offset = 1024 * 1024 - 3;
    const dir = project({ 'bundle.js': `${' '.repeat(offset)}require('kafkajs')\n`, 'other.js': ' '.repeat(2 * 1024 * 1024) });
    const { results } = await runJson(['--max-file-size', '1'], { cwd: dir });
    expect(results.map((result) => [path.basename(result.filePath), result.warningCount])).toEqual([['bundle.js', 1]]);
  });

  it.skipIf(isRoot)('reports an unreadable file as a fatal error', async () => {
    const dir = project({ 'producer.properties': 'acks=1\n', 'ok.properties': 'acks=all\n' });
    fs.chmodSync(path.join(dir, 'producer.properties'), 0o000);
    const { code, results } = await runJson([], { cwd: dir });
    expect(results[1]).toMatchObject({
      filePath: path.join(dir, 'producer.properties'),
      messages: [{ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 }],
      errorCount: 1,
      fatalErrorCount: 1,
    });
    expect(results[1]!.messages[0]!.message).toMatch(/^File could not be read: EACCES/);
    expect(code).toBe(1);
  });

  it.skipIf(isRoot)('reports a directory it cannot enter as a warning', async () => {
    const dir = project({ 'locked/producer.properties': 'acks=1\n', 'ok.properties': 'acks=all\n' });
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      const { code, results } = await runJson([], { cwd: dir });
      expect(results.map((result) => [path.basename(result.filePath), result.warningCount, result.errorCount])).toEqual([
        ['locked', 1, 0],
        ['ok.properties', 0, 0],
      ]);
      expect(results[0]!.messages[0]!.message).toMatch(/^Directory could not be read, its files were not linted: EACCES/);
      expect(code).toBe(0);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  it('reports a named FIFO as unreadable instead of blocking on it', async () => {
    const dir = project();
    const fifo = path.join(dir, 'pipe.yml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // No mkfifo on this system (Windows).
    }
    const walked = await runJson([], { cwd: dir });
    expect(walked.results).toEqual([]);
    const named = await runJson(['pipe.yml'], { cwd: dir });
    expect(named.results.map((result) => result.messages)).toEqual([
      [{ ruleId: null, fatal: true, severity: 2, message: 'File could not be read: not a regular file', line: 1, column: 1 }],
    ]);
    expect(named.code).toBe(1);
  });
});

describe('discovery: explicit paths', () => {
  it('always lints a file named on the command line', async () => {
    const dir = project({
      '.gitignore': 'ignored.properties\n',
      'ignored.properties': 'acks=1\n',
      'plain.js': 'const config = { acks: 1 };\n',
      'node_modules/lib/producer.js': 'const config = { acks: 1 };\n',
      'chart/templates/values.yaml': 'acks: 1\n',
    });
    const files = ['ignored.properties', 'plain.js', 'node_modules/lib/producer.js', 'chart/templates/values.yaml'];
    const { code, results } = await runJson(files, { cwd: dir });
    expect(results.map((result) => [path.relative(dir, result.filePath), result.messages.map((message) => message.ruleId)])).toEqual([
      ['chart/templates/values.yaml', ['kafka/fixture-config-acks']],
      ['ignored.properties', ['kafka/fixture-config-acks']],
      ['node_modules/lib/producer.js', ['kafka/fixture-code-acks']],
      ['plain.js', ['kafka/fixture-code-acks']],
    ]);
    expect(code).toBe(1);
  });

  it('warns about a named file of an unsupported kind', async () => {
    const dir = project({ 'README.md': '# acks=1\n' });
    const { code, results } = await runJson(['README.md'], { cwd: dir });
    expect(results.map((result) => result.messages)).toEqual([
      [
        {
          ruleId: null,
          severity: 1,
          message: 'File not linted: kafka-lint lints .js .mjs .cjs .jsx .ts .mts .cts .tsx .properties .conf .yml .yaml files.',
          line: 1,
          column: 1,
        },
      ],
    ]);
    expect(code).toBe(0);
  });

  it('exits 2 when a named path does not exist', async () => {
    const dir = project({ 'producer.properties': 'acks=1\n' });
    const result = await runJson(['producer.properties', 'nope.yml', 'missing/'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'kafka-lint: no such file or directory: nope.yml, missing/\n' });
  });

  it('lints files outside the working directory', async () => {
    const dir = project({ 'elsewhere/producer.properties': 'acks=1\n', 'here/.keep': '' });
    const { code, results } = await runJson(['../elsewhere'], { cwd: path.join(dir, 'here') });
    expect(results.map((result) => [result.filePath, result.errorCount])).toEqual([[path.join(dir, 'elsewhere/producer.properties'), 1]]);
    expect(code).toBe(1);
  });

  it('lints a file named twice, or named and found by walking, once', async () => {
    const dir = project({ 'producer.properties': 'acks=1\n', 'plain.js': PLAIN });
    const { results } = await runJson(['.', 'producer.properties', './producer.properties', 'plain.js'], { cwd: dir });
    expect(linted(results, dir)).toEqual(['plain.js', 'producer.properties']);
  });
});

describe('discover()', () => {
  it('returns sorted candidates, marking explicit ones', () => {
    const dir = project({ 'b.yml': '', 'a/c.properties': '', 'a/x.js': '', 'a/x.d.ts': '', 'notes.txt': '' });
    writeFiles(dir, { 'node_modules/m.yml': '' });
    expect(discover(['.', 'a/x.js', 'notes.txt'], dir)).toEqual({
      candidates: [
        { path: path.join(dir, 'a/c.properties'), kind: 'config', explicit: false },
        { path: path.join(dir, 'a/x.js'), kind: 'code', explicit: true },
        { path: path.join(dir, 'b.yml'), kind: 'config', explicit: false },
      ],
      skipped: [{ path: path.join(dir, 'notes.txt'), skip: { reason: 'unsupported' } }],
      missing: [],
    });
  });
});
