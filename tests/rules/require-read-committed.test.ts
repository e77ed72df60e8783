import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/require-read-committed.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const kafkajsHeader = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });\n";
const transactionalProducer = "export const producer = kafka.producer({ transactionalId: 'orders-tx', idempotent: true, maxInFlightRequests: 1 });\n";
const CODEBASE = 'this codebase (`settings.kafka.transactional`)';
const transactionalSettings = { kafka: { transactional: true } };

codeTester.run('require-read-committed', rule, {
  valid: [
    {
      name: 'kafkajs reads committed messages by default',
      code: `${kafkajsHeader}${transactionalProducer}export const consumer = kafka.consumer({ groupId: 'audit' });\n`,
    },
    {
      name: 'read_uncommitted without transactions anywhere',
      code: `${kafkajsHeader}export const consumer = kafka.consumer({ groupId: 'metrics', readUncommitted: true });\n`,
    },
    {
      name: 'explicit read committed beside a transactional producer',
      code: `${kafkajsHeader}${transactionalProducer}export const consumer = kafka.consumer({ groupId: 'audit', readUncommitted: false });\n`,
    },
    {
      name: 'an isolation level computed at run time',
      code: `${kafkajsHeader}${transactionalProducer}export const consumer = kafka.consumer({ groupId: 'audit', readUncommitted: process.env.DIRTY === '1' });\n`,
    },
    {
      name: 'Confluent consumer on librdkafka\'s read_committed default, codebase transactional',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        module.exports = kafka.consumer({ 'group.id': 'ledger' });
      `,
      settings: transactionalSettings,
    },
    {
      name: 'the codebase setting says no transactions',
      code: `${kafkajsHeader}export const consumer = kafka.consumer({ groupId: 'metrics', readUncommitted: true });\n`,
      settings: { kafka: { transactional: false } },
    },
    {
      name: 'a readUncommitted option of another library',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { Reader } from './reader';
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1 });
        export const reader = new Reader({ readUncommitted: true });
      `,
    },
  ],
  invalid: [
    {
      name: 'kafkajs consumer reading uncommitted messages beside a transactional producer',
      code: `${kafkajsHeader}${transactionalProducer}export const consumer = kafka.consumer({ groupId: 'audit', readUncommitted: true });\n`,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'readUncommitted', where: 'this file', fix: '`readUncommitted: false`' },
          line: 4,
          column: 77,
          endLine: 4,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`readUncommitted: false`' },
              output: `${kafkajsHeader}${transactionalProducer}export const consumer = kafka.consumer({ groupId: 'audit', readUncommitted: false });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent librdkafka-style consumer beside a transactional producer',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const producer = kafka.producer({ 'transactional.id': 'ledger-tx' });
        const consumer = kafka.consumer({ 'group.id': 'ledger-audit', 'isolation.level': 'read_uncommitted' });
        module.exports = { producer, consumer };
      `,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'isolation.level', where: 'this file', fix: '`isolation.level` to read_committed' },
          line: 4,
          column: 82,
          endColumn: 100,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: dedent`
                const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
                const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
                const producer = kafka.producer({ 'transactional.id': 'ledger-tx' });
                const consumer = kafka.consumer({ 'group.id': 'ledger-audit', 'isolation.level': 'read_committed' });
                module.exports = { producer, consumer };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent kafkaJS block, in a file that opens transactions on a producer configured elsewhere',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        import { producerConfig } from './config';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const producer = kafka.producer(producerConfig);
        const consumer = kafka.consumer({
          kafkaJS: { groupId: 'mirror', readUncommitted: true },
        });
        export async function mirror(value: string): Promise<void> {
          const txn = await producer.transaction();
          await txn.send({ topic: 'mirror', messages: [{ value }] });
          await txn.commit();
        }
        export { consumer };
      `,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'readUncommitted', where: 'this file', fix: '`readUncommitted: false`' },
          line: 6,
          column: 50,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`readUncommitted: false`' },
              output: dedent`
                import { KafkaJS } from '@confluentinc/kafka-javascript';
                import { producerConfig } from './config';
                const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
                const producer = kafka.producer(producerConfig);
                const consumer = kafka.consumer({
                  kafkaJS: { groupId: 'mirror', readUncommitted: false },
                });
                export async function mirror(value: string): Promise<void> {
                  const txn = await producer.transaction();
                  await txn.send({ topic: 'mirror', messages: [{ value }] });
                  await txn.commit();
                }
                export { consumer };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS microservice options with a transactional producer',
      code: dedent`
        import { NestFactory } from '@nestjs/core';
        import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
        import { AppModule } from './app.module';

        async function bootstrap(): Promise<void> {
          const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, {
            transport: Transport.KAFKA,
            options: {
              client: { brokers: ['kafka:9092'] },
              consumer: { groupId: 'orders', readUncommitted: true },
              producer: { transactionalId: 'orders-tx', idempotent: true, maxInFlightRequests: 1 },
            },
          });
          await app.listen();
        }
        void bootstrap();
      `,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'readUncommitted', where: 'this file', fix: '`readUncommitted: false`' },
          line: 10,
          column: 55,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`readUncommitted: false`' },
              output: dedent`
                import { NestFactory } from '@nestjs/core';
                import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
                import { AppModule } from './app.module';

                async function bootstrap(): Promise<void> {
                  const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, {
                    transport: Transport.KAFKA,
                    options: {
                      client: { brokers: ['kafka:9092'] },
                      consumer: { groupId: 'orders', readUncommitted: false },
                      producer: { transactionalId: 'orders-tx', idempotent: true, maxInFlightRequests: 1 },
                    },
                  });
                  await app.listen();
                }
                void bootstrap();
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'transactions elsewhere in the codebase, per settings',
      code: "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['kafka:9092'] });\nexport const consumer = kafka.consumer({ groupId: 'reports', readUncommitted: true });\n",
      settings: transactionalSettings,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'readUncommitted', where: CODEBASE, fix: '`readUncommitted: false`' },
          line: 3,
          column: 79,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`readUncommitted: false`' },
              output:
                "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['kafka:9092'] });\nexport const consumer = kafka.consumer({ groupId: 'reports', readUncommitted: false });\n",
            },
          ],
        },
      ],
    },
    {
      name: 'node-rdkafka consumer beside a transactional producer',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const producer = new Kafka.Producer({ 'metadata.broker.list': 'kafka:9092', 'transactional.id': 'inv-tx' });
        const consumer = new Kafka.KafkaConsumer({ 'group.id': 'inv', 'metadata.broker.list': 'kafka:9092', 'isolation.level': 'read_uncommitted' }, {});
        module.exports = { producer, consumer };
      `,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'isolation.level', where: 'this file', fix: '`isolation.level` to read_committed' },
          line: 3,
          column: 120,
          endColumn: 138,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: dedent`
                const Kafka = require('node-rdkafka');
                const producer = new Kafka.Producer({ 'metadata.broker.list': 'kafka:9092', 'transactional.id': 'inv-tx' });
                const consumer = new Kafka.KafkaConsumer({ 'group.id': 'inv', 'metadata.broker.list': 'kafka:9092', 'isolation.level': 'read_committed' }, {});
                module.exports = { producer, consumer };
              `,
            },
          ],
        },
      ],
    },
  ],
});

propertiesTester.run('require-read-committed', rule as never, {
  valid: [
    { name: 'a Java consumer where no transactions are known', filename: 'consumer.properties', code: 'bootstrap.servers=kafka:9092\ngroup.id=reports\n' },
    {
      name: 'a Java consumer reading committed messages',
      filename: 'consumer.properties',
      code: 'group.id=reports\nisolation.level=read_committed\n',
      settings: transactionalSettings,
    },
    {
      name: 'librdkafka defaults to read_committed',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\n',
      settings: transactionalSettings,
    },
    {
      name: 'a Java producer file is no consumer',
      filename: 'producer.properties',
      code: 'transactional.id=tx\nisolation.level=read_uncommitted\n',
    },
    {
      name: 'Kafka Streams sets its own consumers\' isolation level under exactly-once',
      filename: 'streams.properties',
      code: 'application.id=etl\nbootstrap.servers=kafka:9092\nprocessing.guarantee=exactly_once_v2\nconsumer.isolation.level=read_uncommitted\n',
      settings: transactionalSettings,
    },
    {
      name: 'a Kafka Streams app writing exactly-once is no transactional producer of the file\'s other consumers',
      filename: 'application.properties',
      code: 'spring.kafka.consumer.group-id=inventory\nspring.kafka.streams.application-id=projections\nspring.kafka.streams.properties.processing.guarantee=exactly_once_v2\n',
    },
    {
      name: 'Kafka Streams consumers are left to Streams, in a transactional codebase',
      filename: 'streams.properties',
      code: 'application.id=etl\nbootstrap.servers=kafka:9092\nconsumer.max.poll.records=500\n',
      settings: transactionalSettings,
    },
    {
      name: 'the codebase setting says no transactions',
      filename: 'consumer.properties',
      code: 'group.id=reports\nisolation.level=read_uncommitted\n',
      settings: { kafka: { transactional: false } },
    },
    {
      name: 'Spring consumer inheriting read_committed from the shared properties',
      filename: 'application.properties',
      code: 'spring.kafka.properties.isolation.level=read_committed\nspring.kafka.consumer.group-id=reports\n',
      settings: transactionalSettings,
    },
    {
      name: 'Spring: only shared settings, no consumer section',
      filename: 'application.properties',
      code: 'spring.kafka.bootstrap-servers=kafka:9092\n',
      settings: transactionalSettings,
    },
    {
      name: 'suppressed with a reason',
      filename: 'consumer.properties',
      code: 'group.id=lag-monitor\n# eslint-disable-next-line rule-to-test/require-read-committed -- monitoring sees every write\nisolation.level=read_uncommitted\n',
      settings: transactionalSettings,
    },
  ],
  invalid: [
    {
      name: 'Spring properties: a consumer section on the Java default, transactions known from the settings',
      filename: 'src/main/resources/application.properties',
      code: 'spring.kafka.consumer.group-id=reports\n',
      settings: transactionalSettings,
      errors: [
        {
          messageId: 'javaDefault',
          data: { where: CODEBASE, fix: '`isolation.level` to read_committed' },
          line: 1,
          column: 1,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: 'spring.kafka.consumer.group-id=reports\nspring.kafka.consumer.isolation-level=read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring properties: read_uncommitted in the consumer pass-through map, transactions known from the settings',
      filename: 'application-prod.properties',
      code: 'spring.kafka.consumer.group-id=reports\nspring.kafka.consumer.properties.isolation.level=read_uncommitted\n',
      settings: transactionalSettings,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'spring.kafka.consumer.properties.isolation.level', where: CODEBASE, fix: '`spring.kafka.consumer.properties.isolation.level` to read_committed' },
          line: 2,
          column: 50,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`spring.kafka.consumer.properties.isolation.level` to read_committed' },
              output: 'spring.kafka.consumer.group-id=reports\nspring.kafka.consumer.properties.isolation.level=read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Java consumer on the read_uncommitted default in a transactional codebase',
      filename: 'consumer.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=reports\n',
      settings: transactionalSettings,
      errors: [
        {
          message:
            'This Java consumer leaves `isolation.level` at its default, read_uncommitted, while this codebase (`settings.kafka.transactional`) writes in transactions: it also receives the messages of transactions that are still open or later aborted, so it processes writes that never happened (phantom reads, duplicates when the aborted transaction is retried). Set `isolation.level` to read_committed.',
          line: 1,
          column: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: 'bootstrap.servers=kafka:9092\ngroup.id=reports\nisolation.level=read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Java consumer with read_uncommitted written',
      filename: 'reports-consumer.properties',
      code: 'group.id=reports\nisolation.level=read_uncommitted\n',
      settings: transactionalSettings,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'isolation.level', where: CODEBASE, fix: '`isolation.level` to read_committed' },
          line: 2,
          column: 17,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: 'group.id=reports\nisolation.level=read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'librdkafka consumer with read_uncommitted written',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\nisolation.level=read_uncommitted\n',
      settings: transactionalSettings,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'isolation.level', where: CODEBASE, fix: '`isolation.level` to read_committed' },
          line: 3,
          column: 17,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: 'bootstrap.servers=kafka:9092\ngroup.id=billing\nisolation.level=read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring properties: transaction-id-prefix and a read_uncommitted consumer',
      filename: 'application.properties',
      code: 'spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.consumer.group-id=audit\nspring.kafka.consumer.isolation-level=read_uncommitted\n',
      errors: [
        {
          messageId: 'readUncommitted',
          data: {
            written: 'spring.kafka.consumer.isolation-level',
            where: 'this file',
            fix: '`spring.kafka.consumer.isolation-level` to read_committed',
          },
          line: 3,
          column: 39,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`spring.kafka.consumer.isolation-level` to read_committed' },
              output: 'spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.consumer.group-id=audit\nspring.kafka.consumer.isolation-level=read_committed\n',
            },
          ],
        },
      ],
    },
  ],
});

yamlTester.run('require-read-committed', rule as never, {
  valid: [
    {
      name: 'Spring consumer reading committed messages beside a transactional producer',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n    consumer:\n      group-id: g\n      isolation-level: read-committed\n',
    },
    {
      name: 'Spring consumer without transactions',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: g\n',
    },
    {
      name: 'Kubernetes container: a transactional producer and a consumer whose isolation level its application.yml may set',
      filename: 'k8s/ledger.yaml',
      code: 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: ledger\n          env:\n            - name: SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX\n              value: tx-\n            - name: SPRING_KAFKA_CONSUMER_GROUP_ID\n              value: ledger\n',
    },
    {
      name: 'Strimzi KafkaBridge: its consumers serve HTTP clients the rule cannot see',
      filename: 'bridge.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      auto.offset.reset: earliest\n',
      settings: transactionalSettings,
    },
  ],
  invalid: [
    {
      name: 'Spring YAML consumer on the Java default, transactions known from the settings',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: reports\n',
      settings: transactionalSettings,
      errors: [
        {
          messageId: 'javaDefault',
          data: { where: CODEBASE, fix: '`isolation.level` to read_committed' },
          line: 3,
          column: 5,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: 'spring:\n  kafka:\n    consumer:\n      group-id: reports\n      isolation-level: read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Strimzi KafkaBridge consumer reading uncommitted messages, transactions known from the settings',
      filename: 'bridge.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      isolation.level: read_uncommitted\n',
      settings: transactionalSettings,
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'isolation.level', where: CODEBASE, fix: '`isolation.level` to read_committed' },
          line: 8,
          column: 24,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      isolation.level: read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Kubernetes container with a transactional producer and a read_uncommitted consumer',
      filename: 'k8s/ledger-worker/statefulset.yaml',
      code: dedent`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: ledger-worker
        spec:
          replicas: 3
          template:
            spec:
              containers:
                - name: ledger-worker
                  env:
                    - name: POD_NAME
                      valueFrom:
                        fieldRef:
                          fieldPath: metadata.name
                    - name: SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX
                      value: ledger-worker-$(POD_NAME)-
                    - name: SPRING_KAFKA_CONSUMER_GROUP_ID
                      value: ledger-worker
                    - name: SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL
                      value: read_uncommitted
      `,
      errors: [
        {
          messageId: 'readUncommitted',
          data: {
            written: 'SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL',
            where: 'this file',
            fix: '`SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL` to read_committed',
          },
          line: 21,
          column: 22,
          endLine: 21,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL` to read_committed' },
              output: dedent`
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: ledger-worker
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: ledger-worker
                          env:
                            - name: POD_NAME
                              valueFrom:
                                fieldRef:
                                  fieldPath: metadata.name
                            - name: SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX
                              value: ledger-worker-$(POD_NAME)-
                            - name: SPRING_KAFKA_CONSUMER_GROUP_ID
                              value: ledger-worker
                            - name: SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL
                              value: "read_committed"
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Spring consumer left on the Java default beside a transaction-id-prefix',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: orders-tx-\n    consumer:\n      group-id: orders\n',
      errors: [
        {
          messageId: 'javaDefault',
          data: { where: 'this file', fix: '`isolation.level` to read_committed' },
          line: 5,
          column: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output:
                'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: orders-tx-\n    consumer:\n      group-id: orders\n      isolation-level: read_committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring consumer with read-uncommitted written',
      filename: 'application-prod.yml',
      code: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n    consumer:\n      group-id: g\n      isolation-level: read-uncommitted\n',
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'isolation-level', where: 'this file', fix: '`isolation-level` to read-committed' },
          line: 7,
          column: 24,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation-level` to read-committed' },
              output: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n    consumer:\n      group-id: g\n      isolation-level: read-committed\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a read_uncommitted setting shared by every Spring client is reported once',
      filename: 'application.yaml',
      code: 'spring:\n  kafka:\n    properties:\n      isolation.level: read_uncommitted\n    producer:\n      transaction-id-prefix: tx-\n    consumer:\n      group-id: g\n',
      errors: [
        {
          messageId: 'readUncommitted',
          data: { written: 'isolation.level', where: 'this file', fix: '`isolation.level` to read_committed' },
          line: 4,
          column: 24,
          suggestions: [
            {
              messageId: 'readCommitted',
              data: { fix: '`isolation.level` to read_committed' },
              output: 'spring:\n  kafka:\n    properties:\n      isolation.level: read_committed\n    producer:\n      transaction-id-prefix: tx-\n    consumer:\n      group-id: g\n',
            },
          ],
        },
      ],
    },
  ],
});

describe('require-read-committed under its kafka/ name', () => {
  const kafka = { ...plugin, rules: { 'require-read-committed': rule as unknown as Rule.RuleModule } };
  const lint = (text: string) =>
    new Linter().verify(
      text,
      [
        {
          files: ['**/*.properties'],
          plugins: { kafka },
          language: 'kafka/properties',
          rules: { 'kafka/require-read-committed': 'error' },
          settings: { kafka: { transactional: true } },
        },
      ],
      { filename: 'consumer.properties' },
    );

  it('reports, and honours eslint-disable-next-line with a reason', () => {
    expect(lint('group.id=g\nisolation.level=read_uncommitted\n').map((message) => [message.ruleId, message.line])).toEqual([['kafka/require-read-committed', 2]]);
    expect(lint('group.id=g\n# eslint-disable-next-line kafka/require-read-committed -- lag monitor\nisolation.level=read_uncommitted\n')).toEqual([]);
  });
});
