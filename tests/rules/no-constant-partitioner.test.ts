import rule from '../../src/rules/no-constant-partitioner.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka, Partitioners } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['kafka:9092'] });\n";

codeTester.run('no-constant-partitioner', rule, {
  valid: [
    {
      name: 'the built-in partitioners',
      code: dedent`
        ${header}
        export const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
        export const legacy = kafka.producer({ createPartitioner: Partitioners.LegacyPartitioner });
      `,
    },
    {
      name: 'a custom partitioner that hashes the key',
      code: dedent`
        ${header}
        declare function murmur(key: Buffer | string): number;
        const ByTenant = () => ({ partitionMetadata, message }: { partitionMetadata: unknown[]; message: { key?: string | Buffer | null } }) =>
          message.key ? murmur(message.key) % partitionMetadata.length : 0;
        export const producer = kafka.producer({ createPartitioner: ByTenant });
      `,
    },
    {
      name: 'a partitioner that honours the message partition',
      code: dedent`
        ${header}
        export const producer = kafka.producer({
          createPartitioner: () => ({ message }) => message.partition ?? 0,
        });
      `,
    },
    {
      name: 'a different constant per topic',
      code: dedent`
        ${header}
        export const producer = kafka.producer({
          createPartitioner: () => ({ topic }) => {
            if (topic === 'audit') return 0;
            return 1;
          },
        });
      `,
    },
    {
      name: 'a partitioner whose other path falls back to the default partitioner',
      code: dedent`
        ${header}
        export const producer = kafka.producer({
          createPartitioner: () => {
            const fallback = Partitioners.DefaultPartitioner();
            return (args) => (args.topic === 'audit' ? 0 : fallback(args));
          },
        });
      `,
    },
    {
      name: 'a partitioner that can run off its end',
      code: dedent`
        ${header}
        export const producer = kafka.producer({
          createPartitioner: () => ({ message }) => {
            if (message.headers?.pinned) return 0;
          },
        });
      `,
    },
    {
      name: 'an imported partitioner',
      code: dedent`
        ${header}
        import { RegionPartitioner } from './partitioners';
        export const producer = kafka.producer({ createPartitioner: RegionPartitioner });
      `,
    },
    {
      name: 'look-alike: createPartitioner options of another client',
      code: dedent`
        ${header}
        import Pulsar from 'pulsar-client';
        const options = { serviceUrl: 'pulsar://localhost:6650', createPartitioner: () => () => 0 };
        export const client = new Pulsar.Client(options);
      `,
    },
    {
      name: 'node-rdkafka partitioner_cb that hashes the key, and one that returns -1',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const crc = require('crc-32');
        const hashed = new Kafka.Producer({
          'metadata.broker.list': 'kafka:9092',
          partitioner_cb: (topic, key, partitionCount) => Math.abs(crc.str(String(key))) % partitionCount,
        });
        const unassigned = new Kafka.Producer({ 'metadata.broker.list': 'kafka:9092', partitioner_cb: () => -1 });
        module.exports = { hashed, unassigned };
      `,
    },
  ],
  invalid: [
    {
      name: 'the custom partitioner of the kafkajs documentation',
      code: dedent`
        ${header}
        const MyPartitioner = () => {
          return ({ topic, partitionMetadata, message }) => {
            // select a partition based on some logic
            // return the partition number
            return 0;
          };
        };
        export const producer = kafka.producer({ createPartitioner: MyPartitioner });
      `,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'createPartitioner', partition: 0 }, line: 8, column: 12, endColumn: 13 }],
    },
    {
      name: 'an inline arrow returning an arrow',
      code: `${header}export const producer = kafka.producer({ idempotent: true, createPartitioner: () => () => 1 });\n`,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'createPartitioner', partition: 1 }, line: 3, column: 91, endColumn: 92 }],
    },
    {
      name: 'every return gives the same const',
      code: dedent`
        ${header}
        const AUDIT_PARTITION = 2;
        export const producer = kafka.producer({
          createPartitioner: () => ({ message }) => {
            if (!message.key) return AUDIT_PARTITION;
            return AUDIT_PARTITION;
          },
        });
      `,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'createPartitioner', partition: 2 }, line: 7, column: 30, endColumn: 45 }],
    },
    {
      name: 'function declarations, the factory returning a named partitioner',
      code: dedent`
        ${header}
        function pinned(): number {
          return 3;
        }
        function pinnedPartitioner() {
          return pinned;
        }
        export const producer = kafka.producer({ createPartitioner: pinnedPartitioner });
      `,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'createPartitioner', partition: 3 }, line: 5, column: 10, endColumn: 11 }],
    },
    {
      name: 'options held in a const, producer created in a class',
      code: dedent`
        import { Kafka, type Producer, type ProducerConfig } from 'kafkajs';
        const producerConfig: ProducerConfig = {
          idempotent: true,
          createPartitioner: () => () => 0,
        };
        export class Events {
          private readonly producer: Producer;
          constructor(kafka: Kafka) {
            this.producer = kafka.producer(producerConfig);
          }
        }
      `,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'createPartitioner', partition: 0 }, line: 4, column: 34, endColumn: 35 }],
    },
    {
      name: 'NestJS client options',
      code: dedent`
        import { Module } from '@nestjs/common';
        import { ClientsModule, Transport } from '@nestjs/microservices';
        @Module({
          imports: [
            ClientsModule.register([
              {
                name: 'EVENTS',
                transport: Transport.KAFKA,
                options: {
                  client: { brokers: ['kafka:9092'] },
                  producer: { idempotent: true, createPartitioner: () => () => 0 },
                },
              },
            ]),
          ],
        })
        export class EventsModule {}
      `,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'createPartitioner', partition: 0 }, line: 11, column: 72, endColumn: 73 }],
    },
    {
      name: 'node-rdkafka partitioner_cb',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const producer = new Kafka.Producer({
          'metadata.broker.list': 'kafka:9092',
          partitioner_cb: (topic, key, partitionCount) => 0,
        });
        module.exports = producer;
      `,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'partitioner_cb', partition: 0 }, line: 4, column: 51, endColumn: 52 }],
    },
    {
      name: 'Confluent client, node-rdkafka-style API, callback in a function declaration',
      code: dedent`
        const { Producer } = require('@confluentinc/kafka-javascript');
        function firstPartition(topic, key, partitionCount) {
          return 0;
        }
        const producer = new Producer({ 'bootstrap.servers': 'kafka:9092', partitioner_cb: firstPartition });
        module.exports = producer;
      `,
      errors: [{ messageId: 'constantPartitioner', data: { option: 'partitioner_cb', partition: 0 }, line: 3, column: 10, endColumn: 11 }],
    },
  ],
});
