import rule from '../../src/rules/require-batch-heartbeat.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });\ndeclare function handle(message: unknown): Promise<void>;\n";

codeTester.run('require-batch-heartbeat', rule, {
  valid: [
    {
      name: 'heartbeat after each message',
      code: dedent`
        ${header}
        await consumer.run({
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
      name: 'heartbeat through the payload, renamed, or every hundred messages',
      code: dedent`
        ${header}
        import type { EachBatchPayload } from 'kafkajs';
        const onBatch = async (payload: EachBatchPayload) => {
          for (const message of payload.batch.messages) {
            await handle(message);
            await payload.heartbeat();
          }
        };
        await consumer.run({ eachBatch: onBatch });
        await consumer.run({
          eachBatch: async ({ batch, heartbeat: beat }) => {
            for (const message of batch.messages) {
              await handle(message);
              await beat();
            }
          },
        });
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            for (let i = 0; i < batch.messages.length; i++) {
              await handle(batch.messages[i]);
              if (i % 100 === 0) await heartbeat();
            }
          },
        });
      `,
    },
    {
      name: 'the Confluent client heartbeats in the background (CommonJS, default batch size 32)',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const consumer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).consumer({ kafkaJS: { groupId: 'geo' } });
        async function locate(message) {
          return message;
        }
        consumer.run({
          eachBatch: async ({ batch, resolveOffset }) => {
            for (const message of batch.messages) {
              await locate(message);
              resolveOffset(message.offset);
            }
          },
        });
      `,
    },
    {
      name: 'a loop that awaits nothing: the work is one request after it',
      code: dedent`
        ${header}
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer();
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const out = [];
            for (const message of batch.messages) {
              out.push({ key: message.key, value: message.value });
            }
            await producer.send({ topic: 'copy', messages: out });
          },
        });
      `,
    },
    {
      name: 'a loop that only awaits offset bookkeeping',
      code: dedent`
        ${header}
        declare function transform(message: unknown): void;
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
            for (const message of batch.messages) {
              transform(message);
              resolveOffset(message.offset);
              await commitOffsetsIfNecessary();
            }
          },
        });
      `,
    },
    {
      name: 'heartbeats sent by a timer while the batch runs',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            const timer = setInterval(() => void heartbeat(), 3000);
            try {
              for (const message of batch.messages) await handle(message);
            } finally {
              clearInterval(timer);
            }
          },
        });
      `,
    },
    {
      name: 'heartbeat or the whole payload handed to code that may call it for each message',
      code: dedent`
        ${header}
        import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
        import { withRetry } from './retry';
        export class Worker {
          async start() {
            await consumer.run({ eachBatch: this.onBatch.bind(this) });
            await consumer.run({
              eachBatch: async ({ batch, heartbeat }) => {
                for (const message of batch.messages) {
                  await withRetry(() => handle(message), { onRetry: heartbeat });
                }
              },
            });
          }
          private async onBatch(payload: EachBatchPayload) {
            for (const message of payload.batch.messages) {
              await this.handleOne(message, payload);
            }
          }
          private async handleOne(message: KafkaMessage, payload: EachBatchPayload) {
            await handle(message);
            await payload.heartbeat();
          }
        }
      `,
    },
    {
      name: 'heartbeat handed to a helper that calls it in its own loop',
      code: dedent`
        ${header}
        async function processAll(messages: unknown[], heartbeat: () => Promise<void>) {
          for (const message of messages) {
            await handle(message);
            await heartbeat();
          }
        }
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            await processAll(batch.messages, heartbeat);
          },
        });
      `,
    },
    {
      name: 'loops over other arrays, and eachMessage handlers',
      code: dedent`
        ${header}
        declare function notify(id: string): Promise<void>;
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            for (const id of ['ops', 'billing']) await notify(id);
            for (const message of batch.messages) {
              await handle(message);
              await heartbeat();
            }
          },
        });
        await consumer.run({
          eachMessage: async ({ message }) => {
            for (const recipient of ['a', 'b']) await notify(recipient);
            await handle(message);
          },
        });
      `,
    },
    {
      name: 'a look-alike batch in a file without a Kafka client',
      code: dedent`
        import { Worker } from './queue';
        declare function handle(message: unknown): Promise<void>;
        new Worker().run({
          eachBatch: async ({ batch }: { batch: { messages: unknown[] } }) => {
            for (const message of batch.messages) await handle(message);
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'an inline handler awaiting each message without heartbeat',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset }) => {
            for (const message of batch.messages) {
              await handle(message);
              resolveOffset(message.offset);
            }
          },
        });
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 7, column: 5, endLine: 7, endColumn: 42 }],
    },
    {
      name: 'heartbeat only before or after the loop does not reach the messages in between',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            await heartbeat();
            for (const message of batch.messages) {
              await handle(message);
            }
            await heartbeat();
          },
        });
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 8, column: 5, endColumn: 42 }],
    },
    {
      name: 'an index loop, a for await loop and an entries() loop',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            for (let i = 0; i < batch.messages.length; i++) {
              await handle(batch.messages[i]);
            }
            for await (const message of batch.messages) {
              await handle(message);
            }
            for (const [index, message] of batch.messages.entries()) {
              if (index > 0) await handle(message);
            }
          },
        });
      `,
      errors: [
        { messageId: 'missingHeartbeat', line: 7, column: 5, endColumn: 52 },
        { messageId: 'missingHeartbeat', line: 10, column: 5, endColumn: 48 },
        { messageId: 'missingHeartbeat', line: 13, column: 5, endColumn: 61 },
      ],
    },
    {
      name: 'a handler held in a variable, reading payload.batch.messages',
      code: dedent`
        import { Kafka, type EachBatchPayload } from 'kafkajs';
        declare function handle(message: unknown): Promise<void>;
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'audit' });
        const eachBatch = async (payload: EachBatchPayload) => {
          for (const message of payload.batch.messages) {
            await handle(message);
          }
        };
        await consumer.run({ eachBatch });
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 5, column: 3, endColumn: 48 }],
    },
    {
      name: 'a class method bound to run',
      code: dedent`
        import { Consumer, EachBatchPayload } from 'kafkajs';
        declare function resize(image: Buffer | null): Promise<void>;
        export class ImageConsumer {
          constructor(private readonly consumer: Consumer) {}
          async start() {
            await this.consumer.run({ eachBatch: this.onBatch.bind(this) });
          }
          private async onBatch({ batch, resolveOffset }: EachBatchPayload) {
            for (const message of batch.messages) {
              await resize(message.value);
              resolveOffset(message.offset);
            }
          }
        }
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 9, column: 5, endColumn: 42 }],
    },
    {
      name: 'a wrapper delegating to a method that destructures the batch and its messages',
      code: dedent`
        import { Kafka, type EachBatchPayload } from 'kafkajs';
        declare function handle(message: unknown): Promise<void>;
        export class LedgerConsumer {
          private readonly consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'ledger' });
          async start() {
            await this.consumer.run({ eachBatch: (payload) => this.handleBatch(payload) });
          }
          private async handleBatch(payload: EachBatchPayload) {
            const { batch } = payload;
            const { messages } = batch;
            for (const message of messages) {
              try {
                await handle(message);
              } catch (error) {
                console.error(error);
              }
            }
          }
        }
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 11, column: 5, endColumn: 36 }],
    },
    {
      name: 'kafkajs through require (CommonJS), messages destructured in the parameter',
      code: dedent`
        const { Kafka } = require('kafkajs');
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'mailer' });
        async function send(message) {
          return message;
        }
        consumer.run({
          eachBatch: async ({ batch: { messages }, resolveOffset }) => {
            for (const message of messages) {
              await send(message);
              resolveOffset(message.offset);
            }
          },
        });
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 8, column: 5, endColumn: 36 }],
    },
    {
      name: 'a helper the handler hands the messages to, without the heartbeat',
      code: dedent`
        ${header}
        async function processAll(messages: unknown[]) {
          for (const message of messages) {
            await handle(message);
          }
        }
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            await processAll(batch.messages);
            await heartbeat();
          },
        });
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 6, column: 3, endColumn: 34 }],
    },
    {
      name: 'the same handler given to two consumers is reported once',
      code: dedent`
        ${header}
        const other = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'replay' });
        async function onBatch({ batch }: { batch: { messages: unknown[] } }) {
          for (const message of batch.messages) await handle(message);
        }
        await consumer.run({ eachBatch: onBatch });
        await other.run({ eachBatch: onBatch, eachBatchAutoResolve: false });
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 7, column: 3, endColumn: 40 }],
    },
    {
      name: 'a heartbeat in an early branch before the loop does not reach the messages',
      code: dedent`
        ${header}
        declare function sleep(ms: number): Promise<void>;
        await consumer.run({
          eachBatch: async ({ batch, heartbeat, isRunning }) => {
            if (!isRunning()) {
              await heartbeat();
              return;
            }
            for (const message of batch.messages) {
              await sleep(100);
              await handle(message);
            }
          },
        });
      `,
      errors: [{ messageId: 'missingHeartbeat', line: 12, column: 5, endColumn: 42 }],
    },
  ],
});
