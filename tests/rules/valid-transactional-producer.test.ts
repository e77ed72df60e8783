import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/valid-transactional-producer.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const kafkajsHeader = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });\n";

const confluentHeader = "const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;\nconst kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });\n";

/** A kafkajs consume-transform-produce service, with `runOptions` written first in its `run()` options. */
const forwarder = (runOptions: string) => dedent`
  import { Kafka } from 'kafkajs';
  const kafka = new Kafka({ clientId: 'fx', brokers: ['kafka:9092'] });
  const producer = kafka.producer({ transactionalId: 'fx-0', idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: 'fx' });
  export async function start(): Promise<void> {
    await consumer.run({
      ${runOptions}
      eachMessage: async ({ topic, partition, message }) => {
        const txn = await producer.transaction();
        try {
          await txn.send({ topic: 'fx.converted', messages: [{ key: message.key, value: message.value }] });
          await txn.sendOffsets({ consumerGroupId: 'fx', topics: [{ topic, partitions: [{ partition, offset: String(Number(message.offset) + 1) }] }] });
          await txn.commit();
        } catch (error) {
          await txn.abort();
          throw error;
        }
      },
    });
  }
`;

codeTester.run('valid-transactional-producer', rule, {
  valid: [
    {
      name: 'idempotentInFlight false limits the in-flight check to transactional producers',
      code: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: true });\n`,
      options: [{ idempotentInFlight: false }],
    },
    {
      name: 'idempotentInFlight false: an idempotent producer with several requests in flight',
      code: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 5 });\n`,
      options: [{ idempotentInFlight: false }],
    },
    {
      name: 'a kafkajs producer whose idempotence is computed at run time',
      code: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: process.env.IDEMPOTENT === 'true' });\n`,
    },
    {
      name: 'idempotent kafkajs options spread from another module may limit in-flight requests',
      code: `${kafkajsHeader}import { defaults } from './defaults';\nexport const producer = kafka.producer({ ...defaults, idempotent: true });\n`,
    },
    {
      name: 'a kafkajs producer with idempotence off is another rule\'s concern',
      code: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: false, maxInFlightRequests: 10 });\n`,
    },
    {
      name: 'suppressed with a reason',
      code: `${kafkajsHeader}// eslint-disable-next-line @rule-tester/valid-transactional-producer -- kafkajs 2 serialises idempotent sends per broker\nexport const producer = kafka.producer({ idempotent: true });\n`,
    },
    {
      name: 'a transaction timeout within the limit the settings give',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 1_800_000 });\n`,
      settings: { kafka: { transactionMaxTimeoutMs: 1_800_000 } },
    },
    {
      name: 'kafkajs exactly-once forwarder done right',
      code: forwarder('autoCommit: false,'),
    },
    {
      name: 'a plain kafkajs producer is not this rule\'s concern',
      code: `${kafkajsHeader}export const producer = kafka.producer({ allowAutoTopicCreation: false });\n`,
    },
    {
      name: 'kafkajs idempotent producer with one request in flight',
      code: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });\n`,
    },
    {
      name: 'transactional options spread from another module may set idempotence and in-flight requests',
      code: `${kafkajsHeader}import { eosDefaults } from './eos';\nexport const producer = kafka.producer({ ...eosDefaults, transactionalId: 'orders-tx' });\n`,
    },
    {
      name: 'Confluent transactional producer: librdkafka turns idempotence on and limits in-flight requests itself',
      code: `${confluentHeader}module.exports = kafka.producer({ 'transactional.id': 'orders-tx', kafkaJS: { transactionTimeout: 60000 } });\n`,
    },
    {
      name: 'Confluent consumer with auto-commit off in the kafkaJS block, offsets sent through the transaction',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const producer = kafka.producer({ kafkaJS: { transactionalId: 'geo-tx' } });
        const consumer = kafka.consumer({ kafkaJS: { groupId: 'geo', autoCommit: false } });
        async function start() {
          await consumer.run({
            eachMessage: async ({ topic, partition, message }) => {
              const txn = await producer.transaction();
              await txn.send({ topic: 'geo.enriched', messages: [{ value: message.value }] });
              await txn.sendOffsets({ consumer, topics: [{ topic, partitions: [{ partition, offset: String(Number(message.offset) + 1) }] }] });
              await txn.commit();
            },
          });
        }
        module.exports = { start };
      `,
    },
    {
      name: 'run options held in a const with auto-commit off',
      code: dedent`
        import { Kafka, type EachMessagePayload } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1 });
        const consumer = kafka.consumer({ groupId: 'g' });
        async function forward({ topic, partition, message }: EachMessagePayload) {
          const txn = await producer.transaction();
          await txn.send({ topic: 'out', messages: [{ key: message.key, value: message.value }] });
          await txn.sendOffsets({ consumerGroupId: 'g', topics: [{ topic, partitions: [{ partition, offset: message.offset }] }] });
          await txn.commit();
        }
        const runOptions = { autoCommit: false, eachMessage: forward };
        export const start = () => consumer.run(runOptions);
      `,
    },
    {
      name: 'run options that cannot be seen may turn auto-commit off',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { runDefaults } from './defaults';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1 });
        const consumer = kafka.consumer({ groupId: 'g' });
        export const start = () =>
          consumer.run({
            ...runDefaults,
            eachMessage: async ({ message }) => {
              const txn = await producer.transaction();
              await txn.send({ topic: 'out', messages: [{ value: message.value }] });
              await txn.sendOffsets({ consumerGroupId: 'g', topics: [] });
              await txn.commit();
            },
          });
      `,
    },
    {
      name: 'commitOffsets in a handler that writes without a transaction',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
        const consumer = kafka.consumer({ groupId: 'g' });
        export const start = () =>
          consumer.run({
            autoCommit: false,
            eachMessage: async ({ topic, partition, message }) => {
              await producer.send({ topic: 'out', messages: [{ value: message.value }] });
              await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
            },
          });
      `,
    },
    {
      name: 'a sendOffsets of another library',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { ledger } from './ledger';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const consumer = kafka.consumer({ groupId: 'g' });
        export const start = () =>
          consumer.run({
            eachMessage: async ({ message }) => {
              const txn = await ledger.transaction();
              await txn.sendOffsets({ consumerGroupId: 'g', topics: [] });
              await txn.commit();
            },
          });
      `,
    },
    {
      name: 'a transaction timeout at the broker limit',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 900_000 });\n`,
    },
    {
      name: 'a longer transaction timeout where the brokers allow it',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 3_600_000 });\n`,
      options: [{ maxTransactionTimeoutMs: 3_600_000 }],
    },
  ],
  invalid: [
    {
      name: 'an idempotent kafkajs producer that is not transactional, without maxInFlightRequests',
      code: `${kafkajsHeader}export const producer = kafka.producer({\n  idempotent: true,\n});\n`,
      errors: [
        {
          messageId: 'idempotentInFlightUnset',
          line: 3,
          column: 40,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'maxInFlightRequests', fix: '1' },
              output: `${kafkajsHeader}export const producer = kafka.producer({\n  idempotent: true,\n  maxInFlightRequests: 1,\n});\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'an idempotent kafkajs producer with 5 requests in flight, options held in a const',
      code: `${kafkajsHeader}const pushConfig = { idempotent: true, maxInFlightRequests: 5 };\nexport const producer = kafka.producer(pushConfig);\n`,
      errors: [
        {
          messageId: 'idempotentInFlightAboveOne',
          data: { written: 'maxInFlightRequests', value: '5' },
          line: 3,
          column: 61,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'maxInFlightRequests', fix: '1' },
              output: `${kafkajsHeader}const pushConfig = { idempotent: true, maxInFlightRequests: 1 };\nexport const producer = kafka.producer(pushConfig);\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS producer options: idempotent with unlimited requests in flight',
      code: dedent`
        import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
        export const options: MicroserviceOptions = {
          transport: Transport.KAFKA,
          options: {
            client: { brokers: ['kafka:9092'] },
            producer: { idempotent: true, maxInFlightRequests: null },
          },
        };
      `,
      errors: [
        {
          messageId: 'idempotentInFlightAboveOne',
          data: { written: 'maxInFlightRequests', value: 'null' },
          line: 6,
          column: 56,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'maxInFlightRequests', fix: '1' },
              output: dedent`
                import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
                export const options: MicroserviceOptions = {
                  transport: Transport.KAFKA,
                  options: {
                    client: { brokers: ['kafka:9092'] },
                    producer: { idempotent: true, maxInFlightRequests: 1 },
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a transaction timeout above the limit the settings give',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 600_000 });\n`,
      settings: { kafka: { transactionMaxTimeoutMs: 300_000 } },
      errors: [
        {
          messageId: 'transactionTimeoutTooLong',
          data: { written: 'transactionTimeout', value: '600_000', max: '300000 ms (5 min)' },
          line: 3,
          column: 127,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'transactionTimeout', fix: '300000' },
              output: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 300000 });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'the rule option wins over the settings',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 600_000 });\n`,
      settings: { kafka: { transactionMaxTimeoutMs: 3_600_000 } },
      options: [{ maxTransactionTimeoutMs: 120_000 }],
      errors: [
        {
          messageId: 'transactionTimeoutTooLong',
          data: { written: 'transactionTimeout', value: '600_000', max: '120000 ms (2 min)' },
          line: 3,
          column: 127,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'transactionTimeout', fix: '120000' },
              output: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 120000 });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent transactional producer whose message timeout outlives its transactions',
      code: `${confluentHeader}module.exports = kafka.producer({ 'message.timeout.ms': 120000, kafkaJS: { transactionalId: 'tx', transactionTimeout: 30000 } });\n`,
      errors: [
        {
          messageId: 'messageTimeoutAboveTransaction',
          data: { written: 'message.timeout.ms', value: '120000', timeout: '`transactionTimeout` 30000', max: 30000 },
          line: 3,
          column: 57,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'message.timeout.ms', fix: '30000' },
              output: `${confluentHeader}module.exports = kafka.producer({ 'message.timeout.ms': 30000, kafkaJS: { transactionalId: 'tx', transactionTimeout: 30000 } });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'kafkajs transactional producer without idempotence',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'orders-tx', maxInFlightRequests: 1 });\n`,
      errors: [
        {
          messageId: 'kafkajsNotIdempotent',
          data: { written: 'transactionalId' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'enableIdempotence',
              data: { key: 'idempotent' },
              output: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'orders-tx', maxInFlightRequests: 1, idempotent: true });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'kafkajs transactional producer with idempotence switched off, in a class',
      code: dedent`
        import { Kafka, Producer } from 'kafkajs';
        export class PaymentsPublisher {
          private readonly producer: Producer;
          constructor(private readonly kafka: Kafka) {
            this.producer = this.kafka.producer({
              idempotent: false,
              transactionalId: 'payments',
              maxInFlightRequests: 1,
            });
          }
        }
      `,
      errors: [
        {
          messageId: 'kafkajsNotIdempotent',
          data: { written: 'transactionalId' },
          line: 7,
          column: 7,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'idempotent', fix: 'true' },
              output: dedent`
                import { Kafka, Producer } from 'kafkajs';
                export class PaymentsPublisher {
                  private readonly producer: Producer;
                  constructor(private readonly kafka: Kafka) {
                    this.producer = this.kafka.producer({
                      idempotent: true,
                      transactionalId: 'payments',
                      maxInFlightRequests: 1,
                    });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'kafkajs transactional producer with five requests in flight, CommonJS',
      code: dedent`
        const { Kafka } = require('kafkajs');
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        module.exports = kafka.producer({
          transactionalId: 'ledger-tx',
          idempotent: true,
          maxInFlightRequests: 5,
        });
      `,
      errors: [
        {
          messageId: 'inFlightAboveOne',
          data: { written: 'maxInFlightRequests', value: '5', kind: 'transactional' },
          line: 6,
          column: 24,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'maxInFlightRequests', fix: '1' },
              output: dedent`
                const { Kafka } = require('kafkajs');
                const kafka = new Kafka({ brokers: ['kafka:9092'] });
                module.exports = kafka.producer({
                  transactionalId: 'ledger-tx',
                  idempotent: true,
                  maxInFlightRequests: 1,
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS transactional producer options: idempotence and in-flight limit missing',
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
                  client: { brokers: ['kafka:9092'] },
                  producer: { transactionalId: 'billing-tx' },
                },
              },
            ]),
          ],
        })
        export class BillingModule {}
      `,
      errors: [
        {
          messageId: 'kafkajsNotIdempotent',
          data: { written: 'transactionalId' },
          line: 12,
          column: 23,
          suggestions: [
            {
              messageId: 'enableIdempotence',
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
                          client: { brokers: ['kafka:9092'] },
                          producer: { transactionalId: 'billing-tx', idempotent: true },
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
        {
          messageId: 'inFlightUnset',
          data: { kind: 'transactional' },
          line: 12,
          column: 23,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'maxInFlightRequests', fix: '1' },
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
                          client: { brokers: ['kafka:9092'] },
                          producer: { transactionalId: 'billing-tx', maxInFlightRequests: 1 },
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
      name: 'kafkajs maxInFlightRequests null means unlimited',
      code: `${kafkajsHeader}const EOS = { idempotent: true, maxInFlightRequests: null };\nexport const producer = kafka.producer({ ...EOS, transactionalId: 'tx' });\n`,
      errors: [
        {
          messageId: 'inFlightAboveOne',
          data: { written: 'maxInFlightRequests', value: 'null', kind: 'transactional' },
          line: 3,
          column: 54,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'maxInFlightRequests', fix: '1' },
              output: `${kafkajsHeader}const EOS = { idempotent: true, maxInFlightRequests: 1 };\nexport const producer = kafka.producer({ ...EOS, transactionalId: 'tx' });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'consume-transform-produce with auto-commit left on',
      code: forwarder(''),
      errors: [
        {
          messageId: 'autoCommitWithTransaction',
          data: { written: 'autoCommit' },
          line: 12,
          column: 15,
          endColumn: 151,
          suggestions: [
            {
              messageId: 'disableAutoCommit',
              data: { written: 'autoCommit' },
              output: forwarder('').replace('    },\n  });', '    },\n    autoCommit: false,\n  });'),
            },
          ],
        },
      ],
    },
    {
      name: 'consume-transform-produce with auto-commit written on',
      code: forwarder('autoCommit: true,'),
      errors: [
        {
          messageId: 'autoCommitWithTransaction',
          data: { written: 'autoCommit' },
          line: 7,
          column: 17,
          endColumn: 21,
          suggestions: [{ messageId: 'disableAutoCommit', data: { written: 'autoCommit' }, output: forwarder('autoCommit: false,') }],
        },
      ],
    },
    {
      name: 'Confluent class: the transaction producer sends offsets while its consumer auto-commits, and commits again outside',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        class Enricher {
          constructor() {
            this.producer = kafka.producer({ 'transactional.id': 'enricher-tx' });
            this.audit = kafka.consumer({ kafkaJS: { groupId: 'audit', autoCommit: false } });
            this.consumer = kafka.consumer({ kafkaJS: { groupId: 'enricher' } });
          }
          async start() {
            await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
          }
          async handle({ topic, partition, message }) {
            const txn = await this.producer.transaction();
            await txn.send({ topic: 'enriched', messages: [{ value: message.value }] });
            await this.producer.sendOffsets({ consumer: this.consumer, topics: [] });
            await txn.commit();
            await this.consumer.commitOffsets([{ topic, partition, offset: message.offset }]);
          }
        }
        module.exports = { Enricher };
      `,
      errors: [
        {
          messageId: 'autoCommitWithTransaction',
          data: { written: 'autoCommit' },
          line: 15,
          column: 11,
          suggestions: [
            {
              messageId: 'disableAutoCommit',
              data: { written: 'autoCommit' },
              output: dedent`
                const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
                const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
                class Enricher {
                  constructor() {
                    this.producer = kafka.producer({ 'transactional.id': 'enricher-tx' });
                    this.audit = kafka.consumer({ kafkaJS: { groupId: 'audit', autoCommit: false } });
                    this.consumer = kafka.consumer({ kafkaJS: { groupId: 'enricher', autoCommit: false } });
                  }
                  async start() {
                    await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
                  }
                  async handle({ topic, partition, message }) {
                    const txn = await this.producer.transaction();
                    await txn.send({ topic: 'enriched', messages: [{ value: message.value }] });
                    await this.producer.sendOffsets({ consumer: this.consumer, topics: [] });
                    await txn.commit();
                    await this.consumer.commitOffsets([{ topic, partition, offset: message.offset }]);
                  }
                }
                module.exports = { Enricher };
              `,
            },
          ],
        },
        { messageId: 'commitOutsideTransaction', data: { call: 'commitOffsets' }, line: 17, column: 11, endColumn: 86 },
      ],
    },
    {
      name: 'Confluent consumer with enable.auto.commit written true, handler held in a const',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({ 'bootstrap.servers': 'kafka:9092' });
        const producer = kafka.producer({ 'transactional.id': 'geo-tx' });
        const consumer = kafka.consumer({ 'group.id': 'geo', 'enable.auto.commit': true });
        const enrich = async ({ topic, partition, message }: KafkaJS.EachMessagePayload) => {
          const txn = await producer.transaction();
          await txn.send({ topic: 'geo.enriched', messages: [{ value: message.value }] });
          await txn.sendOffsets({ consumer, topics: [{ topic, partitions: [{ partition, offset: message.offset }] }] });
          await txn.commit();
        };
        export const start = () => consumer.run({ eachMessage: enrich });
      `,
      errors: [
        {
          messageId: 'autoCommitWithTransaction',
          data: { written: 'enable.auto.commit' },
          line: 4,
          column: 76,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'disableAutoCommit',
              data: { written: 'enable.auto.commit' },
              output: dedent`
                import { KafkaJS } from '@confluentinc/kafka-javascript';
                const kafka = new KafkaJS.Kafka({ 'bootstrap.servers': 'kafka:9092' });
                const producer = kafka.producer({ 'transactional.id': 'geo-tx' });
                const consumer = kafka.consumer({ 'group.id': 'geo', 'enable.auto.commit': false });
                const enrich = async ({ topic, partition, message }: KafkaJS.EachMessagePayload) => {
                  const txn = await producer.transaction();
                  await txn.send({ topic: 'geo.enriched', messages: [{ value: message.value }] });
                  await txn.sendOffsets({ consumer, topics: [{ topic, partitions: [{ partition, offset: message.offset }] }] });
                  await txn.commit();
                };
                export const start = () => consumer.run({ eachMessage: enrich });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'offsets committed through the consumer after the transaction, in a delegate',
      code: dedent`
        import { Kafka, type EachMessagePayload } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export class Settlement {
          private readonly producer = kafka.producer({ transactionalId: 'settle', idempotent: true, maxInFlightRequests: 1 });
          private readonly consumer = kafka.consumer({ groupId: 'settle' });
          async start(): Promise<void> {
            await this.consumer.run({ autoCommit: false, eachMessage: (payload) => this.settle(payload) });
          }
          private async settle({ topic, partition, message }: EachMessagePayload): Promise<void> {
            const txn = await this.producer.transaction();
            await txn.send({ topic: 'settled', messages: [{ key: message.key, value: message.value }] });
            await txn.commit();
            await this.consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
          }
        }
      `,
      errors: [{ messageId: 'commitOutsideTransaction', data: { call: 'commitOffsets' }, line: 13, column: 11 }],
    },
    {
      name: 'Confluent transactional producer with idempotence switched off',
      code: `${confluentHeader}module.exports = kafka.producer({ 'transactional.id': 'orders-tx', 'enable.idempotence': false });\n`,
      errors: [
        {
          messageId: 'idempotenceOffRejected',
          data: { written: 'enable.idempotence', refusal: 'librdkafka refuses to create the producer' },
          line: 3,
          column: 90,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'enable.idempotence', fix: 'true' },
              output: `${confluentHeader}module.exports = kafka.producer({ 'transactional.id': 'orders-tx', 'enable.idempotence': true });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent transactional producer with ten requests in flight',
      code: `${confluentHeader}export const producer = kafka.producer({ kafkaJS: { transactionalId: 'tx', maxInFlightRequests: 10 } });\n`,
      errors: [
        {
          messageId: 'inFlightRejected',
          data: { written: 'maxInFlightRequests', value: '10', refusal: 'librdkafka refuses to create the producer' },
          line: 3,
          column: 97,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'maxInFlightRequests', fix: '5' },
              output: `${confluentHeader}export const producer = kafka.producer({ kafkaJS: { transactionalId: 'tx', maxInFlightRequests: 5 } });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'kafkajs transaction timeout above the broker limit',
      code: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 1_800_000 });\n`,
      errors: [
        {
          messageId: 'transactionTimeoutTooLong',
          data: { written: 'transactionTimeout', value: '1_800_000', max: '900000 ms (15 min)' },
          line: 3,
          column: 127,
          endColumn: 136,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'transactionTimeout', fix: '900000' },
              output: `${kafkajsHeader}export const producer = kafka.producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1, transactionTimeout: 900000 });\n`,
            },
          ],
        },
      ],
    },
  ],
});

propertiesTester.run('valid-transactional-producer', rule as never, {
  valid: [
    {
      name: 'Java transactional producer on default idempotence with acks=all',
      filename: 'payments-producer.properties',
      code: 'bootstrap.servers=kafka:9092\nacks=all\ntransactional.id=payments-1\nmax.in.flight.requests.per.connection=5\n',
    },
    {
      name: 'acks=1 without transactions is another rule\'s concern',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nacks=1\nretries=0\n',
    },
    {
      name: 'librdkafka transactional producer: idempotence comes by itself',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\ntransactional.id=orders-tx\nrequest.required.acks=all\n',
    },
    {
      name: 'transaction timeout at the broker limit',
      filename: 'producer.properties',
      code: 'transactional.id=tx\ntransaction.timeout.ms=900000\n',
    },
    {
      name: 'explicit idempotence on a transactional producer',
      filename: 'producer.properties',
      code: 'transactional.id=tx\nenable.idempotence=true\nacks=-1\n',
    },
    {
      name: 'a transaction timeout the brokers allow, per settings',
      filename: 'producer.properties',
      code: 'transactional.id=tx\ntransaction.timeout.ms=1800000\n',
      settings: { kafka: { transactionMaxTimeoutMs: 1_800_000 } },
    },
    {
      name: 'librdkafka transactional producer with a message timeout equal to its transaction timeout',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\ntransactional.id=tx\nmessage.timeout.ms=60000\n',
    },
    {
      name: 'librdkafka producer without transactions: its message timeout is free',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\nenable.idempotence=true\nmessage.timeout.ms=600000\n',
    },
    {
      name: 'a Java producer\'s delivery timeout is not bound by its transaction timeout',
      filename: 'producer.properties',
      code: 'transactional.id=tx\ntransaction.timeout.ms=60000\ndelivery.timeout.ms=120000\n',
    },
    {
      name: 'suppressed with a reason',
      filename: 'producer.properties',
      code: 'transactional.id=tx\n# eslint-disable-next-line rule-to-test/valid-transactional-producer -- brokers raised to 1 h\ntransaction.timeout.ms=3600000\n',
    },
  ],
  invalid: [
    {
      name: 'librdkafka transactional producer whose message timeout outlives the default transaction timeout',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\ntransactional.id=tx\ndelivery.timeout.ms=120000\n',
      errors: [
        {
          messageId: 'messageTimeoutAboveTransaction',
          data: { written: 'delivery.timeout.ms', value: '120000', timeout: 'the default `transaction.timeout.ms` of 60000', max: 60000 },
          line: 3,
          column: 21,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'delivery.timeout.ms', fix: '60000' },
              output: 'metadata.broker.list=kafka:9092\ntransactional.id=tx\ndelivery.timeout.ms=60000\n',
            },
          ],
        },
      ],
    },
    {
      name: 'transaction timeout above the limit the settings give',
      filename: 'producer.properties',
      code: 'transactional.id=tx\ntransaction.timeout.ms=900000\n',
      settings: { kafka: { transactionMaxTimeoutMs: 600_000 } },
      errors: [
        {
          messageId: 'transactionTimeoutTooLong',
          data: { written: 'transaction.timeout.ms', value: '900000', max: '600000 ms (10 min)' },
          line: 2,
          column: 24,
          suggestions: [{ messageId: 'setValue', data: { written: 'transaction.timeout.ms', fix: '600000' }, output: 'transactional.id=tx\ntransaction.timeout.ms=600000\n' }],
        },
      ],
    },
    {
      name: 'Kafka Streams producer transaction timeout above the broker limit',
      filename: 'streams.properties',
      code: 'application.id=ledger\nbootstrap.servers=kafka:9092\nprocessing.guarantee=exactly_once_v2\nproducer.transaction.timeout.ms=1000000\n',
      errors: [
        {
          messageId: 'transactionTimeoutTooLong',
          data: { written: 'producer.transaction.timeout.ms', value: '1000000', max: '900000 ms (15 min)' },
          line: 4,
          column: 33,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'producer.transaction.timeout.ms', fix: '900000' },
              output: 'application.id=ledger\nbootstrap.servers=kafka:9092\nprocessing.guarantee=exactly_once_v2\nproducer.transaction.timeout.ms=900000\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Java transactional producer with idempotence switched off',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\ntransactional.id=orders-1\nenable.idempotence=false\n',
      errors: [
        {
          message:
            '`enable.idempotence` is false on a transactional producer: transactions need idempotence, so the Java producer refuses to start with a ConfigException. Remove it or set it to true.',
          line: 3,
          column: 20,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'enable.idempotence', fix: 'true' },
              output: 'bootstrap.servers=kafka:9092\ntransactional.id=orders-1\nenable.idempotence=true\n',
            },
          ],
        },
      ],
    },
    {
      name: 'every setting that contradicts idempotence makes a transactional Java producer fail',
      filename: 'orders-producer.properties',
      code: 'transactional.id=orders-1\nacks=1\nretries=0\nmax.in.flight.requests.per.connection=10\n',
      errors: [
        {
          message:
            '`acks=1` cannot be used by a transactional producer: transactions need idempotence, and idempotence needs acks=all, so the Java producer refuses to start with a ConfigException. Use `all`.',
          line: 2,
          column: 6,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'acks', fix: '`all`' },
              output: 'transactional.id=orders-1\nacks=all\nretries=0\nmax.in.flight.requests.per.connection=10\n',
            },
          ],
        },
        {
          messageId: 'retriesRejected',
          data: { written: 'retries', refusal: 'the Java producer refuses to start with a ConfigException' },
          line: 3,
          column: 9,
        },
        {
          messageId: 'inFlightRejected',
          data: {
            written: 'max.in.flight.requests.per.connection',
            value: '10',
            refusal: 'the Java producer refuses to start with a ConfigException',
          },
          line: 4,
          column: 39,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'max.in.flight.requests.per.connection', fix: '5' },
              output: 'transactional.id=orders-1\nacks=1\nretries=0\nmax.in.flight.requests.per.connection=5\n',
            },
          ],
        },
      ],
    },
    {
      name: 'librdkafka transactional producer with idempotence switched off',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ntransactional.id=edge-tx\nenable.idempotence=false\n',
      errors: [
        {
          messageId: 'idempotenceOffRejected',
          data: { written: 'enable.idempotence', refusal: 'librdkafka refuses to create the producer' },
          line: 3,
          column: 20,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'enable.idempotence', fix: 'true' },
              output: 'bootstrap.servers=kafka:9092\ntransactional.id=edge-tx\nenable.idempotence=true\n',
            },
          ],
        },
      ],
    },
    {
      name: 'librdkafka transactional producer with leader-only acks',
      filename: 'edge-producer.conf',
      code: 'bootstrap.servers=kafka:9092\ntransactional.id=edge-tx\nrequest.required.acks=1\n',
      errors: [
        {
          messageId: 'acksRejected',
          data: { written: 'request.required.acks', value: '1', refusal: 'librdkafka refuses to create the producer', fix: '`all`' },
          line: 3,
          column: 23,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'request.required.acks', fix: '`all`' },
              output: 'bootstrap.servers=kafka:9092\ntransactional.id=edge-tx\nrequest.required.acks=all\n',
            },
          ],
        },
      ],
    },
    {
      name: 'transaction timeout above the broker limit',
      filename: 'producer.properties',
      code: 'transactional.id=tx\ntransaction.timeout.ms=3600000\n',
      errors: [
        {
          messageId: 'transactionTimeoutTooLong',
          data: { written: 'transaction.timeout.ms', value: '3600000', max: '900000 ms (15 min)' },
          line: 2,
          column: 24,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'transaction.timeout.ms', fix: '900000' },
              output: 'transactional.id=tx\ntransaction.timeout.ms=900000\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring transaction-id-prefix with idempotence switched off in the pass-through map',
      filename: 'application.properties',
      code: 'spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.producer.properties.enable.idempotence=false\n',
      errors: [
        {
          messageId: 'idempotenceOffRejected',
          data: {
            written: 'spring.kafka.producer.properties.enable.idempotence',
            refusal: 'the Java producer refuses to start with a ConfigException',
          },
          line: 2,
          column: 53,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'spring.kafka.producer.properties.enable.idempotence', fix: 'true' },
              output: 'spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.producer.properties.enable.idempotence=true\n',
            },
          ],
        },
      ],
    },
  ],
});

yamlTester.run('valid-transactional-producer', rule as never, {
  valid: [
    {
      name: 'Spring transactional producer with acks all',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n      acks: all\n',
    },
    {
      name: 'Spring producer with acks 1 but no transactions',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      acks: 1\n',
    },
  ],
  invalid: [
    {
      name: 'Spring transactional producer with acks 1',
      filename: 'application-prod.yml',
      code: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n      acks: 1\n',
      errors: [
        {
          messageId: 'acksRejected',
          data: { written: 'acks', value: '1', refusal: 'the Java producer refuses to start with a ConfigException', fix: '`all`' },
          line: 5,
          column: 13,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'acks', fix: '`all`' },
              output: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n      acks: all\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring transaction timeout above the broker limit',
      filename: 'application.yaml',
      code: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n      properties:\n        transaction.timeout.ms: 1200000\n',
      errors: [
        {
          messageId: 'transactionTimeoutTooLong',
          data: { written: 'transaction.timeout.ms', value: '1200000', max: '900000 ms (15 min)' },
          line: 6,
          column: 33,
          suggestions: [
            {
              messageId: 'setValue',
              data: { written: 'transaction.timeout.ms', fix: '900000' },
              output: 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n      properties:\n        transaction.timeout.ms: 900000\n',
            },
          ],
        },
      ],
    },
  ],
});

describe('valid-transactional-producer under its kafka/ name', () => {
  const kafka = { ...plugin, rules: { 'valid-transactional-producer': rule as unknown as Rule.RuleModule } };
  const lint = (text: string) =>
    new Linter().verify(
      text,
      [{ files: ['**/*.properties'], plugins: { kafka }, language: 'kafka/properties', rules: { 'kafka/valid-transactional-producer': 'error' } }],
      { filename: 'producer.properties' },
    );

  it('reports, and honours eslint-disable-next-line with a reason', () => {
    const text = 'transactional.id=tx\nenable.idempotence=false\n';
    expect(lint(text).map((message) => [message.ruleId, message.line])).toEqual([['kafka/valid-transactional-producer', 2]]);
    expect(lint('transactional.id=tx\n# eslint-disable-next-line kafka/valid-transactional-producer -- migration\nenable.idempotence=false\n')).toEqual([]);
  });
});
