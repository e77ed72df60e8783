import rule from '../../src/rules/no-unknown-config.js';
import { codeTester, dedent } from '../rule-tester.js';

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
