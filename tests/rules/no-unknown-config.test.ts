import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/no-unknown-config.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

/** `code` with the one occurrence of `from` replaced by `to` (fails loudly if `from` is missing or repeated). */
function edited(code: string, from: string, to: string): string {
  const at = code.indexOf(from);
  if (at === -1 || code.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return code.slice(0, at) + to + code.slice(at + from.length);
}

/** The error of a misspelled option with its rename suggestion. */
function misspelled(code: string, name: string, suggestion: string, where: string, client: string, written = name, replacement = suggestion) {
  return {
    messageId: 'unknownOption' as const,
    data: { name, where, client, suggestion },
    suggestions: [{ messageId: 'rename' as const, data: { name, suggestion }, output: edited(code, written, replacement) }],
  };
}

/** The error of a misspelled librdkafka property with its rename suggestion. */
function misspelledProperty(code: string, name: string, suggestion: string, written = `'${name}'`, replacement = `'${suggestion}'`) {
  return {
    messageId: 'unknownProperty' as const,
    data: { name, suggestion },
    suggestions: [{ messageId: 'rename' as const, data: { name, suggestion }, output: edited(code, written, replacement) }],
  };
}

const consumerTypos = dedent`
  import { Kafka } from 'kafkajs';

  const kafka = new Kafka({ clientId: 'billing', brokers: ['kafka:9092'] });
  export const consumer = kafka.consumer({
    groupId: 'billing',
    sessionTimeoutMs: 45000,
    'heartbeat.interval.ms': 3000,
    rebalance_timeout: 60000,
    maxBytesPerPartion: 1048576,
  });
`;

const misplaced = dedent`
  const { Kafka } = require('kafkajs');

  const kafka = new Kafka({ brokers: ['kafka:9092'], groupId: 'orders', retry: { retries: 8, maxRetrytime: 30000 } });
  const producer = kafka.producer({ idempotent: true, acks: -1, batchSize: 16384 });
  module.exports = { kafka, producer };
`;

const sendAndMessages = dedent`
  import { Kafka, Producer } from 'kafkajs';

  export class Publisher {
    private producer: Producer;
    constructor(kafka: Kafka) {
      this.producer = kafka.producer();
    }
    async publish(id: string, body: string) {
      await this.producer.send({ topic: 'orders', timeOut: 5000, messages: [{ key: id, value: body, header: { source: 'api' } }] });
    }
    async publishMany(topicMessages: { topic: string; messages: { value: string }[] }[]) {
      await this.producer.sendBatch({ topicMessages, acks: -1, compresion: 1 });
    }
  }
`;

const runAndSubscribe = dedent`
  import { Kafka, EachMessagePayload } from 'kafkajs';

  async function handle({ message }: EachMessagePayload) {
    console.log(message.value);
  }

  export async function startConsumer(kafka: Kafka) {
    const consumer = kafka.consumer({ groupId: 'audit' });
    await consumer.connect();
    await consumer.subscribe({ topics: ['audit'], fromBegining: true });
    await consumer.run({ eachMessage: handle, partitionsConsumedConcurently: 4 });
    return consumer;
  }
`;

const admin = dedent`
  import { Kafka } from 'kafkajs';

  const admin = new Kafka({ brokers: ['kafka:9092'] }).admin();
  export async function provision() {
    await admin.createTopics({
      waitForLeader: true,
      topics: [{ topic: 'orders', numPartition: 6, replicationFactor: 3 }],
    });
  }
`;

const nest = dedent`
  import { NestFactory } from '@nestjs/core';
  import { MicroserviceOptions, Transport } from '@nestjs/microservices';
  import { AppModule } from './app.module';

  async function bootstrap() {
    const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, {
      transport: Transport.KAFKA,
      options: {
        client: { clientID: 'orders', brokers: ['kafka:9092'] },
        consumer: { groupId: 'orders', autoCommit: false },
        subscribe: { fromBegining: true },
        run: { partitionsConsumedConcurrently: 2 },
      },
    });
    await app.listen();
  }
  void bootstrap();
`;

const confluentTop = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;

  const kafka = new Kafka({ 'bootstrap.server': 'kafka:9092', kafkajs: { clientId: 'api' } });
  const producer = kafka.producer({ lingerMs: 5, 'compression.codec': 'lz4', 'enable.idempotence': true, 'key.serializer': 'string' });
  const consumer = kafka.consumer({ 'group.id': 'api', 'max.poll.interval': 600000, kafkaJS: { fromBeginning: true } });
  module.exports = { producer, consumer };
`;

const confluentRun = dedent`
  import { KafkaJS } from '@confluentinc/kafka-javascript';

  const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
  const consumer = kafka.consumer({ kafkaJS: { groupId: 'g' } });
  export async function start() {
    await consumer.subscribe({ topics: ['t'] });
    await consumer.run({ eachMessage: async () => {}, eachBatchAutoResolv: false });
  }
`;

const rdkafka = dedent`
  const Kafka = require('node-rdkafka');

  const consumer = new Kafka.KafkaConsumer(
    { 'group.id': 'reports', 'metadata.broker.list': 'kafka:9092', 'enable.auto.comit': false, rebalance_cb: true, 'fetch.max.wait.ms': 100 },
    { 'auto.offset.rest': 'earliest' },
  );
  consumer.connect();
`;

const typed = dedent`
  import type { ProducerConfig } from 'kafkajs';

  const shared = { allowAutoTopicCreaton: false };

  export const producerConfig: ProducerConfig = {
    ...shared,
    idempotent: true,
    transactionTimeout: 60000,
    sessionTimeout: 30000,
    retries: 5,
  };
`;

const shorthand = dedent`
  import { Kafka } from 'kafkajs';

  const groupId = 'payments';
  const sesionTimeout = 45000;
  export const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId, sesionTimeout });
`;

const KAFKAJS = 'kafkajs';
const CONFLUENT = 'the Confluent client';

codeTester.run('no-unknown-config', rule, {
  valid: [
    {
      name: "kafkajs options from kafkajs's own types, typed extras included (logLevel, logCreator, socketFactory, retry.restartOnFailure)",
      code: dedent`
        import { Kafka, logLevel, Partitioners, CompressionTypes } from 'kafkajs';
        import net from 'node:net';
        const kafka = new Kafka({
          clientId: 'orders',
          brokers: ['kafka:9092'],
          ssl: true,
          sasl: { mechanism: 'plain', username: 'u', password: 'p' },
          connectionTimeout: 3000,
          authenticationTimeout: 10000,
          reauthenticationThreshold: 10000,
          requestTimeout: 30000,
          enforceRequestTimeout: true,
          logLevel: logLevel.WARN,
          logCreator: () => ({ log }) => console.log(log),
          socketFactory: ({ host, port }) => net.connect({ host, port }),
          retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 30000, factor: 0.2, multiplier: 2, restartOnFailure: async () => true },
        });
        const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1, transactionalId: 'tx', transactionTimeout: 60000, allowAutoTopicCreation: false, metadataMaxAge: 300000 });
        const consumer = kafka.consumer({ groupId: 'g', sessionTimeout: 45000, rebalanceTimeout: 60000, heartbeatInterval: 3000, maxBytesPerPartition: 1048576, minBytes: 1, maxBytes: 10485760, maxWaitTimeInMs: 5000, readUncommitted: false, rackId: 'eu-1', retry: { retries: 5 } });
        export async function run() {
          await producer.send({ topic: 't', acks: -1, timeout: 30000, compression: CompressionTypes.GZIP, messages: [{ key: 'k', value: 'v', partition: 0, headers: { a: 'b' }, timestamp: '0' }] });
          await consumer.subscribe({ topics: ['t'], fromBeginning: false });
          await consumer.run({ autoCommit: true, autoCommitInterval: 5000, autoCommitThreshold: 100, eachBatchAutoResolve: true, partitionsConsumedConcurrently: 2, eachMessage: async () => {} });
          await kafka.admin({ retry: { retries: 3 } }).createTopics({ validateOnly: false, waitForLeaders: true, timeout: 5000, topics: [{ topic: 't', numPartitions: 3, replicationFactor: 3, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }] });
        }
      `,
    },
    {
      name: 'spreads and computed keys the analysis cannot see are never judged',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { defaults } from './defaults';
        const KEY = process.env.OPTION ?? 'sessionTimeout';
        const kafka = new Kafka({ ...defaults.client, brokers: ['kafka:9092'] });
        export const consumer = kafka.consumer({ groupId: 'g', ...defaults.consumer, [KEY]: 30000 });
      `,
    },
    {
      name: 'fields a message gets from a spread domain object are its own',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer();
        const event = { key: 'order-1', value: '{}', correlationId: 'c-1' };
        export const publish = () => producer.send({ topic: 'orders', messages: [{ ...event }] });
      `,
    },
    {
      name: 'an options constant that doubles as application settings the code reads',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const settings = { groupId: 'orders', topic: 'orders', concurrency: 4 } as const;
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export async function start() {
          const consumer = kafka.consumer(settings);
          await consumer.subscribe({ topics: [settings.topic] });
          const { concurrency } = settings;
          await consumer.run({ partitionsConsumedConcurrently: concurrency, eachMessage: async () => {} });
        }
      `,
    },
    {
      name: 'the allow option accepts extra names',
      code: dedent`
        import { Kafka } from 'kafkajs';
        export const producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true, tracing: true });
      `,
      options: [{ allow: ['tracing'] }],
    },
    {
      name: 'a shared object spread into a producer and a consumer is not reported as misplaced',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const base = { allowAutoTopicCreation: false, groupId: 'jobs', idempotent: true };
        export const producer = kafka.producer({ ...base });
        export const consumer = kafka.consumer({ ...base });
      `,
    },
    {
      name: "Confluent client: librdkafka properties (aliases, topic-level, callbacks, the binding's own keys) and the kafkaJS block",
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ 'metadata.broker.list': 'kafka:9092', 'client.id': 'api', kafkaJS: { brokers: ['kafka:9092'], logger: console } });
        const producer = kafka.producer({ 'request.required.acks': -1, acks: -1, 'linger.ms': 5, 'compression.type': 'zstd', partitioner: 'murmur2_random' });
        const consumer = kafka.consumer({ 'group.id': 'api', 'group.instance.id': 'api-1', 'js.consumer.max.batch.size': 64, 'rebalance_cb': true, 'stats_cb': (stats) => console.log(stats), 'statistics.interval.ms': 60000 });
        module.exports = { producer, consumer };
      `,
    },
    {
      name: 'Confluent client: KafkaJS names at the top level and per-send/run options are no-unsupported-confluent-option findings',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ idempotent: true });
        const consumer = kafka.consumer({ groupId: 'g', kafkaJS: { groupId: 'g', idempotnet: true } });
        export async function run() {
          await producer.send({ topic: 't', acks: -1, messages: [] });
          await consumer.subscribe({ topics: ['t'], fromBeginning: true });
          await consumer.run({ autoCommit: false, eachMessage: async () => {} });
        }
      `,
    },
    {
      name: 'node-rdkafka: callbacks as functions, the producer default topic, event_cb',
      code: dedent`
        import Kafka from 'node-rdkafka';
        function onRebalance(err: Error) { console.log(err); }
        export const producer = new Kafka.Producer({ 'bootstrap.servers': 'kafka:9092', dr_msg_cb: true, event_cb: true, topic: 'default-topic', custom_partitioner_cb: () => 0 });
        export const consumer = new Kafka.KafkaConsumer({ 'group.id': 'g', rebalance_cb: onRebalance, offset_commit_cb: onRebalance.bind(null) }, { 'auto.offset.reset': 'earliest' });
      `,
    },
    {
      name: 'NestJS transport options with every section (postfixId and producerOnlyMode are NestJS options)',
      code: dedent`
        import { Module } from '@nestjs/common';
        import { ClientsModule, Transport } from '@nestjs/microservices';
        @Module({
          imports: [
            ClientsModule.register([
              {
                name: 'ORDERS',
                transport: Transport.KAFKA,
                options: {
                  postfixId: '-orders',
                  producerOnlyMode: true,
                  client: { clientId: 'orders', brokers: ['kafka:9092'] },
                  producer: { idempotent: true, allowAutoTopicCreation: false },
                  consumer: { groupId: 'orders', sessionTimeout: 45000 },
                  run: { autoCommit: false, partitionsConsumedConcurrently: 2 },
                  subscribe: { fromBeginning: true },
                  send: { acks: -1, timeout: 10000 },
                },
              },
            ]),
          ],
        })
        export class OrdersModule {}
      `,
    },
    {
      name: 'objects that never reach a Kafka client',
      code: dedent`
        import { Kafka } from 'kafkajs';
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const settings = { sessionTimout: 30000, grupId: 'x' };
        export function save(store: { put(value: object): void }) {
          store.put(settings);
        }
      `,
    },
    {
      name: 'a file that imports no Kafka client is skipped',
      code: dedent`
        const producer = makeProducer();
        producer.send({ topic: 't', acks: -1, timeOut: 10, messages: [] });
      `,
    },
    {
      name: 'look-alike subscribe and send of other libraries',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { io } from 'socket.io-client';
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
        io('https://chat.example.com').send({ timeOut: 10, header: {} });
        declare const feed: { subscribe(options: object): void };
        feed.subscribe({ fromBegining: true });
      `,
    },
  ],
  invalid: [
    {
      name: 'kafkajs consumer: Java, snake_case and camelCase spellings, a misspelling',
      code: consumerTypos,
      errors: [
        { ...misspelled(consumerTypos, 'sessionTimeoutMs', 'sessionTimeout', '`kafka.consumer()`', KAFKAJS), line: 6, column: 3, endColumn: 19 },
        {
          ...misspelled(consumerTypos, 'heartbeat.interval.ms', 'heartbeatInterval', '`kafka.consumer()`', KAFKAJS, "'heartbeat.interval.ms'"),
          line: 7,
          column: 3,
          endColumn: 26,
        },
        { ...misspelled(consumerTypos, 'rebalance_timeout', 'rebalanceTimeout', '`kafka.consumer()`', KAFKAJS), line: 8, column: 3, endColumn: 20 },
        { ...misspelled(consumerTypos, 'maxBytesPerPartion', 'maxBytesPerPartition', '`kafka.consumer()`', KAFKAJS), line: 9, column: 3, endColumn: 21 },
      ],
    },
    {
      name: 'kafkajs CommonJS: options in the wrong object, a nested retry misspelling, a Java-only name',
      code: misplaced,
      errors: [
        { messageId: 'misplacedOption', data: { name: 'groupId', where: '`new Kafka()`', owner: '`kafka.consumer()`', client: KAFKAJS }, line: 3, column: 52, endColumn: 59 },
        { ...misspelled(misplaced, 'maxRetrytime', 'maxRetryTime', '`retry` of `new Kafka()`', KAFKAJS), line: 3, column: 92, endColumn: 104 },
        { messageId: 'misplacedOption', data: { name: 'acks', where: '`kafka.producer()`', owner: '`send()`', client: KAFKAJS }, line: 4, column: 53, endColumn: 57 },
        {
          messageId: 'unknownOptionNoGuess',
          data: { name: 'batchSize', where: '`kafka.producer()`', client: KAFKAJS, suggestion: '' },
          line: 4,
          column: 63,
          endColumn: 72,
        },
      ],
    },
    {
      name: 'class producer: send, sendBatch and message fields',
      code: sendAndMessages,
      errors: [
        { ...misspelled(sendAndMessages, 'timeOut', 'timeout', '`send()`', KAFKAJS), line: 9, column: 49, endColumn: 56 },
        { ...misspelled(sendAndMessages, 'header', 'headers', 'a message', KAFKAJS), line: 9, column: 99, endColumn: 105 },
        { ...misspelled(sendAndMessages, 'compresion', 'compression', '`send()`', KAFKAJS), line: 12, column: 62, endColumn: 72 },
      ],
    },
    {
      name: 'factory function: subscribe and run options',
      code: runAndSubscribe,
      errors: [
        { ...misspelled(runAndSubscribe, 'fromBegining', 'fromBeginning', '`consumer.subscribe()`', KAFKAJS), line: 10, column: 49, endColumn: 61 },
        {
          ...misspelled(runAndSubscribe, 'partitionsConsumedConcurently', 'partitionsConsumedConcurrently', '`consumer.run()`', KAFKAJS),
          line: 11,
          column: 45,
          endColumn: 74,
        },
      ],
    },
    {
      name: 'admin.createTopics options and topic objects',
      code: admin,
      errors: [
        { ...misspelled(admin, 'waitForLeader', 'waitForLeaders', '`admin.createTopics()`', KAFKAJS), line: 6, column: 5, endColumn: 18 },
        { ...misspelled(admin, 'numPartition', 'numPartitions', 'a `createTopics()` topic', KAFKAJS), line: 7, column: 33, endColumn: 45 },
      ],
    },
    {
      name: 'NestJS microservice options: client, consumer and subscribe sections',
      code: nest,
      errors: [
        { ...misspelled(nest, 'clientID', 'clientId', '`options.client`', KAFKAJS), line: 9, column: 17, endColumn: 25 },
        { messageId: 'misplacedOption', data: { name: 'autoCommit', where: '`options.consumer`', owner: '`options.run`', client: KAFKAJS }, line: 10, column: 38, endColumn: 48 },
        { ...misspelled(nest, 'fromBegining', 'fromBeginning', '`options.subscribe`', KAFKAJS), line: 11, column: 20, endColumn: 32 },
      ],
    },
    {
      name: 'Confluent client: misspelled librdkafka properties, a misspelled kafkaJS block, a Java-only property',
      code: confluentTop,
      errors: [
        { ...misspelledProperty(confluentTop, 'bootstrap.server', 'bootstrap.servers'), line: 3, column: 27, endColumn: 45 },
        { ...misspelledProperty(confluentTop, 'kafkajs', 'kafkaJS', 'kafkajs:', 'kafkaJS:'), line: 3, column: 61, endColumn: 68 },
        { ...misspelledProperty(confluentTop, 'lingerMs', 'linger.ms', 'lingerMs', "'linger.ms'"), line: 4, column: 35, endColumn: 43 },
        { messageId: 'unknownPropertyNoGuess', data: { name: 'key.serializer', suggestion: '' }, line: 4, column: 104, endColumn: 120 },
        { ...misspelledProperty(confluentTop, 'max.poll.interval', 'max.poll.interval.ms'), line: 5, column: 54, endColumn: 73 },
      ],
    },
    {
      name: "Confluent client's run() options",
      code: confluentRun,
      errors: [{ ...misspelled(confluentRun, 'eachBatchAutoResolv', 'eachBatchAutoResolve', '`consumer.run()`', CONFLUENT), line: 7, column: 53, endColumn: 72 }],
    },
    {
      name: 'node-rdkafka: global and topic configs, a Java name librdkafka spells differently',
      code: rdkafka,
      errors: [
        { ...misspelledProperty(rdkafka, 'enable.auto.comit', 'enable.auto.commit'), line: 4, column: 66, endColumn: 85 },
        { ...misspelledProperty(rdkafka, 'fetch.max.wait.ms', 'fetch.wait.max.ms'), line: 4, column: 114, endColumn: 133 },
        { ...misspelledProperty(rdkafka, 'auto.offset.rest', 'auto.offset.reset'), line: 5, column: 5, endColumn: 23 },
      ],
    },
    {
      name: 'node-rdkafka HighLevelProducer: the suggestion keeps the double quotes',
      code: dedent`
        import Kafka from 'node-rdkafka';
        export const producer = new Kafka.HighLevelProducer({ "bootstrap.servers": "kafka:9092", "linger.msec": 5 });
      `,
      errors: [
        {
          messageId: 'unknownProperty',
          data: { name: 'linger.msec', suggestion: 'linger.ms' },
          line: 2,
          column: 90,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'rename',
              data: { name: 'linger.msec', suggestion: 'linger.ms' },
              output: dedent`
                import Kafka from 'node-rdkafka';
                export const producer = new Kafka.HighLevelProducer({ "bootstrap.servers": "kafka:9092", "linger.ms": 5 });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed config constant: a misspelling in a spread base, a consumer option, retries outside retry',
      code: typed,
      errors: [
        { ...misspelled(typed, 'allowAutoTopicCreaton', 'allowAutoTopicCreation', '`kafka.producer()`', KAFKAJS), line: 3, column: 18, endColumn: 39 },
        { messageId: 'misplacedOption', data: { name: 'sessionTimeout', where: '`kafka.producer()`', owner: '`kafka.consumer()`', client: KAFKAJS }, line: 9, column: 3, endColumn: 17 },
        { messageId: 'misplacedOption', data: { name: 'retries', where: '`kafka.producer()`', owner: '`retry: { retries }`', client: KAFKAJS }, line: 10, column: 3, endColumn: 10 },
      ],
    },
    {
      name: 'a shorthand property is renamed without changing its value',
      code: shorthand,
      errors: [
        {
          ...misspelled(shorthand, 'sesionTimeout', 'sessionTimeout', '`kafka.consumer()`', KAFKAJS, '{ groupId, sesionTimeout }', '{ groupId, sessionTimeout: sesionTimeout }'),
          line: 5,
          column: 84,
          endColumn: 97,
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// max.poll.records in Confluent and node-rdkafka consumer configs.
// ---------------------------------------------------------------------------------------------

const confluentPollRecords = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;

  const kafka = new Kafka({ 'bootstrap.servers': 'kafka:9092' });
  const consumer = kafka.consumer({ 'group.id': 'billing', 'max.poll.records': 100 });
  module.exports = { consumer };
`;

const rdkafkaPollRecords = dedent`
  const Kafka = require('@confluentinc/kafka-javascript');

  const consumer = new Kafka.KafkaConsumer({ 'bootstrap.servers': 'kafka:9092', 'group.id': 'clicks', 'max.poll.records': 500 }, {});
  consumer.connect();
`;

codeTester.run('no-unknown-config (max.poll.records)', rule, {
  valid: [
    {
      name: 'a Confluent producer: librdkafka knows the property, and it is not a consumer',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const producer = new Kafka({ 'bootstrap.servers': 'kafka:9092' }).producer({ 'linger.ms': 5 });
        const consumer = new Kafka({}).consumer({ 'group.id': 'g', 'js.consumer.max.batch.size': 100 });
        module.exports = { producer, consumer };
      `,
    },
    {
      name: 'a kafkajs consumer is not a librdkafka config',
      code: dedent`
        import { Kafka } from 'kafkajs';
        export const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'g', maxBytes: 1048576 });
      `,
    },
    {
      name: 'the allow option silences it',
      code: confluentPollRecords,
      options: [{ allow: ['max.poll.records'] }],
    },
  ],
  invalid: [
    {
      name: 'KafkaJS API consumer: the batch size is js.consumer.max.batch.size',
      code: confluentPollRecords,
      errors: [
        {
          messageId: 'sharePollRecords',
          data: {
            name: 'max.poll.records',
            client: 'the Confluent client',
            instead: 'The KafkaJS API sizes the batches of `eachBatch` with `js.consumer.max.batch.size` (default 32)',
          },
          line: 4,
          column: 58,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'rename',
              data: { name: 'max.poll.records', suggestion: 'js.consumer.max.batch.size' },
              output: edited(confluentPollRecords, "'max.poll.records'", "'js.consumer.max.batch.size'"),
            },
          ],
        },
      ],
    },
    {
      name: "the Confluent client's callback API (node-rdkafka style): the count goes to consume()",
      code: rdkafkaPollRecords,
      errors: [
        {
          messageId: 'sharePollRecords',
          data: { name: 'max.poll.records', client: 'the Node binding', instead: 'Pass the number of messages to read to `consumer.consume(count)`' },
          line: 3,
          column: 101,
          endColumn: 119,
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Config files.
// ---------------------------------------------------------------------------------------------

/** `code` with the text `from`, found at a 1-based line and column, replaced by `to`. */
function renamedAt(code: string, line: number, column: number, from: string, to: string): string {
  const lines = code.split('\n');
  const text = lines[line - 1]!;
  if (text.slice(column - 1, column - 1 + from.length) !== from) throw new Error(`expected ${JSON.stringify(from)} at ${line}:${column}`);
  lines[line - 1] = text.slice(0, column - 1) + to + text.slice(column - 1 + from.length);
  return lines.join('\n');
}

const at = (line: number, column: number, length: number) => ({ line, column, endLine: line, endColumn: column + length });

/** The rename suggestion of a key written at `line`:`column`. */
function rename(code: string, line: number, column: number, from: string, to: string) {
  return { messageId: 'rename' as const, data: { name: from, suggestion: to }, output: renamedAt(code, line, column, from, to) };
}

const clientConsequence = (who: string, verb = 'ignores') =>
  `${who} ${verb} it (the start-up log only lists it, at INFO level, among the configurations that "were supplied but are not used yet"), so the setting silently has no effect`;
const CONSEQUENCE = {
  producer: clientConsequence('the producer'),
  consumer: clientConsequence('the consumer'),
  common: clientConsequence('the clients', 'ignore'),
  streams: `Kafka Streams hands keys it does not know to its clients, and ${clientConsequence('they', 'ignore')}`,
  connect: `the worker hands keys it does not know to its clients, and ${clientConsequence('they', 'ignore')}`,
  broker: 'the broker ignores keys it does not know, without a warning, so the setting silently has no effect',
  topic: 'Kafka rejects a topic config it does not know ("Unknown topic config name"), so the topic is neither created nor updated',
  streamsTopic:
    'Kafka Streams passes `topic.` settings to the creation of its internal topics, and Kafka rejects a topic config it does not know ("Unknown topic config name")',
  librdkafka: 'librdkafka refuses it ("No such configuration property"), so the client cannot be created',
  spring: 'Spring Boot ignores `spring.kafka` properties it does not bind, without a warning',
};
const CATALOG = {
  producer: "Kafka 3.9's producer configuration",
  consumer: "Kafka 3.9's consumer configuration",
  common: "Kafka 3.9's client configuration (producer, consumer and admin)",
  streams: "Kafka Streams' configuration (3.9)",
  connect: "Kafka Connect's worker configuration",
  broker: "Kafka 3.9's broker configuration",
  topic: "Kafka 3.9's topic configuration",
  librdkafka: "librdkafka 2.15's configuration",
};
type Catalog = keyof typeof CATALOG;

/** An unknown key with its did-you-mean; `sets` and `suggestionSets` name the Kafka keys behind compose variables. */
function unknownKey(catalog: Catalog, written: string, suggestion: string, { consequence = CONSEQUENCE[catalog], sets = '', suggestionSets = '' } = {}) {
  return { messageId: 'unknownKey' as const, data: { written, sets, catalog: CATALOG[catalog], consequence, suggestion, suggestionSets } };
}

// --- Java client, broker, Streams, Connect and librdkafka properties files ---------------------

const producerFile = dedent`
  bootstrap.servers=kafka:9092
  key.serializer=org.apache.kafka.common.serialization.StringSerializer
  linger.msec=5
  maxInFlightRequests=1
  min.insync.replicas=2
  group.id=orders
  queue.buffering.max.ms=5
  sasl.username=api-key
  retention.ms=86400000
`;

const consumerFile = dedent`
  bootstrap.servers=kafka:9092
  group.id=billing
  enable.auto.comit=false
  max-poll-records=100
  sessionTimeout=45000
  acks=all
`;

const brokerFile = dedent`
  process.roles=broker,controller
  node.id=1
  log.dirs=/var/lib/kafka
  auto.create.topics.enabled=false
  log.retention.hour=168
`;

const streamsFile = dedent`
  application.id=fraud-scoring
  bootstrap.servers=kafka:9092
  procesing.guarantee=exactly_once_v2
  producer.lingr.ms=20
  topic.segmnt.ms=600000
`;

const librdkafkaConsumer = dedent`
  bootstrap.servers=kafka:9092
  group.id=billing
  enable.partition.eof=false
  fetch.max.wait.ms=100
  key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
  enable.auto.comit=false
  foo.bar=1
  max.poll.records=500
`;

/** A librdkafka producer file that detection reads as Java (it holds one Java key). */
const mixedProducer = dedent`
  bootstrap.servers=kafka:9092
  request.required.acks=-1
  batch.num.messages=10000
  compression.codec=lz4
  key.serializer=org.apache.kafka.common.serialization.StringSerializer
  socket.keepalive.enable=true
`;

const connectFile = dedent`
  bootstrap.servers=kafka:9092
  group.id=connect-cluster
  key.converter=org.apache.kafka.connect.json.JsonConverter
  key.converter.schemas.enable=false
  offset.storage.topic=connect-offsets
  config.storage.topic=connect-configs
  status.storage.topics=connect-status
  producer.lingr.ms=10
`;

const springProperties = dedent`
  spring.kafka.bootstrap-servers=kafka:9092
  spring.kafka.consumer.properties.max-poll-records=10
  spring.kafka.producer.linger-ms=5
  spring.kafka.consumer.max-poll-record=5
  spring.kafka.consumer.concurrency=3
  spring.kafka.consumer.fetch-max-wait-ms=500
  spring.kafka.producer.properties.enable.idempotance=true
  spring.kafka.streams.properties.producer.lingr.ms=5
  spring.cloud.stream.kafka.binder.configuration.auto-offset-reset=earliest
`;

propertiesTester.run('no-unknown-config (properties files)', rule as never, {
  valid: [
    {
      name: 'Java producer: Kafka keys, serializer and Schema Registry settings, interceptors, config providers, application keys',
      filename: 'config/producer.properties',
      code: dedent`
        bootstrap.servers=kafka:9092
        acks=all
        key.serializer=org.apache.kafka.common.serialization.StringSerializer
        value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer
        schema.registry.url=http://schema-registry:8081
        basic.auth.credentials.source=USER_INFO
        basic.auth.user.info=key:secret
        value.subject.name.strategy=io.confluent.kafka.serializers.subject.RecordNameStrategy
        auto.register.schemas=false
        use.latest.version=true
        interceptor.classes=io.confluent.monitoring.clients.interceptor.MonitoringProducerInterceptor
        confluent.monitoring.interceptor.bootstrap.servers=kafka:9092
        config.providers=file
        config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
        metrics.context.env=prod
        sasl.jaas.config=\${file:/etc/kafka/secrets.properties:jaas}
        topic=orders
        input.topic.name=orders.v1
        \${ENV}.linger.msec=5
      `,
    },
    {
      name: 'a consumer.properties of another tool (no Kafka key) is not judged, even near a Kafka name',
      filename: 'src/main/resources/consumer.properties',
      code: 'serviceUrl=pulsar://localhost:6650\ntopicName=persistent://public/default/orders\nretrys=3\n',
    },
    {
      name: 'broker: per-listener overrides, authorizer, Confluent and remote storage plugin keys, older and newer releases, plugin keys',
      filename: 'config/server.properties',
      code: dedent`
        process.roles=broker
        node.id=2
        log.dirs=/var/lib/kafka
        listener.name.internal.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
        super.users=User:admin
        allow.everyone.if.no.acl.found=false
        confluent.license.topic.replication.factor=1
        rsm.config.s3.bucket=tiered
        metric.reporters=com.linkedin.kafka.cruisecontrol.metricsreporter.CruiseControlMetricsReporter
        cruise.control.metrics.topic=__CruiseControlMetrics
        share.coordinator.state.topic.replication.factor=3
        zookeeper.connect=zk:2181
        port=9092
        acme.audit.sink=s3://audit
      `,
    },
    {
      name: 'Streams: Streams and client keys, prefixed client and topic settings, serde and application keys',
      filename: 'streams.properties',
      code: dedent`
        application.id=fraud-scoring
        bootstrap.servers=kafka:9092
        processing.guarantee=exactly_once_v2
        default.list.key.serde.inner=org.apache.kafka.common.serialization.Serdes$StringSerde
        processing.exception.handler=org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler
        producer.linger.ms=20
        main.consumer.max.poll.records=500
        topic.min.insync.replicas=2
        schema.registry.url=http://schema-registry:8081
        rocksdb.block.cache.mb=64
      `,
    },
    {
      name: 'librdkafka: aliases, topic-level properties with the topic. prefix, Schema Registry and binding keys',
      filename: 'config/librdkafka.conf',
      code: dedent`
        metadata.broker.list=kafka:9092
        request.required.acks=-1
        queue.buffering.max.ms=5
        topic.message.timeout.ms=30000
        schema.registry.url=http://schema-registry:8081
        go.delivery.reports=false
        dotnet.producer.enable.background.poll=true
      `,
    },
    {
      name: 'a share consumer may set max.poll.records',
      filename: 'share-consumer-librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=jobs\nshare.acknowledgement.mode=explicit\nmax.poll.records=100\n',
    },
    {
      name: "an INI file an application reads section by section keeps its own keys (Python's configparser)",
      filename: 'config.properties',
      code: '[kafka_client]\nbootstrap.servers=kafka:9092\nsasl.username=key\nsasl.password=secret\n\n[app]\ntopic=orders\nworkers=4\n',
    },
    {
      name: 'a .conf file recognised by its keys alone may be a Java client config: Java keys are no proof of a mistake',
      filename: 'client.conf',
      code: 'bootstrap.servers=kafka:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nssl.truststore.location=/etc/kafka/truststore.jks\n',
    },
    {
      name: "Spring: Spring's properties, pass-through maps with serde keys, the application's own spring.kafka keys",
      filename: 'src/main/resources/application.properties',
      code: dedent`
        server.port=8080
        spring.kafka.bootstrap-servers=kafka:9092
        spring.kafka.consumer.group-id=orders
        spring.kafka.consumer.max-poll-records=100
        spring.kafka.consumer.properties.spring.json.trusted.packages=com.acme.*
        spring.kafka.properties.schema.registry.url=http://schema-registry:8081
        spring.kafka.properties.schema-registry-url=http://schema-registry:8081
        spring.kafka.producer.properties.num-partitions=4
        spring.kafka.topic.name=orders
        spring.kafka.consumer.topic=orders
        spring.kafka.listener.ack-mode=manual
      `,
    },
    {
      name: 'Connect worker: worker keys, converter settings, TLS of the REST server',
      filename: 'connect-distributed.properties',
      code: dedent`
        bootstrap.servers=kafka:9092
        group.id=connect-cluster
        key.converter=io.confluent.connect.avro.AvroConverter
        key.converter.schema.registry.url=http://schema-registry:8081
        offset.storage.topic=connect-offsets
        offset.storage.replication.factor=3
        config.storage.topic=connect-configs
        status.storage.topic=connect-status
        plugin.path=/usr/share/java
        listeners.https.ssl.keystore.location=/etc/connect/keystore.jks
        producer.compression.type=zstd
      `,
    },
    {
      name: 'the allow option takes exact keys and prefix.* patterns',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nlinger.msec=5\nacme.batch.sise=10\n',
      options: [{ allow: ['linger.msec', 'acme.*'] }],
    },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'org.gradle.jvmargs=-Xmx2g\nlinger.msec=5\n' },
    {
      name: 'a server.properties of a game server holds no Kafka key and is not judged',
      filename: 'server.properties',
      code: 'server-port=25565\nmax-players=20\nlevel-name=world\nlog.dir.s=logs\n',
    },
  ],
  invalid: [
    {
      name: 'Java producer: a typo, a kafkajs name, topic and consumer keys, librdkafka names',
      filename: 'config/producer.properties',
      code: producerFile,
      errors: [
        { ...unknownKey('producer', 'linger.msec', 'linger.ms'), ...at(3, 1, 11), suggestions: [rename(producerFile, 3, 1, 'linger.msec', 'linger.ms')] },
        {
          messageId: 'kafkajsName',
          data: { written: 'maxInFlightRequests', consequence: CONSEQUENCE.producer, suggestion: 'max.in.flight.requests.per.connection' },
          ...at(4, 1, 19),
          suggestions: [rename(producerFile, 4, 1, 'maxInFlightRequests', 'max.in.flight.requests.per.connection')],
        },
        {
          messageId: 'otherRoleKey',
          data: {
            written: 'min.insync.replicas',
            owner: 'a topic setting (with a broker-wide default)',
            role: 'producer',
            instead: "Set it on the topic, or as the brokers' default, or remove it",
          },
          ...at(5, 1, 19),
        },
        {
          messageId: 'otherRoleKey',
          data: { written: 'group.id', owner: 'a consumer setting', role: 'producer', instead: "Set it in the consumer's configuration, or remove it" },
          ...at(6, 1, 8),
        },
        {
          messageId: 'librdkafkaName',
          data: { written: 'queue.buffering.max.ms', consequence: CONSEQUENCE.producer, suggestion: 'linger.ms' },
          ...at(7, 1, 22),
          suggestions: [rename(producerFile, 7, 1, 'queue.buffering.max.ms', 'linger.ms')],
        },
        { messageId: 'librdkafkaNameNoEquivalent', data: { written: 'sasl.username', consequence: CONSEQUENCE.producer }, ...at(8, 1, 13) },
        {
          messageId: 'otherRoleKey',
          data: {
            written: 'retention.ms',
            owner: 'a topic setting',
            role: 'producer',
            instead: 'Set it on the topic (its definition, or `kafka-configs.sh --entity-type topics`), or remove it',
          },
          ...at(9, 1, 12),
        },
      ],
    },
    {
      name: 'Java consumer: a typo, a kebab-case key, a kafkajs name, a producer key',
      filename: 'consumer.properties',
      code: consumerFile,
      errors: [
        {
          ...unknownKey('consumer', 'enable.auto.comit', 'enable.auto.commit'),
          ...at(3, 1, 17),
          suggestions: [rename(consumerFile, 3, 1, 'enable.auto.comit', 'enable.auto.commit')],
        },
        {
          ...unknownKey('consumer', 'max-poll-records', 'max.poll.records'),
          ...at(4, 1, 16),
          suggestions: [rename(consumerFile, 4, 1, 'max-poll-records', 'max.poll.records')],
        },
        {
          messageId: 'kafkajsName',
          data: { written: 'sessionTimeout', consequence: CONSEQUENCE.consumer, suggestion: 'session.timeout.ms' },
          ...at(5, 1, 14),
          suggestions: [rename(consumerFile, 5, 1, 'sessionTimeout', 'session.timeout.ms')],
        },
        {
          messageId: 'otherRoleKey',
          data: { written: 'acks', owner: 'a producer setting', role: 'consumer', instead: "Set it in the producer's configuration, or remove it" },
          ...at(6, 1, 4),
        },
      ],
    },
    {
      name: 'a client file serving several clients',
      filename: 'client.properties',
      code: 'bootstrap.servers=kafka:9092\nsecurity.protocol=SASL_SSL\nretry.backof.ms=500\n',
      errors: [
        {
          ...unknownKey('common', 'retry.backof.ms', 'retry.backoff.ms'),
          ...at(3, 1, 15),
          suggestions: [rename('bootstrap.servers=kafka:9092\nsecurity.protocol=SASL_SSL\nretry.backof.ms=500\n', 3, 1, 'retry.backof.ms', 'retry.backoff.ms')],
        },
      ],
    },
    {
      name: 'broker: typos of broker keys',
      filename: 'config/kraft/server.properties',
      code: brokerFile,
      errors: [
        {
          ...unknownKey('broker', 'auto.create.topics.enabled', 'auto.create.topics.enable'),
          ...at(4, 1, 26),
          suggestions: [rename(brokerFile, 4, 1, 'auto.create.topics.enabled', 'auto.create.topics.enable')],
        },
        {
          ...unknownKey('broker', 'log.retention.hour', 'log.retention.hours'),
          ...at(5, 1, 18),
          suggestions: [rename(brokerFile, 5, 1, 'log.retention.hour', 'log.retention.hours')],
        },
      ],
    },
    {
      name: 'Streams: a Streams typo, a prefixed producer typo (the prefix is kept), a prefixed topic typo',
      filename: 'fraud-streams.properties',
      code: streamsFile,
      errors: [
        {
          ...unknownKey('streams', 'procesing.guarantee', 'processing.guarantee'),
          ...at(3, 1, 19),
          suggestions: [rename(streamsFile, 3, 1, 'procesing.guarantee', 'processing.guarantee')],
        },
        {
          ...unknownKey('producer', 'producer.lingr.ms', 'producer.linger.ms'),
          ...at(4, 1, 17),
          suggestions: [rename(streamsFile, 4, 1, 'producer.lingr.ms', 'producer.linger.ms')],
        },
        {
          ...unknownKey('topic', 'topic.segmnt.ms', 'topic.segment.ms', { consequence: CONSEQUENCE.streamsTopic }),
          ...at(5, 1, 15),
          suggestions: [rename(streamsFile, 5, 1, 'topic.segmnt.ms', 'topic.segment.ms')],
        },
      ],
    },
    {
      name: 'librdkafka consumer: a Java name, a Java-only key, a typo, an unknown key, max.poll.records',
      filename: 'config/librdkafka.conf',
      code: librdkafkaConsumer,
      errors: [
        {
          messageId: 'javaName',
          data: { written: 'fetch.max.wait.ms', consequence: CONSEQUENCE.librdkafka, suggestion: 'fetch.wait.max.ms' },
          ...at(4, 1, 17),
          suggestions: [rename(librdkafkaConsumer, 4, 1, 'fetch.max.wait.ms', 'fetch.wait.max.ms')],
        },
        { messageId: 'javaNameNoEquivalent', data: { written: 'key.deserializer', consequence: CONSEQUENCE.librdkafka }, ...at(5, 1, 16) },
        {
          ...unknownKey('librdkafka', 'enable.auto.comit', 'enable.auto.commit'),
          ...at(6, 1, 17),
          suggestions: [rename(librdkafkaConsumer, 6, 1, 'enable.auto.comit', 'enable.auto.commit')],
        },
        {
          messageId: 'unknownKeyNoGuess',
          data: { written: 'foo.bar', sets: '', catalog: CATALOG.librdkafka, consequence: CONSEQUENCE.librdkafka },
          ...at(7, 1, 7),
        },
        { messageId: 'sharePollRecordsFile', data: { written: 'max.poll.records' }, ...at(8, 1, 16) },
      ],
    },
    {
      name: 'a librdkafka file read as Java because of one Java key: the Java key is the mistake',
      filename: 'gateway/producer.conf',
      code: mixedProducer,
      errors: [{ messageId: 'javaNameNoEquivalent', data: { written: 'key.serializer', consequence: CONSEQUENCE.librdkafka }, ...at(5, 1, 14) }],
    },
    {
      name: 'Connect worker: a worker key typo, a typo in a producer. override',
      filename: 'connect-distributed.properties',
      code: connectFile,
      errors: [
        {
          ...unknownKey('connect', 'status.storage.topics', 'status.storage.topic'),
          ...at(7, 1, 21),
          suggestions: [rename(connectFile, 7, 1, 'status.storage.topics', 'status.storage.topic')],
        },
        {
          ...unknownKey('producer', 'producer.lingr.ms', 'producer.linger.ms'),
          ...at(8, 1, 17),
          suggestions: [rename(connectFile, 8, 1, 'producer.lingr.ms', 'producer.linger.ms')],
        },
      ],
    },
    {
      name: 'Spring properties: kebab-case in a map, Kafka settings written as Spring properties, typos, a property of another section',
      filename: 'src/main/resources/application.properties',
      code: springProperties,
      errors: [
        {
          messageId: 'verbatimMapKey',
          data: {
            written: 'spring.kafka.consumer.properties.max-poll-records',
            map: 'spring.kafka.consumer.properties',
            suggestion: 'spring.kafka.consumer.properties.max.poll.records',
          },
          ...at(2, 1, 49),
          suggestions: [rename(springProperties, 2, 1, 'spring.kafka.consumer.properties.max-poll-records', 'spring.kafka.consumer.properties.max.poll.records')],
        },
        {
          messageId: 'springKafkaProperty',
          data: {
            written: 'spring.kafka.producer.linger-ms',
            key: 'linger.ms',
            consequence: CONSEQUENCE.spring,
            suggestion: 'spring.kafka.producer.properties.linger.ms',
            how: ', which Spring Boot passes to the client as it is',
          },
          ...at(3, 1, 31),
          suggestions: [rename(springProperties, 3, 1, 'spring.kafka.producer.linger-ms', 'spring.kafka.producer.properties.linger.ms')],
        },
        {
          messageId: 'springTypo',
          data: { written: 'spring.kafka.consumer.max-poll-record', consequence: CONSEQUENCE.spring, suggestion: 'spring.kafka.consumer.max-poll-records' },
          ...at(4, 1, 37),
          suggestions: [rename(springProperties, 4, 1, 'spring.kafka.consumer.max-poll-record', 'spring.kafka.consumer.max-poll-records')],
        },
        {
          messageId: 'springOtherSection',
          data: {
            written: 'spring.kafka.consumer.concurrency',
            leaf: 'concurrency',
            owner: 'spring.kafka.listener',
            suggestion: 'spring.kafka.listener.concurrency',
          },
          ...at(5, 1, 33),
          suggestions: [rename(springProperties, 5, 1, 'spring.kafka.consumer.concurrency', 'spring.kafka.listener.concurrency')],
        },
        {
          messageId: 'springKafkaProperty',
          data: {
            written: 'spring.kafka.consumer.fetch-max-wait-ms',
            key: 'fetch.max.wait.ms',
            consequence: CONSEQUENCE.spring,
            suggestion: 'spring.kafka.consumer.fetch-max-wait',
            how: ", Spring Boot's property for it",
          },
          ...at(6, 1, 39),
          suggestions: [rename(springProperties, 6, 1, 'spring.kafka.consumer.fetch-max-wait-ms', 'spring.kafka.consumer.fetch-max-wait')],
        },
        {
          ...unknownKey('producer', 'spring.kafka.producer.properties.enable.idempotance', 'spring.kafka.producer.properties.enable.idempotence'),
          ...at(7, 1, 51),
          suggestions: [
            rename(springProperties, 7, 1, 'spring.kafka.producer.properties.enable.idempotance', 'spring.kafka.producer.properties.enable.idempotence'),
          ],
        },
        {
          ...unknownKey('producer', 'spring.kafka.streams.properties.producer.lingr.ms', 'spring.kafka.streams.properties.producer.linger.ms'),
          ...at(8, 1, 49),
          suggestions: [
            rename(springProperties, 8, 1, 'spring.kafka.streams.properties.producer.lingr.ms', 'spring.kafka.streams.properties.producer.linger.ms'),
          ],
        },
        {
          messageId: 'verbatimMapKey',
          data: {
            written: 'spring.cloud.stream.kafka.binder.configuration.auto-offset-reset',
            map: 'spring.cloud.stream.kafka.binder.configuration',
            suggestion: 'spring.cloud.stream.kafka.binder.configuration.auto.offset.reset',
          },
          ...at(9, 1, 64),
          suggestions: [
            rename(
              springProperties,
              9,
              1,
              'spring.cloud.stream.kafka.binder.configuration.auto-offset-reset',
              'spring.cloud.stream.kafka.binder.configuration.auto.offset.reset',
            ),
          ],
        },
      ],
    },
    {
      name: 'a Spring profile file',
      filename: 'src/main/resources/application-prod.properties',
      code: 'spring.kafka.producer.properties.lingr.ms=20\n',
      errors: [
        {
          ...unknownKey('producer', 'spring.kafka.producer.properties.lingr.ms', 'spring.kafka.producer.properties.linger.ms'),
          ...at(1, 1, 41),
          suggestions: [rename('spring.kafka.producer.properties.lingr.ms=20\n', 1, 1, 'spring.kafka.producer.properties.lingr.ms', 'spring.kafka.producer.properties.linger.ms')],
        },
      ],
    },
  ],
});

// --- YAML: Spring, docker-compose, Strimzi ------------------------------------------------------

const springYaml = dedent`
  spring:
    kafka:
      bootstrap-servers: kafka:9092
      producer:
        linger-ms: 5
        "lingerMs": 5
        properties:
          enable.idempotance: true
          linger:
            msec: 5
      consumer:
        max-poll-record: 5
        concurrency: 3
        spring.json.trusted.packages: "*"
        properties:
          max-poll-records: 10
  ---
  spring:
    config:
      activate:
        on-profile: prod
    kafka:
      consumer:
        enable-auto-comit: false
`;

const springLingerMs = (line: number, column: number, written: string) => ({
  messageId: 'springKafkaProperty' as const,
  data: {
    written: 'spring.kafka.producer.linger-ms',
    key: 'linger.ms',
    consequence: CONSEQUENCE.spring,
    suggestion: 'spring.kafka.producer.properties.linger.ms',
    how: ', which Spring Boot passes to the client as it is',
  },
  ...at(line, column, written.length),
});

const composeFile = dedent`
  services:
    kafka:
      image: apache/kafka:3.8.0
      environment:
        KAFKA_NODE_ID: 1
        KAFKA_PROCESS_ROLES: broker,controller
        KAFKA_AUTO_CREATE_TOPICS_ENABLED: "false"
        KAFKA_HEAP_OPTS: -Xmx1g
    legacy:
      image: wurstmeister/kafka:2.13-2.8.1
      environment:
        - KAFKA_ADVERTISED_HOST_NAME=legacy
        - KAFKA_LOG_RETENTION_HOUR=1
    bitnami:
      image: bitnami/kafka:3.7
      environment:
        - KAFKA_CFG_NUM_PARTITION=3
        - KAFKA_KRAFT_CLUSTER_ID=abc
`;

const strimziFile = dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: Kafka
  metadata:
    name: events
  spec:
    kafka:
      replicas: 3
      config:
        auto.create.topics.enabled: false
  ---
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaTopic
  metadata:
    name: orders
    labels:
      strimzi.io/cluster: events
  spec:
    partitions: 6
    replicas: 3
    config:
      retention.msec: 604800000
      retention.hours: 168
  ---
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaConnect
  metadata:
    name: connect
  spec:
    config:
      group.id: connect
      offset.storage.topics: connect-offsets
  ---
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaBridge
  metadata:
    name: bridge
  spec:
    producer:
      config:
        lingr.ms: 5
`;

yamlTester.run('no-unknown-config (YAML files)', rule as never, {
  valid: [
    {
      name: "Strimzi MirrorMaker 2: a source connector's replication.factor is MirrorMaker's key, not a topic config",
      filename: 'mirror-maker-2.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaMirrorMaker2
        metadata:
          name: dr
        spec:
          version: 3.9.0
          replicas: 1
          connectCluster: dr
          clusters:
            - alias: platform
              bootstrapServers: platform-kafka-bootstrap:9092
            - alias: dr
              bootstrapServers: dr-kafka-bootstrap:9092
              config:
                config.storage.replication.factor: 3
          mirrors:
            - sourceCluster: platform
              targetCluster: dr
              sourceConnector:
                config:
                  replication.factor: 3
                  offset-syncs.topic.replication.factor: 3
      `,
    },
    {
      name: "Spring YAML: Spring's properties, serde keys in maps, the application's own keys under spring.kafka and elsewhere",
      filename: 'src/main/resources/application.yml',
      code: dedent`
        server:
          port: 8080
        spring:
          application:
            name: orders
          kafka:
            bootstrap-servers: kafka:9092
            consumer:
              group-id: orders
              maxPollRecords: 100
              properties:
                spring.json.trusted.packages: com.acme.events
                spring.deserializer.value.delegate.class: org.springframework.kafka.support.serializer.JsonDeserializer
                schema.registry.url: http://schema-registry:8081
                specific.avro.reader: true
            topic:
              name: orders
            listener:
              ack-mode: manual
        app:
          kafka:
            linger-ms: 5
      `,
    },
    {
      name: 'Spring Cloud Stream binder keys are the binder’s',
      filename: 'src/main/resources/application.yml',
      code: dedent`
        spring:
          cloud:
            stream:
              kafka:
                binder:
                  brokers: kafka:9092
                  replication-factor: 3
                  configuration:
                    max.poll.records: 100
                    value.subject.name.strategy: io.confluent.kafka.serializers.subject.TopicRecordNameStrategy
      `,
    },
    {
      name: 'compose: image variables that are not broker properties, Confluent Server keys, keys of older releases',
      filename: 'docker-compose.yml',
      code: dedent`
        services:
          broker:
            image: confluentinc/cp-server:7.6.0
            environment:
              KAFKA_BROKER_ID: 1
              KAFKA_ZOOKEEPER_CONNECT: zookeeper:2181
              KAFKA_JMX_PORT: 9101
              KAFKA_CONFLUENT_SCHEMA_REGISTRY_URL: http://schema-registry:8081
              KAFKA_CONFLUENT_BALANCER_TOPIC_REPLICATION_FACTOR: 1
              KAFKA_LISTENER_NAME_INTERNAL_SASL_ENABLED_MECHANISMS: PLAIN
              KAFKA_SUPER_USERS: User:admin
          legacy:
            image: wurstmeister/kafka
            environment:
              KAFKA_ADVERTISED_HOST_NAME: legacy
              KAFKA_CREATE_TOPICS: orders:3:1
          app:
            image: acme/orders:1.0
            environment:
              KAFKA_LINGER_MSEC: 5
      `,
    },
    {
      name: "Strimzi: Strimzi's authorizer keys, spec fields of a KafkaTopic, Connect worker keys",
      filename: 'kafka.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: Kafka
        metadata:
          name: events
        spec:
          kafka:
            config:
              strimzi.authorization.client.id: kafka
              super.users: User:admin
        ---
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaTopic
        metadata:
          name: orders
        spec:
          partitions: 6
          replicas: 3
          config:
            retention.ms: 604800000
            cleanup.policy: compact,delete
        ---
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaConnect
        metadata:
          name: connect
        spec:
          config:
            group.id: connect
            config.storage.replication.factor: 3
            key.converter.schemas.enable: false
      `,
    },
    {
      name: 'look-alike YAML that is not Kafka config',
      filename: '.github/workflows/ci.yml',
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      linger.msec: 5\n',
    },
  ],
  invalid: [
    {
      name: 'Spring YAML: Kafka settings written as Spring properties (quoted too), typos, kebab-case in a map, a profile document',
      filename: 'src/main/resources/application.yml',
      code: springYaml,
      errors: [
        { ...springLingerMs(5, 7, 'linger-ms'), suggestions: [rename(springYaml, 5, 7, 'linger-ms', 'properties.linger.ms')] },
        { ...springLingerMs(6, 7, '"lingerMs"'), suggestions: [rename(springYaml, 6, 8, 'lingerMs', 'properties.linger.ms')] },
        {
          ...unknownKey('producer', 'enable.idempotance', 'enable.idempotence'),
          ...at(8, 9, 18),
          suggestions: [rename(springYaml, 8, 9, 'enable.idempotance', 'enable.idempotence')],
        },
        // Nested maps spell the key over two lines: reported, but not renamed in place.
        { ...unknownKey('producer', 'linger.msec', 'linger.ms'), ...at(10, 11, 4) },
        {
          messageId: 'springTypo',
          data: { written: 'spring.kafka.consumer.max-poll-record', consequence: CONSEQUENCE.spring, suggestion: 'spring.kafka.consumer.max-poll-records' },
          ...at(12, 7, 15),
          suggestions: [rename(springYaml, 12, 7, 'max-poll-record', 'max-poll-records')],
        },
        {
          messageId: 'springOtherSection',
          data: { written: 'spring.kafka.consumer.concurrency', leaf: 'concurrency', owner: 'spring.kafka.listener', suggestion: 'spring.kafka.listener.concurrency' },
          ...at(13, 7, 11),
        },
        {
          messageId: 'springKafkaProperty',
          data: {
            written: 'spring.kafka.consumer.spring.json.trusted.packages',
            key: 'spring.json.trusted.packages',
            consequence: CONSEQUENCE.spring,
            suggestion: 'spring.kafka.consumer.properties.spring.json.trusted.packages',
            how: ', which Spring Boot passes to the client as it is',
          },
          ...at(14, 7, 28),
          suggestions: [rename(springYaml, 14, 7, 'spring.json.trusted.packages', 'properties.spring.json.trusted.packages')],
        },
        {
          messageId: 'verbatimMapKey',
          data: { written: 'max-poll-records', map: 'spring.kafka.consumer.properties', suggestion: 'max.poll.records' },
          ...at(16, 9, 16),
          suggestions: [rename(springYaml, 16, 9, 'max-poll-records', 'max.poll.records')],
        },
        {
          messageId: 'springTypo',
          data: { written: 'spring.kafka.consumer.enable-auto-comit', consequence: CONSEQUENCE.spring, suggestion: 'spring.kafka.consumer.enable-auto-commit' },
          ...at(24, 7, 17),
          suggestions: [rename(springYaml, 24, 7, 'enable-auto-comit', 'enable-auto-commit')],
        },
      ],
    },
    {
      name: 'compose: broker key typos in the map and list forms of each image family, renamed in the image’s own spelling',
      filename: 'docker-compose.yml',
      code: composeFile,
      errors: [
        {
          ...unknownKey('broker', 'KAFKA_AUTO_CREATE_TOPICS_ENABLED', 'KAFKA_AUTO_CREATE_TOPICS_ENABLE', {
            sets: ' (`auto.create.topics.enabled`)',
            suggestionSets: ' (`auto.create.topics.enable`)',
          }),
          ...at(7, 7, 32),
          suggestions: [rename(composeFile, 7, 7, 'KAFKA_AUTO_CREATE_TOPICS_ENABLED', 'KAFKA_AUTO_CREATE_TOPICS_ENABLE')],
        },
        {
          ...unknownKey('broker', 'KAFKA_LOG_RETENTION_HOUR', 'KAFKA_LOG_RETENTION_HOURS', {
            sets: ' (`log.retention.hour`)',
            suggestionSets: ' (`log.retention.hours`)',
          }),
          ...at(13, 9, 24),
          suggestions: [rename(composeFile, 13, 9, 'KAFKA_LOG_RETENTION_HOUR', 'KAFKA_LOG_RETENTION_HOURS')],
        },
        {
          ...unknownKey('broker', 'KAFKA_CFG_NUM_PARTITION', 'KAFKA_CFG_NUM_PARTITIONS', { sets: ' (`num.partition`)', suggestionSets: ' (`num.partitions`)' }),
          ...at(17, 9, 23),
          suggestions: [rename(composeFile, 17, 9, 'KAFKA_CFG_NUM_PARTITION', 'KAFKA_CFG_NUM_PARTITIONS')],
        },
      ],
    },
    {
      name: 'Strimzi: a broker typo, topic configs Kafka rejects, a Connect worker typo, a KafkaBridge producer typo',
      filename: 'kafka.yaml',
      code: strimziFile,
      errors: [
        {
          ...unknownKey('broker', 'auto.create.topics.enabled', 'auto.create.topics.enable'),
          ...at(9, 7, 26),
          suggestions: [rename(strimziFile, 9, 7, 'auto.create.topics.enabled', 'auto.create.topics.enable')],
        },
        {
          ...unknownKey('topic', 'retention.msec', 'retention.ms'),
          ...at(21, 5, 14),
          suggestions: [rename(strimziFile, 21, 5, 'retention.msec', 'retention.ms')],
        },
        {
          messageId: 'unknownKeyNoGuess',
          data: { written: 'retention.hours', sets: '', catalog: CATALOG.topic, consequence: CONSEQUENCE.topic },
          ...at(22, 5, 15),
        },
        {
          ...unknownKey('connect', 'offset.storage.topics', 'offset.storage.topic'),
          ...at(31, 5, 21),
          suggestions: [rename(strimziFile, 31, 5, 'offset.storage.topics', 'offset.storage.topic')],
        },
        {
          ...unknownKey('producer', 'lingr.ms', 'linger.ms'),
          ...at(40, 7, 8),
          suggestions: [rename(strimziFile, 40, 7, 'lingr.ms', 'linger.ms')],
        },
      ],
    },
  ],
});

describe('no-unknown-config suppression comments', () => {
  const kafka = { ...plugin, rules: { ...plugin.rules, 'no-unknown-config': rule } };
  const config = (language: string): Linter.Config[] => [
    { files: ['**/*.properties', '**/*.yml'], plugins: { kafka: kafka as never }, language, rules: { 'kafka/no-unknown-config': 'error' } },
  ];
  const lint = (text: string, filename: string) =>
    new Linter()
      .verify(text, config(filename.endsWith('.yml') ? 'kafka/yaml' : 'kafka/properties'), { filename })
      .map((message) => [message.ruleId, message.line]);

  it('honours eslint-disable-next-line in a properties file, for that line only', () => {
    const text = 'bootstrap.servers=kafka:9092\n# eslint-disable-next-line kafka/no-unknown-config -- read by our wrapper\nlinger.msec=5\nenable.idempotance=true\n';
    expect(lint(text, 'producer.properties')).toEqual([['kafka/no-unknown-config', 4]]);
    expect(lint(text.replace(/^# .*\n/m, ''), 'producer.properties')).toEqual([
      ['kafka/no-unknown-config', 2],
      ['kafka/no-unknown-config', 3],
    ]);
  });

  it('honours eslint-disable-line in a Spring YAML file', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      linger-ms: 5 # eslint-disable-line kafka/no-unknown-config\n';
    expect(lint(text, 'application.yml')).toEqual([]);
    expect(lint(text.replace(/ # .*$/m, ''), 'application.yml')).toEqual([['kafka/no-unknown-config', 4]]);
  });
});
