import rule from '../../src/rules/no-unawaited-send.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = dedent`
  import { Kafka } from 'kafkajs';
  const kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });
  const producer = kafka.producer({ idempotent: true });
`.trimEnd();

/** `code` with `text` inserted at `line:column` (1-based), as a suggestion's output. */
function insertedAt(code: string, line: number, column: number, text: string, removed = 0): string {
  const lines = code.split('\n');
  const target = lines[line - 1]!;
  lines[line - 1] = target.slice(0, column - 1) + text + target.slice(column - 1 + removed);
  return lines.join('\n');
}

const floatingInHandler = dedent`
  ${header}
  export async function publishOrder(order: { id: string; total: number }) {
    producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });
    return { accepted: true };
  }
`;

const voidedInClass = dedent`
  import { Producer } from 'kafkajs';
  export class AuditTrail {
    constructor(private readonly producer: Producer) {}
    async record(entry: { userId: string; action: string }) {
      void this.producer.send({ topic: 'audit', messages: [{ key: entry.userId, value: JSON.stringify(entry) }] });
    }
  }
`;

const thenWithoutCatch = dedent`
  ${header}
  declare const logger: { info(message: string): void };
  export async function publishPrice(sku: string, price: number) {
    producer
      .send({ topic: 'prices', messages: [{ key: sku, value: String(price) }] })
      .then(() => logger.info('price published'));
  }
`;

const guardedSend = dedent`
  ${header}
  export async function maybePublish(event: { id: string; publish: boolean }) {
    event.publish && producer.send({ topic: 'events', messages: [{ key: event.id, value: 'x' }] });
  }
`;

const loopSend = dedent`
  ${header}
  export async function replay(events: { id: string; body: string }[]) {
    await producer.connect();
    for (const event of events) producer.sendBatch({ topicMessages: [{ topic: 'replay', messages: [{ key: event.id, value: event.body }] }] });
    await producer.disconnect();
  }
`;

const transactionCommit = dedent`
  import { Kafka } from 'kafkajs';
  const producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ transactionalId: 'ledger-tx', idempotent: true, maxInFlightRequests: 1 });
  export async function transfer(from: string, to: string, amount: number) {
    const transaction = await producer.transaction();
    try {
      await transaction.send({ topic: 'ledger', messages: [{ key: from, value: String(-amount) }, { key: to, value: String(amount) }] });
      transaction.commit();
    } catch (error) {
      await transaction.abort();
      throw error;
    }
  }
`;

const optionalProducer = dedent`
  import { Kafka, Producer } from 'kafkajs';
  export class Notifier {
    private producer?: Producer;
    constructor(private readonly kafka: Kafka) {}
    async connect() {
      this.producer = this.kafka.producer();
      await this.producer.connect();
    }
    async notify(userId: string, text: string) {
      this.producer?.send({ topic: 'notifications', messages: [{ key: userId, value: text }] });
    }
  }
`;

codeTester.run('no-unawaited-send', rule, {
  valid: [
    {
      name: 'awaited send in an async function',
      code: dedent`
        ${header}
        export async function publishOrder(order: { id: string }) {
          await producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });
        }
      `,
    },
    {
      name: 'a send returned to the caller, from a method and from an arrow expression body',
      code: dedent`
        import { Producer, RecordMetadata } from 'kafkajs';
        export class OrderEvents {
          constructor(private readonly producer: Producer) {}
          created(id: string): Promise<RecordMetadata[]> {
            return this.producer.send({ topic: 'orders', messages: [{ key: id, value: 'created' }] });
          }
          shipped = (id: string) => this.producer.send({ topic: 'orders', messages: [{ key: id, value: 'shipped' }] });
        }
      `,
    },
    {
      name: 'rejection handled with .catch() or .then(ok, fail)',
      code: dedent`
        ${header}
        declare const logger: { error(error: unknown): void; info(text: string): void };
        export function track(userId: string, page: string) {
          producer.send({ topic: 'page-views', messages: [{ key: userId, value: page }] }).catch((error) => logger.error(error));
          producer.send({ topic: 'clicks', messages: [{ key: userId, value: page }] }).then(() => logger.info('sent'), logger.error);
        }
      `,
    },
    {
      name: 'promises collected in an array and awaited together',
      code: dedent`
        ${header}
        export async function publishAll(orders: { id: string }[]) {
          const sends: Promise<unknown>[] = [];
          for (const order of orders) {
            sends.push(producer.send({ topic: 'orders', messages: [{ key: order.id, value: 'x' }] }));
          }
          await Promise.all(sends);
        }
      `,
    },
    {
      name: 'Promise.all over a map, Promise.allSettled over a literal array',
      code: dedent`
        ${header}
        export async function fanOut(orders: { id: string }[]) {
          await Promise.all(orders.map((order) => producer.send({ topic: 'orders', messages: [{ key: order.id, value: 'x' }] })));
          const results = await Promise.allSettled([
            producer.send({ topic: 'a', messages: [{ key: 'k', value: 'a' }] }),
            producer.send({ topic: 'b', messages: [{ key: 'k', value: 'b' }] }),
          ]);
          return results;
        }
      `,
    },
    {
      name: 'a send held in a variable and awaited later',
      code: dedent`
        ${header}
        declare function saveLocally(id: string): Promise<void>;
        export async function store(id: string) {
          const sending = producer.send({ topic: 'docs', messages: [{ key: id, value: 'x' }] });
          await saveLocally(id);
          await sending;
        }
      `,
    },
    {
      name: 'Confluent client: un-awaited sends followed by flush()',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const producer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).producer({ 'linger.ms': 50 });
        async function publishAll(events) {
          for (const event of events) {
            producer.send({ topic: 'events', messages: [{ key: event.id, value: JSON.stringify(event) }] });
          }
          events.forEach((event) => producer.send({ topic: 'audit', messages: [{ key: event.id, value: 'seen' }] }));
          await producer.flush({ timeout: 10000 });
        }
        module.exports = { publishAll };
      `,
      filename: 'publisher.js',
    },
    {
      name: 'a transaction awaited from start to end, aborted in catch',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1 });
        export async function move(key: string) {
          const transaction = await producer.transaction();
          try {
            await transaction.send({ topic: 'moves', messages: [{ key, value: 'x' }] });
            await transaction.sendOffsets({ consumerGroupId: 'movers', topics: [{ topic: 'requests', partitions: [{ partition: 0, offset: '42' }] }] });
            await transaction.commit();
          } catch (error) {
            await transaction.abort();
            throw error;
          }
        }
      `,
    },
    {
      name: 'an awaited send inside try/catch in a forEach callback handles its own failure',
      code: dedent`
        ${header}
        declare const logger: { error(error: unknown): void };
        export function publishEach(ids: string[]) {
          ids.forEach(async (id) => {
            try {
              await producer.send({ topic: 'ids', messages: [{ key: id, value: id }] });
            } catch (error) {
              logger.error(error);
            }
          });
        }
      `,
    },
    {
      name: 'look-alike sends of other libraries in a file that uses Kafka',
      code: dedent`
        ${header}
        import express from 'express';
        import { Server } from 'socket.io';
        import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        import { Queue } from 'bullmq';
        import amqp from 'amqplib';
        import { Producer } from './legacy-queue';
        const app = express();
        const io = new Server();
        const sqs = new SQSClient({});
        const queue = new Queue('emails');
        const legacy = new Producer();
        app.post('/orders', (_req, res) => {
          res.send({ ok: true });
          sqs.send(new SendMessageCommand({ QueueUrl: 'q', MessageBody: 'x' }));
          queue.add('welcome', { to: 'a@b.c' });
          legacy.send({ topic: 'orders', messages: [] });
        });
        io.on('connection', (socket) => socket.send('hello'));
        export async function bridge() {
          const channel = await (await amqp.connect('amqp://rabbit')).createChannel();
          channel.sendToQueue('jobs', Buffer.from('x'));
          await producer.send({ topic: 'bridged', messages: [{ key: 'k', value: 'x' }] });
        }
      `,
    },
    {
      name: 'NestJS emit returns a hot Observable: out of scope',
      code: dedent`
        import { Inject, Injectable } from '@nestjs/common';
        import { ClientKafka } from '@nestjs/microservices';
        @Injectable()
        export class OrdersService {
          constructor(@Inject('ORDERS') private readonly client: ClientKafka) {}
          created(orderId: string) {
            this.client.emit('order-created', { key: orderId, value: { orderId } });
          }
        }
      `,
    },
    {
      name: 'CommonJS singleton, lazy getter, awaited everywhere',
      code: dedent`
        const { Kafka } = require('kafkajs');
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        let producer = null;
        async function getProducer() {
          if (!producer) {
            producer = kafka.producer();
            await producer.connect();
          }
          return producer;
        }
        async function publish(topic, key, value) {
          const p = await getProducer();
          return p.send({ topic, messages: [{ key, value }] });
        }
        module.exports = { publish };
      `,
      filename: 'kafka.js',
    },
    {
      name: 'sends added to an array the caller owns, or to an exported in-flight list',
      code: dedent`
        ${header}
        export const inFlight: Promise<unknown>[] = [];
        export function enqueue(batch: Promise<unknown>[], key: string) {
          batch.push(producer.send({ topic: 'jobs', messages: [{ key, value: 'x' }] }));
          inFlight.push(producer.send({ topic: 'jobs-audit', messages: [{ key, value: 'x' }] }));
        }
      `,
    },
    {
      name: 'an async listener that awaits its send: the emitter is not a caller this rule judges',
      code: dedent`
        ${header}
        import { EventEmitter } from 'node:events';
        export const domainEvents = new EventEmitter();
        domainEvents.on('order.created', async (order: { id: string }) => {
          await producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });
        });
      `,
    },
    {
      name: 'a send chained with .then() whose result is awaited',
      code: dedent`
        ${header}
        declare function loadOrder(id: string): Promise<{ id: string }>;
        export async function republish(id: string) {
          await loadOrder(id).then((order) => producer.send({ topic: 'orders', messages: [{ key: order.id, value: 'x' }] }));
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a send nobody waits for, in an async function',
      code: floatingInHandler,
      errors: [
        {
          messageId: 'unawaited',
          data: { method: 'send' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 16,
          suggestions: [{ messageId: 'addAwait', data: { method: 'send' }, output: insertedAt(floatingInHandler, 5, 3, 'await ') }],
        },
      ],
    },
    {
      name: 'void is the fire-and-forget bug, not a fix',
      code: voidedInClass,
      errors: [
        {
          messageId: 'voided',
          data: { method: 'send' },
          line: 5,
          column: 10,
          endColumn: 28,
          suggestions: [{ messageId: 'addAwait', data: { method: 'send' }, output: insertedAt(voidedInClass, 5, 5, 'await ', 5) }],
        },
      ],
    },
    {
      name: '.then() without a rejection handler',
      code: thenWithoutCatch,
      errors: [
        {
          messageId: 'unawaited',
          data: { method: 'send' },
          line: 6,
          column: 3,
          endLine: 7,
          endColumn: 10,
          suggestions: [{ messageId: 'addAwait', data: { method: 'send' }, output: insertedAt(thenWithoutCatch, 6, 3, 'await ') }],
        },
      ],
    },
    {
      name: 'a send guarded by a condition: await goes before the send',
      code: guardedSend,
      errors: [
        {
          messageId: 'unawaited',
          data: { method: 'send' },
          line: 5,
          column: 20,
          endColumn: 33,
          suggestions: [{ messageId: 'addAwait', data: { method: 'send' }, output: insertedAt(guardedSend, 5, 20, 'await ') }],
        },
      ],
    },
    {
      name: 'sendBatch in a loop, then disconnect (which does not wait for in-flight sends)',
      code: loopSend,
      errors: [
        {
          messageId: 'unawaited',
          data: { method: 'sendBatch' },
          line: 6,
          column: 31,
          endColumn: 49,
          suggestions: [{ messageId: 'addAwait', data: { method: 'sendBatch' }, output: insertedAt(loopSend, 6, 31, 'await ') }],
        },
      ],
    },
    {
      name: 'a non-async function: no await suggestion',
      code: dedent`
        import type { Producer } from 'kafkajs';
        export class BookingEvents {
          constructor(private readonly producer: Producer) {}
          notify(bookingId: string): void {
            this.producer.send({ topic: 'bookings', messages: [{ key: bookingId, value: 'changed' }] });
          }
        }
      `,
      errors: [{ messageId: 'unawaited', data: { method: 'send' }, line: 5, column: 5, endColumn: 23, suggestions: [] }],
    },
    {
      name: 'forEach ignores the promises its callback returns',
      code: dedent`
        ${header}
        export async function publishAll(orders: { id: string }[]) {
          orders.forEach((order) => producer.send({ topic: 'orders', messages: [{ key: order.id, value: 'x' }] }));
          await producer.disconnect();
        }
      `,
      errors: [{ messageId: 'discardedByForEach', data: { method: 'send', caller: 'forEach' }, line: 5, column: 29, endColumn: 42 }],
    },
    {
      name: 'forEach with an async callback that awaits the send',
      code: dedent`
        ${header}
        export function publishAll(orders: { id: string }[]) {
          orders.forEach(async (order) => {
            await producer.send({ topic: 'orders', messages: [{ key: order.id, value: 'x' }] });
          });
        }
      `,
      errors: [{ messageId: 'discardedByForEach', data: { method: 'send', caller: 'forEach' }, line: 6, column: 11, endColumn: 24 }],
    },
    {
      name: 'a send scheduled with setTimeout',
      code: dedent`
        ${header}
        export function publishLater(id: string, delayMs: number) {
          setTimeout(() => producer.send({ topic: 'delayed', messages: [{ key: id, value: 'x' }] }), delayMs);
        }
      `,
      errors: [
        { messageId: 'discardedByScheduler', data: { method: 'send', caller: 'setTimeout' }, line: 5, column: 20, endColumn: 33 },
      ],
    },
    {
      name: 'promises pushed to an array that nobody awaits',
      code: dedent`
        ${header}
        export async function publishAll(orders: { id: string }[]) {
          const pending = [];
          for (const order of orders) pending.push(producer.send({ topic: 'orders', messages: [{ key: order.id, value: 'x' }] }));
          console.log('queued', pending.length);
        }
      `,
      errors: [{ messageId: 'unawaited', data: { method: 'send' }, line: 6, column: 44, endColumn: 57, suggestions: [] }],
    },
    {
      name: 'a send held in a variable that is never read, and a map nobody awaits',
      code: dedent`
        ${header}
        export async function publish(orders: { id: string }[]) {
          const result = producer.send({ topic: 'orders', messages: [{ key: 'all', value: String(orders.length) }] });
          orders.map((order) => producer.send({ topic: 'orders', messages: [{ key: order.id, value: 'x' }] }));
        }
      `,
      errors: [
        { messageId: 'unawaited', data: { method: 'send' }, line: 5, column: 18, endColumn: 31, suggestions: [] },
        { messageId: 'unawaited', data: { method: 'send' }, line: 6, column: 25, endColumn: 38, suggestions: [] },
      ],
    },
    {
      name: 'transaction.commit() not awaited',
      code: transactionCommit,
      errors: [
        {
          messageId: 'unawaited',
          data: { method: 'commit' },
          line: 7,
          column: 5,
          endColumn: 23,
          suggestions: [{ messageId: 'addAwait', data: { method: 'commit' }, output: insertedAt(transactionCommit, 7, 5, 'await ') }],
        },
      ],
    },
    {
      name: 'optional chaining on a class field producer',
      code: optionalProducer,
      errors: [
        {
          messageId: 'unawaited',
          data: { method: 'send' },
          line: 10,
          column: 5,
          endColumn: 24,
          suggestions: [{ messageId: 'addAwait', data: { method: 'send' }, output: insertedAt(optionalProducer, 10, 5, 'await ') }],
        },
      ],
    },
    {
      name: 'Confluent client without a flush after the sends',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const producer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).producer();
        function publish(event) {
          producer.send({ topic: 'events', messages: [{ key: event.id, value: JSON.stringify(event) }] });
        }
        async function shutdown() {
          await producer.flush();
          await producer.disconnect();
        }
        module.exports = { publish, shutdown };
      `,
      filename: 'events.js',
      errors: [{ messageId: 'unawaited', data: { method: 'send' }, line: 4, column: 3, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'producer taken from a NestJS KafkaContext in an Express-style route callback',
      code: dedent`
        import { Controller } from '@nestjs/common';
        import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
        @Controller()
        export class ForwardController {
          @EventPattern('inbound')
          async forward(@Payload() body: string, @Ctx() context: KafkaContext) {
            const producer = context.getProducer();
            producer.send({ topic: 'outbound', messages: [{ key: context.getMessage().key, value: body }] });
          }
        }
      `,
      errors: [
        {
          messageId: 'unawaited',
          data: { method: 'send' },
          line: 8,
          column: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addAwait',
              data: { method: 'send' },
              output: dedent`
                import { Controller } from '@nestjs/common';
                import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
                @Controller()
                export class ForwardController {
                  @EventPattern('inbound')
                  async forward(@Payload() body: string, @Ctx() context: KafkaContext) {
                    const producer = context.getProducer();
                    await producer.send({ topic: 'outbound', messages: [{ key: context.getMessage().key, value: body }] });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
