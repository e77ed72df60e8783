import rule from '../../src/rules/require-message-key.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true });\n";

codeTester.run('require-message-key', rule, {
  valid: [
    { name: 'keyed message', code: `${header}await producer.send({ topic: 'orders', messages: [{ key: 'o-' + Date.now(), value: 'v' }] });\n` },
    { name: 'explicit null key documents that order does not matter', code: `${header}await producer.send({ topic: 'views', messages: [{ key: null, value: 'v' }] });\n` },
    { name: 'an explicit partition decides where the message goes', code: `${header}await producer.send({ topic: 'ops', messages: [{ value: 'v', partition: 0 }] });\n` },
    { name: 'a spread may carry the key', code: `${header}export const publish = (base: { key: string }) => producer.send({ topic: 't', messages: [{ ...base, value: 'v' }] });\n` },
    {
      name: 'Socket.IO and Express sends are not Kafka messages',
      code: dedent`
        import express from 'express';
        import { Server } from 'socket.io';
        const app = express();
        const io = new Server();
        io.on('connection', (socket) => socket.send({ value: 'hi' }));
        app.get('/', (_req, res) => res.send({ value: 'ok' }));
      `,
    },
    {
      name: 'NestJS payload with a key',
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
  ],
  invalid: [
    {
      name: 'kafkajs message without key',
      code: `${header}await producer.send({ topic: 'order-events', messages: [{ value: 'created' }] });\n`,
      errors: [{ messageId: 'missingKey', line: 3, column: 57, endLine: 3, endColumn: 77 }],
    },
    {
      name: 'messages array held in a variable, sent with sendBatch',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true });
        export async function flush(lines: string[]) {
          const messages = lines.map((line) => ({
            value: line,
            headers: { source: 'importer' },
          }));
          await producer.sendBatch({ topicMessages: [{ topic: 'imports', messages }] });
        }
      `,
      errors: [{ messageId: 'missingKey', line: 4, column: 41, endLine: 7, endColumn: 4 }],
    },
    {
      name: 'NestJS emit of a plain payload',
      code: dedent`
        import { Inject, Injectable } from '@nestjs/common';
        import { ClientKafka } from '@nestjs/microservices';
        @Injectable()
        export class OrdersService {
          constructor(@Inject('ORDERS') private readonly client: ClientKafka) {}
          created(orderId: string, total: number) {
            this.client.emit('order-created', { orderId, total });
          }
        }
      `,
      errors: [{ messageId: 'missingNestKey', line: 7, column: 39, endColumn: 57 }],
    },
  ],
});
