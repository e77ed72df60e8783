import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/safe-in-flight-requests.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const IN_FLIGHT = 'max.in.flight.requests.per.connection';
const JAVA_FAILURE = 'the Java client throws a ConfigException when the producer is created';
const LIBRDKAFKA_FAILURE = 'librdkafka fails to create the producer';
const OFF = (written: string) => `idempotence is off (\`${written}\` false)`;
const LIBRDKAFKA_OFF = "idempotence is off (librdkafka's default)";
const JAVA_IN_FLIGHT_OFF = 'a value above 5 makes the Java client switch its default idempotence off';
const JAVA_ACKS_OFF = '`acks` other than all makes the Java client switch its default idempotence off';

const idempotenceLimit = (written: string, value: number, failure: string) =>
  `\`${written}\` ${value} is above 5, the most an idempotent producer allows: ${failure}. Use at most 5; the idempotent producer keeps each partition in order with up to 5 requests in flight.`;
const reorder = (written: string, value: number, reason: string) =>
  `\`${written}\` ${value} lets several produce requests per connection be in flight while ${reason}: when one fails and is retried, a later batch may already be written, so the messages of a partition are stored out of order. Enable idempotence (it keeps order with up to 5 in flight), or set it to 1.`;
const reorderIdempotenceOff = (written: string, inFlight: number, owner: string, inFlightKey: string) =>
  `\`${written}\` false turns idempotence off while up to ${inFlight} produce requests per connection may be in flight (${owner}): when one fails and is retried, a later batch may already be written, so the messages of a partition are stored out of order. Remove it (idempotence keeps order with up to 5 in flight), or set \`${inFlightKey}\` to 1.`;
const ignoreKeys = (written: string) =>
  `\`${written}\` true makes the producer ignore message keys when it picks a partition (Kafka 3.3 and later): keyed messages are spread over partitions like key-less ones, so the messages of one key no longer reach consumers in order, topics joined on the key are no longer co-partitioned, and compaction keeps a latest value per partition rather than per key. Remove it, or set it to false, to keep key-based partitioning.`;

const confluent = (producer: string) =>
  `const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;\nconst kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });\nmodule.exports = ${producer};\n`;
const kafkajs = (options: string) =>
  `import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['kafka:9092'] });\nexport const producer = kafka.producer(${options});\n`;

codeTester.run('safe-in-flight-requests', rule, {
  valid: [
    {
      name: 'Confluent producer left to the librdkafka defaults: require-idempotent-producer reports it, and its fix keeps the order',
      code: confluent('kafka.producer()'),
    },    {
      name: 'Confluent producer with acks 1 and the librdkafka defaults: require-idempotent-producer reports it, and its fix keeps the order',
      code: confluent("kafka.producer({ kafkaJS: { acks: 1 } })"),
    },    // kafkajs retries a failed send from the send() call, not by re-queueing its batch: maxInFlightRequests decides nothing about order.
    { name: 'kafkajs producer without maxInFlightRequests', code: kafkajs('') },
    { name: 'kafkajs idempotent producer: its produce requests are serialised per broker', code: kafkajs('{ idempotent: true, maxInFlightRequests: 10 }') },
    { name: 'Confluent idempotent producer', code: confluent("kafka.producer({ kafkaJS: { idempotent: true, maxInFlightRequests: 5 } })") },
    { name: 'Confluent transactional producer is idempotent by itself', code: confluent("kafka.producer({ 'transactional.id': 'orders-tx' })") },
    { name: 'Confluent producer with one request in flight', code: confluent("kafka.producer({ kafkaJS: { maxInFlightRequests: 1 } })") },
    { name: 'Confluent producer without retries cannot reorder', code: confluent("kafka.producer({ kafkaJS: { retry: { retries: 0 } } })") },
    {
      name: 'idempotence set for every client by the shared config',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ 'bootstrap.servers': 'kafka:9092', 'enable.idempotence': true });
        module.exports = { producer: kafka.producer(), bulk: kafka.producer({ 'max.in.flight': 5 }) };
      `,
    },
    {
      name: 'options spread from another module',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        import { producerConfig } from './config';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        export const producer = kafka.producer({ ...producerConfig });
      `,
    },
    { name: 'in-flight computed at run time', code: confluent("kafka.producer({ 'enable.idempotence': false, 'max.in.flight': Number(process.env.IN_FLIGHT) })") },
    { name: 'a Confluent consumer', code: confluent("kafka.consumer({ kafkaJS: { groupId: 'billing' } })") },
  ],
  invalid: [
    {
      name: 'Confluent producer with idempotence off in the kafkaJS block',
      code: confluent('kafka.producer({ kafkaJS: { idempotent: false } })'),
      errors: [
        {
          messageId: 'reorderIdempotenceOff',
          data: { written: 'idempotent', inFlight: 1000000, owner: "librdkafka's default", inFlightKey: 'maxInFlightRequests' },
          line: 3,
          column: 58,
          suggestions: [{ messageId: 'limitInFlight', output: confluent('kafka.producer({ kafkaJS: { idempotent: false, maxInFlightRequests: 1 } })') }],
        },
      ],
    },
    {
      name: 'Confluent idempotent producer with more than 5 in flight',
      code: confluent('kafka.producer({ kafkaJS: { idempotent: true, maxInFlightRequests: 10 } })'),
      errors: [
        {
          messageId: 'idempotenceLimit',
          data: { written: 'maxInFlightRequests', value: 10, failure: LIBRDKAFKA_FAILURE },
          line: 3,
          column: 85,
          endColumn: 87,
          suggestions: [{ messageId: 'useFive', data: { written: 'maxInFlightRequests' }, output: confluent('kafka.producer({ kafkaJS: { idempotent: true, maxInFlightRequests: 5 } })') }],
        },
      ],
    },
    {
      name: 'Confluent librdkafka properties: idempotence off, 3 in flight',
      code: confluent("kafka.producer({ 'enable.idempotence': false, 'max.in.flight': 3 })"),
      errors: [
        {
          messageId: 'reorder',
          data: { written: 'max.in.flight', value: 3, reason: OFF('enable.idempotence') },
          line: 3,
          column: 81,
          suggestions: [{ messageId: 'useOne', data: { written: 'max.in.flight' }, output: confluent("kafka.producer({ 'enable.idempotence': false, 'max.in.flight': 1 })") }],
        },
      ],
    },
    {
      name: 'node-rdkafka transactional producer with 10 in flight',
      code: dedent`
        import Kafka from 'node-rdkafka';
        export const producer = new Kafka.Producer({
          'metadata.broker.list': 'kafka:9092',
          'transactional.id': 'ledger-tx',
          'max.in.flight.requests.per.connection': 10,
        });
      `,
      errors: [
        {
          messageId: 'idempotenceLimit',
          data: { written: IN_FLIGHT, value: 10, failure: LIBRDKAFKA_FAILURE },
          line: 5,
          column: 44,
          suggestions: [
            {
              messageId: 'useFive',
              data: { written: IN_FLIGHT },
              output: dedent`
                import Kafka from 'node-rdkafka';
                export const producer = new Kafka.Producer({
                  'metadata.broker.list': 'kafka:9092',
                  'transactional.id': 'ledger-tx',
                  'max.in.flight.requests.per.connection': 5,
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

propertiesTester.run('safe-in-flight-requests', rule as never, {
  valid: [
    {
      name: 'librdkafka producer left to the defaults: require-idempotent-producer reports it, and its fix keeps the order',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\nacks=all\nlinger.ms=5\n',
    },
    { name: 'Java producer defaults are idempotent', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
    { name: 'idempotent with 5 in flight', filename: 'producer.properties', code: `enable.idempotence=true\n${IN_FLIGHT}=5\n` },
    { name: 'idempotence off, one request in flight', filename: 'producer.properties', code: `enable.idempotence=false\n${IN_FLIGHT}=1\n` },
    { name: 'idempotence off, no retries', filename: 'producer.properties', code: `enable.idempotence=false\nretries=0\n${IN_FLIGHT}=5\n` },
    {
      name: 'a custom partitioner decides by itself',
      filename: 'producer.properties',
      code: 'partitioner.class=com.example.RegionPartitioner\npartitioner.ignore.keys=true\n',
    },
    { name: 'librdkafka idempotent producer', filename: 'librdkafka.conf', code: 'metadata.broker.list=kafka:9092\nenable.idempotence=true\n' },
    { name: 'librdkafka producer with one request in flight', filename: 'librdkafka.conf', code: 'metadata.broker.list=kafka:9092\nacks=all\nmax.in.flight=1\n' },
    { name: 'librdkafka consumer', filename: 'rdkafka-consumer.conf', code: 'metadata.broker.list=kafka:9092\ngroup.id=billing\nenable.auto.commit=false\n' },
    {
      name: 'Kafka Streams may enable idempotence itself (exactly-once)',
      filename: 'streams.properties',
      code: `application.id=ledger\nbootstrap.servers=kafka:9092\nprocessing.guarantee=exactly_once_v2\nproducer.${IN_FLIGHT}=10\n`,
    },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'org.gradle.parallel=true\npartitioner.ignore.keys=true\n' },
    { name: 'keys kept explicitly', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\npartitioner.ignore.keys=false\n' },
    { name: 'a consumer file has no partitioner', filename: 'consumer.properties', code: 'group.id=billing\npartitioner.ignore.keys=true\n' },
    { name: 'a broker file has no partitioner', filename: 'server.properties', code: 'process.roles=broker\nnode.id=1\npartitioner.ignore.keys=true\n' },
    {
      name: 'suppressed with a reason',
      filename: 'producer.properties',
      code: '# eslint-disable-next-line rule-to-test/safe-in-flight-requests -- key-less load test\npartitioner.ignore.keys=true\n',
    },
  ],
  invalid: [
    {
      name: 'Spring properties: the producer pass-through map, any case',
      filename: 'application.properties',
      code: 'spring.kafka.producer.properties.partitioner.ignore.keys=TRUE\n',
      errors: [
        {
          message: ignoreKeys('spring.kafka.producer.properties.partitioner.ignore.keys'),
          line: 1,
          column: 58,
          endColumn: 62,
          suggestions: [{ messageId: 'keepKeys', output: 'spring.kafka.producer.properties.partitioner.ignore.keys=false\n' }],
        },
      ],
    },
    {
      name: 'Kafka Streams producer ignoring keys',
      filename: 'streams.properties',
      code: 'application.id=fraud\nbootstrap.servers=kafka:9092\nproducer.partitioner.ignore.keys=true\n',
      errors: [
        {
          message: ignoreKeys('producer.partitioner.ignore.keys'),
          line: 3,
          column: 34,
          suggestions: [{ messageId: 'keepKeys', output: 'application.id=fraud\nbootstrap.servers=kafka:9092\nproducer.partitioner.ignore.keys=false\n' }],
        },
      ],
    },
    {
      name: 'Java producer: explicit idempotence with 10 in flight fails at start-up',
      filename: 'producer.properties',
      code: `bootstrap.servers=kafka:9092\nenable.idempotence=true\n${IN_FLIGHT}=10\n`,
      errors: [
        {
          message: idempotenceLimit(IN_FLIGHT, 10, JAVA_FAILURE),
          line: 3,
          column: 39,
          endColumn: 41,
          suggestions: [{ messageId: 'useFive', output: `bootstrap.servers=kafka:9092\nenable.idempotence=true\n${IN_FLIGHT}=5\n` }],
        },
      ],
    },
    {
      name: 'Java producer: idempotence off with 3 in flight',
      filename: 'producer.properties',
      code: `enable.idempotence=false\n${IN_FLIGHT}=3\n`,
      errors: [{ message: reorder(IN_FLIGHT, 3, OFF('enable.idempotence')), line: 2, column: 39, suggestions: [{ messageId: 'useOne', output: `enable.idempotence=false\n${IN_FLIGHT}=1\n` }] }],
    },
    {
      name: 'Java producer: idempotence off with the default of 5 in flight',
      filename: 'payments-producer.properties',
      code: 'bootstrap.servers=kafka:9092\nenable.idempotence=false\n',
      errors: [
        {
          message: reorderIdempotenceOff('enable.idempotence', 5, "the Java client's default", IN_FLIGHT),
          line: 2,
          column: 20,
          suggestions: [{ messageId: 'limitInFlight', output: `bootstrap.servers=kafka:9092\nenable.idempotence=false\n${IN_FLIGHT}=1\n` }],
        },
      ],
    },
    {
      name: 'Java producer: more than 5 in flight switches the default idempotence off',
      filename: 'producer.properties',
      code: `bootstrap.servers=kafka:9092\n${IN_FLIGHT}=10\n`,
      errors: [{ message: reorder(IN_FLIGHT, 10, JAVA_IN_FLIGHT_OFF), line: 2, column: 39, suggestions: [{ messageId: 'useOne', output: `bootstrap.servers=kafka:9092\n${IN_FLIGHT}=1\n` }] }],
    },
    {
      name: 'Java producer: acks=1 switches the default idempotence off',
      filename: 'producer.properties',
      code: `acks=1\n${IN_FLIGHT}=5\n`,
      errors: [{ message: reorder(IN_FLIGHT, 5, JAVA_ACKS_OFF), line: 2, column: 39, suggestions: [{ messageId: 'useOne', output: `acks=1\n${IN_FLIGHT}=1\n` }] }],
    },
    {
      name: 'Java producer ignoring keys',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\npartitioner.ignore.keys=true\n',
      errors: [{ message: ignoreKeys('partitioner.ignore.keys'), line: 2, column: 25, suggestions: [{ messageId: 'keepKeys', output: 'bootstrap.servers=kafka:9092\npartitioner.ignore.keys=false\n' }] }],
    },
    {
      name: 'librdkafka idempotent producer with 7 in flight',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\nenable.idempotence=true\nmax.in.flight=7\n',
      errors: [
        {
          message: idempotenceLimit('max.in.flight', 7, LIBRDKAFKA_FAILURE),
          line: 3,
          column: 15,
          suggestions: [{ messageId: 'useFive', output: 'metadata.broker.list=kafka:9092\nenable.idempotence=true\nmax.in.flight=5\n' }],
        },
      ],
    },
    {
      name: 'librdkafka non-idempotent producer with 100 in flight',
      filename: 'rdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\nacks=all\nmax.in.flight.requests.per.connection=100\n',
      errors: [{ message: reorder(IN_FLIGHT, 100, LIBRDKAFKA_OFF), line: 3, column: 39, suggestions: [{ messageId: 'useOne', output: `metadata.broker.list=kafka:9092\nacks=all\n${IN_FLIGHT}=1\n` }] }],
    },
  ],
});

const springProducer = dedent`
  spring:
    kafka:
      producer:
        properties:
          enable.idempotence: false
          max.in.flight.requests.per.connection: 5
`;

yamlTester.run('safe-in-flight-requests', rule as never, {
  valid: [
    { name: 'Spring producer with Java defaults', filename: 'application.yml', code: 'spring:\n  kafka:\n    producer:\n      acks: all\n' },
    {
      name: 'shared Spring properties may turn idempotence off: the producer section alone does not decide',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    properties:\n      enable.idempotence: ${IDEMPOTENCE:true}\n    producer:\n      properties:\n        max.in.flight.requests.per.connection: 10\n',
    },
    { name: 'a CI file', filename: 'ci.yml', code: 'jobs:\n  test:\n    partitioner.ignore.keys: true\n' },
    {
      name: 'Spring: a shared custom partitioner decides by itself',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    properties:\n      partitioner.class: com.example.RegionPartitioner\n    producer:\n      properties:\n        partitioner.ignore.keys: true\n',
    },
    {
      name: 'docker-compose configures brokers, which have no partitioner',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: apache/kafka:3.8.0\n    environment:\n      KAFKA_PARTITIONER_IGNORE_KEYS: "true"\n',
    },
  ],
  invalid: [
    {
      name: 'Spring YAML producer section ignoring keys',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      properties:\n        partitioner.ignore.keys: true\n',
      errors: [
        {
          message: ignoreKeys('partitioner.ignore.keys'),
          line: 5,
          column: 34,
          suggestions: [{ messageId: 'keepKeys', output: 'spring:\n  kafka:\n    producer:\n      properties:\n        partitioner.ignore.keys: false\n' }],
        },
      ],
    },
    {
      name: 'Strimzi KafkaBridge producer ignoring keys',
      filename: 'bridge.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  producer:\n    config:\n      partitioner.ignore.keys: true\n',
      errors: [
        {
          message: ignoreKeys('partitioner.ignore.keys'),
          line: 8,
          column: 32,
          suggestions: [
            {
              messageId: 'keepKeys',
              output: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  producer:\n    config:\n      partitioner.ignore.keys: false\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring producer without idempotence, 5 in flight',
      filename: 'src/main/resources/application.yml',
      code: springProducer,
      errors: [
        {
          message: reorder(IN_FLIGHT, 5, OFF('enable.idempotence')),
          line: 6,
          column: 48,
          suggestions: [{ messageId: 'useOne', output: springProducer.replace('connection: 5', 'connection: 1') }],
        },
      ],
    },
    {
      name: 'Spring shared properties ignoring keys',
      filename: 'application-prod.yml',
      code: 'spring:\n  kafka:\n    properties:\n      partitioner.ignore.keys: "true"\n',
      errors: [
        {
          message: ignoreKeys('partitioner.ignore.keys'),
          line: 4,
          column: 32,
          suggestions: [{ messageId: 'keepKeys', output: 'spring:\n  kafka:\n    properties:\n      partitioner.ignore.keys: "false"\n' }],
        },
      ],
    },
  ],
});

describe('safe-in-flight-requests under its kafka/ name', () => {
  const kafka = { ...plugin, rules: { 'safe-in-flight-requests': rule as unknown as Rule.RuleModule } };
  const lint = (text: string) =>
    new Linter().verify(
      text,
      [{ files: ['**/*.properties'], plugins: { kafka }, language: 'kafka/properties', rules: { 'kafka/safe-in-flight-requests': 'error' } }],
      { filename: 'producer.properties' },
    );

  it('reports, and honours eslint-disable-next-line with a reason', () => {
    expect(lint('partitioner.ignore.keys=true\n').map((message) => [message.ruleId, message.line])).toEqual([['kafka/safe-in-flight-requests', 1]]);
    expect(lint('# eslint-disable-next-line kafka/safe-in-flight-requests -- key-less load test\npartitioner.ignore.keys=true\n')).toEqual([]);
  });
});
