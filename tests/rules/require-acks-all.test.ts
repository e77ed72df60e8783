import rule from '../../src/rules/require-acks-all.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const leaderOnly = (written: string, fix: string) =>
  `\`${written}\` is 1: only the partition leader confirms the write, so a message is lost when the leader fails before its followers copy it. Set it to \`${fix}\` to wait for all in-sync replicas.`;
const noAcks = (written: string, fix: string) =>
  `\`${written}\` is 0: the producer never learns whether the broker stored the message, so any failure loses it silently. Set it to \`${fix}\` to wait for all in-sync replicas.`;

/** The suggestion's output: `code` with the text at `line:column` (1-based) replaced. */
function replacedAt(code: string, line: number, column: number, length: number, text: string): string {
  const lines = code.split('\n');
  const target = lines[line - 1]!;
  lines[line - 1] = target.slice(0, column - 1) + text + target.slice(column - 1 + length);
  return lines.join('\n');
}

const classSendBatch = dedent`
  import { Kafka, Producer } from 'kafkajs';
  export class AuditPublisher {
    private readonly producer: Producer;
    constructor(kafka: Kafka) {
      this.producer = kafka.producer();
    }
    async flush(topicMessages: { topic: string; messages: { key: string; value: string }[] }[]) {
      await this.producer.sendBatch({ acks: 0, topicMessages });
    }
  }
`;
const constSendOptions = dedent`
  import { Kafka } from 'kafkajs';
  const SEND_OPTIONS = { acks: 1, timeout: 5000 };
  const producer = new Kafka({ brokers: ['kafka:9092'] }).producer();
  export const publish = (value: string) => producer.send({ topic: 't', messages: [{ key: 'k' + value, value }], ...SEND_OPTIONS });
`;
const nestMicroservice = dedent`
  import { NestFactory } from '@nestjs/core';
  import { MicroserviceOptions, Transport } from '@nestjs/microservices';
  import { AppModule } from './app.module';

  async function bootstrap() {
    const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, {
      transport: Transport.KAFKA,
      options: {
        client: { brokers: ['kafka:9092'] },
        producer: { idempotent: true },
        send: { acks: 1 },
      },
    });
    await app.listen();
  }
  void bootstrap();
`;
const confluentWorker = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
  const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
  const fast = kafka.producer({ kafkaJS: { acks: 1, idempotent: false } });
  const legacy = kafka.producer({ 'request.required.acks': '0' });
  module.exports = { fast, legacy };
`;

codeTester.run('require-acks-all', rule, {
  valid: [
    {
      name: 'kafkajs send without acks uses the default -1',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ idempotent: true });
        export async function publish(id: string, body: string) {
          await producer.send({ topic: 'orders', messages: [{ key: id, value: body }] });
        }
      `,
    },
    {
      name: 'kafkajs send with acks -1',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer();
        await producer.send({ topic: 'orders', acks: -1, messages: [] });
      `,
    },
    {
      name: 'acks computed at run time is not judged',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer();
        await producer.send({ topic: 'orders', acks: Number(process.env.ACKS), messages: [] });
      `,
    },
    {
      name: 'Socket.IO acks are not Kafka acks',
      code: dedent`
        import { io } from 'socket.io-client';
        const socket = io('https://chat.example.com');
        socket.send({ acks: 1, text: 'hello' });
      `,
    },
    {
      name: 'a file without a Kafka client is skipped',
      code: dedent`
        const producer = makeProducer();
        producer.send({ topic: 'orders', acks: 1, messages: [] });
      `,
    },
  ],
  invalid: [
    {
      name: 'kafkajs singleton send with acks 1',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: ['kafka:9092'] });
        const producer = kafka.producer({ idempotent: true });
        export async function publish(id: string, body: string) {
          await producer.send({ topic: 'orders', acks: 1, messages: [{ key: id, value: body }] });
        }
      `,
      errors: [
        {
          messageId: 'leaderOnly',
          data: { written: 'acks', fix: '`-1`' },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useAll',
              data: { written: 'acks', fix: '`-1`' },
              output: dedent`
                import { Kafka } from 'kafkajs';
                const kafka = new Kafka({ brokers: ['kafka:9092'] });
                const producer = kafka.producer({ idempotent: true });
                export async function publish(id: string, body: string) {
                  await producer.send({ topic: 'orders', acks: -1, messages: [{ key: id, value: body }] });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'class field producer, sendBatch with acks 0',
      code: classSendBatch,
      errors: [
        {
          messageId: 'noAcks',
          line: 8,
          column: 43,
          endColumn: 44,
          suggestions: [{ messageId: 'useAll', data: { written: 'acks', fix: '`-1`' }, output: replacedAt(classSendBatch, 8, 43, 1, '-1') }],
        },
      ],
    },
    {
      name: 'send options held in a const object',
      code: constSendOptions,
      errors: [
        {
          messageId: 'leaderOnly',
          line: 2,
          column: 30,
          endColumn: 31,
          suggestions: [{ messageId: 'useAll', data: { written: 'acks', fix: '`-1`' }, output: replacedAt(constSendOptions, 2, 30, 1, '-1') }],
        },
      ],
    },
    {
      name: 'NestJS microservice options.send',
      code: nestMicroservice,
      errors: [
        {
          messageId: 'leaderOnly',
          data: { written: 'acks', fix: '`-1`' },
          line: 11,
          column: 21,
          suggestions: [{ messageId: 'useAll', data: { written: 'acks', fix: '`-1`' }, output: replacedAt(nestMicroservice, 11, 21, 1, '-1') }],
        },
      ],
    },
    {
      name: 'Confluent producer with acks in the kafkaJS block and librdkafka request.required.acks (CommonJS)',
      code: confluentWorker,
      errors: [
        {
          messageId: 'leaderOnly',
          data: { written: 'acks', fix: '`-1`' },
          line: 3,
          column: 48,
          suggestions: [{ messageId: 'useAll', data: { written: 'acks', fix: '`-1`' }, output: replacedAt(confluentWorker, 3, 48, 1, '-1') }],
        },
        {
          messageId: 'noAcks',
          data: { written: 'request.required.acks', fix: '`all`' },
          line: 4,
          column: 58,
          suggestions: [
            {
              messageId: 'useAll',
              data: { written: 'request.required.acks', fix: '`all`' },
              output: replacedAt(confluentWorker, 4, 58, 3, "'all'"),
            },
          ],
        },
      ],
    },
  ],
});

propertiesTester.run('require-acks-all', rule as never, {
  valid: [
    { name: 'acks=all', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
    { name: 'acks=-1', filename: 'producer.properties', code: 'acks = -1\n' },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'org.gradle.jvmargs=-Xmx2g\nacks=1\n' },
  ],
  invalid: [
    {
      name: 'Java producer acks=1',
      filename: 'config/producer.properties',
      code: 'bootstrap.servers=kafka:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nacks=1\n',
      output: 'bootstrap.servers=kafka:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nacks=all\n',
      errors: [{ message: leaderOnly('acks', 'all'), line: 3, column: 6, endLine: 3, endColumn: 7, suggestions: [] }],
    },
    {
      name: 'librdkafka request.required.acks=0 with a colon separator',
      filename: 'config/librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\nrequest.required.acks : 0\n',
      output: 'metadata.broker.list=kafka:9092\nrequest.required.acks : all\n',
      errors: [{ message: noAcks('request.required.acks', 'all'), line: 2, column: 25 }],
    },
  ],
});

yamlTester.run('require-acks-all', rule as never, {
  valid: [
    {
      name: 'Spring producer with acks all',
      filename: 'src/main/resources/application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      acks: all\n',
    },
    {
      name: 'compose Spring app with acks all, and an app whose KAFKA_* variables are its own',
      filename: 'docker-compose.yml',
      code: 'services:\n  api:\n    build: .\n    environment:\n      SPRING_KAFKA_PRODUCER_ACKS: all\n  web:\n    image: acme/web\n    environment:\n      KAFKA_ACKS: "0"\n',
    },
    {
      name: 'a GitHub workflow is not Kafka config',
      filename: 'ci.yml',
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      acks: 1\n',
    },
  ],
  invalid: [
    {
      name: 'Spring producer acks 1, in a prod profile document',
      filename: 'src/main/resources/application.yml',
      code: dedent`
        spring:
          kafka:
            bootstrap-servers: localhost:9092
        ---
        spring:
          config:
            activate:
              on-profile: prod
          kafka:
            producer:
              acks: 1 # faster
      `,
      // The comment and the rest of the document stay as written.
      output: dedent`
        spring:
          kafka:
            bootstrap-servers: localhost:9092
        ---
        spring:
          config:
            activate:
              on-profile: prod
          kafka:
            producer:
              acks: all # faster
      `,
      errors: [{ message: leaderOnly('acks', 'all'), line: 11, column: 13, endColumn: 14 }],
    },
    {
      name: 'Spring producer properties map, quoted value',
      filename: 'application-staging.yaml',
      code: 'spring:\n  kafka:\n    producer:\n      properties:\n        acks: "0"\n',
      output: 'spring:\n  kafka:\n    producer:\n      properties:\n        acks: "all"\n',
      errors: [{ message: noAcks('acks', 'all'), line: 5, column: 15, endColumn: 18 }],
    },
    {
      name: 'compose Spring Boot service: SPRING_KAFKA_PRODUCER_ACKS beside the broker, map and list forms',
      filename: 'docker-compose.yml',
      code: dedent`
        services:
          broker:
            image: confluentinc/cp-kafka:7.6.1
            environment:
              KAFKA_NODE_ID: 1
          checkout:
            build: ./checkout
            environment:
              SPRING_KAFKA_BOOTSTRAP_SERVERS: broker:29092
              SPRING_KAFKA_PRODUCER_ACKS: "0"
          audit:
            image: ghcr.io/acme/audit:1.2
            environment:
              - SPRING_KAFKA_PRODUCER_ACKS=1
      `,
      output: dedent`
        services:
          broker:
            image: confluentinc/cp-kafka:7.6.1
            environment:
              KAFKA_NODE_ID: 1
          checkout:
            build: ./checkout
            environment:
              SPRING_KAFKA_BOOTSTRAP_SERVERS: broker:29092
              SPRING_KAFKA_PRODUCER_ACKS: "all"
          audit:
            image: ghcr.io/acme/audit:1.2
            environment:
              - SPRING_KAFKA_PRODUCER_ACKS=all
      `,
      errors: [
        { message: noAcks('SPRING_KAFKA_PRODUCER_ACKS', 'all'), line: 10, column: 35, endLine: 10, endColumn: 38 },
        { message: leaderOnly('SPRING_KAFKA_PRODUCER_ACKS', 'all'), line: 14, column: 36, endLine: 14, endColumn: 37 },
      ],
    },
    {
      name: 'a value shared through an anchor is reported, not rewritten: the fix would change every place using it',
      filename: 'src/main/resources/application.yml',
      code: 'defaults: &acks 1\nspring:\n  kafka:\n    producer:\n      acks: *acks\n',
      output: null,
      // Reported where the value is written, at the anchor.
      errors: [{ message: leaderOnly('acks', 'all'), line: 1, column: 17 }],
    },
  ],
});
