import rule from '../../src/rules/valid-consumer-timeouts.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['kafka:9092'] });\n";

codeTester.run('valid-consumer-timeouts', rule, {
  valid: [
    { name: 'kafkajs defaults', code: `${header}export const consumer = kafka.consumer({ groupId: 'billing' });\n` },
    {
      name: 'balanced kafkajs timeouts',
      code: `${header}export const consumer = kafka.consumer({ groupId: 'billing', sessionTimeout: 45_000, heartbeatInterval: 15_000, rebalanceTimeout: 60_000 });\n`,
    },
    {
      name: 'timeouts from the environment are not judged',
      code: `${header}export const consumer = kafka.consumer({ groupId: 'g', sessionTimeout: Number(process.env.SESSION_TIMEOUT), heartbeatInterval: 3000 });\n`,
    },
    {
      name: 'Confluent consumer on the KIP-848 protocol',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        module.exports = new Kafka().consumer({ 'group.id': 'g', 'group.protocol': 'consumer', 'session.timeout.ms': 1000 });
      `,
    },
    {
      name: 'a producer option named like a consumer one',
      code: `${header}export const producer = kafka.producer({ idempotent: true, transactionTimeout: 1000 });\n`,
    },
  ],
  invalid: [
    {
      name: 'kafkajs session below the broker minimum',
      code: `${header}export const consumer = kafka.consumer({ groupId: 'billing', sessionTimeout: 3000 });\n`,
      errors: [
        {
          messageId: 'sessionTooShort',
          data: { written: 'sessionTimeout', value: '3000', min: 6000 },
          line: 3,
          column: 78,
          endColumn: 82,
        },
      ],
    },
    {
      name: 'heartbeat above a third of the session, options in a const',
      code: dedent`
        import { Kafka, ConsumerConfig } from 'kafkajs';
        const consumerConfig: ConsumerConfig = {
          groupId: 'audit',
          sessionTimeout: 10_000,
          heartbeatInterval: 5_000,
        };
        export const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer(consumerConfig);
      `,
      errors: [{ messageId: 'heartbeatAboveThird', data: { written: 'heartbeatInterval', value: '5_000', session: '10000 ms (10 s)' }, line: 5, column: 22 }],
    },
    {
      name: 'heartbeat not below the session, in a NestJS microservice',
      code: dedent`
        import { NestFactory } from '@nestjs/core';
        import { Transport } from '@nestjs/microservices';
        import { AppModule } from './app.module';
        const app = await NestFactory.createMicroservice(AppModule, {
          transport: Transport.KAFKA,
          options: { consumer: { groupId: 'billing', sessionTimeout: 30000, heartbeatInterval: 30000 } },
        });
      `,
      errors: [{ messageId: 'heartbeatNotBelowSession', line: 6, column: 88 }],
    },
    {
      name: 'rebalance timeout below the session timeout',
      code: `${header}export const consumer = kafka.consumer({ groupId: 'g', sessionTimeout: 60000, rebalanceTimeout: 30000 });\n`,
      errors: [{ messageId: 'pollIntervalBelowSession', data: { written: 'rebalanceTimeout', value: '30000', session: '60000 ms (1 min)' }, line: 3, column: 97 }],
    },
    {
      name: 'session above the broker maximum',
      code: `${header}export const consumer = kafka.consumer({ groupId: 'g', sessionTimeout: 3_600_000, rebalanceTimeout: 3_600_000 });\n`,
      errors: [{ messageId: 'sessionTooLong', line: 3, column: 72 }],
    },
  ],
});

propertiesTester.run('valid-consumer-timeouts', rule as never, {
  valid: [
    {
      name: 'Java consumer with sane values',
      filename: 'consumer.properties',
      code: 'group.id=billing\nsession.timeout.ms=45000\nheartbeat.interval.ms=3000\nmax.poll.interval.ms=300000\nmax.poll.records=500\n',
    },
    { name: 'a producer file', filename: 'producer.properties', code: 'acks=all\nrequest.timeout.ms=1000\n' },
  ],
  invalid: [
    {
      name: 'poll interval below the session, too many records per poll',
      filename: 'consumer.properties',
      code: 'group.id=billing\nsession.timeout.ms=45000\nmax.poll.interval.ms=30000\nmax.poll.records=100000\n',
      errors: [
        { messageId: 'pollIntervalBelowSession', line: 3, column: 22 },
        {
          message:
            '`max.poll.records` 100000 leaves 0.3 ms per record of the 30000 ms (30 s) `max.poll.interval.ms`: one slow batch exceeds the poll interval, the member is evicted and the group rebalances, over and over. Lower it (the default is 500) or raise `max.poll.interval.ms`.',
          line: 4,
          column: 18,
        },
      ],
    },
    {
      name: 'librdkafka consumer with a two-second session',
      filename: 'rdkafka-consumer.conf',
      code: 'metadata.broker.list=kafka:9092\ngroup.id=g\nsession.timeout.ms=2000\n',
      errors: [{ messageId: 'sessionTooShort', line: 3, column: 20 }],
    },
  ],
});

yamlTester.run('valid-consumer-timeouts', rule as never, {
  valid: [
    {
      name: 'Spring consumer properties within bounds',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n      max-poll-records: 200\n      properties:\n        session.timeout.ms: 45000\n',
    },
  ],
  invalid: [
    {
      name: 'Spring heartbeat-interval against the Java default session',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n      heartbeat-interval: 20000\n',
      errors: [{ messageId: 'heartbeatAboveThird', data: { written: 'heartbeat-interval', value: '20000', session: '45000 ms (45 s)' }, line: 5, column: 27 }],
    },
  ],
});
