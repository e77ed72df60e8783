import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { linted, project, run, runJson, type JsonResult } from './helpers.js';

// A topic created with one replica, in a file that shows no cluster: only settings.kafka says how many brokers there are.
const TOPICS = `import { Kafka } from 'kafkajs';
const admin = new Kafka({ brokers: ['kafka:9092'] }).admin();
await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 3, replicationFactor: 1 }] });
`;

/** A compose file running `count` Kafka brokers, with the given environment. */
function compose(count: number, environment: Record<string, string | number> = {}): string {
  const env = Object.entries(environment).map(([name, value]) => `      ${name}: ${value}\n`);
  return `services:\n  kafka:\n    image: apache/kafka:3.8.0\n    deploy:\n      replicas: ${count}\n    environment:\n      KAFKA_PROCESS_ROLES: broker,controller\n${env.join('')}`;
}

/** The rules reported on one file, relative to `dir`. */
function rulesOn(results: readonly JsonResult[], dir: string, file: string): (string | null)[] {
  return results.filter((result) => result.filePath === path.join(dir, file)).flatMap((result) => result.messages.map((message) => message.ruleId));
}

/** A --config file with one rule that reports the `settings.kafka` each file is linted with. */
const ECHO_CONFIG = `const echo = {
  meta: { type: 'problem', schema: [] },
  create: (context) => ({ Program(node) { context.report({ node, message: JSON.stringify(context.settings.kafka ?? null) }); } }),
};
export default [
  { files: ['**/*.js'], plugins: { probe: { rules: { echo } } }, rules: { 'probe/echo': 'error' } },
  { files: ['pinned/**'], settings: { kafka: { brokers: 5 } } },
];
`;

function echoed(results: readonly JsonResult[], dir: string, file: string): unknown {
  const result = results.find((candidate) => candidate.filePath === path.join(dir, file));
  return JSON.parse(result!.messages[0]!.message);
}

describe('settings inferred from the repository', () => {
  it('silences a one-replica topic when a compose file beside it runs one broker', async () => {
    const dir = project({ 'src/topics.js': TOPICS, 'docker-compose.yml': compose(1) });
    expect(rulesOn((await runJson([], { cwd: dir, plugin })).results, dir, 'src/topics.js')).toEqual([]);
    expect(rulesOn((await runJson(['--no-infer-settings'], { cwd: dir, plugin })).results, dir, 'src/topics.js')).toEqual(['kafka/require-replication']);
  });

  it('reports it when the compose file runs three brokers', async () => {
    const dir = project({ 'src/topics.js': TOPICS, 'docker-compose.yml': compose(3) });
    const { code, results } = await runJson([], { cwd: dir, plugin });
    expect(rulesOn(results, dir, 'src/topics.js')).toEqual(['kafka/require-replication']);
    expect(code).toBe(1);
  });

  it('infers no broker count when compose files disagree, so the topic is reported', async () => {
    const dir = project({ 'src/topics.js': TOPICS, 'docker-compose.yml': compose(1), 'deploy/docker-compose.yml': compose(3) });
    expect(rulesOn((await runJson([], { cwd: dir, plugin })).results, dir, 'src/topics.js')).toEqual(['kafka/require-replication']);
  });

  it('reads only the files of the run, and nothing with --stdin', async () => {
    const dir = project({ 'src/topics.js': TOPICS, 'docker-compose.yml': compose(1) });
    expect(rulesOn((await runJson(['src'], { cwd: dir, plugin })).results, dir, 'src/topics.js')).toEqual(['kafka/require-replication']);
    const stdin = await runJson(['--stdin', '--stdin-filename', 'src/topics.js'], { cwd: dir, plugin, stdin: TOPICS });
    expect(rulesOn(stdin.results, dir, 'src/topics.js')).toEqual(['kafka/require-replication']);
  });

  it('merges under the settings of a --config file: each key the config sets for a file wins', async () => {
    const dir = project({
      'eslint.config.js': ECHO_CONFIG,
      'docker-compose.yml': compose(1, { KAFKA_MIN_INSYNC_REPLICAS: 2 }),
      'src/app.js': "import 'kafkajs';\n",
      'pinned/app.js': "import 'kafkajs';\n",
    });
    const { results } = await runJson(['--config', 'eslint.config.js'], { cwd: dir });
    expect(linted(results, dir)).toEqual(['pinned/app.js', 'src/app.js']);
    expect(echoed(results, dir, 'src/app.js')).toEqual({ brokers: 1, minInsyncReplicas: 2 });
    expect(echoed(results, dir, 'pinned/app.js')).toEqual({ brokers: 5, minInsyncReplicas: 2 });
    const off = await runJson(['--config', 'eslint.config.js', '--no-infer-settings'], { cwd: dir });
    expect(echoed(off.results, dir, 'src/app.js')).toBeNull();
  });

  it("honours the --config file's ignores: an ignored compose file says nothing", async () => {
    const dir = project({
      'eslint.config.js': `${ECHO_CONFIG}export const unused = 0;\n`.replace('export default [', "export default [\n  { ignores: ['fixtures/'] },"),
      'fixtures/docker-compose.yml': compose(1),
      'src/app.js': "import 'kafkajs';\n",
    });
    const { results } = await runJson(['--config', 'eslint.config.js'], { cwd: dir });
    expect(echoed(results, dir, 'src/app.js')).toBeNull();
  });

  it('finds transactional producers in code for the consumers of other files', async () => {
    const dir = project({
      'package.json': '{ "name": "billing", "type": "module" }\n',
      'src/producer.js': "import { Kafka } from 'kafkajs';\nexport const producer = new Kafka({ brokers: ['b:9092'] }).producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1 });\n",
      'config/consumer.properties': 'bootstrap.servers=b:9092\ngroup.id=billing\nenable.auto.commit=false\n',
    });
    const { stdout } = await run(['--print-settings', '--format', 'json'], { cwd: dir, plugin });
    expect(JSON.parse(stdout)).toEqual({
      settings: {},
      transactionalIn: ['.'],
      findings: [{ setting: 'transactional', value: true, file: 'src/producer.js' }],
      conflicts: [],
    });
    expect(rulesOn((await runJson([], { cwd: dir, plugin })).results, dir, 'config/consumer.properties')).toContain('kafka/require-read-committed');
    expect(rulesOn((await runJson(['--no-infer-settings'], { cwd: dir, plugin })).results, dir, 'config/consumer.properties')).not.toContain('kafka/require-read-committed');
  });

  it('marks only the files of the applications that have transactional producers', async () => {
    const consumer = 'bootstrap.servers=b:9092\ngroup.id=app\nenable.auto.commit=false\n';
    const transactionalProducer = 'bootstrap.servers=b:9092\ntransactional.id=tx\nenable.idempotence=true\n';
    const dir = project({
      'services/payments/pom.xml': '<project/>\n',
      'services/payments/config/producer.properties': transactionalProducer,
      'services/payments/config/consumer.properties': consumer,
      'services/ledger/pom.xml': '<project/>\n',
      'services/ledger/kafka/producer.properties': transactionalProducer,
      'services/ledger/kafka/deep/consumer.properties': consumer,
      'services/billing/pom.xml': '<project/>\n',
      'services/billing/config/consumer.properties': consumer,
      'services/payments-archive/config/consumer.properties': consumer,
    });
    const { results } = await runJson([], { cwd: dir, plugin });
    const asked = (file: string): boolean => rulesOn(results, dir, file).includes('kafka/require-read-committed');
    expect(asked('services/payments/config/consumer.properties')).toBe(true);
    expect(asked('services/ledger/kafka/deep/consumer.properties')).toBe(true);
    // Another application, and a folder whose name only starts like a transactional one.
    expect(asked('services/billing/config/consumer.properties')).toBe(false);
    expect(asked('services/payments-archive/config/consumer.properties')).toBe(false);
  });
});

describe('--print-settings', () => {
  it('prints each setting with the files it comes from, and lints nothing', async () => {
    const dir = project({
      'docker-compose.yml': compose(1, { KAFKA_MIN_INSYNC_REPLICAS: 1 }),
      'deploy/docker-compose.yml': compose(3, { KAFKA_MIN_INSYNC_REPLICAS: 2 }),
      'config/server.properties': 'log.dirs=/k\ndefault.replication.factor=3\n',
      'src/topics.js': TOPICS,
    });
    expect(await run(['--print-settings'], { cwd: dir, plugin })).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'settings.kafka inferred from the files of this run (settings.kafka in an ESLint config wins over them):',
        '  brokers                  -  not inferred, the files disagree: 3 in deploy/docker-compose.yml; 1 in docker-compose.yml',
        '  minInsyncReplicas        -  not inferred, the files disagree: 2 in deploy/docker-compose.yml; 1 in docker-compose.yml',
        '  replicationFactor        3  config/server.properties',
        '  transactionMaxTimeoutMs  -  not inferred: no file shows it',
        '  transactional            -  not inferred: no file shows it',
        '',
      ].join('\n'),
    });
  });

  it('names five files or applications per setting at most, and says where the rest are', async () => {
    const producer = 'bootstrap.servers=b:9092\ntransactional.id=tx\nenable.idempotence=true\n';
    const dir = project(Object.fromEntries(Array.from({ length: 7 }, (_, index) => [`svc-${index}/producer.properties`, producer])));
    const { stdout } = await run(['--print-settings'], { cwd: dir, plugin });
    const shown = 'svc-0, svc-1, svc-2, svc-3, svc-4 and 2 more';
    const files = 'svc-0/producer.properties, svc-1/producer.properties, svc-2/producer.properties, svc-3/producer.properties, svc-4/producer.properties and 2 more';
    expect(stdout.split('\n').slice(-3)).toEqual([
      `  transactional            true  for the files under ${shown} (from ${files})`,
      '(`--print-settings --format json` lists every file and application)',
      '',
    ]);
    const json = JSON.parse((await run(['--print-settings', '--format', 'json'], { cwd: dir, plugin })).stdout) as { transactionalIn: string[] };
    expect(json.transactionalIn).toHaveLength(7);
  });

  it('prints JSON with --format json, to --output-file when given', async () => {
    const dir = project({ 'docker-compose.yml': compose(3), 'k8s/compose.yaml': compose(3) });
    expect(await run(['--print-settings', '--format', 'json', '-o', 'settings.json'], { cwd: dir, plugin })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toEqual({
      settings: { brokers: 3 },
      transactionalIn: [],
      findings: [
        { setting: 'brokers', value: 3, file: 'docker-compose.yml' },
        { setting: 'brokers', value: 3, file: 'k8s/compose.yaml' },
      ],
      conflicts: [],
    });
  });
});

describe('--dialect', () => {
  // Named like a Spring file: detection reads it as Spring and finds nothing to check.
  const FILES = { 'deploy/application.yml': compose(3, { KAFKA_DEFAULT_REPLICATION_FACTOR: 1 }), 'src/topics.js': TOPICS };

  it('reads the files its glob matches as the dialect', async () => {
    const dir = project(FILES);
    expect(rulesOn((await runJson([], { cwd: dir, plugin })).results, dir, 'deploy/application.yml')).toEqual([]);
    const forced = await runJson(['--dialect', 'deploy/**=compose'], { cwd: dir, plugin });
    expect(rulesOn(forced.results, dir, 'deploy/application.yml')).toEqual(['kafka/require-replication']);
  });

  it('takes globs from the current directory, wherever ESLint sets its base', async () => {
    const dir = project({ ...FILES, 'services/app.js': "import 'kafkajs';\n" });
    const cwd = path.join(dir, 'services');
    const forced = await runJson(['--dialect', '../deploy/*.yml=compose', '.', '../deploy'], { cwd, plugin });
    expect(rulesOn(forced.results, dir, 'deploy/application.yml')).toEqual(['kafka/require-replication']);
  });

  it('leaves files of another format, and files the preset does not lint, as they were', async () => {
    const dir = project({ ...FILES, 'deploy/templates/kafka.yml': 'replicas: {{ .Values.replicas }}\n' });
    const { code, results } = await runJson(['--dialect', 'deploy/**=compose', '--dialect', '**/*.js=strimzi'], { cwd: dir, plugin });
    expect(linted(results, dir)).toEqual(['deploy/application.yml', 'src/topics.js']);
    expect(rulesOn(results, dir, 'src/topics.js')).toEqual(['kafka/require-replication']);
    expect(code).toBe(1);
  });

  it('is honoured by inference', async () => {
    const dir = project(FILES);
    const { stdout } = await run(['--print-settings', '--format', 'json', '--dialect', 'deploy/**=compose'], { cwd: dir, plugin });
    expect((JSON.parse(stdout) as { settings: unknown }).settings).toEqual({ brokers: 3, replicationFactor: 1 });
  });

  it('is a usage error for an unknown dialect', async () => {
    const { code, stdout, stderr } = await run(['--dialect', 'deploy/**=strimzy'], { cwd: project(FILES), plugin });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^kafka-lint: --dialect: unknown dialect 'strimzy'; use one of java-properties, .*strimzi.*\nRun 'kafka-lint --help' for usage\.\n$/);
  });
});

const root = path.join(import.meta.dirname, '../..');
const built = fs.existsSync(path.join(root, 'dist/index.js'));

describe('languageOptions.dialect in a --config file', () => {
  // The config file is loaded by Node itself, so it imports the build output: this needs `npm run build` first.
  const configWith = (dialect: string) => `import kafka from ${JSON.stringify(path.join(root, 'dist/index.js'))};
export default [...kafka.configs.recommended, { files: ['deploy/**/*.yml'], languageOptions: { dialect: ${JSON.stringify(dialect)} } }];
`;

  it.skipIf(!built)('forces the dialect for linting and for inference', async () => {
    const dir = project({ 'eslint.config.js': configWith('compose'), 'deploy/application.yml': compose(3, { KAFKA_DEFAULT_REPLICATION_FACTOR: 1 }) });
    const { results } = await runJson(['--config', 'eslint.config.js'], { cwd: dir });
    expect(rulesOn(results, dir, 'deploy/application.yml')).toEqual(['kafka/require-replication']);
    const { stdout } = await run(['--config', 'eslint.config.js', '--print-settings', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(stdout) as { settings: unknown }).settings).toEqual({ brokers: 3, replicationFactor: 1 });
  });

  it.skipIf(!built)('is a configuration error, exit 2, when the dialect is unknown', async () => {
    const dir = project({ 'eslint.config.js': configWith('strimzy'), 'deploy/application.yml': compose(3) });
    const { code, stdout, stderr } = await run(['--config', 'eslint.config.js'], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(`kafka-lint: invalid configuration for ${path.join(dir, 'deploy/application.yml')}:`);
    expect(stderr).toContain('Key "dialect": unknown dialect "strimzy"; kafka/yaml accepts spring, strimzi, compose');
  });
});
