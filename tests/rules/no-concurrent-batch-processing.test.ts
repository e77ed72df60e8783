import rule from '../../src/rules/no-concurrent-batch-processing.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });\ndeclare function handle(message: unknown): Promise<void>;\n";

const all = { combinator: 'Promise.all' };

codeTester.run('no-concurrent-batch-processing', rule, {
  valid: [
    {
      name: 'messages processed one after another, partitions in parallel',
      code: dedent`
        ${header}
        await consumer.run({
          partitionsConsumedConcurrently: 4,
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
      name: 'groups by key processed in parallel, each group in order',
      code: dedent`
        ${header}
        import type { KafkaMessage } from 'kafkajs';
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const groups = new Map<string, KafkaMessage[]>();
            for (const message of batch.messages) {
              const key = message.key?.toString() ?? '';
              groups.set(key, [...(groups.get(key) ?? []), message]);
            }
            await Promise.all(
              [...groups.values()].map(async (group) => {
                for (const message of group) await handle(message);
              }),
            );
          },
        });
      `,
    },
    {
      name: 'values decoded together, then processed in order',
      code: dedent`
        ${header}
        declare const registry: { decode(value: Buffer | null): Promise<unknown> };
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const decoded = await Promise.all(batch.messages.map((message) => registry.decode(message.value)));
            for (const value of decoded) await handle(value);
          },
        });
      `,
    },
    {
      name: 'Promise.all over other work and other arrays',
      code: dedent`
        ${header}
        declare function flushMetrics(): Promise<void>;
        declare function audit(result: unknown): Promise<void>;
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer();
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const results = [];
            for (const message of batch.messages) results.push(await handle(message));
            await Promise.all(results.map((result) => audit(result)));
            await Promise.all([flushMetrics(), producer.send({ topic: 'done', messages: [{ key: batch.topic, value: String(results.length) }] })]);
          },
        });
      `,
    },
    {
      name: 'bounded chunks of the batch are not the batch itself',
      code: dedent`
        ${header}
        declare function chunks<T>(items: T[], size: number): T[][];
        await consumer.run({
          eachBatch: async ({ batch }) => {
            for (const chunk of chunks(batch.messages, 10)) {
              await Promise.all(chunk.map((message) => handle(message)));
            }
          },
        });
      `,
    },
    {
      name: 'eachMessage handlers fanning one message out',
      code: dedent`
        ${header}
        declare function notify(recipient: string, message: unknown): Promise<void>;
        await consumer.run({
          eachMessage: async ({ message }) => {
            await Promise.all(['ops', 'billing'].map((recipient) => notify(recipient, message)));
          },
        });
      `,
    },
    {
      name: 'a function over a batch that is never given to run',
      code: dedent`
        ${header}
        import type { Batch } from 'kafkajs';
        export async function replay(batch: Batch) {
          await Promise.all(batch.messages.map((message) => handle(message)));
        }
      `,
    },
    {
      name: 'a look-alike batch in a file without a Kafka client',
      code: dedent`
        import { Worker } from './queue';
        declare function handle(message: unknown): Promise<void>;
        new Worker().run({
          eachBatch: async ({ batch }: { batch: { messages: unknown[] } }) => {
            await Promise.all(batch.messages.map(async (message) => handle(message)));
          },
        });
      `,
    },
    {
      name: 'promises pushed outside the message loop, and awaited work pushed inside it',
      code: dedent`
        ${header}
        declare function flushMetrics(): Promise<void>;
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const pending: Promise<void>[] = [];
            const done: unknown[] = [];
            for (const message of batch.messages) done.push(await handle(message));
            pending.push(flushMetrics());
            await Promise.all(pending);
          },
        });
      `,
    },
    {
      name: 'a local Promise that is not the global one',
      code: dedent`
        ${header}
        import { Promise } from './sequential-promise';
        await consumer.run({
          eachBatch: async ({ batch }) => {
            await Promise.all(batch.messages.map((message) => handle(message)));
          },
        });
      `,
    },
    {
      name: 'a const derived from the batch that is not its messages (distinct keys)',
      code: dedent`
        ${header}
        declare function refresh(key: string): Promise<void>;
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const keys = [...new Set(batch.messages.map((message) => String(message.key)))];
            await Promise.all(keys.map((key) => refresh(key)));
            for (const message of batch.messages) await handle(message);
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'Promise.all over batch.messages.map(async ...) in an inline handler',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset }) => {
            await Promise.all(
              batch.messages.map(async (message) => {
                await handle(message);
                resolveOffset(message.offset);
              }),
            );
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 7, column: 11, endLine: 7, endColumn: 22 }],
    },
    {
      name: 'Promise.allSettled whose results are inspected',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const results = await Promise.allSettled(batch.messages.map((message) => handle(message)));
            if (results.some((result) => result.status === 'rejected')) throw new Error('batch failed');
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: { combinator: 'Promise.allSettled' }, line: 7, column: 27, endColumn: 45 }],
    },
    {
      name: 'batch.messages held in a variable, mapped with a function reference',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const messages = batch.messages;
            await Promise.all(messages.map(handle));
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 8, column: 11, endColumn: 22 }],
    },
    {
      name: 'Array.from(batch.messages, async ...), messages destructured in the parameter',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch: { messages } }) => {
            await Promise.all(Array.from(messages, async (message) => handle(message)));
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 7, column: 11, endColumn: 22 }],
    },
    {
      name: 'the mapped promises held in a constant first',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const tasks = batch.messages.map((message) => handle(message));
            await Promise.all(tasks);
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 8, column: 11, endColumn: 22 }],
    },
    {
      name: 'a for...of loop starting work without awaiting it, collected for Promise.all',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const pending: Promise<void>[] = [];
            for (const message of batch.messages) {
              pending.push(handle(message));
            }
            await Promise.all(pending);
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 11, column: 11, endColumn: 22 }],
    },
    {
      name: 'a class method bound to run, through payload.batch.messages',
      code: dedent`
        import { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
        export class ResizeConsumer {
          constructor(private readonly consumer: Consumer) {}
          async start() {
            await this.consumer.run({ eachBatch: this.onBatch.bind(this) });
          }
          private async onBatch(payload: EachBatchPayload) {
            await Promise.all(payload.batch.messages.map((message) => this.resize(message)));
          }
          private async resize(message: KafkaMessage) {
            return message.value;
          }
        }
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 8, column: 11, endColumn: 22 }],
    },
    {
      name: 'the Confluent client, CommonJS, a handler returning the combined promise',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const consumer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).consumer({ kafkaJS: { groupId: 'devices' } });
        async function register(message) {
          return message;
        }
        consumer.run({
          eachBatch: ({ batch }) => Promise.all(batch.messages.map(register)),
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 7, column: 29, endColumn: 40 }],
    },
    {
      name: 'a filtered subset of the batch is still one partition',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            await Promise.all(batch.messages.filter((message) => message.value !== null).map(async (message) => handle(message)));
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 7, column: 11, endColumn: 22 }],
    },
    {
      name: 'a filtered subset kept in a const, then settled concurrently',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const present = batch.messages.filter((message) => message.value !== null);
            const recent = present.slice(-100);
            await Promise.allSettled(recent.map(async (message) => handle(message)));
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: { combinator: 'Promise.allSettled' }, line: 9, column: 11, endColumn: 29 }],
    },
    {
      name: 'a helper the handler delegates to, which destructures the batch',
      code: dedent`
        import { Kafka, type EachBatchPayload } from 'kafkajs';
        declare function handle(message: unknown): Promise<void>;
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'ledger' });
        async function processBatch({ batch }: EachBatchPayload) {
          const { messages } = batch;
          await Promise.any(messages.map((message) => handle(message)));
        }
        await consumer.run({ eachBatch: (payload) => processBatch(payload) });
      `,
      errors: [{ messageId: 'concurrentBatch', data: { combinator: 'Promise.any' }, line: 6, column: 9, endColumn: 20 }],
    },
    {
      name: 'a helper given the messages, returning the combined promise to the handler',
      code: dedent`
        ${header}
        function handleAll(messages: unknown[]) {
          return Promise.all(messages.map(async (message) => {
            await handle(message);
          }));
        }
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            await handleAll(batch.messages);
            await heartbeat();
          },
        });
      `,
      errors: [{ messageId: 'concurrentBatch', data: all, line: 6, column: 10, endColumn: 21 }],
    },
  ],
});
