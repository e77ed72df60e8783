import rule from '../../src/rules/no-floating-handler-work.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = dedent`
  import { Kafka } from 'kafkajs';
  const kafka = new Kafka({ clientId: 'billing', brokers: ['kafka:9092'] });
  const consumer = kafka.consumer({ groupId: 'billing' });
`.trimEnd();

/** `code` with `text` written at `line:column` (1-based) in place of `removed` characters, as a suggestion's output. */
function insertedAt(code: string, line: number, column: number, text: string, removed = 0): string {
  const lines = code.split('\n');
  const target = lines[line - 1]!;
  lines[line - 1] = target.slice(0, column - 1) + text + target.slice(column - 1 + removed);
  return lines.join('\n');
}

const floatingLocal = dedent`
  ${header}
  async function chargeInvoice(invoiceId: string): Promise<void> {
    await fetch('https://payments.internal/charge/' + invoiceId, { method: 'POST' });
  }
  await consumer.run({
    eachMessage: async ({ message }) => {
      const invoiceId = message.key!.toString();
      chargeInvoice(invoiceId);
    },
  });
`;

const voidedMethod = dedent`
  import { Consumer, EachMessagePayload } from 'kafkajs';
  export class ShipmentsConsumer {
    constructor(private readonly consumer: Consumer) {}
    async start() {
      await this.consumer.run({ eachMessage: this.onMessage.bind(this) });
    }
    private async onMessage({ message }: EachMessagePayload) {
      void this.ship(JSON.parse(message.value!.toString()));
    }
    private async ship(order: { id: string }) {
      await Promise.resolve(order);
    }
  }
`;

const eventPattern = dedent`
  import { Controller } from '@nestjs/common';
  import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
  import { OrdersService } from './orders.service';

  @Controller()
  export class OrdersController {
    constructor(private readonly orders: OrdersService) {}

    @EventPattern('orders.created')
    async onCreated(@Payload() order: { id: string }, @Ctx() context: KafkaContext) {
      await this.orders.save(order);
      this.sendReceipt(order.id);
    }

    private async sendReceipt(orderId: string): Promise<void> {
      await this.orders.mail(orderId);
    }
  }
`;

const delegated = dedent`
  import { Consumer, EachMessagePayload } from 'kafkajs';
  export class SearchIndexer {
    constructor(private readonly consumer: Consumer) {}
    async start() {
      await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
    }
    private async handle({ message }: EachMessagePayload) {
      const doc = JSON.parse(message.value!.toString()) as { id: string };
      this.index(doc);
    }
    private async index(doc: { id: string }) {
      await fetch('http://search:9200/docs/' + doc.id, { method: 'PUT', body: JSON.stringify(doc) });
    }
  }
`;

const helperFollowed = dedent`
  ${header}
  import type { EachBatchPayload } from 'kafkajs';
  async function notifyDownstream(count: number) {
    await fetch('http://downstream/notify?count=' + count);
  }
  async function processBatch({ batch }: EachBatchPayload) {
    const rows = batch.messages.map((m) => m.value!.toString());
    notifyDownstream(rows.length);
  }
  await consumer.run({
    eachBatch: async (payload) => {
      await processBatch(payload);
      await payload.heartbeat();
    },
  });
`;

const promiseAll = dedent`
  ${header}
  declare function settle(message: unknown): Promise<void>;
  await consumer.run({
    eachBatch: async ({ batch }) => {
      Promise.all(batch.messages.map((message) => settle(message)));
    },
  });
`;

const catchOnLocal = dedent`
  ${header}
  declare const logger: { warn(error: unknown): void };
  async function reserveStock(sku: string) {
    await fetch('http://stock/reserve/' + sku, { method: 'POST' });
  }
  await consumer.run({
    eachMessage: async ({ message }) => {
      reserveStock(message.key!.toString()).catch((error) => logger.warn(error));
    },
  });
`;

codeTester.run('no-floating-handler-work', rule, {
  valid: [
    {
      name: 'a handler that awaits its work',
      code: dedent`
        ${header}
        async function chargeInvoice(invoiceId: string) {
          await fetch('https://payments.internal/charge/' + invoiceId, { method: 'POST' });
        }
        await consumer.run({
          eachMessage: async ({ message }) => {
            await chargeInvoice(message.key!.toString());
          },
        });
      `,
    },
    {
      name: 'a non-async handler that returns the promise',
      code: dedent`
        ${header}
        async function route(value: string) {
          await fetch('http://router/' + value);
        }
        await consumer.run({ eachMessage: ({ message }) => route(message.value!.toString()) });
      `,
    },
    {
      name: 'a batch processed with an awaited Promise.all',
      code: dedent`
        ${header}
        async function settle(message: unknown) {
          await fetch('http://ledger/settle', { method: 'POST', body: JSON.stringify(message) });
        }
        await consumer.run({
          eachBatch: async ({ batch, heartbeat }) => {
            await Promise.all(batch.messages.map(async (message) => {
              await settle(message);
            }));
            await heartbeat();
          },
        });
      `,
    },
    {
      name: 'functions whose promise nature is unknown: imported, injected services',
      code: dedent`
        import { Consumer, EachMessagePayload } from 'kafkajs';
        import { audit } from './audit';
        import { MetricsService } from './metrics';
        export class PaymentsConsumer {
          constructor(private readonly consumer: Consumer, private readonly metrics: MetricsService) {}
          async start() {
            await this.consumer.run({ eachMessage: (payload) => this.onMessage(payload) });
          }
          async onMessage({ message }: EachMessagePayload) {
            audit(message);
            this.metrics.increment('payments.received');
            this.metrics.flush().catch(() => undefined);
          }
        }
      `,
    },
    {
      name: 'a promise held in a variable and awaited after the heartbeat',
      code: dedent`
        ${header}
        async function transcode(value: Buffer | null) {
          await fetch('http://transcoder', { method: 'POST', body: value });
        }
        await consumer.run({
          eachMessage: async ({ message, heartbeat }) => {
            const pending = transcode(message.value);
            await heartbeat();
            await pending;
          },
        });
      `,
    },
    {
      name: 'floating work outside any Kafka handler is not this rule',
      code: dedent`
        ${header}
        async function warmUp() {
          await fetch('http://cache/warm');
        }
        export function start() {
          warmUp();
          return consumer.run({ eachMessage: async ({ message }) => { await warmUp(); console.log(message.offset); } });
        }
      `,
    },
    {
      name: 'an un-awaited producer send is left to no-unawaited-send; NestJS emit is out of scope',
      code: dedent`
        import { Controller, Inject } from '@nestjs/common';
        import { ClientKafka, EventPattern, Payload } from '@nestjs/microservices';
        import { Kafka } from 'kafkajs';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer();
        @Controller()
        export class RelayController {
          constructor(@Inject('RELAY') private readonly client: ClientKafka) {}
          @EventPattern('relay.in')
          async relay(@Payload() body: { id: string }) {
            this.client.emit('relay.out', { key: body.id, value: body });
            producer.send({ topic: 'relay.audit', messages: [{ key: body.id, value: 'seen' }] });
          }
        }
      `,
    },
    {
      name: 'look-alike consumers of other libraries: BullMQ, amqplib, Socket.IO',
      code: dedent`
        ${header}
        import { Worker } from 'bullmq';
        import amqp from 'amqplib';
        import { Server } from 'socket.io';
        async function sendEmail(to: string) {
          await fetch('http://mailer/send?to=' + to);
        }
        new Worker('emails', async (job) => {
          sendEmail(job.data.to);
        });
        const io = new Server();
        io.on('connection', (socket) => {
          socket.on('subscribe', async (to: string) => { sendEmail(to); });
        });
        export async function consumeRabbit() {
          const channel = await (await amqp.connect('amqp://rabbit')).createChannel();
          await channel.consume('emails', (msg) => { if (msg) sendEmail(msg.content.toString()); });
        }
        await consumer.run({ eachMessage: async ({ message }) => { await sendEmail(message.value!.toString()); } });
      `,
    },
    {
      name: 'a heartbeat timer around long work, cleared in finally',
      code: dedent`
        ${header}
        async function render(value: Buffer | null) {
          await fetch('http://renderer', { method: 'POST', body: value });
        }
        await consumer.run({
          eachMessage: async ({ message, heartbeat }) => {
            const timer = setInterval(() => heartbeat(), 3000);
            try {
              await render(message.value);
            } finally {
              clearInterval(timer);
            }
          },
        });
      `,
    },
    {
      name: 'an async keep-alive timer in an eachBatch handler (jescrich/nestjs-kafka-client)',
      code: dedent`
        ${header}
        declare function handleAll(messages: unknown[]): Promise<void>;
        await consumer.run({
          eachBatch: async ({ batch, heartbeat, isRunning }) => {
            const keepAlive = setInterval(async () => {
              try {
                if (isRunning()) await heartbeat();
              } catch (error) {
                console.warn('heartbeat failed', error);
              }
            }, 8000);
            try {
              await handleAll(batch.messages);
            } finally {
              clearInterval(keepAlive);
            }
          },
        });
      `,
    },
    {
      name: 'synchronous forEach callbacks and emits to synchronous listeners or to remote peers',
      code: dedent`
        ${header}
        import { EventEmitter } from 'node:events';
        import { Server } from 'socket.io';
        const counts = new Map<string, number>();
        const stats = new EventEmitter();
        stats.on('batch', (size: number) => console.log('batch of', size));
        const io = new Server();
        await consumer.run({
          eachBatch: async ({ batch }) => {
            batch.messages.forEach((message) => counts.set(batch.topic, (counts.get(batch.topic) ?? 0) + Number(!!message.value)));
            stats.emit('batch', batch.messages.length);
            io.emit('batch', batch.messages.length);
          },
        });
      `,
    },
    {
      name: 'another class\'s emitter with the same name is not the one with the async listener',
      code: dedent`
        import { EventEmitter } from 'node:events';
        import { Consumer, EachMessagePayload } from 'kafkajs';
        export class Mailer {
          private readonly events = new EventEmitter();
          constructor() {
            this.events.on('order', async (order: { id: string }) => { await fetch('http://mail/' + order.id); });
          }
        }
        export class OrderStats {
          private readonly events = new EventEmitter();
          constructor(private readonly consumer: Consumer) {
            this.events.on('order', (order: { id: string }) => console.log('order', order.id));
          }
          async start() {
            await this.consumer.run({ eachMessage: async ({ message }: EachMessagePayload) => { this.events.emit('order', { id: String(message.key) }); } });
          }
        }
      `,
    },
    {
      name: 'NestJS pattern handlers that await or return their work',
      code: dedent`
        import { Controller } from '@nestjs/common';
        import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
        @Controller()
        export class InvoicesController {
          @EventPattern('invoices.paid')
          async onPaid(@Payload() invoice: { id: string }) {
            await this.archive(invoice.id);
          }
          @MessagePattern('invoices.get')
          getInvoice(@Payload() id: string) {
            return this.load(id);
          }
          private async archive(id: string) { await fetch('http://archive/' + id); }
          private async load(id: string) { return (await fetch('http://invoices/' + id)).json(); }
        }
      `,
    },
    {
      name: 'an async callback run by an awaited wrapper, work handed to a queue object',
      code: dedent`
        ${header}
        import PQueue from 'p-queue';
        declare function withSpan<T>(name: string, work: () => Promise<T>): Promise<T>;
        const queue = new PQueue({ concurrency: 1 });
        async function apply(value: string) {
          await fetch('http://state/apply', { method: 'POST', body: value });
        }
        await consumer.run({
          eachMessage: async ({ message }) => {
            await withSpan('apply', async () => {
              await apply(message.value!.toString());
            });
            await queue.add(() => apply('after'));
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'an async function of the module called without await',
      code: floatingLocal,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachMessage', call: 'chargeInvoice()' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachMessage', call: 'chargeInvoice()' },
              output: insertedAt(floatingLocal, 10, 5, 'await '),
            },
          ],
        },
      ],
    },
    {
      name: 'void in a bound class-method handler',
      code: voidedMethod,
      errors: [
        {
          messageId: 'voided',
          data: { handler: 'eachMessage', call: 'this.ship()' },
          line: 8,
          column: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachMessage', call: 'this.ship()' },
              output: insertedAt(voidedMethod, 8, 5, 'await ', 5),
            },
          ],
        },
      ],
    },
    {
      name: 'forEach with an async callback in eachBatch',
      code: dedent`
        ${header}
        declare function applyPayment(message: unknown): Promise<void>;
        await consumer.run({
          eachBatch: async ({ batch }) => {
            batch.messages.forEach(async (message) => {
              await applyPayment(message);
            });
          },
        });
      `,
      errors: [{ messageId: 'discarded', data: { handler: 'eachBatch', caller: 'forEach' }, line: 7, column: 5, endColumn: 27 }],
    },
    {
      name: 'work deferred with setImmediate',
      code: dedent`
        ${header}
        async function thumbnail(key: string) {
          await fetch('http://images/thumbnail/' + key, { method: 'POST' });
        }
        await consumer.run({
          eachMessage: async ({ message }) => {
            setImmediate(async () => {
              await thumbnail(message.key!.toString());
            });
          },
        });
      `,
      errors: [{ messageId: 'discarded', data: { handler: 'eachMessage', caller: 'setImmediate' }, line: 9, column: 5, endColumn: 17 }],
    },
    {
      name: 'a .then() chain without await or return, on an imported function',
      code: dedent`
        ${header}
        import { enrich, save } from './pipeline';
        await consumer.run({
          eachMessage: async ({ message }) => {
            enrich(message).then((enriched) => save(enriched));
          },
        });
      `,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachMessage', call: 'enrich()' },
          line: 7,
          column: 5,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachMessage', call: 'enrich()' },
              output: dedent`
                ${header}
                import { enrich, save } from './pipeline';
                await consumer.run({
                  eachMessage: async ({ message }) => {
                    await enrich(message).then((enriched) => save(enriched));
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'module work detached with .catch(): the failure is logged, the message is still lost',
      code: catchOnLocal,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachMessage', call: 'reserveStock()' },
          line: 10,
          column: 5,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachMessage', call: 'reserveStock()' },
              output: insertedAt(catchOnLocal, 10, 5, 'await '),
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS @EventPattern handler starts a private async method',
      code: eventPattern,
      errors: [
        {
          messageId: 'floating',
          data: { handler: '@EventPattern', call: 'this.sendReceipt()' },
          line: 12,
          column: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: '@EventPattern', call: 'this.sendReceipt()' },
              output: insertedAt(eventPattern, 12, 5, 'await '),
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS @MessagePattern handler (not async) voids an audit write',
      code: dedent`
        import { Controller } from '@nestjs/common';
        import { MessagePattern, Payload } from '@nestjs/microservices';
        @Controller()
        export class AccountsController {
          @MessagePattern('accounts.get')
          getAccount(@Payload() id: string) {
            void this.audit(id);
            return { id };
          }
          private async audit(id: string) {
            await fetch('http://audit/' + id, { method: 'POST' });
          }
        }
      `,
      errors: [{ messageId: 'voided', data: { handler: '@MessagePattern', call: 'this.audit()' }, line: 7, column: 5, endColumn: 20, suggestions: [] }],
    },
    {
      name: 'floating work in the method an arrow handler forwards to',
      code: delegated,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachMessage', call: 'this.index()' },
          line: 9,
          column: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachMessage', call: 'this.index()' },
              output: insertedAt(delegated, 9, 5, 'await '),
            },
          ],
        },
      ],
    },
    {
      name: 'floating work in a helper the handler awaits',
      code: helperFollowed,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachBatch', call: 'notifyDownstream()' },
          line: 10,
          column: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachBatch', call: 'notifyDownstream()' },
              output: insertedAt(helperFollowed, 10, 3, 'await '),
            },
          ],
        },
      ],
    },
    {
      name: 'a message handed to an async event listener',
      code: dedent`
        import { EventEmitter } from 'node:events';
        import { Consumer, EachMessagePayload } from 'kafkajs';
        export class OrderPipeline {
          private readonly events = new EventEmitter();
          constructor(private readonly consumer: Consumer) {
            this.events.on('order', async (order: { id: string }) => {
              await fetch('http://fulfilment/' + order.id, { method: 'POST' });
            });
          }
          async start() {
            await this.consumer.run({ eachMessage: this.onMessage.bind(this) });
          }
          private async onMessage({ message }: EachMessagePayload) {
            this.events.emit('order', JSON.parse(message.value!.toString()));
          }
        }
      `,
      errors: [{ messageId: 'emitted', data: { handler: 'eachMessage', event: 'order', line: 6 }, line: 14, column: 5, endColumn: 21 }],
    },
    {
      name: 'a non-async handler in a CommonJS worker that returns nothing',
      code: dedent`
        const { Kafka } = require('kafkajs');
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'mailer' });
        async function sendMail(to) {
          await fetch('http://mailer/send?to=' + to);
        }
        const eachMessage = ({ message }) => {
          sendMail(message.value.toString());
        };
        consumer.run({ eachMessage });
      `,
      filename: 'worker.js',
      errors: [{ messageId: 'floating', data: { handler: 'eachMessage', call: 'sendMail()' }, line: 7, column: 3, endColumn: 11, suggestions: [] }],
    },
    {
      name: 'a webhook fetch nobody waits for',
      code: dedent`
        ${header}
        await consumer.run({
          eachMessage: async ({ message }) => {
            fetch('https://hooks.example.com/orders', { method: 'POST', body: message.value });
          },
        });
      `,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachMessage', call: 'fetch()' },
          line: 6,
          column: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachMessage', call: 'fetch()' },
              output: dedent`
                ${header}
                await consumer.run({
                  eachMessage: async ({ message }) => {
                    await fetch('https://hooks.example.com/orders', { method: 'POST', body: message.value });
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Promise.all over the batch, not awaited',
      code: promiseAll,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachBatch', call: 'Promise.all()' },
          line: 7,
          column: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachBatch', call: 'Promise.all()' },
              output: insertedAt(promiseAll, 7, 5, 'await '),
            },
          ],
        },
      ],
    },
    {
      name: 'an async listener registered on a stream inside the handler',
      code: dedent`
        ${header}
        import { Readable } from 'node:stream';
        declare function upload(chunk: Buffer): Promise<void>;
        await consumer.run({
          eachMessage: async ({ message }) => {
            const stream = Readable.from([message.value!]);
            stream.on('data', async (chunk: Buffer) => {
              await upload(chunk);
            });
          },
        });
      `,
      errors: [{ messageId: 'discarded', data: { handler: 'eachMessage', caller: 'on' }, line: 9, column: 5, endColumn: 14 }],
    },
    {
      name: 'a retry scheduled with setTimeout, and promises collected but never awaited',
      code: dedent`
        ${header}
        async function deliver(value: string) {
          await fetch('http://webhooks/deliver', { method: 'POST', body: value });
        }
        await consumer.run({
          eachBatch: async ({ batch }) => {
            const deliveries: Promise<void>[] = [];
            for (const message of batch.messages) deliveries.push(deliver(message.value!.toString()));
            setTimeout(() => deliver('retry'), 5000);
          },
        });
      `,
      errors: [
        { messageId: 'floating', data: { handler: 'eachBatch', call: 'deliver()' }, line: 10, column: 59, endColumn: 66, suggestions: [] },
        { messageId: 'discarded', data: { handler: 'eachBatch', caller: 'setTimeout' }, line: 11, column: 5, endColumn: 15 },
      ],
    },
    {
      name: 'an async IIFE started from the handler',
      code: dedent`
        ${header}
        declare function reconcile(account: string): Promise<void>;
        await consumer.run({
          eachMessage: async ({ message }) => {
            (async () => {
              await reconcile(message.key!.toString());
            })();
          },
        });
      `,
      errors: [
        {
          messageId: 'floating',
          data: { handler: 'eachMessage', call: '(async () => …)()' },
          line: 7,
          column: 5,
          endLine: 9,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { handler: 'eachMessage', call: '(async () => …)()' },
              output: dedent`
                ${header}
                declare function reconcile(account: string): Promise<void>;
                await consumer.run({
                  eachMessage: async ({ message }) => {
                    await (async () => {
                      await reconcile(message.key!.toString());
                    })();
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
