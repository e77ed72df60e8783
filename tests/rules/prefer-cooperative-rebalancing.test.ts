import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/prefer-cooperative-rebalancing.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const kafkajsHeader = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'billing', brokers: ['kafka:9092'] });\n";
const confluentHeader =
  "const { Kafka, PartitionAssigners } = require('@confluentinc/kafka-javascript').KafkaJS;\nconst kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });\n";

const JAVA_COOPERATIVE = 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor';
const JAVA_FIX = `\`${JAVA_COOPERATIVE}\``;
const LIBRDKAFKA_FIX = '`cooperative-sticky`';
const EAGER_LIBRDKAFKA_DEFAULT = 'range,roundrobin';
const EAGER_CONFLUENT_DEFAULT = 'roundrobin, or range,roundrobin without a kafkaJS block';

codeTester.run('prefer-cooperative-rebalancing', rule, {
  valid: [
    {
      name: 'Confluent consumer with the cooperative-sticky assignor',
      code: `${confluentHeader}module.exports = kafka.consumer({ kafkaJS: { groupId: 'geo', partitionAssigners: [PartitionAssigners.cooperativeSticky] } });\n`,
    },
    {
      name: 'Confluent consumer on the KIP-848 consumer protocol',
      code: `${confluentHeader}module.exports = kafka.consumer({ kafkaJS: { groupId: 'geo' }, 'group.protocol': 'consumer' });\n`,
    },
    {
      name: 'Confluent librdkafka-style consumer with cooperative-sticky',
      code: `${confluentHeader}module.exports = kafka.consumer({ 'group.id': 'geo', 'partition.assignment.strategy': 'cooperative-sticky' });\n`,
    },
    {
      name: 'Confluent consumer options spread from another module may set the strategy',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        import { consumerDefaults } from './defaults';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        export const consumer = kafka.consumer({ ...consumerDefaults, kafkaJS: { groupId: 'devices' } });
      `,
    },
    {
      name: 'a strategy computed at run time',
      code: `${confluentHeader}module.exports = kafka.consumer({ 'group.id': 'geo', 'partition.assignment.strategy': process.env.ASSIGNOR });\n`,
    },
    {
      name: 'node-rdkafka consumer with cooperative-sticky',
      code: dedent`
        const Kafka = require('node-rdkafka');
        module.exports = new Kafka.KafkaConsumer({ 'group.id': 'inventory', 'partition.assignment.strategy': 'cooperative-sticky' }, {});
      `,
    },
    {
      name: 'producers are not consumers',
      code: `${kafkajsHeader}export const producer = kafka.producer({ idempotent: true });\n`,
    },
    {
      name: 'kafkajs consumers are not reported when the option says so',
      code: `${kafkajsHeader}export const consumer = kafka.consumer({ groupId: 'billing' });\n`,
      options: [{ kafkajs: false }],
    },
    {
      name: 'a consumer() of another library',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { queue } from './queue';
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
        export const worker = queue.consumer({ groupId: 'jobs' });
      `,
    },
  ],
  invalid: [
    {
      name: 'kafkajs singleton consumer',
      code: `${kafkajsHeader}export const consumer = kafka.consumer({ groupId: 'billing' });\n`,
      errors: [
        {
          messageId: 'kafkajsEager',
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 62,
        },
      ],
    },
    {
      name: 'kafkajs consumer created in a class constructor',
      code: dedent`
        import { Kafka, Consumer } from 'kafkajs';
        export class PaymentsWorker {
          private readonly consumer: Consumer;
          constructor(kafka: Kafka) {
            this.consumer = kafka.consumer({ groupId: 'payments', sessionTimeout: 30000 });
          }
        }
      `,
      errors: [{ messageId: 'kafkajsEager', line: 5, column: 36 }],
    },
    {
      name: 'NestJS client consumer options (kafkajs underneath)',
      code: dedent`
        import { Module } from '@nestjs/common';
        import { ClientsModule, Transport } from '@nestjs/microservices';

        @Module({
          imports: [
            ClientsModule.register([
              {
                name: 'REPORTS',
                transport: Transport.KAFKA,
                options: {
                  client: { brokers: ['kafka:9092'] },
                  consumer: { groupId: 'reports-client' },
                },
              },
            ]),
          ],
        })
        export class ReportsModule {}
      `,
      errors: [{ messageId: 'kafkajsEager', line: 12, column: 21 }],
    },
    {
      name: 'Confluent kafkaJS block with the round-robin assigner',
      code: `${confluentHeader}module.exports = kafka.consumer({ kafkaJS: { groupId: 'geo', partitionAssigners: [PartitionAssigners.roundRobin] } });\n`,
      errors: [
        {
          messageId: 'eagerStrategy',
          data: { written: 'partitionAssigners', value: '[PartitionAssigners.roundRobin]', fix: '`[PartitionAssigners.cooperativeSticky]`' },
          line: 3,
          column: 82,
          endColumn: 113,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partitionAssigners', fix: '`[PartitionAssigners.cooperativeSticky]`' },
              output: `${confluentHeader}module.exports = kafka.consumer({ kafkaJS: { groupId: 'geo', partitionAssigners: [PartitionAssigners.cooperativeSticky] } });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent assigner reached through the KafkaJS namespace',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        export const consumer = kafka.consumer({
          kafkaJS: { groupId: 'devices', partitionAssigners: [KafkaJS.PartitionAssigners.range] },
        });
      `,
      errors: [
        {
          messageId: 'eagerStrategy',
          data: {
            written: 'partitionAssigners',
            value: '[KafkaJS.PartitionAssigners.range]',
            fix: '`[KafkaJS.PartitionAssigners.cooperativeSticky]`',
          },
          line: 4,
          column: 54,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partitionAssigners', fix: '`[KafkaJS.PartitionAssigners.cooperativeSticky]`' },
              output: dedent`
                import { KafkaJS } from '@confluentinc/kafka-javascript';
                const kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
                export const consumer = kafka.consumer({
                  kafkaJS: { groupId: 'devices', partitionAssigners: [KafkaJS.PartitionAssigners.cooperativeSticky] },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent partitionAssignors written as strings',
      code: `${confluentHeader}module.exports = kafka.consumer({ kafkaJS: { groupId: 'geo', partitionAssignors: ["roundrobin"] } });\n`,
      errors: [
        {
          messageId: 'eagerStrategy',
          data: { written: 'partitionAssignors', value: '["roundrobin"]', fix: '`["cooperative-sticky"]`' },
          line: 3,
          column: 82,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partitionAssignors', fix: '`["cooperative-sticky"]`' },
              output: `${confluentHeader}module.exports = kafka.consumer({ kafkaJS: { groupId: 'geo', partitionAssignors: ["cooperative-sticky"] } });\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent librdkafka-style strategy with eager assignors only',
      code: dedent`
        import { KafkaJS } from '@confluentinc/kafka-javascript';
        const kafka = new KafkaJS.Kafka({});
        export const consumer = kafka.consumer({ 'group.id': 'ledger', 'partition.assignment.strategy': 'range,roundrobin' });
      `,
      errors: [
        {
          messageId: 'eagerStrategy',
          data: { written: 'partition.assignment.strategy', value: "'range,roundrobin'", fix: LIBRDKAFKA_FIX },
          line: 3,
          column: 97,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partition.assignment.strategy', fix: LIBRDKAFKA_FIX },
              output: dedent`
                import { KafkaJS } from '@confluentinc/kafka-javascript';
                const kafka = new KafkaJS.Kafka({});
                export const consumer = kafka.consumer({ 'group.id': 'ledger', 'partition.assignment.strategy': 'cooperative-sticky' });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Confluent consumer without a strategy: the librdkafka property is added beside the kafkaJS block',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
        const consumer = kafka.consumer({
          kafkaJS: { groupId: 'telemetry', fromBeginning: false },
          'group.instance.id': 'telemetry-1',
        });
        module.exports = consumer;
      `,
      errors: [
        {
          messageId: 'librdkafkaDefault',
          data: { default: EAGER_CONFLUENT_DEFAULT, fix: LIBRDKAFKA_FIX },
          line: 3,
          column: 33,
          endLine: 6,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'addCooperative',
              data: { key: 'partition.assignment.strategy', fix: LIBRDKAFKA_FIX },
              output: dedent`
                const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
                const kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });
                const consumer = kafka.consumer({
                  kafkaJS: { groupId: 'telemetry', fromBeginning: false },
                  'group.instance.id': 'telemetry-1',
                  'partition.assignment.strategy': 'cooperative-sticky',
                });
                module.exports = consumer;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'node-rdkafka consumer on librdkafka\'s eager default',
      code: dedent`
        const Kafka = require('node-rdkafka');
        const consumer = new Kafka.KafkaConsumer({ 'group.id': 'inventory', 'metadata.broker.list': 'kafka:9092' }, {});
        module.exports = consumer;
      `,
      errors: [
        {
          messageId: 'librdkafkaDefault',
          data: { default: EAGER_LIBRDKAFKA_DEFAULT, fix: LIBRDKAFKA_FIX },
          line: 2,
          column: 42,
          suggestions: [
            {
              messageId: 'addCooperative',
              data: { key: 'partition.assignment.strategy', fix: LIBRDKAFKA_FIX },
              output: dedent`
                const Kafka = require('node-rdkafka');
                const consumer = new Kafka.KafkaConsumer({ 'group.id': 'inventory', 'metadata.broker.list': 'kafka:9092', 'partition.assignment.strategy': 'cooperative-sticky' }, {});
                module.exports = consumer;
              `,
            },
          ],
        },
      ],
    },
  ],
});

propertiesTester.run('prefer-cooperative-rebalancing', rule as never, {
  valid: [
    {
      name: 'Java consumer with the cooperative sticky assignor',
      filename: 'consumer.properties',
      code: `group.id=billing\npartition.assignment.strategy=${JAVA_COOPERATIVE}\n`,
    },
    { name: 'Java consumer on the KIP-848 protocol', filename: 'consumer.properties', code: 'group.id=billing\ngroup.protocol=consumer\n' },
    {
      name: 'librdkafka consumer with cooperative-sticky and static membership',
      filename: 'billing-consumer.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\ngroup.instance.id=billing-1\npartition.assignment.strategy=cooperative-sticky\n',
    },
    { name: 'a client file of unknown role', filename: 'client.properties', code: 'bootstrap.servers=kafka:9092\nsecurity.protocol=SSL\n' },
    { name: 'a producer file', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
    {
      name: 'a custom assignor may be cooperative',
      filename: 'consumer.properties',
      code: 'group.id=billing\npartition.assignment.strategy=com.acme.kafka.RackAwareAssignor\n',
    },
    {
      name: 'Kafka Streams installs its own assignor',
      filename: 'streams.properties',
      code: 'application.id=etl\nbootstrap.servers=kafka:9092\nconsumer.partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor\n',
    },
    {
      name: 'librdkafka refuses to mix eager and cooperative assignors; that is a start-up error, not this rule',
      filename: 'librdkafka.conf',
      code: 'group.id=billing\npartition.assignment.strategy=range,cooperative-sticky\n',
    },
    { name: 'librdkafka consumer on the KIP-848 protocol', filename: 'librdkafka.conf', code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\ngroup.protocol=consumer\n' },
    {
      name: 'Java consumer on the KIP-848 protocol, written in any case, with an eager list it ignores',
      filename: 'consumer.properties',
      code: 'group.id=billing\ngroup.protocol=CONSUMER\npartition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor\n',
    },
    {
      name: 'Spring consumer on the KIP-848 protocol through the shared properties',
      filename: 'application.properties',
      code: 'spring.kafka.properties.group.protocol=consumer\nspring.kafka.consumer.group-id=billing\n',
    },
    {
      name: 'Spring Kafka Streams installs its own assignor',
      filename: 'application.properties',
      code: 'spring.kafka.streams.application-id=etl\nspring.kafka.streams.properties.consumer.partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor\n',
    },
    {
      name: 'suppressed with a reason',
      filename: 'consumer.properties',
      code: '# eslint-disable-next-line rule-to-test/prefer-cooperative-rebalancing -- single-member batch job\ngroup.id=nightly\n',
    },
  ],
  invalid: [
    {
      name: 'Spring properties: an eager assignor in the consumer pass-through map',
      filename: 'src/main/resources/application.properties',
      code: 'spring.kafka.consumer.group-id=billing\nspring.kafka.consumer.properties.partition.assignment.strategy=org.apache.kafka.clients.consumer.RoundRobinAssignor\n',
      errors: [
        {
          messageId: 'eagerStrategy',
          data: {
            written: 'spring.kafka.consumer.properties.partition.assignment.strategy',
            value: 'org.apache.kafka.clients.consumer.RoundRobinAssignor',
            fix: JAVA_FIX,
          },
          line: 2,
          column: 64,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'spring.kafka.consumer.properties.partition.assignment.strategy', fix: JAVA_FIX },
              output: `spring.kafka.consumer.group-id=billing\nspring.kafka.consumer.properties.partition.assignment.strategy=${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Java consumer with the eager StickyAssignor, written with Kafka\'s class prefix',
      filename: 'consumer.properties',
      code: 'group.id=billing\npartition.assignment.strategy=class org.apache.kafka.clients.consumer.StickyAssignor\n',
      errors: [
        {
          messageId: 'eagerStrategy',
          data: { written: 'partition.assignment.strategy', value: 'class org.apache.kafka.clients.consumer.StickyAssignor', fix: JAVA_FIX },
          line: 2,
          column: 31,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partition.assignment.strategy', fix: JAVA_FIX },
              output: `group.id=billing\npartition.assignment.strategy=${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Java consumer on the default assignor list',
      filename: 'consumer.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\n',
      errors: [
        {
          message:
            'This consumer leaves `partition.assignment.strategy` at the Java default (RangeAssignor, then CooperativeStickyAssignor), which still rebalances eagerly with RangeAssignor: every member that joins or leaves the group makes all members stop consuming until the group is rebalanced. Set it to `org.apache.kafka.clients.consumer.CooperativeStickyAssignor` (one rolling restart from the default), or use `group.protocol` consumer on Kafka 4 brokers (KIP-848).',
          line: 1,
          column: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addCooperative',
              data: { key: 'partition.assignment.strategy', fix: JAVA_FIX },
              output: `bootstrap.servers=kafka:9092\ngroup.id=billing\npartition.assignment.strategy=${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Java consumer with RangeAssignor only',
      filename: 'billing-consumer.properties',
      code: 'group.id=billing\npartition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor\n',
      errors: [
        {
          messageId: 'eagerStrategy',
          data: { written: 'partition.assignment.strategy', value: 'org.apache.kafka.clients.consumer.RangeAssignor', fix: JAVA_FIX },
          line: 2,
          column: 31,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partition.assignment.strategy', fix: JAVA_FIX },
              output: `group.id=billing\npartition.assignment.strategy=${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Java consumer in the middle of the migration: Range still comes first',
      filename: 'consumer.properties',
      code: `group.id=billing\npartition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor, ${JAVA_COOPERATIVE}\n`,
      errors: [
        {
          messageId: 'eagerPreferred',
          data: { written: 'partition.assignment.strategy', value: `org.apache.kafka.clients.consumer.RangeAssignor, ${JAVA_COOPERATIVE}`, fix: JAVA_FIX },
          line: 2,
          column: 31,
          endColumn: 139,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partition.assignment.strategy', fix: JAVA_FIX },
              output: `group.id=billing\npartition.assignment.strategy=${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'librdkafka consumer on the eager default',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\n',
      errors: [
        {
          messageId: 'librdkafkaDefault',
          data: { default: EAGER_LIBRDKAFKA_DEFAULT, fix: LIBRDKAFKA_FIX },
          line: 1,
          column: 1,
          suggestions: [
            {
              messageId: 'addCooperative',
              data: { key: 'partition.assignment.strategy', fix: LIBRDKAFKA_FIX },
              output: 'bootstrap.servers=kafka:9092\ngroup.id=billing\npartition.assignment.strategy=cooperative-sticky\n',
            },
          ],
        },
      ],
    },
    {
      name: 'librdkafka consumer with roundrobin',
      filename: 'edge-aggregator-consumer.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=edge\npartition.assignment.strategy=roundrobin\n',
      errors: [
        {
          messageId: 'eagerStrategy',
          data: { written: 'partition.assignment.strategy', value: 'roundrobin', fix: LIBRDKAFKA_FIX },
          line: 3,
          column: 31,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partition.assignment.strategy', fix: LIBRDKAFKA_FIX },
              output: 'bootstrap.servers=kafka:9092\ngroup.id=edge\npartition.assignment.strategy=cooperative-sticky\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring properties: an eager assignor shared by every client',
      filename: 'application.properties',
      code: 'spring.kafka.bootstrap-servers=kafka:9092\nspring.kafka.properties.partition.assignment.strategy=org.apache.kafka.clients.consumer.StickyAssignor\n',
      errors: [
        {
          messageId: 'eagerStrategy',
          data: {
            written: 'spring.kafka.properties.partition.assignment.strategy',
            value: 'org.apache.kafka.clients.consumer.StickyAssignor',
            fix: JAVA_FIX,
          },
          line: 2,
          column: 55,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'spring.kafka.properties.partition.assignment.strategy', fix: JAVA_FIX },
              output: `spring.kafka.bootstrap-servers=kafka:9092\nspring.kafka.properties.partition.assignment.strategy=${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
  ],
});

yamlTester.run('prefer-cooperative-rebalancing', rule as never, {
  valid: [
    {
      name: 'Spring consumer with the cooperative sticky assignor',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    consumer:\n      group-id: g\n      properties:\n        partition.assignment.strategy: ${JAVA_COOPERATIVE}\n`,
    },
    {
      name: 'Spring producer only',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      acks: all\n',
    },
    {
      name: 'Strimzi KafkaBridge consumer with the cooperative sticky assignor',
      filename: 'bridge.yaml',
      code: `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      partition.assignment.strategy: ${JAVA_COOPERATIVE}\n`,
    },
    {
      name: 'docker-compose configures brokers, not consumers',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: apache/kafka:3.8.0\n    environment:\n      KAFKA_PROCESS_ROLES: broker,controller\n',
    },
  ],
  invalid: [
    {
      name: 'Strimzi KafkaBridge consumer with an eager assignor',
      filename: 'bridge.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      partition.assignment.strategy: org.apache.kafka.clients.consumer.RangeAssignor\n',
      errors: [
        {
          messageId: 'eagerStrategy',
          data: { written: 'partition.assignment.strategy', value: 'org.apache.kafka.clients.consumer.RangeAssignor', fix: JAVA_FIX },
          line: 8,
          column: 38,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partition.assignment.strategy', fix: JAVA_FIX },
              output: `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      partition.assignment.strategy: ${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Spring consumer on the Java default',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: g\n',
      errors: [
        {
          messageId: 'javaDefault',
          data: { fix: JAVA_FIX },
          line: 3,
          column: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addCooperative',
              data: { key: 'partition.assignment.strategy', fix: JAVA_FIX },
              output: `spring:\n  kafka:\n    consumer:\n      group-id: g\n      properties.partition.assignment.strategy: ${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Spring consumer with the round-robin assignor',
      filename: 'application-prod.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: g\n      properties:\n        partition.assignment.strategy: org.apache.kafka.clients.consumer.RoundRobinAssignor\n',
      errors: [
        {
          messageId: 'eagerStrategy',
          data: {
            written: 'partition.assignment.strategy',
            value: 'org.apache.kafka.clients.consumer.RoundRobinAssignor',
            fix: JAVA_FIX,
          },
          line: 6,
          column: 40,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'useCooperative',
              data: { written: 'partition.assignment.strategy', fix: JAVA_FIX },
              output: `spring:\n  kafka:\n    consumer:\n      group-id: g\n      properties:\n        partition.assignment.strategy: ${JAVA_COOPERATIVE}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Spring consumer listing Range before CooperativeSticky in a YAML list',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    consumer:\n      group-id: g\n      properties:\n        partition.assignment.strategy:\n          - org.apache.kafka.clients.consumer.RangeAssignor\n          - ${JAVA_COOPERATIVE}\n`,
      errors: [
        {
          messageId: 'eagerPreferred',
          data: {
            written: 'partition.assignment.strategy',
            value: `- org.apache.kafka.clients.consumer.RangeAssignor\n          - ${JAVA_COOPERATIVE}`,
            fix: JAVA_FIX,
          },
          line: 7,
          column: 11,
        },
      ],
    },
  ],
});

describe('prefer-cooperative-rebalancing under its kafka/ name', () => {
  const kafka = { ...plugin, rules: { 'prefer-cooperative-rebalancing': rule as unknown as Rule.RuleModule } };
  const lint = (text: string) =>
    new Linter().verify(
      text,
      [{ files: ['**/*.properties'], plugins: { kafka }, language: 'kafka/properties', rules: { 'kafka/prefer-cooperative-rebalancing': 'error' } }],
      { filename: 'consumer.properties' },
    );

  it('reports, and honours eslint-disable-next-line with a reason', () => {
    const strategy = 'partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor\n';
    expect(lint(`group.id=g\n${strategy}`).map((message) => [message.ruleId, message.line])).toEqual([['kafka/prefer-cooperative-rebalancing', 2]]);
    expect(lint(`group.id=g\n# eslint-disable-next-line kafka/prefer-cooperative-rebalancing -- batch job\n${strategy}`)).toEqual([]);
  });

  it('mentions the KIP-848 consumer protocol of Kafka 4 in every message', () => {
    for (const id of ['eagerStrategy', 'eagerPreferred', 'javaDefault', 'librdkafkaDefault', 'kafkajsEager'] as const) {
      expect(rule.meta.messages[id]).toMatch(/`group\.protocol`( to)? consumer on Kafka 4/);
    }
  });
});
