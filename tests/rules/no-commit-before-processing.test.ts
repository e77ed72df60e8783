import rule from '../../src/rules/no-commit-before-processing.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });\ndeclare function handle(message: unknown): Promise<void>;\n";

codeTester.run('no-commit-before-processing', rule, {
  valid: [
    {
      name: 'resolve after the work, heartbeat after each message',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
            for (const message of batch.messages) {
              await handle(message);
              resolveOffset(message.offset);
              await heartbeat();
            }
          },
        });
      `,
    },
    {
      name: 'skipping a message commits it on purpose and leaves the iteration',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset }) => {
            for (const message of batch.messages) {
              if (!message.value) {
                resolveOffset(message.offset);
                continue;
              }
              await handle(message);
              resolveOffset(message.offset);
            }
          },
        });
      `,
    },
    {
      name: 'commitOffsets after the work in eachMessage',
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
      name: 'offsets sent inside a transaction take effect at its commit',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const consumer = kafka.consumer({ groupId: 'enricher' });
        const producer = kafka.producer({ transactionalId: 'enricher-tx', idempotent: true, maxInFlightRequests: 1 });
        await consumer.run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const transaction = await producer.transaction();
            await transaction.sendOffsets({ consumerGroupId: 'enricher', topics: [{ topic, partitions: [{ partition, offset: String(Number(message.offset) + 1) }] }] });
            await transaction.send({ topic: 'enriched', messages: [{ key: message.key, value: message.value }] });
            await transaction.commit();
          },
        });
      `,
    },
    {
      name: 'a resolveOffset outside any Kafka handler',
      code: dedent`
        ${header}
        export async function replay(resolveOffset: (o: string) => void, messages: { offset: string }[]) {
          resolveOffset(messages[0]!.offset);
          await handle(messages);
        }
      `,
    },
    {
      name: 'a poison message resolved in catch, then a pause between polls (torixtv/nestjs-kafka)',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
            for (const message of batch.messages) {
              try {
                await handle(message);
                resolveOffset(message.offset);
                await heartbeat();
              } catch (error) {
                console.error('skipping a broken message', error);
                resolveOffset(message.offset);
              }
            }
            await new Promise((resolve) => setTimeout(resolve, 1000));
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a pause between the resolve and the work does not make the work come first',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset }) => {
            for (const message of batch.messages) {
              resolveOffset(message.offset);
              await new Promise((resolve) => setTimeout(resolve, 50));
              await handle(message);
            }
          },
        });
      `,
      errors: [{ messageId: 'commitBeforeWork', data: { call: 'resolveOffset', line: 10 }, line: 8, column: 7, endColumn: 36 }],
    },
    {
      name: 'offsets committed by a transaction before the work that follows it',
      code: dedent`
        import { Kafka, type EachMessagePayload } from 'kafkajs';
        declare function convert(value: unknown): Promise<unknown>;
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ transactionalId: 'fx', idempotent: true, maxInFlightRequests: 1 });
        const consumer = kafka.consumer({ groupId: 'fx' });
        async function forward({ topic, partition, message }: EachMessagePayload) {
          const txn = await producer.transaction();
          try {
            await txn.sendOffsets({ consumerGroupId: 'fx', topics: [{ topic, partitions: [{ partition, offset: String(Number(message.offset) + 1) }] }] });
            await txn.commit();
          } catch (error) {
            await txn.abort();
            throw error;
          }
          await convert(message.value);
        }
        await consumer.run({ autoCommit: false, eachMessage: forward });
      `,
      errors: [{ messageId: 'commitBeforeWork', data: { call: 'sendOffsets', line: 15 }, line: 9, column: 11 }],
    },
    {
      name: 'resolveOffset before the awaited work in an eachBatch loop',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
            for (const message of batch.messages) {
              resolveOffset(message.offset);
              await handle(message);
              await heartbeat();
            }
          },
        });
      `,
      errors: [
        {
          messageId: 'commitBeforeWork',
          data: { call: 'resolveOffset', line: 9 },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'commitOffsets first in a handler held in a class method bound to run',
      code: dedent`
        import { Consumer, EachMessagePayload } from 'kafkajs';
        declare function handle(message: unknown): Promise<void>;
        export class PaymentsConsumer {
          constructor(private readonly consumer: Consumer) {}
          async start() {
            await this.consumer.run({ autoCommit: false, eachMessage: this.onMessage.bind(this) });
          }
          private async onMessage({ topic, partition, message }: EachMessagePayload) {
            await this.consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
            await handle(message);
          }
        }
      `,
      errors: [{ messageId: 'commitBeforeWork', data: { call: 'commitOffsets', line: 10 }, line: 9, column: 11 }],
    },
    {
      name: 'the whole batch resolved before its messages are processed, handler in a variable',
      code: dedent`
        ${header}
        const eachBatch = async ({ batch, resolveOffset }: { batch: { messages: unknown[]; lastOffset(): string }; resolveOffset(o: string): void }) => {
          resolveOffset(batch.lastOffset());
          for (const message of batch.messages) {
            await handle(message);
          }
        };
        await consumer.run({ eachBatchAutoResolve: false, eachBatch });
      `,
      errors: [{ messageId: 'commitBeforeWork', data: { call: 'resolveOffset', line: 8 }, line: 6, column: 3 }],
    },
  ],
});
