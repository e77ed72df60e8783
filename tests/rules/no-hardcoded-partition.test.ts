import rule from '../../src/rules/no-hardcoded-partition.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true });\n";

codeTester.run('no-hardcoded-partition', rule, {
  valid: [
    {
      name: 'the key chooses the partition',
      code: `${header}export const publish = (order: { id: string }) => producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });\n`,
    },
    {
      name: 'a partition computed from the key',
      code: dedent`
        ${header}
        declare function murmur(key: string): number;
        export async function publish(id: string, partitions: number) {
          await producer.send({ topic: 'orders', messages: [{ key: id, value: id, partition: murmur(id) % partitions }] });
        }
      `,
    },
    {
      name: 'a loop that writes a marker to every partition',
      code: dedent`
        ${header}
        export async function markEpoch(epoch: string, partitions: number) {
          for (let partition = 0; partition < partitions; partition++) {
            await producer.send({ topic: 'ticks', messages: [{ value: epoch, partition }] });
          }
        }
      `,
    },
    {
      name: 'one message per partition in one send',
      code: `${header}await producer.send({ topic: 'control', messages: [{ value: 'stop', partition: 0 }, { value: 'stop', partition: 1 }, { value: 'stop', partition: 2 }] });\n`,
    },
    {
      name: 'null, undefined and -1 leave the choice to the partitioner',
      code: dedent`
        ${header}
        await producer.send({ topic: 'a', messages: [{ value: 'x', partition: null }] });
        await producer.send({ topic: 'b', messages: [{ value: 'x', partition: undefined }] });
        await producer.send({ topic: 'c', messages: [{ value: 'x', partition: -1 }] });
      `,
    },
    {
      name: 'a partition that changes at run time',
      code: dedent`
        ${header}
        let current = 0;
        export function rotate(partitions: number) { current = (current + 1) % partitions; }
        export const tick = () => producer.send({ topic: 'ticks', messages: [{ value: 'tick', partition: current }] });
        export const fromEnv = () => producer.send({ topic: 'ticks', messages: [{ value: 'tick', partition: Number(process.env.PARTITION) }] });
      `,
    },
    {
      name: 'NestJS emit payloads are serialized by Nest',
      code: dedent`
        import { Inject, Injectable } from '@nestjs/common';
        import { ClientKafka } from '@nestjs/microservices';
        @Injectable()
        export class AuditPublisher {
          constructor(@Inject('AUDIT') private readonly client: ClientKafka) {}
          record(entry: string) {
            return this.client.emit('audit', { key: entry, value: entry, partition: 0 });
          }
        }
      `,
    },
    {
      name: 'look-alikes: Socket.IO and a queue client with a partition field',
      code: dedent`
        ${header}
        import { Server } from 'socket.io';
        declare const queue: { send(input: { messages: { partition: number; value: string }[] }): Promise<void> };
        export function relay(io: Server, value: string) {
          io.to('room').emit('update', { partition: 0, value });
          return queue.send({ messages: [{ partition: 0, value }] });
        }
      `,
    },
    {
      name: 'node-rdkafka produce with the default partitioner',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const producer = new Kafka.Producer({ 'metadata.broker.list': 'kafka:9092', dr_cb: true });
        producer.connect();
        producer.on('ready', () => {
          producer.produce('geo', null, Buffer.from('a'), 'device-1');
          producer.produce('geo', -1, Buffer.from('b'), 'device-2');
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'literal partition 0',
      code: `${header}export const publish = (id: string) => producer.send({ topic: 'orders', messages: [{ key: id, value: id, partition: 0 }] });\n`,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 0 }, line: 3, column: 117, endColumn: 118 }],
    },
    {
      name: 'a const partition, written shorthand',
      code: dedent`
        ${header}
        const partition = 2;
        export const publish = (id: string) => producer.send({ topic: 'orders', messages: [{ key: id, value: id, partition }] });
      `,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 2 }, line: 5, column: 106, endColumn: 115 }],
    },
    {
      name: 'messages built by map, all on one partition',
      code: dedent`
        ${header}
        export async function publishAll(ids: string[]) {
          await producer.send({
            topic: 'invoices',
            messages: ids.map((id) => ({ key: id, value: id, partition: 1 })),
          });
        }
      `,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 1 }, line: 7, column: 65, endColumn: 66 }],
    },
    {
      name: 'the same partition for each message of one send',
      code: `${header}await producer.send({ topic: 'audit', messages: [{ value: 'a', partition: 3 }, { value: 'b', partition: 3 }] });\n`,
      errors: [
        { messageId: 'hardcodedPartition', data: { partition: 3 }, line: 3, column: 75, endColumn: 76 },
        { messageId: 'hardcodedPartition', data: { partition: 3 }, line: 3, column: 105, endColumn: 106 },
      ],
    },
    {
      name: 'an enum member, in a transaction of a class',
      code: dedent`
        import { Kafka, Producer } from 'kafkajs';
        enum Partitions { Ledger = 4 }
        export class Ledger {
          constructor(private readonly producer: Producer) {}
          async append(entry: string) {
            const transaction = await this.producer.transaction();
            await transaction.send({ topic: 'ledger', messages: [{ value: entry, partition: Partitions.Ledger }] });
            await transaction.commit();
          }
        }
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
      `,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 4 }, line: 7, column: 85, endColumn: 102 }],
    },
    {
      name: 'sendBatch with a constant from a config object',
      code: dedent`
        ${header}
        const ROUTING = { audit: { partition: 0 } } as const;
        export const flush = (lines: string[]) =>
          producer.sendBatch({ topicMessages: [{ topic: 'audit', messages: lines.map((value) => ({ value, partition: ROUTING.audit.partition })) }] });
      `,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 0 }, line: 6, column: 110, endColumn: 133 }],
    },
    {
      name: 'Confluent client (CommonJS)',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const producer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).producer();
        async function publish(device) {
          await producer.send({ topic: 'telemetry', messages: [{ key: device.id, value: JSON.stringify(device), partition: 5 }] });
        }
        module.exports = { publish };
      `,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 5 }, line: 4, column: 116, endColumn: 117 }],
    },
    {
      name: 'a singleton producer of a lazy getter, message held in a const',
      code: dedent`
        import { Kafka, type Producer } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        let producer: Producer | null = null;
        async function getProducer() {
          if (!producer) {
            producer = kafka.producer();
            await producer.connect();
          }
          return producer;
        }
        export async function track(event: string) {
          const message = { value: event, partition: 7 };
          await (await getProducer()).send({ topic: 'tracking', messages: [message] });
        }
      `,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 7 }, line: 12, column: 46, endColumn: 47 }],
    },
    {
      name: 'node-rdkafka produce to partition 0',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const producer = new Kafka.HighLevelProducer({ 'metadata.broker.list': 'kafka:9092' });
        producer.connect();
        producer.on('ready', () => {
          producer.produce('geo', 0, Buffer.from('a'), 'device-1', Date.now(), () => {});
        });
      `,
      errors: [{ messageId: 'hardcodedProducePartition', data: { partition: 0 }, line: 5, column: 27, endColumn: 28 }],
    },
    {
      name: 'one message const used by two sends is reported once',
      code: dedent`
        ${header}
        const heartbeat = { value: 'ping', partition: 0 };
        export async function ping() {
          await producer.send({ topic: 'health', messages: [heartbeat] });
          await producer.send({ topic: 'health-mirror', messages: [heartbeat] });
        }
      `,
      errors: [{ messageId: 'hardcodedPartition', data: { partition: 0 }, line: 4, column: 47, endColumn: 48 }],
    },
  ],
});
