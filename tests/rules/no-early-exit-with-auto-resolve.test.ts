import rule from '../../src/rules/no-early-exit-with-auto-resolve.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });\ndeclare function handle(message: unknown): Promise<void>;\n";

codeTester.run('no-early-exit-with-auto-resolve', rule, {
  valid: [
    {
      name: 'the documented stop-early pattern: auto-resolve off, each processed message resolved',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
            for (const message of batch.messages) {
              if (!isRunning() || isStale()) break;
              await handle(message);
              resolveOffset(message.offset);
              await heartbeat();
            }
          },
        });
      `,
    },
    {
      name: 'a loop that processes every message of the batch',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            for (const message of batch.messages) {
              await handle(message);
              await heartbeat();
            }
          },
        });
      `,
    },
    {
      name: 'leaving a batch made stale by a seek: the seek repositions the consumer, nothing more is skipped',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, isStale }) => {
            for (const message of batch.messages) {
              if (isStale()) break;
              await handle(message);
            }
          },
        });
      `,
    },
    {
      name: 'throwing leaves the loop without auto-resolve: the rest is redelivered',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, isRunning }) => {
            for (const message of batch.messages) {
              if (!isRunning()) throw new Error('consumer stopping, batch will be redelivered');
              await handle(message);
            }
          },
        });
      `,
    },
    {
      name: 'continue skips one message and goes on with the rest',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            for (const message of batch.messages) {
              if (!message.value) continue;
              await handle(message);
            }
          },
        });
      `,
    },
    {
      name: 'break in a switch and in an inner loop stay inside the message loop; return in a callback returns from the callback',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            for (const message of batch.messages) {
              switch (message.headers?.type?.toString()) {
                case 'ping':
                  break;
                default:
                  await handle(message);
              }
              for (const [name, value] of Object.entries(message.headers ?? {})) {
                if (name === 'trace-id') break;
                void value;
              }
              [1, 2].forEach((n) => {
                if (n > 1) return;
              });
            }
          },
        });
      `,
    },
    {
      name: 'run options that cannot all be seen: auto-resolve may be off',
      code: dedent`
        ${header}
        import { baseRunOptions } from './run-options';
        await consumer.run({
          ...baseRunOptions,
          eachBatch: async ({ batch, isRunning }) => {
            for (const message of batch.messages) {
              if (!isRunning()) break;
              await handle(message);
            }
          },
        });
      `,
    },
    {
      name: 'auto-resolve computed at run time, or off through a constant',
      code: dedent`
        ${header}
        const AUTO_RESOLVE = false;
        await consumer.run({
          eachBatchAutoResolve: process.env.AUTO_RESOLVE === 'true',
          eachBatch: async ({ batch, isRunning }) => {
            for (const message of batch.messages) {
              if (!isRunning()) break;
              await handle(message);
            }
          },
        });
        await consumer.run({
          eachBatchAutoResolve: AUTO_RESOLVE,
          eachBatch: async ({ batch, isRunning }) => {
            for (const message of batch.messages) {
              if (!isRunning()) return;
              await handle(message);
            }
          },
        });
      `,
    },
    {
      name: 'an empty-batch guard before the loop does not depend on isRunning',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            if (batch.isEmpty()) return;
            for (const message of batch.messages) await handle(message);
          },
        });
      `,
    },
    {
      name: 'eachMessage handlers return per message',
      code: dedent`
        ${header}
        await consumer.run({
          eachMessage: async ({ message }) => {
            if (!message.value) return;
            await handle(message);
          },
        });
      `,
    },
    {
      name: 'a look-alike batch in a file without a Kafka client',
      code: dedent`
        import { Queue } from './queue';
        declare function handle(message: unknown): Promise<void>;
        const queue = new Queue();
        queue.run({
          eachBatch: async ({ batch, isRunning }: { batch: { messages: unknown[] }; isRunning(): boolean }) => {
            for (const message of batch.messages) {
              if (!isRunning()) break;
              await handle(message);
            }
          },
        });
      `,
    },
    {
      name: 'a handler in a class method bound to run with auto-resolve off (Confluent client, CommonJS)',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        class Enricher {
          constructor() {
            this.consumer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).consumer({ kafkaJS: { groupId: 'enricher' } });
          }
          async start() {
            await this.consumer.run({ eachBatchAutoResolve: false, eachBatch: this.onBatch.bind(this) });
          }
          async onBatch({ batch, resolveOffset, isRunning }) {
            for (const message of batch.messages) {
              if (!isRunning()) break;
              await this.enrich(message);
              resolveOffset(message.offset);
            }
          }
          async enrich(message) {
            return message;
          }
        }
        module.exports = { Enricher };
      `,
    },
    {
      name: 'stopping without auto-commit: the auto-resolved batch is never committed, the next owner reads it again',
      code: dedent`
        ${header}
        await consumer.run({
          autoCommit: false,
          eachBatch: async ({ batch, isRunning, isStale, commitOffsetsIfNecessary }) => {
            if (!isRunning() || isStale()) return;
            for (const message of batch.messages) {
              if (!isRunning()) break;
              await handle(message);
            }
            await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: String(Number(batch.lastOffset()) + 1) }] }] });
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'without auto-commit, a break that is not a shutdown still skips the rest in this session',
      code: dedent`
        ${header}
        await consumer.run({
          autoCommit: false,
          eachBatch: async ({ batch, heartbeat }) => {
            for (const message of batch.messages) {
              if (message.value === null) break;
              await handle(message);
              await heartbeat();
            }
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'break' }, line: 9, column: 35, endColumn: 41, suggestions: [] }],
    },
    {
      name: 'the stop-early pattern with auto-resolve left on (the default)',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
            for (const message of batch.messages) {
              if (!isRunning() || isStale()) break;
              await handle(message);
              resolveOffset(message.offset);
              await heartbeat();
            }
          },
        });
      `,
      errors: [
        {
          messageId: 'earlyExit',
          data: { exit: 'break' },
          line: 8,
          column: 38,
          endLine: 8,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'disableAutoResolve',
              output: dedent`
                ${header}
                await consumer.run({
                  eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
                    for (const message of batch.messages) {
                      if (!isRunning() || isStale()) break;
                      await handle(message);
                      resolveOffset(message.offset);
                      await heartbeat();
                    }
                  },
                  eachBatchAutoResolve: false,
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'auto-resolve written true: the suggestion turns it off',
      code: dedent`
        ${header}
        await consumer.run({ eachBatchAutoResolve: true, eachBatch: async ({ batch, resolveOffset, isRunning }) => {
          for (const message of batch.messages) {
            if (!isRunning()) {
              break;
            }
            await handle(message);
            resolveOffset(message.offset);
          }
        } });
      `,
      errors: [
        {
          messageId: 'earlyExit',
          data: { exit: 'break' },
          line: 8,
          column: 7,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'disableAutoResolve',
              output: dedent`
                ${header}
                await consumer.run({ eachBatchAutoResolve: false, eachBatch: async ({ batch, resolveOffset, isRunning }) => {
                  for (const message of batch.messages) {
                    if (!isRunning()) {
                      break;
                    }
                    await handle(message);
                    resolveOffset(message.offset);
                  }
                } });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'return from a handler held in a variable, through payload.batch and payload.isRunning',
      code: dedent`
        import { Kafka, type EachBatchPayload } from 'kafkajs';
        declare function handle(message: unknown): Promise<void>;
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'audit' });
        const eachBatch = async (payload: EachBatchPayload) => {
          for (const message of payload.batch.messages) {
            if (!payload.isRunning()) return;
            await handle(message);
          }
        };
        await consumer.run({ eachBatch });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'return' }, line: 6, column: 31, endColumn: 38, suggestions: [] }],
    },
    {
      name: 'any break out of the loop in a class method bound to run',
      code: dedent`
        import { Consumer, EachBatchPayload } from 'kafkajs';
        declare function store(value: Buffer): Promise<void>;
        export class LedgerConsumer {
          constructor(private readonly consumer: Consumer) {}
          async start() {
            await this.consumer.run({ eachBatch: this.onBatch.bind(this) });
          }
          private async onBatch({ batch, resolveOffset }: EachBatchPayload) {
            for (const message of batch.messages) {
              if (message.value === null) break;
              await store(message.value);
              resolveOffset(message.offset);
            }
          }
        }
      `,
      errors: [
        {
          messageId: 'earlyExit',
          data: { exit: 'break' },
          line: 10,
          column: 35,
          suggestions: [
            {
              messageId: 'disableAutoResolve',
              output: dedent`
                import { Consumer, EachBatchPayload } from 'kafkajs';
                declare function store(value: Buffer): Promise<void>;
                export class LedgerConsumer {
                  constructor(private readonly consumer: Consumer) {}
                  async start() {
                    await this.consumer.run({ eachBatch: this.onBatch.bind(this), eachBatchAutoResolve: false });
                  }
                  private async onBatch({ batch, resolveOffset }: EachBatchPayload) {
                    for (const message of batch.messages) {
                      if (message.value === null) break;
                      await store(message.value);
                      resolveOffset(message.offset);
                    }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a labelled break out of an inner loop leaves the message loop',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch }) => {
            messages: for (const message of batch.messages) {
              for (const [name] of Object.entries(message.headers ?? {})) {
                if (name === 'poison') break messages;
              }
              await handle(message);
            }
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'break messages' }, line: 9, column: 32, endColumn: 47, suggestions: [] }],
    },
    {
      name: 'an index loop bounded by batch.messages.length',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, isRunning }) => {
            for (let i = 0; i < batch.messages.length; i++) {
              if (!isRunning()) return;
              await handle(batch.messages[i]);
            }
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'return' }, line: 8, column: 25, endColumn: 32, suggestions: [] }],
    },
    {
      name: 'the Confluent client honours eachBatchAutoResolve too (CommonJS)',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const consumer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).consumer({ kafkaJS: { groupId: 'geo' } });
        async function locate(message) {
          return message;
        }
        consumer.run({
          eachBatch: async ({ batch, isRunning, isStale }) => {
            for (const message of batch.messages) {
              if (!isRunning() || isStale()) break;
              await locate(message);
            }
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'break' }, line: 9, column: 38, suggestions: [] }],
    },
    {
      name: 'messages destructured from the batch, iterated with for await',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch: { messages }, isRunning }) => {
            for await (const message of messages) {
              if (!isRunning()) break;
              await handle(message);
            }
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'break' }, line: 8, column: 25, suggestions: [] }],
    },
    {
      name: 'a handler delegating to a method that destructures the payload',
      code: dedent`
        import { Kafka, type EachBatchPayload } from 'kafkajs';
        declare function handle(message: unknown): Promise<void>;
        export class ImageConsumer {
          private readonly consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'images' });
          async start() {
            await this.consumer.run({ eachBatch: (payload) => this.handleBatch(payload) });
          }
          private async handleBatch(payload: EachBatchPayload) {
            const { batch, isRunning } = payload;
            const { messages } = batch;
            for (const message of messages) {
              if (!isRunning()) return;
              await handle(message);
            }
          }
        }
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'return' }, line: 12, column: 25, suggestions: [] }],
    },
    {
      name: 'a return on shutdown before the loop skips the whole batch',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, resolveOffset, isRunning }) => {
            if (!isRunning()) return;
            for (const message of batch.messages) {
              await handle(message);
              resolveOffset(message.offset);
            }
          },
        });
      `,
      errors: [
        {
          messageId: 'returnBeforeBatch',
          data: { exit: 'return' },
          line: 7,
          column: 23,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'disableAutoResolve',
              output: dedent`
                ${header}
                await consumer.run({
                  eachBatch: async ({ batch, resolveOffset, isRunning }) => {
                    if (!isRunning()) return;
                    for (const message of batch.messages) {
                      await handle(message);
                      resolveOffset(message.offset);
                    }
                  },
                  eachBatchAutoResolve: false,
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'pausing mid-batch over .entries(), run options held in a variable (no suggestion)',
      code: dedent`
        ${header}
        declare function overloaded(): Promise<boolean>;
        const runOptions = {
          eachBatch: async ({ batch, pause, resolveOffset }) => {
            for (const [index, message] of batch.messages.entries()) {
              if (index > 0 && (await overloaded())) {
                pause();
                break;
              }
              await handle(message);
              resolveOffset(message.offset);
            }
          },
        };
        await consumer.run(runOptions);
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'break' }, line: 11, column: 9, endColumn: 15, suggestions: [] }],
    },
    {
      name: 'a return in a helper the handler hands the messages to',
      code: dedent`
        ${header}
        async function processAll(messages: { value: Buffer | null }[]) {
          for (const message of messages) {
            if (!message.value) return;
            await handle(message);
          }
        }
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            await heartbeat();
            await processAll(batch.messages);
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'return' }, line: 7, column: 25, suggestions: [] }],
    },
    {
      name: 'auto-resolve set in shared defaults spread into the options: reported, the shared object left alone',
      code: dedent`
        ${header}
        const runDefaults = { eachBatchAutoResolve: true, partitionsConsumedConcurrently: 2 };
        await consumer.run({
          ...runDefaults,
          eachBatch: async ({ batch, resolveOffset, isRunning }) => {
            for (const message of batch.messages) {
              if (!isRunning()) break;
              await handle(message);
              resolveOffset(message.offset);
            }
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'break' }, line: 10, column: 25, endColumn: 31, suggestions: [] }],
    },
    {
      name: 'a stale guard alone is fine, the shutdown guard next to it is not',
      code: dedent`
        ${header}
        await consumer.run({
          eachBatch: async ({ batch, isRunning, isStale }) => {
            for (const message of batch.messages) {
              if (isStale()) break;
              if (!isRunning()) break;
              await handle(message);
            }
          },
        });
      `,
      errors: [{ messageId: 'earlyExit', data: { exit: 'break' }, line: 9, column: 25, suggestions: [] }],
    },
  ],
});
