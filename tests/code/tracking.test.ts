import { describe, expect, it } from 'vitest';

import { analyse, at, requireModel } from './harness.js';

/** `line:column kind.method` for every call on a tracked object, in source order. */
function calls(code: string, filename = 'file.ts'): string[] {
  return requireModel(analyse(code, filename)).calls.map((call) => `${at(call.node)} ${call.kind}.${call.method}`);
}

describe('client tracking', () => {
  it('follows a module-level singleton, its exported producer and a const alias', () => {
    const code = `import { Kafka } from 'kafkajs';

const kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });
export const producer = kafka.producer();
const same = producer;

export async function publish(id: string) {
  await same.connect();
  await producer.send({ topic: 'orders', messages: [{ key: id, value: id }] });
}
`;
    expect(calls(code)).toEqual(['4:24 kafka.producer', '8:8 producer.connect', '9:8 producer.send']);
    const result = analyse(code);
    expect(result.tracked('same.connect')).toEqual({ kind: 'producer', library: 'kafkajs' });
    expect(result.tracked('kafka.producer')).toEqual({ kind: 'kafka', library: 'kafkajs' });
  });

  it('follows this.producer set in the constructor, class fields, private fields and getters', () => {
    expect(
      calls(`import { Kafka, type Producer } from 'kafkajs';

export class OrderEvents {
  private readonly producer: Producer;
  #consumer = this.kafka.consumer({ groupId: 'orders' });
  private admin;

  constructor(private readonly kafka: Kafka) {
    this.producer = kafka.producer({ idempotent: true });
  }

  get events() {
    return this.producer;
  }

  async start() {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    await this.#consumer.subscribe({ topics: ['orders'] });
    await this.events.send({ topic: 'audit', messages: [] });
  }
}
`),
    ).toEqual([
      '5:14 kafka.consumer',
      '9:20 kafka.producer',
      '17:17 kafka.admin',
      '18:10 admin.connect',
      '19:10 consumer.subscribe',
      '20:10 producer.send',
    ]);
  });

  it('follows constructor parameter properties typed with the library types', () => {
    expect(
      calls(`import { Injectable } from '@nestjs/common';
import type { Consumer, Producer } from 'kafkajs';

@Injectable()
export class Relay {
  constructor(
    private readonly producer: Producer,
    protected consumer?: Consumer,
  ) {}

  async relay() {
    await this.consumer?.run({ eachMessage: async ({ message }) => { await this.producer.send({ topic: 'out', messages: [message] }); } });
  }
}
`),
    ).toEqual(['12:10 consumer.run', '12:75 producer.send']);
  });

  it('follows lazy initialisation of a module variable', () => {
    expect(
      calls(`import { Kafka, Producer } from 'kafkajs';

const kafka = new Kafka({ brokers: ['kafka:9092'] });
let producer: Producer | null = null;
let untyped;

export async function getProducer(): Promise<Producer> {
  if (!producer) {
    producer = kafka.producer();
    await producer.connect();
  }
  return producer;
}

export function getUntyped() {
  untyped ??= kafka.consumer({ groupId: 'g' });
  return untyped;
}

export async function send() {
  const p = await getProducer();
  await p.send({ topic: 't', messages: [] });
  await getUntyped().stop();
}
`),
    ).toEqual([
      '9:15 kafka.producer',
      '10:10 producer.connect',
      '16:14 kafka.consumer',
      '22:8 producer.send',
      '23:8 consumer.stop',
    ]);
  });

  it('follows factory functions, async ones and arrow ones', () => {
    expect(
      calls(`import { Kafka } from 'kafkajs';

const kafka = new Kafka({ brokers: ['kafka:9092'] });

function createProducer() {
  return kafka.producer({ idempotent: true });
}

const createConsumer = async (groupId: string) => {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  return consumer;
};

const makeAdmin = () => kafka.admin();

export async function main() {
  const producer = createProducer();
  const consumer = await createConsumer('billing');
  await producer.connect();
  await consumer.subscribe({ topics: ['billing'] });
  await makeAdmin().listTopics();
}
`),
    ).toEqual([
      '6:9 kafka.producer',
      '10:19 kafka.consumer',
      '11:8 consumer.connect',
      '15:24 kafka.admin',
      '20:8 producer.connect',
      '21:8 consumer.subscribe',
      '22:8 admin.listTopics',
    ]);
  });

  it('follows destructuring of objects holding clients, and of factory results', () => {
    expect(
      calls(`import { Kafka } from 'kafkajs';

const kafka = new Kafka({ brokers: ['kafka:9092'] });
const clients = { producer: kafka.producer(), consumer: kafka.consumer({ groupId: 'g' }) };
const { producer } = clients;

function connectAll() {
  return { admin: kafka.admin(), consumer: clients.consumer };
}

export async function main() {
  const { admin, consumer } = connectAll();
  await producer.connect();
  await clients.consumer.connect();
  await admin.fetchTopicMetadata();
  await consumer.disconnect();
}
`),
    ).toEqual([
      '4:28 kafka.producer',
      '4:56 kafka.consumer',
      '8:18 kafka.admin',
      '13:8 producer.connect',
      '14:8 consumer.connect',
      '15:8 admin.fetchTopicMetadata',
      '16:8 consumer.disconnect',
    ]);
  });

  it('follows consumers inherited from a base class in the same file', () => {
    expect(
      calls(`import { Kafka } from 'kafkajs';

abstract class KafkaConsumerBase {
  protected consumer = this.kafka.consumer({ groupId: this.groupId });
  constructor(protected readonly kafka: Kafka, private readonly groupId: string) {}
}

export class PaymentsConsumer extends KafkaConsumerBase {
  async start() {
    await this.consumer.subscribe({ topics: ['payments'] });
  }
}
`),
    ).toEqual(['4:23 kafka.consumer', '10:10 consumer.subscribe']);
  });

  it('follows methods that return clients', () => {
    expect(
      calls(`import { Kafka } from 'kafkajs';

export class Bus {
  private kafka = new Kafka({ brokers: ['kafka:9092'] });
  private createProducer() {
    return this.kafka.producer();
  }
  async publish() {
    const producer = this.createProducer();
    await producer.send({ topic: 't', messages: [] });
  }
}
`),
    ).toEqual(['6:11 kafka.producer', '10:10 producer.send']);
  });

  it('takes an assertion to a library type as what the value is', () => {
    expect(
      calls(`import type { Producer } from 'kafkajs';
const registry = new Map<string, unknown>();
export async function publish() {
  await (registry.get('orders') as Producer).send({ topic: 'orders', messages: [] });
  await (<Producer>registry.get('audit')).connect();
  await (registry.get('other') as { send(): void }).send();
}
`),
    ).toEqual(['4:8 producer.send', '5:8 producer.connect']);
  });

  it('follows transactions', () => {
    expect(
      calls(`import { Kafka } from 'kafkajs';

const producer = new Kafka({ brokers: [] }).producer({ transactionalId: 'tx', idempotent: true, maxInFlightRequests: 1 });

export async function move() {
  const transaction = await producer.transaction();
  try {
    await transaction.send({ topic: 'out', messages: [{ key: 'k', value: 'v' }] });
    await transaction.sendOffsets({ consumerGroupId: 'g', topics: [] });
    await transaction.commit();
  } catch (error) {
    await transaction.abort();
  }
}
`),
    ).toEqual([
      '3:17 kafka.producer',
      '6:28 producer.transaction',
      '8:10 transaction.send',
      '9:10 transaction.sendOffsets',
      '10:10 transaction.commit',
      '12:10 transaction.abort',
    ]);
  });

  it('follows untyped parameters only when every call in the file passes the same kind of client', () => {
    expect(
      calls(`import { Kafka } from 'kafkajs';

const kafka = new Kafka({ brokers: [] });

function drain(consumer) {
  return consumer.stop();
}
function mixed(target) {
  return target.send({ topic: 't', messages: [] });
}

drain(kafka.consumer({ groupId: 'a' }));
drain(kafka.consumer({ groupId: 'b' }));
mixed(kafka.producer());
mixed({ send() {} });
`, 'worker.js'),
    ).toEqual(['6:9 consumer.stop', '12:6 kafka.consumer', '13:6 kafka.consumer', '14:6 kafka.producer']);
  });
});

describe('look-alikes', () => {
  it('never tracks the send of other libraries, nor a Producer class from another module', () => {
    const code = `import { Kafka } from 'kafkajs';
import { Server } from 'socket.io';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import WebSocket from 'ws';
import { Queue } from 'bullmq';
import amqp from 'amqplib';
import Redis from 'ioredis';
import express from 'express';
import { Producer } from './messaging/producer';
import { Producer as RabbitProducer } from 'rabbitmq-client';

export const kafka = new Kafka({ brokers: ['kafka:9092'] });

const io = new Server();
io.on('connection', (socket) => socket.send('hello'));
const sqs = new SQSClient({});
await sqs.send(new SendMessageCommand({ QueueUrl: 'q', MessageBody: 'x' }));
const ws = new WebSocket('ws://localhost');
ws.send('x');
const queue = new Queue('emails');
await queue.add('welcome', { key: 'x' });
const channel = await (await amqp.connect('amqp://localhost')).createChannel();
channel.sendToQueue('q', Buffer.from('x'));
await new Redis().publish('channel', 'x');
const app = express();
app.post('/orders', (req, res) => res.send({ ok: true }));
const mine = new Producer();
await mine.send({ topic: 't', messages: [{ key: 'k', value: 'v' }] });
const rabbit = new RabbitProducer();
await rabbit.send({ topic: 't', messages: [{ key: 'k' }] });
class LocalProducer { send(_record: unknown) {} }
new LocalProducer().send({ topic: 't', messages: [{ key: 'k' }] });
export function publish(producer: Producer) {
  return producer.send({ topic: 't', messages: [{ key: 'k' }] });
}
`;
    const result = analyse(code);
    const model = requireModel(result);
    expect(model.calls).toEqual([]);
    expect(model.messages).toEqual([]);
    expect(model.views.map((view) => view.role)).toEqual(['common']);
    for (const callee of ['socket.send', 'sqs.send', 'ws.send', 'queue.add', 'channel.sendToQueue', 'res.send', 'mine.send', 'rabbit.send', 'producer.send']) {
      expect(result.tracked(callee), callee).toBeUndefined();
    }
  });

  it('does not track a variable that merely shares a name with a Kafka client', () => {
    expect(
      calls(`import type { Producer } from 'kafkajs';
import { KafkaClient, Producer as NodeProducer } from 'kafka-node';

const producer = new NodeProducer(new KafkaClient());
producer.send([{ topic: 't', messages: ['x'] }], () => {});
function send(kafka: { producer(): { send(): void } }) {
  kafka.producer().send();
}
`),
    ).toEqual([]);
  });
});
