import { describe, expect, it } from 'vitest';

import { analyse, applyInsertion, at, requireModel, viewSummary } from './harness.js';

describe('Confluent client (KafkaJS API)', () => {
  const worker = `'use strict';
const { Kafka, CompressionTypes, PartitionAssigners } = require('@confluentinc/kafka-javascript').KafkaJS;

const kafka = new Kafka({
  kafkaJS: { brokers: ['localhost:9092'], clientId: 'worker' },
  'statistics.interval.ms': 0,
});

const producer = kafka.producer({
  kafkaJS: { idempotent: false, acks: 1, compression: CompressionTypes.LZ4 },
  'request.required.acks': -1,
  'linger.ms': 5,
});

const consumer = kafka.consumer({
  kafkaJS: {
    groupId: 'worker',
    fromBeginning: true,
    autoCommit: false,
    partitionAssigners: [PartitionAssigners.cooperativeSticky],
  },
  'group.instance.id': 'worker-1',
});

async function main() {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['in'] });
  await consumer.run({
    partitionsConsumedConcurrently: 2,
    eachMessage: async ({ message }) => {
      producer.send({ topic: 'out', messages: [{ key: message.key, value: message.value }] });
    },
  });
  await producer.flush({ timeout: 1000 });
}

module.exports = { main };
`;

  it('reads the kafkaJS block and the librdkafka properties into one view per client', () => {
    const model = requireModel(analyse(worker, 'worker.cjs'));
    expect(model.views.map(viewSummary)).toEqual([
      {
        role: 'common',
        scope: 'client',
        client: 'librdkafka',
        dialect: 'confluent',
        complete: true,
        anchor: '4:24',
        entries: [
          { key: 'bootstrap.servers', written: 'brokers', value: undefined, line: 5, column: 13 },
          { key: 'client.id', written: 'clientId', value: 'worker', line: 5, column: 42 },
          { key: 'statistics.interval.ms', written: 'statistics.interval.ms', value: 0, line: 6, column: 2 },
        ],
      },
      {
        role: 'producer',
        scope: 'client',
        client: 'librdkafka',
        dialect: 'confluent',
        complete: true,
        anchor: '9:32',
        entries: [
          { key: 'enable.idempotence', written: 'idempotent', value: false, line: 10, column: 13 },
          { key: 'acks', written: 'acks', value: 1, line: 10, column: 32 },
          { key: 'compression.type', written: 'compression', value: 'lz4', line: 10, column: 41 },
          { key: 'acks', written: 'request.required.acks', value: -1, line: 11, column: 2 },
          { key: 'linger.ms', written: 'linger.ms', value: 5, line: 12, column: 2 },
        ],
      },
      {
        role: 'consumer',
        scope: 'client',
        client: 'librdkafka',
        dialect: 'confluent',
        complete: true,
        anchor: '15:32',
        entries: [
          { key: 'group.id', written: 'groupId', value: 'worker', line: 17, column: 4 },
          { key: 'auto.offset.reset', written: 'fromBeginning', value: 'earliest', line: 18, column: 4 },
          { key: 'enable.auto.commit', written: 'autoCommit', value: false, line: 19, column: 4 },
          {
            key: 'partition.assignment.strategy',
            written: 'partitionAssigners',
            value: 'cooperative-sticky',
            line: 20,
            column: 4,
          },
          { key: 'group.instance.id', written: 'group.instance.id', value: 'worker-1', line: 22, column: 2 },
        ],
      },
      {
        role: 'consumer',
        scope: 'run',
        client: 'librdkafka',
        dialect: 'confluent',
        complete: true,
        anchor: '29:21',
        entries: [
          {
            key: 'partitionsConsumedConcurrently',
            written: 'partitionsConsumedConcurrently',
            value: 2,
            line: 30,
            column: 4,
          },
        ],
      },
      {
        role: 'producer',
        scope: 'send',
        client: 'librdkafka',
        dialect: 'confluent',
        complete: true,
        anchor: '32:20',
        entries: [],
      },
    ]);
    expect(model.calls.map((call) => `${call.library}:${call.kind}.${call.method}`)).toEqual([
      'confluent:kafka.producer',
      'confluent:kafka.consumer',
      'confluent:producer.connect',
      'confluent:consumer.connect',
      'confluent:consumer.subscribe',
      'confluent:consumer.run',
      'confluent:producer.send',
      'confluent:producer.flush',
    ]);
    expect(model.messages.map((message) => [at(message.node), message.key && at(message.key), message.library])).toEqual([
      ['32:47', '32:49', 'confluent'],
    ]);
  });

  it('lets top-level librdkafka properties win over the kafkaJS block, wherever they are written', () => {
    const model = requireModel(analyse(worker, 'worker.cjs'));
    const producer = model.views[1];
    expect(producer?.get('acks')?.value).toBe(-1);
    expect(producer?.get('acks')?.written).toBe('request.required.acks');

    const reversed = requireModel(
      analyse(`import { KafkaJS } from '@confluentinc/kafka-javascript';
const kafka = new KafkaJS.Kafka({});
kafka.producer({ acks: 0, kafkaJS: { acks: -1 } });
`),
    );
    expect(reversed.views[1]?.get('acks')?.written).toBe('acks');
    expect(reversed.views[1]?.get('acks')?.value).toBe(0);
  });

  it('adds a missing setting to the kafkaJS block, or as a librdkafka property when there is none', () => {
    const code = `import { KafkaJS } from '@confluentinc/kafka-javascript';
const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['k:9092'] } });
kafka.producer({ kafkaJS: { acks: -1 } });
kafka.producer({ 'linger.ms': 5 });
kafka.producer();
`;
    const [, withBlock, withoutBlock, empty] = requireModel(analyse(code)).views;
    expect(applyInsertion(code, withBlock?.insert?.('enable.idempotence', true))).toContain(
      `kafka.producer({ kafkaJS: { acks: -1, idempotent: true } });`,
    );
    expect(applyInsertion(code, withBlock?.insert?.('linger.ms', 10))).toContain(
      `kafka.producer({ kafkaJS: { acks: -1 }, 'linger.ms': 10 });`,
    );
    expect(applyInsertion(code, withoutBlock?.insert?.('enable.idempotence', true))).toContain(
      `kafka.producer({ 'linger.ms': 5, 'enable.idempotence': true });`,
    );
    expect(applyInsertion(code, empty?.insert?.('enable.idempotence', true))).toContain(
      `kafka.producer({ 'enable.idempotence': true });`,
    );
  });

  it('reads pure librdkafka configs given to the KafkaJS API', () => {
    const model = requireModel(
      analyse(`const { KafkaJS } = require('@confluentinc/kafka-javascript');
const consumer = new KafkaJS.Kafka().consumer({ 'bootstrap.servers': 'k:9092', 'group.id': 'g', 'enable.auto.commit': 'false' });
`, 'consumer.js'),
    );
    expect(model.views.map((view) => [view.role, view.dialect, view.entries.map((entry) => `${entry.key}=${String(entry.value)}`)])).toEqual([
      ['common', 'confluent', []],
      ['consumer', 'confluent', ['bootstrap.servers=k:9092', 'group.id=g', 'enable.auto.commit=false']],
    ]);
  });
});

describe('node-rdkafka', () => {
  it('reads the global and topic configs of producers and consumers, and admin topic creation', () => {
    const model = requireModel(
      analyse(`const Kafka = require('node-rdkafka');

const producer = new Kafka.Producer(
  { 'metadata.broker.list': 'kafka:9092', dr_cb: true, 'enable.idempotence': true },
  { 'request.required.acks': 1 },
);
const consumer = new Kafka.KafkaConsumer({ 'group.id': 'g', 'enable.auto.commit': false }, {});
const admin = Kafka.AdminClient.create({ 'client.id': 'admin' });

admin.createTopic({ topic: 'orders', num_partitions: 6, replication_factor: 1, config: { 'min.insync.replicas': '1' } }, () => {});
producer.connect();
producer.produce('orders', null, Buffer.from('x'), 'key');
consumer.commitMessage({});
`, 'legacy.js'),
    );
    expect(model.views.map(viewSummary)).toEqual([
      {
        role: 'producer',
        scope: 'client',
        client: 'librdkafka',
        dialect: 'node-rdkafka',
        complete: true,
        anchor: '4:2',
        entries: [
          { key: 'bootstrap.servers', written: 'metadata.broker.list', value: 'kafka:9092', line: 4, column: 4 },
          { key: 'dr_cb', written: 'dr_cb', value: true, line: 4, column: 42 },
          { key: 'enable.idempotence', written: 'enable.idempotence', value: true, line: 4, column: 55 },
          { key: 'acks', written: 'request.required.acks', value: 1, line: 5, column: 4 },
        ],
      },
      {
        role: 'consumer',
        scope: 'client',
        client: 'librdkafka',
        dialect: 'node-rdkafka',
        complete: true,
        anchor: '7:41',
        entries: [
          { key: 'group.id', written: 'group.id', value: 'g', line: 7, column: 43 },
          { key: 'enable.auto.commit', written: 'enable.auto.commit', value: false, line: 7, column: 60 },
        ],
      },
      {
        role: 'admin',
        scope: 'client',
        client: 'librdkafka',
        dialect: 'node-rdkafka',
        complete: true,
        anchor: '8:39',
        entries: [{ key: 'client.id', written: 'client.id', value: 'admin', line: 8, column: 41 }],
      },
      {
        role: 'topic',
        scope: 'client',
        client: 'librdkafka',
        dialect: 'node-rdkafka',
        complete: true,
        anchor: '10:18',
        entries: [
          { key: 'num.partitions', written: 'num_partitions', value: 6, line: 10, column: 37 },
          { key: 'replication.factor', written: 'replication_factor', value: 1, line: 10, column: 56 },
          { key: 'min.insync.replicas', written: 'min.insync.replicas', value: '1', line: 10, column: 89 },
        ],
      },
    ]);
    expect(model.calls.map((call) => `${call.kind}.${call.method}`)).toEqual([
      'admin.createTopic',
      'producer.connect',
      'producer.produce',
      'consumer.commitMessage',
    ]);
  });

  it('inserts librdkafka properties with their canonical names', () => {
    const code = `import Kafka from 'node-rdkafka';
const producer = new Kafka.Producer({ 'metadata.broker.list': 'kafka:9092' });
`;
    const [view] = requireModel(analyse(code)).views;
    expect(applyInsertion(code, view?.insert?.('acks', 'all'))).toContain(
      `new Kafka.Producer({ 'metadata.broker.list': 'kafka:9092', acks: 'all' });`,
    );
  });
});
