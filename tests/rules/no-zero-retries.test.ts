import rule from '../../src/rules/no-zero-retries.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const zeroRetries = (written: string) =>
  `\`${written}\` 0 makes the producer give up on the first transient error (a leader change, a request timeout, a broker restart): the send fails, and the message is lost unless the application retries it itself. Remove it to keep the client's default retries, or use a positive number.`;
const zeroRetriesShared = (written: string) =>
  `\`${written}\` 0 applies to every producer created from these settings: each gives up on the first transient error (a leader change, a request timeout, a broker restart), and the message is lost unless the application retries it itself. Remove it to keep the client's default retries, or use a positive number.`;
const idempotentWithoutRetries = (written: string, failure: string) =>
  `\`${written}\` 0 on an idempotent producer: ${failure}, and without retries any transient error would fail the send and lose the message. Remove it to keep the client's default retries, or use a positive number.`;

const KAFKAJS_FAILURE = "kafkajs throws 'Idempotent producer must allow retries to protect against transient errors' when the producer is created";
const JAVA_FAILURE = 'the Java client throws a ConfigException when the producer is created';
const LIBRDKAFKA_FAILURE = 'librdkafka fails to create the producer (`retries` must be at least 1 with idempotence)';

const header = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });\n";

codeTester.run('no-zero-retries', rule, {
  valid: [
    { name: 'kafkajs producer with default retries', code: `${header}export const producer = kafka.producer({ idempotent: true });\n` },
    { name: 'kafkajs producer with positive retries', code: `${header}export const producer = kafka.producer({ retry: { retries: 10, initialRetryTime: 100 } });\n` },
    {
      name: 'retries computed at run time are not judged',
      code: `${header}export const producer = kafka.producer({ retry: { retries: Number(process.env.KAFKA_RETRIES) } });\n`,
    },
    {
      name: 'a kafkajs consumer without retries restarts rather than losing messages (not this rule)',
      code: `${header}export const consumer = kafka.consumer({ groupId: 'billing', retry: { retries: 0 } });\n`,
    },
    {
      name: 'client-wide retries 0 that the only producer overrides',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'], retry: { retries: 0 } });
        export const producer = kafka.producer({ retry: { retries: 8 } });
      `,
    },
    { name: 'a kafkajs admin without retries', code: `${header}export const admin = kafka.admin({ retry: { retries: 0 } });\n` },
    {
      name: 'the retry options of another library',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { Queue } from 'bullmq';
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export const queue = new Queue('mail', { defaultJobOptions: { attempts: 1 }, retry: { retries: 0 } });
      `,
    },
    {
      name: 'a file without a Kafka client is skipped',
      code: "const producer = createProducer({ retry: { retries: 0 } });\n",
    },
    {
      name: 'Confluent producer with librdkafka retries',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        module.exports = kafka.producer({ 'message.send.max.retries': 3 });
      `,
    },
  ],
  invalid: [
    {
      name: 'kafkajs producer with retry.retries 0',
      code: `${header}export const producer = kafka.producer({ retry: { retries: 0 } });\n`,
      errors: [{ messageId: 'zeroRetries', data: { written: 'retry.retries' }, line: 3, column: 60, endLine: 3, endColumn: 61 }],
    },
    {
      name: 'kafkajs client-wide retry.retries 0 reaches every producer',
      code: dedent`
        import { Kafka } from 'kafkajs';
        export const kafka = new Kafka({
          clientId: 'orders',
          brokers: ['kafka:9092'],
          retry: { retries: 0 },
        });
      `,
      errors: [{ messageId: 'zeroRetriesShared', data: { written: 'retry.retries' }, line: 5, column: 21, endColumn: 22 }],
    },
    {
      name: 'kafkajs idempotent producer without retries fails at creation',
      code: `${header}export const producer = kafka.producer({ idempotent: true, retry: { retries: 0 } });\n`,
      errors: [{ messageId: 'idempotentWithoutRetries', data: { written: 'retry.retries', failure: KAFKAJS_FAILURE }, line: 3, column: 78 }],
    },
    {
      name: 'retry options held in a const, reached through a class field',
      code: dedent`
        import { Kafka, Producer, RetryOptions } from 'kafkajs';
        const NO_RETRY: RetryOptions = { retries: 0 };
        export class EventBus {
          private readonly producer: Producer;
          constructor(kafka: Kafka) {
            this.producer = kafka.producer({ retry: NO_RETRY });
          }
        }
      `,
      errors: [{ messageId: 'zeroRetries', data: { written: 'retry.retries' }, line: 2, column: 43 }],
    },
    {
      name: 'NestJS client and producer options',
      code: dedent`
        import { Module } from '@nestjs/common';
        import { ClientsModule, Transport } from '@nestjs/microservices';

        @Module({
          imports: [
            ClientsModule.register([
              {
                name: 'BILLING',
                transport: Transport.KAFKA,
                options: {
                  client: { brokers: ['kafka:9092'], retry: { retries: 0 } },
                  producer: { allowAutoTopicCreation: false },
                },
              },
              {
                name: 'AUDIT',
                transport: Transport.KAFKA,
                options: {
                  client: { brokers: ['kafka:9092'] },
                  producer: { retry: { retries: 0 } },
                },
              },
            ]),
          ],
        })
        export class BillingModule {}
      `,
      errors: [
        { messageId: 'zeroRetriesShared', data: { written: 'retry.retries' }, line: 11, column: 64 },
        { messageId: 'zeroRetries', data: { written: 'retry.retries' }, line: 20, column: 41 },
      ],
    },
    {
      name: 'Confluent producer: retries in the kafkaJS block',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        export const producer = kafka.producer({ kafkaJS: { acks: -1, retry: { retries: 0 } } });
      `,
      errors: [{ messageId: 'zeroRetries', data: { written: 'retry.retries' }, line: 3, column: 81 }],
    },
    {
      name: 'Confluent idempotent producer with librdkafka message.send.max.retries 0',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ 'bootstrap.servers': 'kafka:9092' });
        module.exports = kafka.producer({ 'enable.idempotence': true, 'message.send.max.retries': 0 });
      `,
      errors: [
        { messageId: 'idempotentWithoutRetries', data: { written: 'message.send.max.retries', failure: LIBRDKAFKA_FAILURE }, line: 3, column: 91 },
      ],
    },
    {
      name: 'node-rdkafka producer with retries 0',
      code: dedent`
        import Kafka from 'node-rdkafka';
        export const producer = new Kafka.Producer({ 'metadata.broker.list': 'kafka:9092', dr_cb: true, retries: 0 });
      `,
      errors: [{ messageId: 'zeroRetries', data: { written: 'retries' }, line: 2, column: 106 }],
    },
  ],
});

propertiesTester.run('no-zero-retries', rule as never, {
  valid: [
    { name: 'Java producer with retries left to the default', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
    { name: 'Java producer with positive retries', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nretries=2147483647\n' },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'org.gradle.jvmargs=-Xmx2g\nretries=0\n' },
    {
      name: 'Spring admin client retries',
      filename: 'application.properties',
      code: 'spring.kafka.bootstrap-servers=kafka:9092\nspring.kafka.admin.properties.retries=0\n',
    },
    {
      name: 'a placeholder resolved at run time',
      filename: 'application.properties',
      code: 'spring.kafka.producer.retries=${KAFKA_RETRIES:0}\n',
    },
  ],
  invalid: [
    {
      name: 'Java producer retries=0',
      filename: 'config/producer.properties',
      code: 'bootstrap.servers=kafka:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nretries=0\n',
      errors: [{ message: zeroRetries('retries'), line: 3, column: 9, endLine: 3, endColumn: 10 }],
    },
    {
      name: 'Java producer with explicit idempotence and retries=0 fails at start-up',
      filename: 'orders-producer.properties',
      code: 'bootstrap.servers=kafka:9092\nenable.idempotence=true\nretries = 0\n',
      errors: [{ message: idempotentWithoutRetries('retries', JAVA_FAILURE), line: 3, column: 11 }],
    },
    {
      name: 'Java transactional producer with retries=0 fails at start-up',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\ntransactional.id=orders-tx\nretries=0\n',
      errors: [{ message: idempotentWithoutRetries('retries', JAVA_FAILURE), line: 3, column: 9 }],
    },
    {
      name: 'shared client properties',
      filename: 'client.properties',
      code: 'bootstrap.servers=kafka:9092\nsecurity.protocol=SSL\nretries=0\n',
      errors: [{ message: zeroRetriesShared('retries'), line: 3, column: 9 }],
    },
    {
      name: 'librdkafka message.send.max.retries=0',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\nqueue.buffering.max.ms=5\nmessage.send.max.retries=0\n',
      errors: [{ message: zeroRetries('message.send.max.retries'), line: 3, column: 26 }],
    },
    {
      name: 'Spring Boot producer retries in application.properties',
      filename: 'src/main/resources/application.properties',
      code: 'spring.kafka.bootstrap-servers=kafka:9092\nspring.kafka.producer.retries=0\n',
      errors: [{ message: zeroRetries('spring.kafka.producer.retries'), line: 2, column: 31 }],
    },
    {
      name: 'Kafka Streams producer-prefixed retries',
      filename: 'streams.properties',
      code: 'application.id=fraud-detector\nbootstrap.servers=kafka:9092\nproducer.retries=0\n',
      errors: [{ message: zeroRetries('producer.retries'), line: 3, column: 18 }],
    },
  ],
});

yamlTester.run('no-zero-retries', rule as never, {
  valid: [
    { name: 'Spring producer with default retries', filename: 'application.yml', code: 'spring:\n  kafka:\n    producer:\n      acks: all\n' },
    { name: 'Spring consumer section', filename: 'application.yml', code: 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n' },
    { name: 'a CI workflow is not Kafka config', filename: 'ci.yml', code: 'jobs:\n  test:\n    retries: 0\n' },
    {
      name: 'shared retries 0 overridden by the producer section',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    properties:\n      retries: 0\n    producer:\n      retries: 10\n',
    },
  ],
  invalid: [
    {
      name: 'Spring producer retries 0',
      filename: 'src/main/resources/application.yml',
      code: dedent`
        spring:
          kafka:
            bootstrap-servers: kafka:9092
            producer:
              acks: all
              retries: 0
      `,
      errors: [{ message: zeroRetries('retries'), line: 6, column: 16, endColumn: 17 }],
    },
    {
      name: 'Spring shared properties map',
      filename: 'application-prod.yaml',
      code: dedent`
        spring:
          kafka:
            properties:
              retries: "0"
      `,
      errors: [{ message: zeroRetriesShared('retries'), line: 4, column: 16, endColumn: 19 }],
    },
  ],
});
