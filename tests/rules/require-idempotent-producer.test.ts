import rule from '../../src/rules/require-idempotent-producer.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const kafkajsHeader = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });\n";

codeTester.run('require-idempotent-producer', rule, {
  valid: [
    { name: 'kafkajs idempotent producer', code: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });\n` },
    {
      name: 'options spread from another module may set idempotence',
      code: `${kafkajsHeader}import { producerDefaults } from './defaults';\nexport const producer = kafka.producer({ ...producerDefaults });\n`,
    },
    {
      name: 'Confluent producer idempotent in the kafkaJS block',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        export const producer = kafka.producer({ kafkaJS: { idempotent: true } });
      `,
    },
    {
      name: 'Confluent transactional producer is idempotent by itself',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ 'bootstrap.servers': 'kafka:9092' });
        module.exports = kafka.producer({ 'transactional.id': 'orders-tx' });
      `,
    },
    {
      name: 'transactional producers are left to valid-transactional-producer',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'payments-tx' });\n`,
    },
    {
      name: 'consumers and admins are not producers',
      code: `${kafkajsHeader}export const consumer = kafka.consumer({ groupId: 'billing' });\nexport const admin = kafka.admin();\n`,
    },
    {
      name: 'a Producer class of another library',
      code: dedent`
        import { Producer } from './queue';
        import { Kafka } from 'kafkajs';
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export const jobs = new Producer({ name: 'jobs' });
      `,
    },
  ],
  invalid: [
    {
      name: 'kafkajs producer without options',
      code: `${kafkajsHeader}export const producer = kafka.producer();\n`,
      errors: [
        {
          messageId: 'kafkajsDefault',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'enable',
              data: { key: 'idempotent' },
              output: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: true });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'kafkajs producer with other options',
      code: `${kafkajsHeader}export const producer = kafka.producer({ allowAutoTopicCreation: false });\n`,
      errors: [
        {
          messageId: 'kafkajsDefault',
          line: 3,
          column: 40,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'enable',
              data: { key: 'idempotent' },
              output: `${kafkajsHeader}export const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'kafkajs producer with idempotence switched off, in a class',
      code: dedent`
        import { Kafka, Producer } from 'kafkajs';
        export class PaymentsPublisher {
          private readonly producer: Producer;
          constructor(private readonly kafka: Kafka) {
            this.producer = this.kafka.producer({
              idempotent: false,
              allowAutoTopicCreation: false,
            });
          }
        }
      `,
      errors: [{ messageId: 'disabled', data: { written: 'idempotent' }, line: 6, column: 19, endColumn: 24 }],
    },
    {
      name: 'NestJS producer options without idempotence',
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
                  client: { clientId: 'billing', brokers: ['kafka:9092'] },
                  producer: { allowAutoTopicCreation: false },
                },
              },
            ]),
          ],
        })
        export class BillingModule {}
      `,
      errors: [
        {
          messageId: 'kafkajsDefault',
          line: 12,
          column: 21,
          suggestions: [
            {
              messageId: 'enable',
              data: { key: 'idempotent' },
              output: dedent`
        import { Module } from '@nestjs/common';
        import { ClientsModule, Transport } from '@nestjs/microservices';

        @Module({
          imports: [
            ClientsModule.register([
              {
                name: 'BILLING',
                transport: Transport.KAFKA,
                options: {
                  client: { clientId: 'billing', brokers: ['kafka:9092'] },
                  producer: { allowAutoTopicCreation: false, idempotent: true },
                },
              },
            ]),
          ],
        })
        export class BillingModule {}
      `,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent librdkafka-style producer leaves idempotence off',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const producer = new Kafka().producer({ 'bootstrap.servers': 'kafka:9092', 'linger.ms': 5 });
        module.exports = producer;
      `,
      errors: [
        {
          messageId: 'librdkafkaDefault',
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: 'enable',
              data: { key: 'enable.idempotence' },
              output: dedent`
                const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
                const producer = new Kafka().producer({ 'bootstrap.servers': 'kafka:9092', 'linger.ms': 5, 'enable.idempotence': true });
                module.exports = producer;
              `,
            },
          ],
        },
      ],
    },
  ],
});

propertiesTester.run('require-idempotent-producer', rule as never, {
  valid: [
    { name: 'Java producer with the default idempotence', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
    {
      name: 'explicit idempotence with acks=1 is a start-up error, not a silent downgrade',
      filename: 'producer.properties',
      code: 'enable.idempotence=true\nacks=1\n',
    },
    { name: 'a consumer file', filename: 'consumer.properties', code: 'group.id=billing\nenable.idempotence=false\n' },
    {
      name: 'librdkafka transactional producer',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\ntransactional.id=orders-tx\nqueue.buffering.max.ms=5\n',
    },
  ],
  invalid: [
    {
      name: 'explicit enable.idempotence=false',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nenable.idempotence=false\n',
      errors: [{ messageId: 'disabled', line: 2, column: 20, endColumn: 25 }],
    },
    {
      name: 'acks=1 silently switches the Java default off',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nacks=1\n',
      errors: [
        {
          message:
            '`acks=1` silently switches off the Java producer\'s default idempotence (it needs acks=all), so retries can write duplicates. Use acks=all, or set `enable.idempotence` explicitly to make the trade-off visible.',
          line: 2,
          column: 6,
        },
      ],
    },
    {
      name: 'retries=0 silently switches the Java default off',
      filename: 'orders-producer.properties',
      code: 'bootstrap.servers=kafka:9092\nretries=0\n',
      errors: [{ messageId: 'silentlyDisabledByRetries', line: 2, column: 9 }],
    },
    {
      name: 'each contradicting setting is reported, since fixing one leaves the others',
      filename: 'shipments-producer.properties',
      code: 'bootstrap.servers=kafka:9092\nacks=1\nretries=0\nlinger.ms=5\n',
      errors: [
        { messageId: 'silentlyDisabledByAcks', line: 2, column: 6 },
        { messageId: 'silentlyDisabledByRetries', line: 3, column: 9 },
      ],
    },
    {
      name: 'more than 5 in-flight requests silently switch the Java default off',
      filename: 'producer.properties',
      code: 'max.in.flight.requests.per.connection=10\n',
      errors: [{ messageId: 'silentlyDisabledByInFlight', data: { written: 'max.in.flight.requests.per.connection', value: 10 }, line: 1, column: 39 }],
    },
  ],
});

yamlTester.run('require-idempotent-producer', rule as never, {
  valid: [
    { name: 'Spring producer on defaults', filename: 'application.yml', code: 'spring:\n  kafka:\n    producer:\n      acks: all\n' },
  ],
  invalid: [
    {
      name: 'Spring producer acks 1 without explicit idempotence',
      filename: 'application-prod.yml',
      code: 'spring:\n  kafka:\n    producer:\n      acks: 1\n      retries: 3\n',
      errors: [{ messageId: 'silentlyDisabledByAcks', line: 4, column: 13 }],
    },
    {
      name: 'Spring producer properties map turning it off',
      filename: 'application.yaml',
      code: 'spring:\n  kafka:\n    producer:\n      properties:\n        enable.idempotence: false\n',
      errors: [{ messageId: 'disabled', line: 5, column: 29 }],
    },
  ],
});
