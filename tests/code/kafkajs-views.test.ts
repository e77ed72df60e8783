import { describe, expect, it } from 'vitest';

import { analyse, applyInsertion, requireModel, textAt, viewSummary } from './harness.js';

function viewsOf(code: string, filename = 'file.ts') {
  return requireModel(analyse(code, filename)).views;
}

describe('kafkajs client views', () => {
  it('maps client, producer, consumer and admin options to Kafka property names', () => {
    const views = viewsOf(`import { Kafka } from 'kafkajs';

const kafka = new Kafka({
  clientId: 'billing',
  brokers: ['kafka-1:9092'],
  requestTimeout: 25000,
  retry: { retries: 8, initialRetryTime: 300 },
});

export const producer = kafka.producer({
  idempotent: true,
  transactionalId: 'billing-tx',
  maxInFlightRequests: 1,
  transactionTimeout: 30000,
  allowAutoTopicCreation: false,
  metadataMaxAge: 60000,
  retry: { retries: 10 },
  createPartitioner: undefined,
  idempotant: false,
});

export const consumer = kafka.consumer({
  groupId: 'billing',
  sessionTimeout: 45000,
  heartbeatInterval: 15000,
  rebalanceTimeout: 90000,
  readUncommitted: true,
  maxWaitTimeInMs: 500,
  maxBytes: 5242880,
  maxBytesPerPartition: 1048576,
  minBytes: 1,
  rackId: 'eu-west-1a',
  autoCommit: false,
});

export const admin = kafka.admin();
`);
    expect(views.map(viewSummary)).toEqual([
      {
        role: 'common',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '3:24',
        entries: [
          { key: 'client.id', written: 'clientId', value: 'billing', line: 4, column: 2 },
          { key: 'bootstrap.servers', written: 'brokers', value: undefined, line: 5, column: 2 },
          { key: 'request.timeout.ms', written: 'requestTimeout', value: 25000, line: 6, column: 2 },
          { key: 'retries', written: 'retry.retries', value: 8, line: 7, column: 11 },
          { key: 'retry.backoff.ms', written: 'retry.initialRetryTime', value: 300, line: 7, column: 23 },
        ],
      },
      {
        role: 'producer',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '10:39',
        entries: [
          { key: 'enable.idempotence', written: 'idempotent', value: true, line: 11, column: 2 },
          { key: 'transactional.id', written: 'transactionalId', value: 'billing-tx', line: 12, column: 2 },
          { key: 'max.in.flight.requests.per.connection', written: 'maxInFlightRequests', value: 1, line: 13, column: 2 },
          { key: 'transaction.timeout.ms', written: 'transactionTimeout', value: 30000, line: 14, column: 2 },
          { key: 'allow.auto.create.topics', written: 'allowAutoTopicCreation', value: false, line: 15, column: 2 },
          { key: 'metadata.max.age.ms', written: 'metadataMaxAge', value: 60000, line: 16, column: 2 },
          { key: 'retries', written: 'retry.retries', value: 10, line: 17, column: 11 },
          { key: 'createPartitioner', written: 'createPartitioner', value: undefined, line: 18, column: 2 },
          { key: 'idempotant', written: 'idempotant', value: false, line: 19, column: 2 },
        ],
      },
      {
        role: 'consumer',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '22:39',
        entries: [
          { key: 'group.id', written: 'groupId', value: 'billing', line: 23, column: 2 },
          { key: 'session.timeout.ms', written: 'sessionTimeout', value: 45000, line: 24, column: 2 },
          { key: 'heartbeat.interval.ms', written: 'heartbeatInterval', value: 15000, line: 25, column: 2 },
          { key: 'max.poll.interval.ms', written: 'rebalanceTimeout', value: 90000, line: 26, column: 2 },
          { key: 'isolation.level', written: 'readUncommitted', value: 'read_uncommitted', line: 27, column: 2 },
          { key: 'fetch.max.wait.ms', written: 'maxWaitTimeInMs', value: 500, line: 28, column: 2 },
          { key: 'fetch.max.bytes', written: 'maxBytes', value: 5242880, line: 29, column: 2 },
          { key: 'max.partition.fetch.bytes', written: 'maxBytesPerPartition', value: 1048576, line: 30, column: 2 },
          { key: 'fetch.min.bytes', written: 'minBytes', value: 1, line: 31, column: 2 },
          { key: 'client.rack', written: 'rackId', value: 'eu-west-1a', line: 32, column: 2 },
          // Not a consumer option in kafkajs (it belongs to run()): kept under its own name.
          { key: 'autoCommit', written: 'autoCommit', value: false, line: 33, column: 2 },
        ],
      },
      {
        role: 'admin',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '36:21',
        entries: [],
      },
    ]);
    const consumerView = views[2];
    expect(consumerView?.get('isolation.level')?.formatValue).toBeUndefined();
    expect(consumerView?.get('session.timeout.ms')?.formatValue?.(10000)).toBe('10000');
  });

  it('reads send and run options, leaving out data and callbacks', () => {
    const views = viewsOf(`import { Kafka, CompressionTypes } from 'kafkajs';

const kafka = new Kafka({ brokers: [] });
const producer = kafka.producer();
const consumer = kafka.consumer({ groupId: 'g' });

await producer.send({ topic: 'orders', acks: 1, timeout: 5000, compression: CompressionTypes.GZIP, messages: [] });
await producer.sendBatch({ acks: 0, compression: 2, topicMessages: [] });
await consumer.run({
  autoCommit: false,
  autoCommitInterval: 5000,
  autoCommitThreshold: 100,
  eachBatchAutoResolve: false,
  partitionsConsumedConcurrently: 4,
  eachBatch: async () => {},
});
`);
    expect(views.slice(3).map(viewSummary)).toEqual([
      {
        role: 'producer',
        scope: 'send',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '7:20',
        entries: [
          { key: 'acks', written: 'acks', value: 1, line: 7, column: 39 },
          { key: 'request.timeout.ms', written: 'timeout', value: 5000, line: 7, column: 48 },
          { key: 'compression.type', written: 'compression', value: 'gzip', line: 7, column: 63 },
        ],
      },
      {
        role: 'producer',
        scope: 'send',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '8:25',
        entries: [
          { key: 'acks', written: 'acks', value: 0, line: 8, column: 27 },
          { key: 'compression.type', written: 'compression', value: 'snappy', line: 8, column: 36 },
        ],
      },
      {
        role: 'consumer',
        scope: 'run',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '9:19',
        entries: [
          { key: 'enable.auto.commit', written: 'autoCommit', value: false, line: 10, column: 2 },
          { key: 'auto.commit.interval.ms', written: 'autoCommitInterval', value: 5000, line: 11, column: 2 },
          { key: 'autoCommitThreshold', written: 'autoCommitThreshold', value: 100, line: 12, column: 2 },
          { key: 'eachBatchAutoResolve', written: 'eachBatchAutoResolve', value: false, line: 13, column: 2 },
          { key: 'partitionsConsumedConcurrently', written: 'partitionsConsumedConcurrently', value: 4, line: 14, column: 2 },
        ],
      },
    ]);
    // An enum member cannot be rewritten into a literal safely; a literal can.
    expect(views[3]?.get('compression.type')?.formatValue).toBeUndefined();
    expect(views[3]?.get('acks')?.formatValue?.(-1)).toBe('-1');
  });

  it('gives exact key and value spans, the written text, and the last entry of a key written twice', () => {
    const code = `import { Kafka } from 'kafkajs';
const producer = new Kafka({ brokers: [] }).producer({ idempotent: false, "idempotent": true });
await producer.send({ topic: 't', acks: -1, messages: [] });
`;
    const views = viewsOf(code);
    const [, producerView, sendView] = views;
    expect(producerView?.entries.map((entry) => [textAt(code, entry.keySpan), entry.text, entry.value])).toEqual([
      ['idempotent', 'false', false],
      ['"idempotent"', 'true', true],
    ]);
    expect(producerView?.get('enable.idempotence')?.value).toBe(true);
    const acks = sendView?.get('acks');
    expect(acks && textAt(code, acks.valueSpan)).toBe('-1');
    expect(acks?.valueSpan.loc).toEqual({ start: { line: 3, column: 40 }, end: { line: 3, column: 42 } });
    expect(acks?.keySpan.loc).toEqual({ start: { line: 3, column: 34 }, end: { line: 3, column: 38 } });
  });

  it('reads createTopics into one view per topic, with configEntries as written', () => {
    const code = `import { Kafka } from 'kafkajs';

const admin = new Kafka({ brokers: [] }).admin();
const RETENTION = String(7 * 24 * 3600 * 1000);

await admin.createTopics({
  waitForLeaders: true,
  topics: [
    {
      topic: 'orders',
      numPartitions: 12,
      replicationFactor: 3,
      configEntries: [
        { name: 'min.insync.replicas', value: '2' },
        { name: 'retention.ms', value: RETENTION },
      ],
    },
    { topic: 'orders.dlq', replicationFactor: 1 },
  ],
});
`;
    const views = viewsOf(code);
    expect(views.slice(2).map(viewSummary)).toEqual([
      {
        role: 'topic',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '9:4',
        entries: [
          { key: 'num.partitions', written: 'numPartitions', value: 12, line: 11, column: 6 },
          { key: 'replication.factor', written: 'replicationFactor', value: 3, line: 12, column: 6 },
          { key: 'min.insync.replicas', written: 'min.insync.replicas', value: '2', line: 14, column: 16 },
          { key: 'retention.ms', written: 'retention.ms', value: '604800000', line: 15, column: 16 },
        ],
      },
      {
        role: 'topic',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '18:4',
        entries: [{ key: 'replication.factor', written: 'replicationFactor', value: 1, line: 18, column: 27 }],
      },
    ]);
    const [first, second] = views.slice(2);
    expect(first?.get('min.insync.replicas')?.formatValue?.(3)).toBe("'3'");
    expect(first?.get('retention.ms')?.formatValue).toBeUndefined();
    expect(applyInsertion(code, second?.insert?.('min.insync.replicas', 2))).toContain(
      `{ topic: 'orders.dlq', replicationFactor: 1, configEntries: [{ name: 'min.insync.replicas', value: '2' }] },`,
    );
    expect(applyInsertion(code, first?.insert?.('cleanup.policy', 'compact'))).toContain(
      `        { name: 'retention.ms', value: RETENTION },\n        { name: 'cleanup.policy', value: 'compact' },\n      ],`,
    );
  });

  it('builds topic views from topics mapped from a list', () => {
    const views = viewsOf(`import { Kafka } from 'kafkajs';
const admin = new Kafka({ brokers: [] }).admin();
const names = ['a', 'b'];
await admin.createTopics({ topics: names.map((topic) => ({ topic, replicationFactor: 2 })) });
`);
    expect(views.filter((view) => view.role === 'topic').map(viewSummary)).toEqual([
      {
        role: 'topic',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'kafkajs',
        complete: true,
        anchor: '4:57',
        entries: [{ key: 'replication.factor', written: 'replicationFactor', value: 2, line: 4, column: 66 }],
      },
    ]);
  });
});

describe('options written elsewhere', () => {
  it('reads options from const variables, spreads of const objects and TypeScript wrappers', () => {
    const code = `import { Kafka, type ProducerConfig } from 'kafkajs';

const TEN_SECONDS = 10_000;
const base = {
  allowAutoTopicCreation: false,
  retry: { retries: 5 },
} as const;

const producerConfig: ProducerConfig = {
  ...base,
  idempotent: true,
  transactionTimeout: 6 * TEN_SECONDS,
};

const kafka = new Kafka({ brokers: [] });
export const producer = kafka.producer(producerConfig);
`;
    const views = viewsOf(code);
    // Views come in source order of their anchors: the producer's options object is written first.
    expect(views.map((view) => view.role)).toEqual(['producer', 'common']);
    const [producerView] = views;
    expect(producerView && viewSummary(producerView)).toEqual({
      role: 'producer',
      scope: 'client',
      client: 'kafkajs',
      dialect: 'kafkajs',
      complete: true,
      anchor: '9:39',
      entries: [
        { key: 'allow.auto.create.topics', written: 'allowAutoTopicCreation', value: false, line: 5, column: 2 },
        { key: 'retries', written: 'retry.retries', value: 5, line: 6, column: 11 },
        { key: 'enable.idempotence', written: 'idempotent', value: true, line: 11, column: 2 },
        { key: 'transaction.timeout.ms', written: 'transactionTimeout', value: 60000, line: 12, column: 2 },
      ],
    });
    expect(producerView?.get('transaction.timeout.ms')?.formatValue).toBeUndefined();
  });

  it('marks options incomplete when a spread, a computed key or the object itself cannot be seen', () => {
    const views = viewsOf(`import { Kafka } from 'kafkajs';
import { sharedConsumerConfig, producerOptions } from './config';

declare const key: string;
const kafka = new Kafka({ brokers: [] });
kafka.consumer({ ...sharedConsumerConfig, groupId: 'g' });
kafka.producer({ [key]: true, idempotent: true });
kafka.producer(producerOptions);
kafka.producer({ retry: producerOptions.retry });
kafka.producer(...[producerOptions]);
`);
    expect(views.slice(1).map((view) => [view.role, view.complete, view.anchor.loc.start, view.entries.map((entry) => entry.key)])).toEqual([
      ['consumer', false, { line: 6, column: 15 }, ['group.id']],
      ['producer', false, { line: 7, column: 15 }, ['enable.idempotence']],
      ['producer', false, { line: 8, column: 15 }, []],
      ['producer', false, { line: 9, column: 15 }, []],
      ['producer', false, { line: 10, column: 15 }, []],
    ]);
    expect(views[3]?.insert).toBeUndefined();
  });

  it('gives a view to typed option objects no visible call uses, and only one view to those a call uses', () => {
    const views = viewsOf(`import type { ConsumerConfig, ConsumerRunConfig, KafkaConfig, ProducerRecord } from 'kafkajs';

export const kafkaConfig: KafkaConfig = { brokers: ['kafka:9092'], clientId: 'svc' };
export const consumerConfig: ConsumerConfig = { groupId: 'svc', sessionTimeout: 10000 };
export const runConfig = { autoCommit: true } satisfies ConsumerRunConfig;
export const record = { topic: 't', acks: 0, messages: [] } as ProducerRecord;
`);
    expect(views.map((view) => [view.role, view.scope, view.entries.map((entry) => `${entry.key}=${String(entry.value)}`)])).toEqual([
      ['common', 'client', ['bootstrap.servers=undefined', 'client.id=svc']],
      ['consumer', 'client', ['group.id=svc', 'session.timeout.ms=10000']],
      ['consumer', 'run', ['enable.auto.commit=true']],
      ['producer', 'send', ['acks=0']],
    ]);
  });
});

describe('formatValue and insert', () => {
  it('formats values in the style of the written literal', () => {
    const views = viewsOf(`import { Kafka } from 'kafkajs';
const kafka = new Kafka({ brokers: [] });
kafka.producer({ transactionalId: "tx", idempotent: false });
kafka.consumer({ groupId: 'g', sessionTimeout: -1 as const });
`);
    const producer = views[1];
    const consumer = views[2];
    expect(producer?.get('transactional.id')?.formatValue?.("it's")).toBe('"it\'s"');
    expect(producer?.get('enable.idempotence')?.formatValue?.(true)).toBe('true');
    expect(consumer?.get('group.id')?.formatValue?.('a\'b')).toBe("'a\\'b'");
    expect(consumer?.get('session.timeout.ms')?.formatValue?.(45000)).toBe('45000');
  });

  it('adds a setting to a one-line object, a multi-line object, an empty object and a call without options', () => {
    const code = `import { Kafka } from 'kafkajs';
const kafka = new Kafka({ brokers: [] });
const a = kafka.producer({ allowAutoTopicCreation: false });
const b = kafka.producer({
  allowAutoTopicCreation: false,
  metadataMaxAge: 1000,
});
const c = kafka.producer({});
const d = kafka.producer();
const e = kafka.producer({ transactionalId: 'tx', });
`;
    const [, a, b, c, d, e] = viewsOf(code);
    expect(applyInsertion(code, a?.insert?.('enable.idempotence', true))).toContain(
      `kafka.producer({ allowAutoTopicCreation: false, idempotent: true });`,
    );
    expect(applyInsertion(code, b?.insert?.('enable.idempotence', true))).toContain(
      `kafka.producer({\n  allowAutoTopicCreation: false,\n  metadataMaxAge: 1000,\n  idempotent: true,\n});`,
    );
    expect(applyInsertion(code, c?.insert?.('enable.idempotence', true))).toContain(`kafka.producer({ idempotent: true });`);
    expect(applyInsertion(code, d?.insert?.('enable.idempotence', true))).toContain(`const d = kafka.producer({ idempotent: true });`);
    expect(applyInsertion(code, e?.insert?.('max.in.flight.requests.per.connection', 1))).toContain(
      `kafka.producer({ transactionalId: 'tx', maxInFlightRequests: 1, });`,
    );
  });

  it('adds nested settings inside an existing block, or creates the block', () => {
    const code = `import { Kafka } from 'kafkajs';
const kafka = new Kafka({ brokers: [] });
kafka.producer({ retry: { initialRetryTime: 100 } });
kafka.producer({ idempotent: true });
kafka.consumer({ groupId: 'g' });
`;
    const [, withRetry, withoutRetry, consumer] = viewsOf(code);
    expect(applyInsertion(code, withRetry?.insert?.('retries', 10))).toContain(
      `kafka.producer({ retry: { initialRetryTime: 100, retries: 10 } });`,
    );
    expect(applyInsertion(code, withoutRetry?.insert?.('retries', 10))).toContain(
      `kafka.producer({ idempotent: true, retry: { retries: 10 } });`,
    );
    expect(applyInsertion(code, consumer?.insert?.('isolation.level', 'read_committed'))).toContain(
      `kafka.consumer({ groupId: 'g', readUncommitted: false });`,
    );
    expect(withoutRetry?.insert?.('linger.ms', 5)).toBeUndefined();
  });
});
