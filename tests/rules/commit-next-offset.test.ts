import { RuleTester, type Rule } from 'eslint';

import rule from '../../src/rules/commit-next-offset.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = dedent`
  import { Kafka } from 'kafkajs';
  const kafka = new Kafka({ brokers: ['kafka:9092'] });
  const consumer = kafka.consumer({ groupId: 'billing' });
  declare function handle(message: unknown): Promise<void>;
`;

const bigint = (offset: string) => `(BigInt(${offset}) + 1n).toString()`;

codeTester.run('commit-next-offset', rule, {
  valid: [
    {
      name: 'offset + 1 with Number',
      code: dedent`
        ${header}
        await consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            await handle(message);
            await consumer.commitOffsets([{ topic, partition, offset: (Number(message.offset) + 1).toString() }]);
          },
        });
      `,
    },
    {
      name: 'offset + 1 with BigInt, in eachBatch',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch }) => {
            for (const message of batch.messages) {
              await handle(message);
              await consumer.commitOffsets([
                { topic: batch.topic, partition: batch.partition, offset: (BigInt(message.offset) + 1n).toString() },
              ]);
            }
          },
        });
      `,
    },
    {
      name: 'resolveOffset adds 1 itself, and seek takes the offset to read',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
            for (const message of batch.messages) {
              if (!message.value) {
                consumer.seek({ topic: batch.topic, partition: batch.partition, offset: message.offset });
                return;
              }
              await handle(message);
              resolveOffset(message.offset);
              await heartbeat();
            }
          },
        });
      `,
    },
    {
      name: 'offsets read back from the admin client are already the next ones to read',
      code: dedent`
        ${header}
        export async function rewind(groupId: string) {
          const admin = kafka.admin();
          const [orders] = await admin.fetchOffsets({ groupId, topics: ['orders'] });
          await consumer.commitOffsets(orders!.partitions.map((p) => ({ topic: 'orders', partition: p.partition, offset: p.offset })));
        }
      `,
    },
    {
      name: 'the message offset logged or forwarded in a header, not committed',
      code: dedent`
        ${header}
        const producer = kafka.producer({ idempotent: true });
        await consumer.run({
          eachMessage: async ({ topic, partition, message }) => {
            console.info({ topic, partition, offset: message.offset });
            await producer.send({ topic: 'audit', messages: [{ key: message.key, value: message.value, headers: { offset: message.offset } }] });
          },
        });
      `,
    },
    {
      name: 'a commitOffsets method of a local store class (look-alike)',
      code: dedent`
        ${header}
        class OffsetStore {
          async commitOffsets(entries: { topic: string; partition: number; offset: string }[]) {
            return entries.length;
          }
        }
        const store = new OffsetStore();
        await consumer.run({
          eachMessage: async ({ topic, partition, message }) => {
            await store.commitOffsets([{ topic, partition, offset: message.offset }]);
          },
        });
      `,
    },
    {
      name: 'an offset of unknown origin',
      code: dedent`
        ${header}
        export async function commitCheckpoint(checkpoint: { topic: string; partition: number; offset: string }) {
          await consumer.commitOffsets([{ topic: checkpoint.topic, partition: checkpoint.partition, offset: checkpoint.offset }]);
        }
      `,
    },
    {
      name: 'transaction offsets + 1 (kafkajs transactions documentation shape)',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const consumer = kafka.consumer({ groupId: 'enricher' });
        const producer = kafka.producer({ transactionalId: 'enricher-tx', idempotent: true, maxInFlightRequests: 1 });
        await consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const transaction = await producer.transaction();
            await transaction.send({ topic: 'enriched', messages: [{ key: message.key, value: message.value }] });
            await transaction.sendOffsets({
              consumerGroupId: 'enricher',
              topics: [{ topic, partitions: [{ partition, offset: String(Number(message.offset) + 1) }] }],
            });
            await transaction.commit();
          },
        });
      `,
    },
    {
      name: 'node-rdkafka commitMessage adds 1 itself',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const consumer = new Kafka.KafkaConsumer({ 'group.id': 'geo', 'metadata.broker.list': 'kafka:9092', 'enable.auto.commit': false }, {});
        consumer.connect();
        consumer.on('data', (message) => {
          consumer.commitMessage(message);
          consumer.commit({ topic: message.topic, partition: message.partition, offset: message.offset + 1 });
        });
      `,
    },
    {
      name: 'NestJS handler that commits the next offset',
      code: dedent`
        import { Controller } from '@nestjs/common';
        import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';

        @Controller()
        export class OrdersController {
          @EventPattern('orders')
          async onOrder(@Payload() order: unknown, @Ctx() context: KafkaContext) {
            const { offset } = context.getMessage();
            await context.getConsumer().commitOffsets([
              { topic: context.getTopic(), partition: context.getPartition(), offset: (BigInt(offset) + 1n).toString() },
            ]);
          }
        }
      `,
    },
    {
      name: 'a BullMQ job that carries an offset is not a Kafka message (look-alike)',
      code: dedent`
        ${header}
        import { Worker } from 'bullmq';
        export const replay = new Worker('replay', async (job: { data: { topic: string; partition: number; offset: string } }) => {
          await consumer.commitOffsets([{ topic: job.data.topic, partition: job.data.partition, offset: job.data.offset }]);
        });
      `,
    },
    {
      name: 'a parameter typed with a local KafkaMessage type of another module',
      code: dedent`
        ${header}
        import type { KafkaMessage } from './checkpoints';
        export async function restore(topic: string, partition: number, checkpoint: KafkaMessage) {
          await consumer.commitOffsets([{ topic, partition, offset: checkpoint.offset }]);
        }
      `,
    },
    {
      name: 'the own offset logged inside the callback that builds the next offsets',
      code: dedent`
        ${header}
        declare const logger: { debug(fields: object): void };
        await consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch }) => {
            await Promise.all(batch.messages.map(handle));
            await consumer.commitOffsets(batch.messages.map((m) => {
              logger.debug({ offset: m.offset });
              return { topic: batch.topic, partition: batch.partition, offset: (BigInt(m.offset) + 1n).toString() };
            }));
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'message.offset in eachMessage',
      code: dedent`
        ${header}
        await consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            await handle(message);
            await consumer.commitOffsets([{ topic, partition, offset: message.offset }]);
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'message.offset', method: 'commitOffsets' },
          line: 10,
          column: 63,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('message.offset') },
              output: dedent`
                ${header}
                await consumer.run({
                  autoCommit: false,
                  eachMessage: async ({ topic, partition, message }) => {
                    await handle(message);
                    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the loop variable over batch.messages, converted with String()',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch }) => {
            for (const m of batch.messages) {
              await handle(m);
              await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: String(m.offset) }]);
            }
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'String(m.offset)', method: 'commitOffsets' },
          line: 11,
          column: 95,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('m.offset') },
              output: dedent`
                ${header}
                await consumer.run({
                  eachBatchAutoResolve: false,
                  eachBatch: async ({ batch }) => {
                    for (const m of batch.messages) {
                      await handle(m);
                      await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(m.offset) + 1n).toString() }]);
                    }
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'batch.lastOffset() after the whole batch, payload not destructured',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async (payload) => {
            await Promise.all(payload.batch.messages.map(handle));
            const { topic, partition } = payload.batch;
            await consumer.commitOffsets([{ topic, partition, offset: payload.batch.lastOffset() }]);
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'payload.batch.lastOffset()', method: 'commitOffsets' },
          line: 10,
          column: 63,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('payload.batch.lastOffset()') },
              output: dedent`
                ${header}
                await consumer.run({
                  eachBatch: async (payload) => {
                    await Promise.all(payload.batch.messages.map(handle));
                    const { topic, partition } = payload.batch;
                    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(payload.batch.lastOffset()) + 1n).toString() }]);
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'offsets built by map over the batch and held in a const; toString()',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            await Promise.all(batch.messages.map(handle));
            const offsets = batch.messages.map((m) => ({ topic: batch.topic, partition: batch.partition, offset: m.offset.toString() }));
            await consumer.commitOffsets(offsets);
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'm.offset.toString()', method: 'commitOffsets' },
          line: 9,
          column: 106,
          endColumn: 125,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('m.offset') },
              output: dedent`
                ${header}
                await consumer.run({
                  eachBatch: async ({ batch }) => {
                    await Promise.all(batch.messages.map(handle));
                    const offsets = batch.messages.map((m) => ({ topic: batch.topic, partition: batch.partition, offset: (BigInt(m.offset) + 1n).toString() }));
                    await consumer.commitOffsets(offsets);
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'offsets pushed onto a local list, last message of the batch by index',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const commits: { topic: string; partition: number; offset: string }[] = [];
            const last = batch.messages[batch.messages.length - 1];
            if (last) commits.push({ topic: batch.topic, partition: batch.partition, offset: last.offset });
            await consumer.commitOffsets(commits);
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'last.offset', method: 'commitOffsets' },
          line: 10,
          column: 86,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('last.offset') },
              output: dedent`
                ${header}
                await consumer.run({
                  eachBatch: async ({ batch }) => {
                    const commits: { topic: string; partition: number; offset: string }[] = [];
                    const last = batch.messages[batch.messages.length - 1];
                    if (last) commits.push({ topic: batch.topic, partition: batch.partition, offset: (BigInt(last.offset) + 1n).toString() });
                    await consumer.commitOffsets(commits);
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'kafkajs transaction.sendOffsets given the message offset',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const consumer = kafka.consumer({ groupId: 'enricher' });
        const producer = kafka.producer({ transactionalId: 'enricher-tx', idempotent: true, maxInFlightRequests: 1 });
        await consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const transaction = await producer.transaction();
            await transaction.send({ topic: 'enriched', messages: [{ key: message.key, value: message.value }] });
            await transaction.sendOffsets({ consumerGroupId: 'enricher', topics: [{ topic, partitions: [{ partition, offset: message.offset }] }] });
            await transaction.commit();
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'message.offset', method: 'sendOffsets' },
          line: 10,
          column: 118,
          endColumn: 132,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('message.offset') },
              output: dedent`
                import { Kafka } from 'kafkajs';
                const kafka = new Kafka({ brokers: ['kafka:9092'] });
                const consumer = kafka.consumer({ groupId: 'enricher' });
                const producer = kafka.producer({ transactionalId: 'enricher-tx', idempotent: true, maxInFlightRequests: 1 });
                await consumer.run({
                  autoCommit: false,
                  eachMessage: async ({ topic, partition, message }) => {
                    const transaction = await producer.transaction();
                    await transaction.send({ topic: 'enriched', messages: [{ key: message.key, value: message.value }] });
                    await transaction.sendOffsets({ consumerGroupId: 'enricher', topics: [{ topic, partitions: [{ partition, offset: (BigInt(message.offset) + 1n).toString() }] }] });
                    await transaction.commit();
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent client (CommonJS), exactly-once loop with sendOffsets on the producer',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const consumer = kafka.consumer({ kafkaJS: { groupId: 'eos', autoCommit: false } });
        const producer = kafka.producer({ kafkaJS: { transactionalId: 'eos-tx' } });
        async function main() {
          await consumer.run({
            eachMessage: async ({ topic, partition, message }) => {
              const transaction = await producer.transaction();
              await transaction.send({ topic: 'out', messages: [{ value: message.value }] });
              await transaction.sendOffsets({ consumer, topics: [{ topic, partitions: [{ partition, offset: message.offset }] }] });
              await transaction.commit();
            },
          });
        }
        main();
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'message.offset', method: 'sendOffsets' },
          line: 10,
          column: 101,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('message.offset') },
              output: dedent`
                const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
                const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
                const consumer = kafka.consumer({ kafkaJS: { groupId: 'eos', autoCommit: false } });
                const producer = kafka.producer({ kafkaJS: { transactionalId: 'eos-tx' } });
                async function main() {
                  await consumer.run({
                    eachMessage: async ({ topic, partition, message }) => {
                      const transaction = await producer.transaction();
                      await transaction.send({ topic: 'out', messages: [{ value: message.value }] });
                      await transaction.sendOffsets({ consumer, topics: [{ topic, partitions: [{ partition, offset: (BigInt(message.offset) + 1n).toString() }] }] });
                      await transaction.commit();
                    },
                  });
                }
                main();
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS KafkaContext: offset destructured from getMessage(), shorthand property',
      code: dedent`
        import { Controller } from '@nestjs/common';
        import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';

        @Controller()
        export class OrdersController {
          @EventPattern('orders')
          async onOrder(@Payload() order: unknown, @Ctx() context: KafkaContext) {
            const { offset } = context.getMessage();
            const partition = context.getPartition();
            const topic = context.getTopic();
            await context.getConsumer().commitOffsets([{ topic, partition, offset }]);
          }
        }
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'offset', method: 'commitOffsets' },
          line: 11,
          column: 68,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('offset') },
              output: dedent`
                import { Controller } from '@nestjs/common';
                import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';

                @Controller()
                export class OrdersController {
                  @EventPattern('orders')
                  async onOrder(@Payload() order: unknown, @Ctx() context: KafkaContext) {
                    const { offset } = context.getMessage();
                    const partition = context.getPartition();
                    const topic = context.getTopic();
                    await context.getConsumer().commitOffsets([{ topic, partition, offset: (BigInt(offset) + 1n).toString() }]);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'class: bound handler forwards the message to a helper method that commits it',
      code: dedent`
        import type { Consumer, EachMessagePayload, KafkaMessage } from 'kafkajs';
        declare function handle(message: unknown): Promise<void>;
        export class PaymentsConsumer {
          constructor(private readonly consumer: Consumer) {}
          async start() {
            await this.consumer.run({ autoCommit: false, eachMessage: this.onMessage.bind(this) });
          }
          private async onMessage({ topic, partition, message }: EachMessagePayload) {
            await handle(message);
            await this.commit(topic, partition, message);
          }
          private async commit(topic: string, partition: number, message: KafkaMessage) {
            await this.consumer.commitOffsets([{ topic, partition, offset: \`\${message.offset}\` }]);
          }
        }
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: '`${message.offset}`', method: 'commitOffsets' },
          line: 13,
          column: 68,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('message.offset') },
              output: dedent`
                import type { Consumer, EachMessagePayload, KafkaMessage } from 'kafkajs';
                declare function handle(message: unknown): Promise<void>;
                export class PaymentsConsumer {
                  constructor(private readonly consumer: Consumer) {}
                  async start() {
                    await this.consumer.run({ autoCommit: false, eachMessage: this.onMessage.bind(this) });
                  }
                  private async onMessage({ topic, partition, message }: EachMessagePayload) {
                    await handle(message);
                    await this.commit(topic, partition, message);
                  }
                  private async commit(topic: string, partition: number, message: KafkaMessage) {
                    await this.consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a local function called with the handled message (untyped, JavaScript style)',
      code: dedent`
        ${header}
        async function markDone(topic, partition, message) {
          await consumer.commitOffsets([{ topic, partition, offset: message.offset }]);
        }
        await consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            await handle(message);
            await markDone(topic, partition, message);
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'message.offset', method: 'commitOffsets' },
          line: 7,
          column: 61,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('message.offset') },
              output: dedent`
                ${header}
                async function markDone(topic, partition, message) {
                  await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
                }
                await consumer.run({
                  autoCommit: false,
                  eachMessage: async ({ topic, partition, message }) => {
                    await handle(message);
                    await markDone(topic, partition, message);
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'eachBatch commitOffsetsIfNecessary given the last offset',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, commitOffsetsIfNecessary }) => {
            await Promise.all(batch.messages.map(handle));
            await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: batch.lastOffset() }] }] });
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'batch.lastOffset()', method: 'commitOffsetsIfNecessary' },
          line: 10,
          column: 120,
          endColumn: 138,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('batch.lastOffset()') },
              output: dedent`
                ${header}
                await consumer.run({
                  eachBatchAutoResolve: false,
                  eachBatch: async ({ batch, commitOffsetsIfNecessary }) => {
                    await Promise.all(batch.messages.map(handle));
                    await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: (BigInt(batch.lastOffset()) + 1n).toString() }] }] });
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'node-rdkafka data event: numeric offsets get + 1',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const consumer = new Kafka.KafkaConsumer({ 'group.id': 'geo', 'metadata.broker.list': 'kafka:9092', 'enable.auto.commit': false }, {});
        consumer.connect();
        consumer.on('data', (message) => {
          consumer.commit({ topic: message.topic, partition: message.partition, offset: message.offset });
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'message.offset', method: 'commit' },
          line: 5,
          column: 81,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: 'message.offset + 1' },
              output: dedent`
                const Kafka = require('node-rdkafka');
                const consumer = new Kafka.KafkaConsumer({ 'group.id': 'geo', 'metadata.broker.list': 'kafka:9092', 'enable.auto.commit': false }, {});
                consumer.connect();
                consumer.on('data', (message) => {
                  consumer.commit({ topic: message.topic, partition: message.partition, offset: message.offset + 1 });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'transaction topics held in a const, written shorthand',
      code: dedent`
        import { Kafka, type EachMessagePayload } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ transactionalId: 'fx', idempotent: true, maxInFlightRequests: 1 });
        export async function forward({ topic, partition, message }: EachMessagePayload) {
          const txn = await producer.transaction();
          await txn.send({ topic: 'fx-out', messages: [{ key: message.key, value: message.value }] });
          const topics = [{ topic, partitions: [{ partition, offset: message.offset }] }];
          await txn.sendOffsets({ consumerGroupId: 'fx', topics });
          await txn.commit();
        }
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'message.offset', method: 'sendOffsets' },
          line: 7,
          column: 62,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: bigint('message.offset') },
              output: dedent`
                import { Kafka, type EachMessagePayload } from 'kafkajs';
                const kafka = new Kafka({ brokers: ['kafka:9092'] });
                const producer = kafka.producer({ transactionalId: 'fx', idempotent: true, maxInFlightRequests: 1 });
                export async function forward({ topic, partition, message }: EachMessagePayload) {
                  const txn = await producer.transaction();
                  await txn.send({ topic: 'fx-out', messages: [{ key: message.key, value: message.value }] });
                  const topics = [{ topic, partitions: [{ partition, offset: (BigInt(message.offset) + 1n).toString() }] }];
                  await txn.sendOffsets({ consumerGroupId: 'fx', topics });
                  await txn.commit();
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

/** Plain JavaScript for an ES2019 runtime, parsed by ESLint's own parser: no BigInt literals there. */
const es2019Tester = new RuleTester({ languageOptions: { ecmaVersion: 2019, sourceType: 'commonjs' } });

es2019Tester.run('commit-next-offset (ES2019 JavaScript)', rule as unknown as Rule.RuleModule, {
  valid: [
    {
      name: 'offset + 1 with Number',
      code: dedent`
        const { Kafka } = require('kafkajs');
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'etl' });
        consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'the suggestion uses Number instead of a BigInt literal',
      code: dedent`
        const { Kafka } = require('kafkajs');
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'etl' });
        consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            await consumer.commitOffsets([{ topic, partition, offset: message.offset }]);
          },
        });
      `,
      errors: [
        {
          messageId: 'ownOffset',
          data: { value: 'message.offset', method: 'commitOffsets' },
          line: 6,
          column: 63,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'commitNext',
              data: { replacement: '(Number(message.offset) + 1).toString()' },
              output: dedent`
                const { Kafka } = require('kafkajs');
                const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'etl' });
                consumer.run({
                  autoCommit: false,
                  eachMessage: async ({ topic, partition, message }) => {
                    await consumer.commitOffsets([{ topic, partition, offset: (Number(message.offset) + 1).toString() }]);
                  },
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
