import rule from '../../src/rules/no-consumer-churn.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = dedent`
  import express from 'express';
  import { Kafka } from 'kafkajs';
  const kafka = new Kafka({ clientId: 'api', brokers: ['kafka:9092'] });
  const app = express();
`;

codeTester.run('no-consumer-churn', rule, {
  valid: [
    {
      name: 'module-level setup, started by main()',
      code: dedent`
        ${header}
        const consumer = kafka.consumer({ groupId: 'orders' });
        const producer = kafka.producer({ idempotent: true });
        async function main() {
          await producer.connect();
          await consumer.connect();
          await consumer.subscribe({ topics: ['orders'] });
          await consumer.run({ eachMessage: async ({ message }) => { await producer.send({ topic: 'audit', messages: [{ key: message.key, value: message.value }] }); } });
          app.post('/orders', async (req, res) => {
            await producer.send({ topic: 'orders', messages: [{ key: req.body.id, value: JSON.stringify(req.body) }] });
            res.sendStatus(202);
          });
          app.listen(3000);
        }
        main().catch(console.error);
      `,
    },
    {
      name: 'NestJS service: clients made in the constructor, connected in onModuleInit, closed in onModuleDestroy',
      code: dedent`
        import { Controller, Injectable, Post, Body, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
        import { Kafka, type Consumer, type Producer } from 'kafkajs';
        @Injectable()
        export class EventsService implements OnModuleInit, OnModuleDestroy {
          private readonly producer: Producer;
          private readonly consumer: Consumer;
          constructor(private readonly kafka: Kafka) {
            this.producer = this.kafka.producer();
            this.consumer = this.kafka.consumer({ groupId: 'events' });
          }
          async onModuleInit() {
            await this.producer.connect();
            await this.consumer.connect();
            await this.consumer.run({ eachMessage: async () => {} });
          }
          async onModuleDestroy() {
            await this.consumer.disconnect();
            await this.producer.disconnect();
          }
          publish(event: string) {
            return this.producer.send({ topic: 'events', messages: [{ key: event, value: event }] });
          }
        }
        @Controller('events')
        export class EventsController {
          constructor(private readonly events: EventsService) {}
          @Post()
          create(@Body() body: { name: string }) {
            return this.events.publish(body.name);
          }
        }
      `,
    },
    {
      name: 'a lazy singleton getter called from a route handler',
      code: dedent`
        ${header}
        import type { Producer } from 'kafkajs';
        let producer: Producer | null = null;
        async function getProducer() {
          if (!producer) {
            producer = kafka.producer({ idempotent: true });
            await producer.connect();
          }
          return producer;
        }
        app.post('/orders', async (req, res) => {
          const client = await getProducer();
          await client.send({ topic: 'orders', messages: [{ key: req.body.id, value: JSON.stringify(req.body) }] });
          res.sendStatus(202);
        });
      `,
    },
    {
      name: 'lazy initialisation with ??= and a per-topic cache in an eachMessage handler',
      code: dedent`
        ${header}
        import type { Producer } from 'kafkajs';
        let shared: Producer | undefined;
        const producers = new Map<string, Producer>();
        async function producerFor(topic: string) {
          const existing = producers.get(topic);
          if (existing) return existing;
          const created = kafka.producer();
          await created.connect();
          producers.set(topic, created);
          return created;
        }
        const consumer = kafka.consumer({ groupId: 'router' });
        await consumer.run({
          eachMessage: async ({ message }) => {
            shared ??= kafka.producer();
            const target = await producerFor(String(message.headers?.target ?? 'default'));
            await target.send({ topic: 'routed', messages: [{ key: message.key, value: message.value }] });
          },
        });
      `,
    },
    {
      name: 'startup retry loops around connect()',
      code: dedent`
        ${header}
        declare function sleep(ms: number): Promise<void>;
        const consumer = kafka.consumer({ groupId: 'orders' });
        export async function start() {
          for (let attempt = 1; ; attempt++) {
            try {
              await consumer.connect();
              break;
            } catch (error) {
              if (attempt === 5) throw error;
              await sleep(1000 * attempt);
            }
          }
          let connected = false;
          while (!connected) {
            const producer = kafka.producer();
            try {
              await producer.connect();
              connected = true;
            } catch {
              await producer.disconnect();
              await sleep(1000);
            }
          }
        }
      `,
    },
    {
      name: 'one long-lived consumer per topic, created in a loop at startup',
      code: dedent`
        ${header}
        declare function handle(topic: string, value: Buffer | null): Promise<void>;
        const topics = ['orders', 'payments', 'shipments'];
        export async function startAll() {
          for (const topic of topics) {
            const consumer = kafka.consumer({ groupId: \`svc-\${topic}\` });
            await consumer.connect();
            await consumer.subscribe({ topics: [topic] });
            await consumer.run({ eachMessage: ({ message }) => handle(topic, message.value) });
          }
          await Promise.all(topics.map(async (topic) => {
            const consumer = kafka.consumer({ groupId: \`audit-\${topic}\` });
            await consumer.connect();
          }));
        }
      `,
    },
    {
      name: 'a shutdown route, a stop message, and an ensure-connected producer',
      code: dedent`
        ${header}
        const consumer = kafka.consumer({ groupId: 'batch-import' });
        const producer = kafka.producer();
        app.post('/admin/shutdown', async (_req, res) => {
          await consumer.disconnect();
          res.sendStatus(204);
          process.exit(0);
        });
        app.post('/events', async (req, res) => {
          await producer.connect();
          await producer.send({ topic: 'events', messages: [{ key: req.body.id, value: JSON.stringify(req.body) }] });
          res.sendStatus(202);
        });
        await consumer.run({
          eachMessage: async ({ message }) => {
            if (message.value?.toString() === 'STOP') await consumer.disconnect();
          },
        });
      `,
    },
    {
      name: 'look-alikes: Socket.IO, an SQS Consumer class, amqplib and BullMQ',
      code: dedent`
        ${header}
        import { Server } from 'socket.io';
        import { Consumer } from 'sqs-consumer';
        import amqp from 'amqplib';
        import { Worker } from 'bullmq';
        const io = new Server(3001);
        io.on('connection', (socket) => {
          socket.on('message', () => socket.emit('ack'));
        });
        app.post('/drain', async (_req, res) => {
          const consumer = Consumer.create({ queueUrl: 'https://sqs.example/queue', handleMessage: async () => undefined });
          consumer.start();
          const connection = await amqp.connect('amqp://localhost');
          const channel = await connection.createChannel();
          await channel.consume('jobs', () => undefined);
          await connection.close();
          res.sendStatus(202);
        });
        export const worker = new Worker('emails', async (job) => {
          const connection = await amqp.connect('amqp://localhost');
          await connection.close();
          return job.id;
        });
        export const producer = kafka.producer();
      `,
    },
    {
      name: 'node-rdkafka consumer started once, disconnected at shutdown',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const consumer = new Kafka.KafkaConsumer({ 'group.id': 'geo', 'metadata.broker.list': 'kafka:9092' }, {});
        consumer.connect();
        consumer.on('ready', () => {
          consumer.subscribe(['geo']);
          consumer.consume();
        });
        consumer.on('data', (message) => {
          console.log(message.value.toString());
        });
        process.on('SIGTERM', () => consumer.disconnect());
      `,
    },
    {
      name: 'checkProducers: false ignores producers',
      options: [{ checkProducers: false }],
      code: dedent`
        ${header}
        app.post('/orders', async (req, res) => {
          const producer = kafka.producer();
          await producer.connect();
          await producer.send({ topic: 'orders', messages: [{ key: req.body.id, value: 'x' }] });
          await producer.disconnect();
          res.sendStatus(202);
        });
      `,
    },
    {
      name: 'a factory called behind ??= and an ensure-started function behind a flag',
      code: dedent`
        ${header}
        import type { Consumer } from 'kafkajs';
        let consumer: Consumer | undefined;
        let started = false;
        function createConsumer() {
          return kafka.consumer({ groupId: 'orders' });
        }
        async function ensureStarted() {
          if (started) return;
          started = true;
          consumer = createConsumer();
          await consumer.connect();
          await consumer.run({ eachMessage: async () => {} });
        }
        app.get('/orders/status', async (_req, res) => {
          consumer ??= createConsumer();
          await ensureStarted();
          res.json(await consumer.describeGroup());
        });
      `,
    },
    {
      name: 'an admin route that pauses or resumes the consumer in exclusive branches',
      code: dedent`
        ${header}
        const consumer = kafka.consumer({ groupId: 'orders' });
        app.post('/admin/consumer/:action', async (req, res) => {
          if (req.params.action === 'stop') {
            await consumer.disconnect();
          } else {
            await consumer.connect();
            await consumer.run({ eachMessage: async () => {} });
          }
          res.sendStatus(204);
        });
      `,
    },
    {
      name: 'test cases registered in a loop, and clients made in the listen callback',
      code: dedent`
        ${header}
        declare function it(name: string, body: () => Promise<void>): void;
        for (const groupId of ['a', 'b']) {
          it(\`joins \${groupId}\`, async () => {
            const consumer = kafka.consumer({ groupId });
            await consumer.connect();
            await consumer.disconnect();
          });
        }
        app.listen(3000, async () => {
          const consumer = kafka.consumer({ groupId: 'api' });
          await consumer.connect();
          await consumer.run({ eachMessage: async () => {} });
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'Express route that creates, runs and disconnects a consumer',
      code: dedent`
        ${header}
        app.get('/orders/latest', async (_req, res) => {
          const consumer = kafka.consumer({ groupId: 'latest-orders' });
          await consumer.connect();
          await consumer.subscribe({ topics: ['orders'], fromBeginning: false });
          const first = await new Promise((resolve) => {
            consumer.run({ eachMessage: async ({ message }) => resolve(message.value?.toString()) });
          });
          await consumer.disconnect();
          res.json(first);
        });
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'kafka.consumer', where: 'per request', origin: 'the route handler on line 6' },
          line: 7,
          column: 20,
          endColumn: 64,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'per request', origin: 'the route handler on line 6' },
          line: 8,
          column: 9,
          endColumn: 27,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.run', where: 'per request', origin: 'the route handler on line 6' },
          line: 11,
          column: 5,
          endColumn: 93,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.disconnect', where: 'per request', origin: 'the route handler on line 6' },
          line: 13,
          column: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'a shared producer connected and disconnected around each request',
      code: dedent`
        ${header}
        const producer = kafka.producer();
        app.post('/orders', async (req, res) => {
          await producer.connect();
          await producer.send({ topic: 'orders', messages: [{ key: req.body.id, value: JSON.stringify(req.body) }] });
          await producer.disconnect();
          res.sendStatus(202);
        });
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per request', origin: 'the route handler on line 7' },
          line: 8,
          column: 9,
          endColumn: 27,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.disconnect', where: 'per request', origin: 'the route handler on line 7' },
          line: 10,
          column: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'a producer per consumed message (kafkajs issue #894)',
      code: dedent`
        ${header}
        const consumer = kafka.consumer({ groupId: 'enricher' });
        await consumer.run({
          eachMessage: async ({ message }) => {
            const producer = kafka.producer();
            await producer.connect();
            await producer.send({ topic: 'enriched', messages: [{ key: message.key, value: message.value }] });
            await producer.disconnect();
          },
        });
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'per consumed message', origin: 'the eachMessage handler on line 8' },
          line: 9,
          column: 22,
          endColumn: 38,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per consumed message', origin: 'the eachMessage handler on line 8' },
          line: 10,
          column: 11,
          endColumn: 29,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.disconnect', where: 'per consumed message', origin: 'the eachMessage handler on line 8' },
          line: 12,
          column: 11,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'NestJS controller: a consumer per request from the injected Kafka client',
      code: dedent`
        import { Controller, Param, Post } from '@nestjs/common';
        import { Kafka } from 'kafkajs';
        @Controller('replay')
        export class ReplayController {
          constructor(private readonly kafka: Kafka) {}
          @Post(':topic')
          async replay(@Param('topic') topic: string) {
            const consumer = this.kafka.consumer({ groupId: \`replay-\${topic}\` });
            await consumer.connect();
            await consumer.subscribe({ topics: [topic], fromBeginning: true });
            await consumer.run({ eachMessage: async () => {} });
          }
        }
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'this.kafka.consumer', where: 'per request', origin: 'the @Post handler on line 7' },
          line: 8,
          column: 22,
          endColumn: 73,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'per request', origin: 'the @Post handler on line 7' },
          line: 9,
          column: 11,
          endColumn: 29,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.run', where: 'per request', origin: 'the @Post handler on line 7' },
          line: 11,
          column: 11,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'a helper called from a route handler creates the producer (one level)',
      code: dedent`
        ${header}
        async function publish(topic: string, value: string) {
          const producer = kafka.producer();
          await producer.connect();
          await producer.send({ topic, messages: [{ value }] });
          await producer.disconnect();
        }
        app.post('/events', async (req, res) => {
          await publish('events', JSON.stringify(req.body));
          res.sendStatus(202);
        });
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'per request', origin: '`publish()` called from the route handler on line 12' },
          line: 7,
          column: 20,
          endColumn: 36,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per request', origin: '`publish()` called from the route handler on line 12' },
          line: 8,
          column: 9,
          endColumn: 27,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.disconnect', where: 'per request', origin: '`publish()` called from the route handler on line 12' },
          line: 10,
          column: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'a consumer created and disconnected in every iteration of a loop',
      code: dedent`
        ${header}
        declare function readOnce(consumer: unknown): Promise<void>;
        export async function sample(topics: string[]) {
          for (const topic of topics) {
            const consumer = kafka.consumer({ groupId: 'sampler' });
            await consumer.connect();
            await consumer.subscribe({ topics: [topic] });
            await readOnce(consumer);
            await consumer.disconnect();
          }
        }
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'kafka.consumer', where: 'in every loop iteration', origin: 'the `for` loop on line 8' },
          line: 9,
          column: 22,
          endColumn: 60,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'in every loop iteration', origin: 'the `for` loop on line 8' },
          line: 10,
          column: 11,
          endColumn: 29,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.disconnect', where: 'in every loop iteration', origin: 'the `for` loop on line 8' },
          line: 13,
          column: 11,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'a polling loop that makes a consumer on every pass',
      code: dedent`
        ${header}
        declare function sleep(ms: number): Promise<void>;
        export async function poll() {
          while (true) {
            const consumer = kafka.consumer({ groupId: 'poller' });
            await consumer.connect();
            await consumer.subscribe({ topics: ['jobs'] });
            await sleep(60_000);
          }
        }
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'kafka.consumer', where: 'in every loop iteration', origin: 'the `while` loop on line 8' },
          line: 9,
          column: 22,
          endColumn: 59,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'in every loop iteration', origin: 'the `while` loop on line 8' },
          line: 10,
          column: 11,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'BullMQ worker: a producer per job',
      code: dedent`
        import { Worker } from 'bullmq';
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export const worker = new Worker('exports', async (job) => {
          const producer = kafka.producer();
          await producer.connect();
          await producer.send({ topic: 'exports', messages: [{ key: job.id, value: JSON.stringify(job.data) }] });
        });
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'per job', origin: 'the job processor on line 4' },
          line: 5,
          column: 20,
          endColumn: 36,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per job', origin: 'the job processor on line 4' },
          line: 6,
          column: 9,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'setInterval tick that connects and disconnects a shared consumer',
      code: dedent`
        ${header}
        const consumer = kafka.consumer({ groupId: 'lag-probe' });
        setInterval(async () => {
          await consumer.connect();
          await consumer.describeGroup();
          await consumer.disconnect();
        }, 30_000);
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'on every timer tick', origin: 'the setInterval callback on line 7' },
          line: 8,
          column: 9,
          endColumn: 27,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.disconnect', where: 'on every timer tick', origin: 'the setInterval callback on line 7' },
          line: 10,
          column: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'Fastify route with a node-rdkafka consumer',
      code: dedent`
        import Fastify from 'fastify';
        import Kafka from 'node-rdkafka';
        const fastify = Fastify();
        fastify.post('/subscriptions', async (request) => {
          const consumer = new Kafka.KafkaConsumer({ 'group.id': 'subs', 'metadata.broker.list': 'kafka:9092' }, {});
          consumer.connect();
          return { ok: true };
        });
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'new Kafka.KafkaConsumer', where: 'per request', origin: 'the route handler on line 4' },
          line: 5,
          column: 20,
          endColumn: 109,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'per request', origin: 'the route handler on line 4' },
          line: 6,
          column: 3,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'Confluent client in a Koa router (CommonJS), handler held in a function declaration',
      code: dedent`
        const Router = require('@koa/router');
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const router = new Router();
        async function latest(ctx) {
          const consumer = kafka.consumer({ kafkaJS: { groupId: 'latest' } });
          await consumer.connect();
          ctx.body = await consumer.describeGroup();
          await consumer.disconnect();
        }
        router.get('/latest', latest);
        module.exports = router;
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'kafka.consumer', where: 'per request', origin: 'the route handler on line 5' },
          line: 6,
          column: 20,
          endColumn: 70,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'per request', origin: 'the route handler on line 5' },
          line: 7,
          column: 9,
          endColumn: 27,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.disconnect', where: 'per request', origin: 'the route handler on line 5' },
          line: 9,
          column: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'forEach over tenants with a producer made and closed per tenant',
      code: dedent`
        ${header}
        export function broadcast(tenants: string[], event: string) {
          tenants.forEach(async (tenant) => {
            const producer = kafka.producer();
            await producer.connect();
            await producer.send({ topic: \`\${tenant}.events\`, messages: [{ value: event }] });
            await producer.disconnect();
          });
        }
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'in every loop iteration', origin: 'the `forEach` callback on line 7' },
          line: 8,
          column: 22,
          endColumn: 38,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'in every loop iteration', origin: 'the `forEach` callback on line 7' },
          line: 9,
          column: 11,
          endColumn: 29,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.disconnect', where: 'in every loop iteration', origin: 'the `forEach` callback on line 7' },
          line: 11,
          column: 11,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'NestJS @EventPattern handler and a class field producer recreated per message',
      code: dedent`
        import { Controller } from '@nestjs/common';
        import { EventPattern, Payload } from '@nestjs/microservices';
        import { Kafka, type Producer } from 'kafkajs';
        @Controller()
        export class AuditController {
          private producer?: Producer;
          constructor(private readonly kafka: Kafka) {}
          @EventPattern('orders')
          async onOrder(@Payload() order: { id: string }) {
            this.producer = this.kafka.producer();
            await this.producer.connect();
            await this.producer.send({ topic: 'audit', messages: [{ key: order.id, value: JSON.stringify(order) }] });
          }
        }
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'this.kafka.producer', where: 'per consumed message', origin: 'the @EventPattern handler on line 9' },
          line: 10,
          column: 21,
          endColumn: 42,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'this.producer.connect', where: 'per consumed message', origin: 'the @EventPattern handler on line 9' },
          line: 11,
          column: 11,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'checkProducers: false still reports consumers',
      options: [{ checkProducers: false }],
      code: dedent`
        ${header}
        app.post('/replay', async (_req, res) => {
          const producer = kafka.producer();
          const consumer = kafka.consumer({ groupId: 'replay' });
          await Promise.all([producer.connect(), consumer.connect()]);
          res.sendStatus(202);
        });
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'kafka.consumer', where: 'per request', origin: 'the route handler on line 6' },
          line: 8,
          column: 20,
          endColumn: 57,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'per request', origin: 'the route handler on line 6' },
          line: 9,
          column: 42,
          endColumn: 60,
        },
      ],
    },
    {
      name: 'a wrapped Express handler on a chained route',
      code: dedent`
        ${header}
        declare function asyncHandler<T>(fn: T): T;
        const router = express.Router();
        router.route('/exports').post(asyncHandler(async (req: { body: unknown }, res: { sendStatus(code: number): void }) => {
          const producer = kafka.producer();
          await producer.connect();
          await producer.send({ topic: 'exports', messages: [{ value: JSON.stringify(req.body) }] });
          res.sendStatus(202);
        }));
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'per request', origin: 'the route handler on line 8' },
          line: 9,
          column: 20,
          endColumn: 36,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per request', origin: 'the route handler on line 8' },
          line: 10,
          column: 9,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'a Next.js App Router route handler',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export async function POST(request: Request) {
          const producer = kafka.producer();
          await producer.connect();
          await producer.send({ topic: 'signups', messages: [{ value: await request.text() }] });
          await producer.disconnect();
          return new Response(null, { status: 202 });
        }
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'per request', origin: 'the POST route handler on line 3' },
          line: 4,
          column: 20,
          endColumn: 36,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per request', origin: 'the POST route handler on line 3' },
          line: 5,
          column: 9,
          endColumn: 27,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.disconnect', where: 'per request', origin: 'the POST route handler on line 3' },
          line: 7,
          column: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'a WebSocket message listener',
      code: dedent`
        import { WebSocketServer } from 'ws';
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const wss = new WebSocketServer({ port: 8080 });
        wss.on('connection', (socket) => {
          socket.on('message', async (data) => {
            const producer = kafka.producer();
            await producer.connect();
            await producer.send({ topic: 'chat', messages: [{ value: data.toString() }] });
          });
        });
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'per event', origin: "the 'message' listener on line 6" },
          line: 7,
          column: 22,
          endColumn: 38,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per event', origin: "the 'message' listener on line 6" },
          line: 8,
          column: 11,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'a Bull queue processor',
      code: dedent`
        import Queue from 'bull';
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const reports = new Queue('reports');
        reports.process('daily', 2, async (job) => {
          const consumer = kafka.consumer({ groupId: \`report-\${job.id}\` });
          await consumer.connect();
          await consumer.disconnect();
        });
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'kafka.consumer', where: 'per job', origin: 'the job processor on line 5' },
          line: 6,
          column: 20,
          endColumn: 67,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'per job', origin: 'the job processor on line 5' },
          line: 7,
          column: 9,
          endColumn: 27,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.disconnect', where: 'per job', origin: 'the job processor on line 5' },
          line: 8,
          column: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'a NestJS @Cron job that connects and disconnects an injected consumer',
      code: dedent`
        import { Injectable } from '@nestjs/common';
        import { Cron } from '@nestjs/schedule';
        import type { Consumer } from 'kafkajs';
        @Injectable()
        export class LagReporter {
          constructor(private readonly consumer: Consumer) {}
          @Cron('*/5 * * * *')
          async report() {
            await this.consumer.connect();
            const group = await this.consumer.describeGroup();
            await this.consumer.disconnect();
            return group;
          }
        }
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'this.consumer.connect', where: 'on every timer tick', origin: 'the @Cron handler on line 8' },
          line: 9,
          column: 11,
          endColumn: 34,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'this.consumer.disconnect', where: 'on every timer tick', origin: 'the @Cron handler on line 8' },
          line: 11,
          column: 11,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'a route path held in a constant',
      code: dedent`
        ${header}
        const ROUTES = { replay: '/replay' } as const;
        app.post(ROUTES.replay, async (_req, res) => {
          const consumer = kafka.consumer({ groupId: 'replay' });
          await consumer.connect();
          res.sendStatus(202);
        });
      `,
      errors: [
        {
          messageId: 'consumerChurn',
          data: { call: 'kafka.consumer', where: 'per request', origin: 'the route handler on line 7' },
          line: 8,
          column: 20,
          endColumn: 57,
        },
        {
          messageId: 'consumerChurn',
          data: { call: 'consumer.connect', where: 'per request', origin: 'the route handler on line 7' },
          line: 9,
          column: 9,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'NestJS controller method calling a private method that owns a producer (one level)',
      code: dedent`
        import { Body, Controller, Post } from '@nestjs/common';
        import { Kafka } from 'kafkajs';
        @Controller('orders')
        export class OrdersController {
          constructor(private readonly kafka: Kafka) {}
          @Post()
          async create(@Body() order: { id: string }) {
            await this.publish(order);
            return { accepted: true };
          }
          private async publish(order: { id: string }) {
            const producer = this.kafka.producer();
            await producer.connect();
            try {
              await producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });
            } finally {
              await producer.disconnect();
            }
          }
        }
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'this.kafka.producer', where: 'per request', origin: '`publish()` called from the @Post handler on line 7' },
          line: 12,
          column: 22,
          endColumn: 43,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.connect', where: 'per request', origin: '`publish()` called from the @Post handler on line 7' },
          line: 13,
          column: 11,
          endColumn: 29,
        },
        {
          messageId: 'producerChurn',
          data: { call: 'producer.disconnect', where: 'per request', origin: '`publish()` called from the @Post handler on line 7' },
          line: 17,
          column: 13,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'Express middleware held in a function declaration',
      code: dedent`
        ${header}
        import type { Producer } from 'kafkajs';
        app.use(express.json());
        async function attachProducer(req: { producer?: Producer }, _res: unknown, next: () => void) {
          req.producer = kafka.producer();
          await req.producer.connect();
          next();
        }
        app.use(attachProducer);
      `,
      errors: [
        {
          messageId: 'producerChurn',
          data: { call: 'kafka.producer', where: 'per request', origin: 'the middleware on line 8' },
          line: 9,
          column: 18,
          endColumn: 34,
        },
      ],
    },
  ],
});
