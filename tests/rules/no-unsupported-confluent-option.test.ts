import rule from '../../src/rules/no-unsupported-confluent-option.js';
import { codeTester, dedent } from '../rule-tester.js';

/** `code` with the one occurrence of `from` replaced by `to` (fails loudly if `from` is missing or repeated). */
function edited(code: string, from: string, to: string): string {
  const at = code.indexOf(from);
  if (at === -1 || code.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return code.slice(0, at) + to + code.slice(at + from.length);
}

const send = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;

  const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'], clientId: 'orders' } });
  const producer = kafka.producer({ kafkaJS: { idempotent: true } });

  async function publish(orderId, body) {
    await producer.connect();
    await producer.send({ topic: 'orders', acks: -1, messages: [{ key: orderId, value: body }] });
  }

  async function publishAll(topicMessages) {
    await producer.sendBatch({ topicMessages, compression: 'gzip', timeout: 5000 });
  }
  module.exports = { publish, publishAll };
`;

const subscribe = dedent`
  import { KafkaJS } from '@confluentinc/kafka-javascript';

  export class OrdersListener {
    private readonly consumer: KafkaJS.Consumer;

    constructor(kafka: KafkaJS.Kafka) {
      this.consumer = kafka.consumer({ kafkaJS: { groupId: 'orders' } });
    }

    async start(): Promise<void> {
      await this.consumer.connect();
      await this.consumer.subscribe({ topics: ['orders'], fromBeginning: true });
      await this.consumer.run({
        autoCommit: false,
        autoCommitInterval: 1000,
        autoCommitThreshold: 100,
        eachMessage: async ({ message }) => this.handle(message.value),
      });
    }

    private handle(value: Buffer | null): void {
      console.log(value);
    }
  }
`;

const blockconst = dedent`
  const { Kafka, logLevel } = require('@confluentinc/kafka-javascript').KafkaJS;

  const producerConfig = {
    kafkaJS: {
      createPartitioner: () => () => 0,
      acks: -1,
    },
    'linger.ms': 5,
  };
  const consumerConfig = { kafkaJS: { groupId: 'billing', autoCommitThreshold: 50 } };

  const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'], logLevel: logLevel.WARN } });
  exports.producer = kafka.producer(producerConfig);
  exports.consumer = kafka.consumer(consumerConfig);
`;

const eos = dedent`
  import { KafkaJS } from '@confluentinc/kafka-javascript';

  const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
  const producer = kafka.producer({ kafkaJS: { transactionalId: 'payments-tx' } });

  export async function forward(groupId: string, topic: string, partition: number, offset: string) {
    const transaction = await producer.transaction();
    await transaction.send({ topic: 'payments-out', messages: [{ key: 'p', value: 'v' }] });
    await transaction.sendOffsets({ consumerGroupId: groupId, topics: [{ topic, partitions: [{ partition, offset }] }] });
    await transaction.commit();
  }

  export async function forwardLater(topics: KafkaJS.TopicOffsets[]) {
    await producer.sendOffsets({ topics });
  }
`;

const topics = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;

  const admin = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).admin();

  async function provision() {
    await admin.connect();
    await admin.createTopics({
      validateOnly: false,
      waitForLeaders: true,
      topics: [{ topic: 'audit', numPartitions: 6, replicationFactor: 3, replicaAssignment: [{ partition: 0, replicas: [1, 2, 3] }] }],
    });
  }
  module.exports = { provision };
`;

const common = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;

  const kafka = new Kafka({
    kafkaJS: {
      brokers: ['kafka:9092'],
      reauthenticationThreshold: 10000,
      socketFactory: ({ host, port }) => require('net').connect({ host, port }),
      retry: { retries: 5, factor: 0.3, multiplier: 3, restartOnFailure: async () => true },
    },
  });
  module.exports = kafka;
`;

const toplevel = dedent`
  import { KafkaJS } from '@confluentinc/kafka-javascript';

  export const kafka = new KafkaJS.Kafka({ brokers: ['kafka:9092'], clientId: 'api' });
`;

const moveinto = dedent`
  import { KafkaJS } from '@confluentinc/kafka-javascript';

  declare const kafka: KafkaJS.Kafka;
  export const consumer = kafka.consumer({
    'group.instance.id': 'worker-1',
    groupId: 'workers',
    kafkaJS: {
      fromBeginning: true,
    },
  });
`;

const typo = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;

  const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'], logCreator: () => ({ namespace, level, log }) => console.log(log) } });
  const producer = kafka.producer({ kafkaJS: { idempotnet: true, maxInFlightRequests: 5 } });
  const consumer = kafka.consumer({ kafkaJS: { groupId: 'g', partitionsConsumedConcurrently: 3 } });
  module.exports = { producer, consumer };
`;

const conn = dedent`
  import { KafkaJS } from '@confluentinc/kafka-javascript';

  const brokers = async () => ['kafka:9092'];
  export const kafka = new KafkaJS.Kafka({
    kafkaJS: {
      brokers,
      ssl: { rejectUnauthorized: false, ca: [process.env.KAFKA_CA ?? ''] },
      sasl: { mechanism: 'aws', authorizationIdentity: 'id', accessKeyId: 'key', secretAccessKey: 'secret' },
    },
  });
`;

const kip848 = dedent`
  const { Kafka, PartitionAssigners } = require('@confluentinc/kafka-javascript').KafkaJS;

  const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });

  function createConsumer(groupId) {
    return kafka.consumer({
      'group.protocol': 'consumer',
      'enable.auto.offset.store': false,
      kafkaJS: {
        groupId,
        partitionAssigners: [PartitionAssigners.cooperativeSticky],
        sessionTimeout: 45000,
        heartbeatInterval: 3000,
      },
    });
  }
  module.exports = { createConsumer };
`;

const sendspread = dedent`
  const { Kafka, CompressionTypes } = require('@confluentinc/kafka-javascript').KafkaJS;

  const SEND_DEFAULTS = { compression: CompressionTypes.GZIP };
  const producer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).producer();

  exports.publish = (key, value) => producer.send({ ...SEND_DEFAULTS, topic: 'events', messages: [{ key, value }] });
`;
const typedConfig = dedent`
  import { KafkaJS } from '@confluentinc/kafka-javascript';

  export const consumerConfig: KafkaJS.ConsumerConstructorConfig = {
    groupId: 'reports',
    kafkaJS: { fromBeginning: true },
  };
`;

codeTester.run('no-unsupported-confluent-option', rule, {
  valid: [
    {
      name: 'kafkajs: per-send acks, timeout and compression are kafkajs options',
      code: dedent`
        import { Kafka, CompressionTypes } from 'kafkajs';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true });
        export async function publish(value: string) {
          await producer.send({ topic: 'orders', acks: -1, timeout: 5000, compression: CompressionTypes.GZIP, messages: [{ key: 'k', value }] });
          await producer.sendBatch({ acks: -1, topicMessages: [] });
        }
      `,
    },
    {
      name: 'kafkajs: subscribe fromBeginning, run autoCommit and autoCommitThreshold',
      code: dedent`
        const { Kafka } = require('kafkajs');
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'g' });
        async function start() {
          await consumer.subscribe({ topics: ['orders'], fromBeginning: true });
          await consumer.run({ autoCommit: true, autoCommitInterval: 5000, autoCommitThreshold: 100, eachMessage: async () => {} });
        }
        module.exports = { start };
      `,
    },
    {
      name: 'kafkajs: createPartitioner, retry.factor, socketFactory, a broker function, TLS options, AWS SASL',
      code: dedent`
        import { Kafka, Partitioners } from 'kafkajs';
        import tls from 'node:tls';
        const kafka = new Kafka({
          brokers: async () => ['kafka:9092'],
          ssl: { rejectUnauthorized: true, ca: [process.env.CA ?? ''] },
          sasl: { mechanism: 'aws', authorizationIdentity: 'id', accessKeyId: 'k', secretAccessKey: 's' },
          reauthenticationThreshold: 10000,
          socketFactory: ({ host, port, ssl }) => tls.connect({ host, port, ...ssl }),
          retry: { retries: 8, factor: 0.3, multiplier: 3, restartOnFailure: async () => true },
        });
        export const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
      `,
    },
    {
      name: 'kafkajs: sendOffsets with consumerGroupId, createTopics with validateOnly and replicaAssignment',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1 });
        export async function forward(offset: string) {
          const transaction = await producer.transaction();
          await transaction.sendOffsets({ consumerGroupId: 'g', topics: [{ topic: 't', partitions: [{ partition: 0, offset }] }] });
          await transaction.commit();
          await kafka.admin().createTopics({ validateOnly: true, waitForLeaders: false, topics: [{ topic: 't', replicaAssignment: [] }] });
        }
      `,
    },
    {
      name: 'Confluent client used as documented: per-producer acks, per-consumer fromBeginning and autoCommit',
      code: dedent`
        const { Kafka, CompressionTypes } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'], clientId: 'orders', ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'u', password: 'p' } } });
        const producer = kafka.producer({ kafkaJS: { acks: -1, compression: CompressionTypes.ZSTD, timeout: 10000, idempotent: true } });
        const consumer = kafka.consumer({ kafkaJS: { groupId: 'orders', fromBeginning: true, autoCommit: false, autoCommitInterval: 5000 } });
        async function run() {
          await producer.send({ topic: 'orders', messages: [{ key: 'k', value: 'v' }] });
          await consumer.subscribe({ topics: ['orders'] });
          await consumer.run({ partitionsConsumedConcurrently: 2, eachMessage: async () => {} });
        }
        module.exports = { run };
      `,
    },
    {
      name: 'Confluent client with librdkafka properties only, and acks at the top level (librdkafka has it too)',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({ 'bootstrap.servers': 'kafka:9092', 'client.id': 'api' });
        export const producer = kafka.producer({ acks: -1, 'enable.idempotence': true, partitioner: 'murmur2_random' });
        export const consumer = kafka.consumer({ 'group.id': 'api', 'auto.offset.reset': 'earliest', 'enable.auto.commit': false });
      `,
    },
    {
      name: 'Confluent transaction passes the consumer to sendOffsets',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const producer = kafka.producer({ kafkaJS: { transactionalId: 'tx' } });
        const consumer = kafka.consumer({ kafkaJS: { groupId: 'g', autoCommit: false } });
        export async function forward(topic: string, offset: string) {
          const transaction = await producer.transaction();
          await transaction.sendOffsets({ consumer, topics: [{ topic, partitions: [{ partition: 0, offset }] }] });
          await transaction.commit();
        }
      `,
    },
    {
      name: 'values the Confluent client accepts: a non-boolean fromBeginning, a zero retry.factor left undefined, a falsy restartOnFailure',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'], retry: { retries: 3, factor: undefined, restartOnFailure: false } } });
        const consumer = kafka.consumer({ kafkaJS: { groupId: 'g' } });
        consumer.subscribe({ topics: ['t'], fromBeginning: undefined });
        const producer = kafka.producer({ kafkaJS: { acks: -1 } });
        producer.sendOffsets({ consumer, consumerGroupId: undefined, topics: [] });
      `,
    },
    {
      name: 'classic group protocol keeps sessionTimeout and partitionAssigners',
      code: dedent`
        const { Kafka, PartitionAssigners } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        exports.classic = kafka.consumer({ 'group.protocol': 'classic', kafkaJS: { groupId: 'g', sessionTimeout: 45000, partitionAssigners: [PartitionAssigners.cooperativeSticky] } });
        exports.next = kafka.consumer({ 'group.protocol': 'consumer', 'group.remote.assignor': 'uniform', kafkaJS: { groupId: 'g2' } });
      `,
    },
    {
      name: "the common kafkaJS block takes every client's options (they are merged into each client)",
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        export const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'], groupId: 'g', idempotent: true, logger: console as never } });
      `,
    },
    {
      name: "the Confluent client's node-rdkafka API (package root) is not the KafkaJS API",
      code: dedent`
        const Kafka = require('@confluentinc/kafka-javascript');
        const consumer = new Kafka.KafkaConsumer({ 'group.id': 'g', 'metadata.broker.list': 'kafka:9092', 'enable.auto.offset.store': false }, {});
        consumer.connect();
        consumer.on('ready', () => consumer.subscribe(['orders']));
      `,
    },
    {
      name: 'options the analysis cannot see are not judged',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        import { loadOptions } from './options';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { ...loadOptions().common } });
        export const producer = kafka.producer({ ...loadOptions().producer });
        export async function send(extra: Record<string, unknown>) {
          await producer.send({ topic: 't', messages: [], ...extra });
        }
      `,
    },
    {
      name: 'look-alike send and subscribe of other libraries',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        import { io } from 'socket.io-client';
        export const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const socket = io('https://chat.example.com');
        socket.send({ acks: 1, timeout: 10 });
        declare const emitter: { subscribe(options: object): void };
        emitter.subscribe({ topics: ['x'], fromBeginning: true });
      `,
    },
  ],
  invalid: [
    {
      name: 'CommonJS singleton: per-send acks, compression and timeout',
      code: send,
      errors: [
        { messageId: 'perSendOption', data: { name: 'acks', method: 'send', what: 'the acknowledgement level' }, line: 8, column: 42, endColumn: 46 },
        { messageId: 'perSendOption', data: { name: 'compression', method: 'sendBatch', what: 'the compression codec' }, line: 12, column: 45, endColumn: 56 },
        { messageId: 'perSendOption', data: { name: 'timeout', method: 'sendBatch', what: 'the request timeout' }, line: 12, column: 66, endColumn: 73 },
      ],
    },
    {
      name: 'TypeScript class: fromBeginning on subscribe, auto-commit options on run',
      code: subscribe,
      errors: [
        { messageId: 'subscribeFromBeginning', line: 12, column: 57, endColumn: 70 },
        { messageId: 'runAutoCommit', data: { name: 'autoCommit' }, line: 14, column: 7, endColumn: 17 },
        { messageId: 'runAutoCommit', data: { name: 'autoCommitInterval' }, line: 15, column: 7, endColumn: 25 },
        { messageId: 'autoCommitThreshold', line: 16, column: 7, endColumn: 26 },
      ],
    },
    {
      name: 'configs held in const variables: createPartitioner, autoCommitThreshold in the kafkaJS block',
      code: blockconst,
      errors: [
        { messageId: 'createPartitioner', line: 5, column: 5, endColumn: 22 },
        { messageId: 'autoCommitThreshold', line: 10, column: 57, endColumn: 76 },
      ],
    },
    {
      name: 'transactions: sendOffsets with consumerGroupId, or without a consumer',
      code: eos,
      errors: [
        { messageId: 'sendOffsetsGroupId', line: 9, column: 35, endColumn: 50 },
        { messageId: 'sendOffsetsNoConsumer', line: 14, column: 30, endColumn: 40 },
      ],
    },
    {
      name: 'createTopics: validateOnly, waitForLeaders, replicaAssignment',
      code: topics,
      errors: [
        {
          messageId: 'createTopicsOption',
          data: { name: 'validateOnly' },
          line: 8,
          column: 5,
          endColumn: 17,
          suggestions: [{ messageId: 'remove', data: { name: 'validateOnly' }, output: edited(topics, '    validateOnly: false,\n', '') }],
        },
        { messageId: 'createTopicsOption', data: { name: 'waitForLeaders' }, line: 9, column: 5, endColumn: 19 },
        { messageId: 'replicaAssignment', line: 10, column: 72, endColumn: 89 },
      ],
    },
    {
      name: 'common kafkaJS block: reauthenticationThreshold, socketFactory, retry.factor/multiplier/restartOnFailure',
      code: common,
      errors: [
        {
          messageId: 'reauthenticationThreshold',
          line: 6,
          column: 5,
          endColumn: 30,
          suggestions: [
            { messageId: 'remove', data: { name: 'reauthenticationThreshold' }, output: edited(common, '    reauthenticationThreshold: 10000,\n', '') },
          ],
        },
        { messageId: 'socketFactory', line: 7, column: 5, endColumn: 18 },
        {
          messageId: 'retryBackoff',
          data: { name: 'factor' },
          line: 8,
          column: 26,
          endColumn: 32,
          suggestions: [{ messageId: 'remove', data: { name: 'retry.factor' }, output: edited(common, 'factor: 0.3, ', '') }],
        },
        {
          messageId: 'retryBackoff',
          data: { name: 'multiplier' },
          line: 8,
          column: 39,
          endColumn: 49,
          suggestions: [{ messageId: 'remove', data: { name: 'retry.multiplier' }, output: edited(common, 'multiplier: 3, ', '') }],
        },
        { messageId: 'restartOnFailure', line: 8, column: 54, endColumn: 70 },
      ],
    },
    {
      name: 'KafkaJS options at the top level of new Kafka(), with no kafkaJS block yet',
      code: toplevel,
      errors: [
        {
          messageId: 'outsideKafkaJS',
          data: { name: 'brokers', property: '' },
          line: 3,
          column: 42,
          endColumn: 49,
          suggestions: [
            { messageId: 'moveToKafkaJS', data: { name: 'brokers' }, output: edited(toplevel, "brokers: ['kafka:9092'],", "kafkaJS: { brokers: ['kafka:9092'] },") },
          ],
        },
        {
          messageId: 'outsideKafkaJSOrProperty',
          data: { name: 'clientId', property: 'client.id' },
          line: 3,
          column: 67,
          endColumn: 75,
          suggestions: [
            { messageId: 'moveToKafkaJS', data: { name: 'clientId' }, output: edited(toplevel, "clientId: 'api'", "kafkaJS: { clientId: 'api' }") },
            { messageId: 'useProperty', data: { property: 'client.id' }, output: edited(toplevel, "clientId: 'api'", "'client.id': 'api'") },
          ],
        },
      ],
    },
    {
      name: 'groupId beside an existing kafkaJS block moves into it',
      code: moveinto,
      errors: [
        {
          messageId: 'outsideKafkaJSOrProperty',
          data: { name: 'groupId', property: 'group.id' },
          line: 6,
          column: 3,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'moveToKafkaJS',
              data: { name: 'groupId' },
              output: edited(
                edited(moveinto, "  groupId: 'workers',\n", ''),
                '    fromBeginning: true,\n',
                "    fromBeginning: true,\n    groupId: 'workers',\n",
              ),
            },
            { messageId: 'useProperty', data: { property: 'group.id' }, output: edited(moveinto, "groupId: 'workers'", "'group.id': 'workers'") },
          ],
        },
      ],
    },
    {
      name: 'unknown names in kafkaJS blocks: logCreator, a misspelling, a run() option',
      code: typo,
      errors: [
        { messageId: 'logCreator', line: 3, column: 63, endColumn: 73 },
        {
          messageId: 'unsupportedKeyGuess',
          data: { name: 'idempotnet', where: '`kafka.producer()`', suggestion: 'idempotent' },
          line: 4,
          column: 46,
          endColumn: 56,
          suggestions: [{ messageId: 'rename', data: { name: 'idempotnet', suggestion: 'idempotent' }, output: edited(typo, 'idempotnet', 'idempotent') }],
        },
        {
          messageId: 'unsupportedKey',
          data: { name: 'partitionsConsumedConcurrently', where: '`kafka.consumer()`', suggestion: '' },
          line: 5,
          column: 60,
          endColumn: 90,
        },
      ],
    },
    {
      name: 'connection options: a broker function, a TLS options object, the AWS SASL mechanism',
      code: conn,
      errors: [
        { messageId: 'brokersNotArray', data: { what: 'a function' }, line: 6, column: 5, endColumn: 12 },
        { messageId: 'sslNotBoolean', data: { what: 'an object of TLS options' }, line: 7, column: 10, endColumn: 73 },
        { messageId: 'saslMechanism', data: { mechanism: 'aws' }, line: 8, column: 24, endColumn: 29 },
      ],
    },
    {
      name: "KIP-848 group protocol: classic-only options, and enable.auto.offset.store, in a factory's consumer",
      code: kip848,
      errors: [
        {
          messageId: 'autoOffsetStore',
          line: 8,
          column: 5,
          endColumn: 31,
          suggestions: [{ messageId: 'remove', data: { name: 'enable.auto.offset.store' }, output: edited(kip848, "    'enable.auto.offset.store': false,\n", '') }],
        },
        {
          messageId: 'classicProtocolOnly',
          data: { name: 'partitionAssigners', protocol: 'consumer' },
          line: 11,
          column: 7,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'remove',
              data: { name: 'partitionAssigners' },
              output: edited(kip848, '      partitionAssigners: [PartitionAssigners.cooperativeSticky],\n', ''),
            },
          ],
        },
        {
          messageId: 'classicProtocolOnly',
          data: { name: 'sessionTimeout', protocol: 'consumer' },
          line: 12,
          column: 7,
          endColumn: 21,
          suggestions: [{ messageId: 'remove', data: { name: 'sessionTimeout' }, output: edited(kip848, '      sessionTimeout: 45000,\n', '') }],
        },
        {
          messageId: 'classicProtocolOnly',
          data: { name: 'heartbeatInterval', protocol: 'consumer' },
          line: 13,
          column: 7,
          endColumn: 24,
          suggestions: [{ messageId: 'remove', data: { name: 'heartbeatInterval' }, output: edited(kip848, '      heartbeatInterval: 3000,\n', '') }],
        },
      ],
    },
    {
      name: 'a typed config constant of a shared module',
      code: typedConfig,
      errors: [
        {
          messageId: 'outsideKafkaJSOrProperty',
          data: { name: 'groupId', property: 'group.id' },
          line: 4,
          column: 3,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'moveToKafkaJS',
              data: { name: 'groupId' },
              output: edited(edited(typedConfig, "  groupId: 'reports',\n", ''), '{ fromBeginning: true }', "{ fromBeginning: true, groupId: 'reports' }"),
            },
            { messageId: 'useProperty', data: { property: 'group.id' }, output: edited(typedConfig, "groupId: 'reports'", "'group.id': 'reports'") },
          ],
        },
      ],
    },
    {
      name: 'per-send option spread in from a const is reported where it is written',
      code: sendspread,
      errors: [{ messageId: 'perSendOption', data: { name: 'compression', method: 'send', what: 'the compression codec' }, line: 3, column: 25, endColumn: 36 }],
    },
  ],
});
