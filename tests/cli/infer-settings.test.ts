import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Dialect } from '../../src/config-lint/model.js';
import { discover } from '../../src/cli/discover.js';
import { inferSettings, type FileConfig } from '../../src/cli/infer-settings.js';
import { configFileModel } from '../../src/cli/config-file-model.js';
import { RunFiles } from '../../src/cli/load-file.js';
import { combineFindings, declaresTransactionalProducer, findingsOfModel, mayShowSettings, type SettingFinding } from '../../src/cli/settings-findings.js';
import { project } from './helpers.js';

const MB = 1024 * 1024;

/** A compose file running `count` Kafka brokers (one service scaled), with the given environment. */
function compose(count: number, environment: Record<string, string | number> = {}): string {
  const env = Object.entries(environment).map(([name, value]) => `      ${name}: ${value}\n`);
  return `services:\n  kafka:\n    image: apache/kafka:3.8.0\n    deploy:\n      replicas: ${count}\n    environment:\n      KAFKA_PROCESS_ROLES: broker,controller\n${env.join('')}`;
}

const STRIMZI_POOLS = `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: prod
  annotations:
    strimzi.io/node-pools: enabled
spec:
  kafka:
    config:
      default.replication.factor: 3
      min.insync.replicas: 2
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaNodePool
metadata:
  name: brokers
  labels:
    strimzi.io/cluster: prod
spec:
  replicas: 5
  roles: [broker]
`;

const KAFKAJS_TRANSACTIONAL = `import { Kafka } from 'kafkajs';
export const producer = new Kafka({ brokers: ['b:9092'] }).producer({ transactionalId: 'orders-tx', idempotent: true });
`;

/** Infers from a fixture tree, as the CLI does after discovering it. */
async function infer(files: Record<string, string | Buffer>, configOf: (file: string) => FileConfig = () => ({ ignored: false, dialect: undefined })) {
  const dir = project(files);
  const { candidates } = discover(['.'], dir);
  const inference = await inferSettings({
    base: dir,
    candidates,
    files: new RunFiles(20 * MB),
    configOf: async (filePath) => configOf(path.relative(dir, filePath).split(path.sep).join('/')),
  });
  const relative = (file: string): string => path.relative(dir, file).split(path.sep).join('/');
  const findings = inference.findings.map(({ setting, value, file }) => [setting, value, relative(file)]);
  return { settings: inference.settings, conflicts: inference.conflicts, findings, transactionalIn: inference.transactionalIn.map(relative) };
}

describe('inferSettings', () => {
  it('reads the broker count and cluster defaults of a compose file', async () => {
    const inference = await infer({ 'docker-compose.yml': compose(3, { KAFKA_DEFAULT_REPLICATION_FACTOR: 3, KAFKA_MIN_INSYNC_REPLICAS: 2 }) });
    expect(inference).toEqual({
      settings: { brokers: 3, replicationFactor: 3, minInsyncReplicas: 2 },
      conflicts: [],
      transactionalIn: [],
      findings: [
        ['brokers', 3, 'docker-compose.yml'],
        ['replicationFactor', 3, 'docker-compose.yml'],
        ['minInsyncReplicas', 2, 'docker-compose.yml'],
      ],
    });
  });

  it('reads Strimzi node pools and spec.kafka.config', async () => {
    expect((await infer({ 'k8s/kafka.yaml': STRIMZI_POOLS })).settings).toEqual({ brokers: 5, replicationFactor: 3, minInsyncReplicas: 2 });
  });

  it('reads a broker server.properties, which shows no broker count', async () => {
    const inference = await infer({ 'config/server.properties': 'log.dirs=/var/kafka\ndefault.replication.factor=3\nmin.insync.replicas=2\ntransaction.max.timeout.ms=600000\n' });
    expect(inference.settings).toEqual({ replicationFactor: 3, minInsyncReplicas: 2, transactionMaxTimeoutMs: 600000 });
  });

  it('counts the brokers of any view that knows them: Helm values of the Bitnami chart', async () => {
    const values = 'controller:\n  replicaCount: 3\n  controllerOnly: false\nbroker:\n  replicaCount: 2\n';
    expect((await infer({ 'chart/values.yaml': values })).settings).toEqual({ brokers: 5 });
  });

  it('infers a setting that several files agree on, naming each of them', async () => {
    const inference = await infer({ 'docker-compose.yml': compose(3), 'k8s/kafka.yaml': STRIMZI_POOLS.replace('replicas: 5', 'replicas: 3') });
    expect(inference.settings.brokers).toBe(3);
    expect(inference.findings.filter(([setting]) => setting === 'brokers')).toEqual([
      ['brokers', 3, 'docker-compose.yml'],
      ['brokers', 3, 'k8s/kafka.yaml'],
    ]);
  });

  it('infers nothing for a setting the files disagree on, and says so', async () => {
    const inference = await infer({
      'docker-compose.yml': compose(1, { KAFKA_MIN_INSYNC_REPLICAS: 1 }),
      'deploy/docker-compose.prod.yml': compose(3, { KAFKA_MIN_INSYNC_REPLICAS: 2, KAFKA_DEFAULT_REPLICATION_FACTOR: 3 }),
    });
    expect(inference.settings).toEqual({ replicationFactor: 3 });
    expect(inference.conflicts).toEqual(['brokers', 'minInsyncReplicas']);
  });

  it('treats two clusters of one file that disagree as a disagreement', async () => {
    const two = `${STRIMZI_POOLS}---\napiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: dev\nspec:\n  kafka:\n    replicas: 1\n`;
    expect((await infer({ 'k8s/kafka.yaml': two })).conflicts).toEqual(['brokers']);
  });

  it('ignores counts that are no counts: -1, 0, a placeholder', async () => {
    const inference = await infer({
      'server.properties': 'log.dirs=/k\ndefault.replication.factor=-1\nmin.insync.replicas=${MIN_ISR}\n',
      'docker-compose.yml': compose(0),
    });
    expect(inference).toEqual({ settings: {}, conflicts: [], findings: [], transactionalIn: [] });
  });

  it.each([
    ['a Java producer file', 'config/producer.properties', 'bootstrap.servers=b:9092\ntransactional.id=orders-tx\n'],
    ['Spring Boot', 'src/main/resources/application.yml', 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n'],
    ['kafkajs code', 'src/producer.ts', KAFKAJS_TRANSACTIONAL],
    ['Confluent code', 'src/producer.js', "const { KafkaJS } = require('@confluentinc/kafka-javascript');\nnew KafkaJS.Kafka({}).producer({ 'transactional.id': 'tx' });\n"],
  ])('finds a transactional producer in %s', async (_what, file, text) => {
    const inference = await infer({ [file]: text });
    expect(inference.settings).toEqual({});
    expect(inference.findings).toEqual([['transactional', true, file]]);
    // A Spring module, else (no build manifest) the file's own folder.
    expect(inference.transactionalIn).toEqual([file.startsWith('src/main/resources/') ? '' : path.posix.dirname(file)]);
  });

  it('keeps transactions to the application that has them: Spring modules, build manifests', async () => {
    const inference = await infer({
      'services/payments/src/main/resources/application.yml': 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: pay-\n',
      'services/search/src/main/resources/application.yml': 'spring:\n  kafka:\n    consumer:\n      group-id: search\n',
      'apps/ledger/package.json': '{ "name": "ledger" }\n',
      'apps/ledger/src/kafka/producer.ts': KAFKAJS_TRANSACTIONAL,
      'apps/web/package.json': '{ "name": "web" }\n',
      'apps/web/src/consumer.ts': "import { Kafka } from 'kafkajs';\nexport const consumer = new Kafka({ brokers: ['b:9092'] }).consumer({ groupId: 'web' });\n",
      'infra/billing/producer.properties': 'bootstrap.servers=b:9092\ntransactional.id=billing-tx\n',
      'infra/archiver/consumer.properties': 'bootstrap.servers=b:9092\ngroup.id=archiver\n',
    });
    expect(inference.transactionalIn).toEqual(['apps/ledger', 'infra/billing', 'services/payments']);
  });

  const LOOSE_PRODUCER = { 'infra/billing/producer.properties': 'bootstrap.servers=b:9092\ntransactional.id=billing-tx\n' };

  it.each([
    ['npm workspaces', { 'package.json': '{ "name": "shop", "private": true, "workspaces": ["apps/*"] }\n' }],
    ['pnpm workspaces', { 'package.json': '{ "name": "shop" }\n', 'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n" }],
    ['Nx', { 'package.json': '{ "name": "shop" }\n', 'nx.json': '{}\n' }],
    ['a Maven aggregator', { 'pom.xml': '<project>\n  <modules>\n    <module>apps/web</module>\n  </modules>\n</project>\n' }],
    ['a Gradle multi-project build', { 'build.gradle': '', 'settings.gradle': "rootProject.name = 'shop'\ninclude 'apps:web'\n" }],
  ])('does not take the root of a monorepo (%s) for an application', async (_what, root) => {
    const inference = await infer({ ...root, ...LOOSE_PRODUCER, 'apps/web/package.json': '{ "name": "web" }\n' });
    expect(inference.transactionalIn).toEqual(['infra/billing']);
  });

  it.each([
    ['package.json', { 'package.json': '{ "name": "billing" }\n' }],
    ['a single Gradle project', { 'build.gradle': '', 'settings.gradle': "rootProject.name = 'billing'\n" }],
  ])('takes the root of a one-application repository (%s) for the application', async (_what, root) => {
    expect((await infer({ ...root, ...LOOSE_PRODUCER })).transactionalIn).toEqual(['']);
  });

  it('does not take a transactional id from code that uses no Kafka client, nor an empty one from config', async () => {
    const inference = await infer({
      'src/notes.ts': 'export const transactionalId = "not Kafka";\n',
      'config/producer.properties': 'bootstrap.servers=b:9092\nacks=all\ntransactional.id=\n',
    });
    expect(inference.settings).toEqual({});
    expect(inference.transactionalIn).toEqual([]);
  });

  it('reads no file the run leaves out, and a dialect the run forces', async () => {
    const files = { 'deploy/application.yml': compose(3), 'test/fixtures/docker-compose.yml': compose(1) };
    expect((await infer(files)).settings).toEqual({ brokers: 1 });
    const configOf = (file: string): FileConfig =>
      file.startsWith('test/') ? { ignored: true } : { ignored: false, dialect: file.startsWith('deploy/') ? ('compose' as Dialect) : undefined };
    expect((await infer(files, configOf)).settings).toEqual({ brokers: 3 });
  });

  it('never fails on files it cannot read or parse', async () => {
    const inference = await infer({
      'broken.yml': 'services: [\n',
      'binary.yaml': Buffer.from([0x61, 0, 0x62]),
      'odd.properties': '\\\n=\n',
      'src/a.js': Buffer.from([0x6b, 0x61, 0x66, 0x6b, 0x61, 0x6a, 0x73, 0]),
      'docker-compose.yml': compose(3),
    });
    expect(inference.settings).toEqual({ brokers: 3 });
  });
});

describe('combineFindings', () => {
  const at = (file: string, setting: 'brokers' | 'minInsyncReplicas', value: number): SettingFinding => ({ file, setting, value });

  it('keeps one value per setting when all agree, and reports the settings where they do not', () => {
    expect(combineFindings([at('a', 'brokers', 3), at('b', 'brokers', 3), at('a', 'minInsyncReplicas', 1), at('b', 'minInsyncReplicas', 2)])).toEqual({
      settings: { brokers: 3 },
      conflicts: ['minInsyncReplicas'],
    });
    expect(combineFindings([])).toEqual({ settings: {}, conflicts: [] });
  });
});

describe('declaresTransactionalProducer', () => {
  it.each([
    [KAFKAJS_TRANSACTIONAL, true],
    ["import 'kafkajs';\nconst transactionalId = id();\nkafka.producer({ transactionalId });\n", true],
    ["import '@nestjs/microservices';\nconst options = { producer: { transactionalId: 'tx' } };\n", true],
    ["require('node-rdkafka');\nnew Producer({ \"transactional.id\": 'tx' });\n", true],
    ["import 'kafkajs';\nkafka.producer({ idempotent: true });\n", false],
    ["import 'kafkajs';\nconst myTransactionalIdentifier = 1;\n", false],
    ['const c = { transactionalId: "x" };\n', false],
  ])('%j: %s', (text, expected) => {
    expect(declaresTransactionalProducer(text)).toBe(expected);
  });
});

describe('mayShowSettings', () => {
  const springWithoutTransactions = [
    'spring:\n  kafka:\n    bootstrap-servers: b:9092\n    producer:\n      acks: all\n    consumer:\n      group-id: orders\n    streams:\n      replication-factor: 3\n',
    'spring.kafka.producer.properties[enable.idempotence]=true\nspring.cloud.stream.kafka.binder.replication-factor=3\n',
  ];

  it.each([
    ['src/main/resources/application.yml', springWithoutTransactions[0]!, undefined, false],
    ['src/main/resources/application-prod.properties', springWithoutTransactions[1]!, undefined, false],
    ['config/kafka.yml', springWithoutTransactions[0]!, 'spring', false],
    ['src/main/resources/application.yml', 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n', undefined, true],
    ['src/main/resources/application.yml', 'spring:\n  kafka:\n    producer:\n      transactionIdPrefix: tx-\n', undefined, true],
    ['src/main/resources/application.properties', 'spring.kafka.producer.properties.transactional.id=tx\n', undefined, true],
    // Not Spring files: they may show broker counts and cluster defaults whatever their words.
    ['docker-compose.yml', compose(3), undefined, true],
    ['config/server.properties', 'log.dirs=/k\n', undefined, true],
    ['src/main/resources/application.yml', compose(3), 'compose', true],
  ] as const)('%s (dialect %s)', (file, text, dialect, expected) => {
    expect(mayShowSettings(file, text, dialect as Dialect | undefined)).toBe(expected);
  });

  it('skips only Spring files that show no setting when parsed', async () => {
    const files = Object.fromEntries(springWithoutTransactions.map((text, index) => [`app${index}/src/main/resources/application${index ? '.properties' : '.yml'}`, text]));
    // What the shortcut skips, read in full, shows nothing: the shortcut changes no inference.
    const parsed = Object.entries(files).flatMap(([file, text]) => {
      const model = configFileModel(file, text);
      return model ? findingsOfModel(model, file) : [];
    });
    expect(parsed).toEqual([]);
    expect((await infer(files)).findings).toEqual([]);
  });
});
