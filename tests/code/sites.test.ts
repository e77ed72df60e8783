import { describe, expect, it } from 'vitest';

import { analyse, at, locate, requireModel } from './harness.js';

function messagesOf(code: string) {
  return requireModel(analyse(code)).messages.map((message) => ({
    at: at(message.node),
    key: message.key ? at(message.key) : null,
    partition: message.partition ? at(message.partition) : null,
    complete: message.complete,
    call: at(message.call),
  }));
}

function handlersOf(code: string, filename = 'file.ts') {
  return requireModel(analyse(code, filename)).handlers.map((handler) => ({
    kind: handler.kind,
    fn: at(handler.fn),
    delegate: handler.delegate ? at(handler.delegate) : null,
    run: at(handler.run),
    runOptions: handler.runOptions?.entries.map((entry) => entry.written) ?? null,
  }));
}

describe('message sites', () => {
  it('finds messages written inline, mapped from a list, held in a const, and pushed onto a local array', () => {
    const code = `import { Kafka } from 'kafkajs';

const producer = new Kafka({ brokers: [] }).producer();
type Order = { id: string; region: string };

export async function publish(orders: Order[]) {
  await producer.send({ topic: 'a', messages: [{ key: 'static', value: 'x' }, { value: 'unkeyed' }] });
  await producer.send({ topic: 'b', messages: orders.map((order) => ({ key: order.id, value: JSON.stringify(order) })) });
  await producer.send({
    topic: 'c',
    messages: orders.map((order) => {
      return { partition: 0, value: order.id };
    }),
  });
  const fixed = [{ key: 'k1', value: '1' }];
  await producer.send({ topic: 'd', messages: fixed });
  const batch = [];
  for (const order of orders) batch.push({ key: order.region, value: order.id });
  batch.push(...orders.map((order) => ({ value: order.id })));
  await producer.send({ topic: 'e', messages: batch });
}
`;
    const send = (topic: string) => locate(code, topic === 'c' ? 'producer.send({\n' : `producer.send({ topic: '${topic}'`);
    expect(messagesOf(code)).toEqual([
      { at: locate(code, "{ key: 'static'"), key: locate(code, "key: 'static'"), partition: null, complete: true, call: send('a') },
      { at: locate(code, "{ value: 'unkeyed'"), key: null, partition: null, complete: true, call: send('a') },
      { at: locate(code, '{ key: order.id'), key: locate(code, 'key: order.id'), partition: null, complete: true, call: send('b') },
      { at: locate(code, '{ partition: 0'), key: null, partition: locate(code, 'partition: 0'), complete: true, call: send('c') },
      { at: locate(code, "{ key: 'k1'"), key: locate(code, "key: 'k1'"), partition: null, complete: true, call: send('d') },
      { at: locate(code, '{ key: order.region'), key: locate(code, 'key: order.region'), partition: null, complete: true, call: send('e') },
      { at: locate(code, '{ value: order.id }'), key: null, partition: null, complete: true, call: send('e') },
    ]);
  });

  it('finds the messages of sendBatch and of transactions, and messages built by local functions', () => {
    const code = `import { Kafka } from 'kafkajs';

const producer = new Kafka({ brokers: [] }).producer({ transactionalId: 'tx', idempotent: true });
const toMessage = (id: string) => ({ key: id, value: id });

export async function move(ids: string[]) {
  await producer.sendBatch({
    topicMessages: [
      { topic: 'a', messages: [toMessage('a')] },
      { topic: 'b', messages: ids.map(toMessage) },
    ],
  });
  const transaction = await producer.transaction();
  await transaction.send({ topic: 'c', messages: [{ key: null, value: 'c' }] });
  await transaction.commit();
}
`;
    expect(messagesOf(code)).toEqual([
      { at: locate(code, '{ key: id'), key: locate(code, 'key: id'), partition: null, complete: true, call: locate(code, 'producer.sendBatch') },
      { at: locate(code, '{ key: null'), key: locate(code, 'key: null'), partition: null, complete: true, call: locate(code, 'transaction.send') },
    ]);
  });

  it('looks into spread objects for the key, and says when a spread or computed key hides it', () => {
    expect(
      messagesOf(`import { Kafka } from 'kafkajs';
import { defaults } from './defaults';

declare const field: string;
const keyed = { key: 'tenant-1' };
const producer = new Kafka({ brokers: [] }).producer();
await producer.send({
  topic: 't',
  messages: [
    { ...keyed, value: 'a' },
    { ...defaults, value: 'b' },
    { [field]: 'x', value: 'c' },
  ],
});
`),
    ).toEqual([
      { at: '10:4', key: '5:16', partition: null, complete: true, call: '7:6' },
      { at: '11:4', key: null, partition: null, complete: false, call: '7:6' },
      { at: '12:4', key: null, partition: null, complete: false, call: '7:6' },
    ]);
  });

  it('finds messages written before a record spread it cannot see', () => {
    const code = `import { Kafka } from 'kafkajs';
import { recordDefaults } from './defaults';
const producer = new Kafka({ brokers: [] }).producer();
await producer.send({ topic: 't', messages: [{ key: 'k', value: 'v' }], ...recordDefaults });
`;
    expect(messagesOf(code)).toEqual([
      { at: locate(code, "{ key: 'k'"), key: locate(code, "key: 'k'"), partition: null, complete: true, call: locate(code, 'producer.send') },
    ]);
  });

  it('finds nothing it cannot see, and nothing sent by other libraries', () => {
    expect(
      messagesOf(`import { Kafka, type Message } from 'kafkajs';
import { Server } from 'socket.io';

const producer = new Kafka({ brokers: [] }).producer();
export async function forward(messages: Message[], io: Server) {
  await producer.send({ topic: 't', messages });
  io.send({ topic: 't', messages: [{ key: 'k', value: 'v' }] });
}
`),
    ).toEqual([]);
  });
});

describe('handler sites', () => {
  it('resolves inline functions, variables, declarations and object method shorthand', () => {
    expect(
      handlersOf(`import { Kafka, type EachMessagePayload } from 'kafkajs';

const kafka = new Kafka({ brokers: [] });
const a = kafka.consumer({ groupId: 'a' });
const b = kafka.consumer({ groupId: 'b' });
const c = kafka.consumer({ groupId: 'c' });
const d = kafka.consumer({ groupId: 'd' });

const onMessage = async ({ message }: EachMessagePayload) => {};
async function onBatch() {}

await a.run({ autoCommit: false, eachMessage: async ({ message }) => {} });
await b.run({ eachMessage: onMessage });
await c.run({ eachBatchAutoResolve: false, eachBatch: onBatch });
await d.run({
  async eachMessage({ message }) {},
});
`),
    ).toEqual([
      { kind: 'eachMessage', fn: '12:46', delegate: null, run: '12:6', runOptions: ['autoCommit'] },
      { kind: 'eachMessage', fn: '9:18', delegate: null, run: '13:6', runOptions: [] },
      { kind: 'eachBatch', fn: '10:0', delegate: null, run: '14:6', runOptions: ['eachBatchAutoResolve'] },
      { kind: 'eachMessage', fn: '16:19', delegate: null, run: '15:6', runOptions: [] },
    ]);
  });

  it('resolves method references, bound methods, class property arrows and forwarding wrappers', () => {
    expect(
      handlersOf(`import { Kafka, type EachMessagePayload } from 'kafkajs';

export class Worker {
  private consumer = new Kafka({ brokers: [] }).consumer({ groupId: 'w' });

  async start() {
    await this.consumer.run({ eachMessage: this.handle });
    await this.consumer.run({ eachMessage: this.handle.bind(this) });
    await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
    await this.consumer.run({ eachBatch: this.onBatch });
  }

  private async handle(payload: EachMessagePayload) {}

  private onBatch = async () => {};
}
`),
    ).toEqual([
      { kind: 'eachMessage', fn: '13:22', delegate: null, run: '7:10', runOptions: [] },
      { kind: 'eachMessage', fn: '13:22', delegate: null, run: '8:10', runOptions: [] },
      { kind: 'eachMessage', fn: '9:43', delegate: '13:22', run: '9:10', runOptions: [] },
      { kind: 'eachBatch', fn: '15:20', delegate: null, run: '10:10', runOptions: [] },
    ]);
  });

  it('resolves a factory parameter when every call passes a function it can resolve', () => {
    expect(
      handlersOf(`const { Kafka } = require('kafkajs');

const kafka = new Kafka({ brokers: [] });

function startConsumer(groupId, handler) {
  const consumer = kafka.consumer({ groupId });
  return consumer.run({ eachMessage: handler });
}

async function onOrder({ message }) {}
startConsumer('orders', onOrder);
startConsumer('payments', async ({ message }) => {});
`, 'consumers.js'),
    ).toEqual([
      { kind: 'eachMessage', fn: '10:0', delegate: null, run: '7:9', runOptions: [] },
      { kind: 'eachMessage', fn: '12:26', delegate: null, run: '7:9', runOptions: [] },
    ]);
  });

  it('skips a factory parameter when some call passes something it cannot resolve', () => {
    expect(
      handlersOf(`import { Kafka } from 'kafkajs';
import { handlers } from './handlers';

const kafka = new Kafka({ brokers: [] });
export function startConsumer(handler: (payload: unknown) => Promise<void>) {
  return kafka.consumer({ groupId: 'g' }).run({ eachMessage: handler });
}
startConsumer(async () => {});
startConsumer(handlers.orders);
`),
    ).toEqual([]);
  });
});
