import rule from '../../src/rules/valid-min-insync-replicas.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const leaderOnly = (written: string, replicas: string) =>
  `\`${written}\` 1 with ${replicas}: once the followers fall out of sync, acks=all writes are acknowledged with the leader's copy alone, and they are lost if that broker fails. Use 2, so that every acknowledged write is on at least two brokers.`;
const noFailureTolerated = (written: string, value: number, replicas: string) =>
  `\`${written}\` ${value} is not below ${replicas}: acks=all writes need every replica in sync, so while one broker is down (a crash, a restart, a rolling upgrade) they fail with NOT_ENOUGH_REPLICAS. Keep it below the replication factor: 3 replicas with a minimum of 2 let one broker be down without losing acknowledged writes.`;
const replicationNotAboveMinIsr = (written: string, value: number, minIsr: string, least: number) =>
  `\`${written}\` ${value} is not above ${minIsr}: acks=all writes need every replica in sync, so while one broker is down (a crash, a restart, a rolling upgrade) they fail with NOT_ENOUGH_REPLICAS. Use a replication factor of at least ${least}.`;

const header = "import { Kafka } from 'kafkajs';\nconst admin = new Kafka({ brokers: ['kafka:9092'] }).admin();\n";
const topic = (replication: string, minIsr: string) =>
  `${header}await admin.createTopics({ topics: [{ topic: 'payments',${replication} configEntries: [{ name: 'min.insync.replicas', value: ${minIsr} }] }] });\n`;

const migration = dedent`
  import { Kafka, ITopicConfig } from 'kafkajs';
  const DURABLE = [{ name: 'min.insync.replicas', value: '3' }];
  const TOPICS: ITopicConfig[] = [
    { topic: 'orders', numPartitions: 12, replicationFactor: 3, configEntries: DURABLE },
    { topic: 'order-events', numPartitions: 12, replicationFactor: 3, configEntries: [...DURABLE] },
  ];
  export async function migrate(kafka: Kafka) {
    await kafka.admin().createTopics({ topics: TOPICS });
  }
`;
const rdkafka = dedent`
  import Kafka from 'node-rdkafka';
  const admin = Kafka.AdminClient.create({ 'metadata.broker.list': 'kafka:9092' });
  admin.createTopic({ topic: 'ledger', num_partitions: 6, replication_factor: 3, config: { 'min.insync.replicas': '1' } }, () => {});
`;

codeTester.run('valid-min-insync-replicas', rule, {
  valid: [
    { name: 'replication factor 3, minimum 2', code: topic(' replicationFactor: 3,', "'2'") },
    { name: 'replication factor 2, minimum 1: the only choice that tolerates a broker down', code: topic(' replicationFactor: 2,', "'1'") },
    { name: 'replication factor unknown (the broker default)', code: topic('', "'1'") },
    { name: 'replication factor -1 asks the broker', code: topic(' replicationFactor: -1,', "'3'") },
    { name: 'a value computed at run time', code: topic(' replicationFactor: 3,', 'process.env.MIN_ISR') },
    {
      name: 'the cluster minimum is below the written replication factor',
      code: `${header}await admin.createTopics({ topics: [{ topic: 'payments', replicationFactor: 3 }] });\n`,
      settings: { kafka: { minInsyncReplicas: 2 } },
    },
    { name: 'single-broker setups are skipped', code: topic(' replicationFactor: 3,', "'3'"), settings: { kafka: { brokers: 1 } } },
  ],
  invalid: [
    {
      name: 'minimum 1 with three replicas',
      code: topic(' replicationFactor: 3,', "'1'"),
      errors: [
        {
          messageId: 'leaderOnly',
          data: { written: 'min.insync.replicas', replicas: '`replicationFactor` 3' },
          line: 3,
          column: 134,
          endLine: 3,
          endColumn: 137,
          suggestions: [{ messageId: 'useTwo', data: { written: 'min.insync.replicas', max: 2 }, output: topic(' replicationFactor: 3,', "'2'") }],
        },
      ],
    },
    {
      name: 'minimum equal to the replication factor',
      code: topic(' replicationFactor: 3,', "'3'"),
      errors: [
        {
          messageId: 'noFailureTolerated',
          data: { written: 'min.insync.replicas', value: 3, replicas: '`replicationFactor` 3' },
          line: 3,
          column: 134,
          suggestions: [{ messageId: 'useMax', data: { written: 'min.insync.replicas', max: 2 }, output: topic(' replicationFactor: 3,', "'2'") }],
        },
      ],
    },
    {
      name: 'minimum 2 with two replicas: no suggestion lowers it to 1',
      code: topic(' replicationFactor: 2,', "'2'"),
      errors: [{ messageId: 'noFailureTolerated', data: { written: 'min.insync.replicas', value: 2, replicas: '`replicationFactor` 2' }, line: 3, column: 134, suggestions: [] }],
    },
    {
      name: 'minimum above the replication factor',
      code: topic(' replicationFactor: 2,', "'3'"),
      errors: [{ messageId: 'noFailureTolerated', data: { written: 'min.insync.replicas', value: 3, replicas: '`replicationFactor` 2' }, line: 3, column: 134, suggestions: [] }],
    },
    {
      name: 'replication factor from settings when the topic asks for the broker default',
      code: topic('', "'1'"),
      settings: { kafka: { replicationFactor: 3 } },
      errors: [
        {
          messageId: 'leaderOnly',
          data: { written: 'min.insync.replicas', replicas: "the cluster's replication factor of 3 (`settings.kafka.replicationFactor`)" },
          line: 3,
          column: 112,
          suggestions: [{ messageId: 'useTwo', data: { written: 'min.insync.replicas', max: 2 }, output: topic('', "'2'") }],
        },
      ],
    },
    {
      name: "replication factor not above the cluster's minimum from settings",
      code: `${header}await admin.createTopics({ topics: [{ topic: 'payments', replicationFactor: 2 }] });\n`,
      settings: { kafka: { minInsyncReplicas: 2 } },
      errors: [
        {
          messageId: 'replicationNotAboveMinIsr',
          data: {
            written: 'replicationFactor',
            value: 2,
            minIsr: "the cluster's `min.insync.replicas` of 2 (`settings.kafka.minInsyncReplicas`)",
            least: 3,
          },
          line: 3,
          column: 77,
        },
      ],
    },
    {
      name: 'one configEntries constant shared by two topics is reported once',
      code: migration,
      errors: [
        {
          messageId: 'noFailureTolerated',
          data: { written: 'min.insync.replicas', value: 3, replicas: '`replicationFactor` 3' },
          line: 2,
          column: 56,
          suggestions: [{ messageId: 'useMax', data: { written: 'min.insync.replicas', max: 2 }, output: migration.replace("value: '3'", "value: '2'") }],
        },
      ],
    },
    {
      name: 'node-rdkafka createTopic',
      code: rdkafka,
      errors: [
        {
          messageId: 'leaderOnly',
          data: { written: 'min.insync.replicas', replicas: '`replication_factor` 3' },
          line: 3,
          column: 113,
          suggestions: [{ messageId: 'useTwo', data: { written: 'min.insync.replicas', max: 2 }, output: rdkafka.replace("replicas': '1'", "replicas': '2'") }],
        },
      ],
    },
  ],
});

propertiesTester.run('valid-min-insync-replicas', rule as never, {
  valid: [
    {
      name: 'production broker defaults',
      filename: 'server.properties',
      code: 'process.roles=broker\ndefault.replication.factor=3\nmin.insync.replicas=2\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2\n',
    },
    { name: 'minimum 1 with the default replication factor of 1', filename: 'server.properties', code: 'process.roles=broker\nmin.insync.replicas=1\n' },
    {
      name: 'single-broker development settings',
      filename: 'server.properties',
      code: 'process.roles=broker,controller\nmin.insync.replicas=1\ndefault.replication.factor=3\ntransaction.state.log.min.isr=1\n',
      settings: { kafka: { brokers: 1 } },
    },
    {
      name: 'minimum 1 over a replication factor of 1 on a one-node combined-mode cluster',
      filename: 'server.properties',
      code: 'process.roles=broker,controller\ncontroller.quorum.voters=1@localhost:9093\ndefault.replication.factor=1\nmin.insync.replicas=1\n',
    },
    {
      name: 'minimum 1 over a replication factor of 1 on two brokers (2 copies would allow no minimum of 2 with a spare)',
      filename: 'server.properties',
      code: 'process.roles=broker\ndefault.replication.factor=1\nmin.insync.replicas=1\n',
      settings: { kafka: { brokers: 2 } },
    },
    { name: 'a producer file has no min.insync.replicas', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
  ],
  invalid: [
    {
      name: 'minimum 1 over a replication factor of 1 on a three-node combined-mode cluster',
      filename: 'server.properties',
      code: dedent`
        process.roles=broker,controller
        controller.quorum.voters=1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093
        default.replication.factor=1
        min.insync.replicas=1
      `,
      errors: [
        {
          messageId: 'singleCopy',
          data: { written: 'min.insync.replicas', replicas: '`default.replication.factor` 1', brokers: 'the 3 brokers of this cluster' },
          line: 4,
          column: 21,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'broker minimum 1 with a written default replication factor of 3',
      filename: 'config/server.properties',
      code: 'process.roles=broker\nmin.insync.replicas=1\ndefault.replication.factor=3\n',
      errors: [
        {
          message: leaderOnly('min.insync.replicas', '`default.replication.factor` 3'),
          line: 2,
          column: 21,
          endColumn: 22,
          suggestions: [{ messageId: 'useTwo', output: 'process.roles=broker\nmin.insync.replicas=2\ndefault.replication.factor=3\n' }],
        },
      ],
    },
    {
      name: 'broker minimum 1 with the replication factor from settings',
      filename: 'server.properties',
      code: 'process.roles=broker\nmin.insync.replicas=1\n',
      settings: { kafka: { replicationFactor: 3 } },
      errors: [
        {
          message: leaderOnly('min.insync.replicas', "the cluster's replication factor of 3 (`settings.kafka.replicationFactor`)"),
          line: 2,
          column: 21,
          suggestions: [{ messageId: 'useTwo', output: 'process.roles=broker\nmin.insync.replicas=2\n' }],
        },
      ],
    },
    {
      name: 'transaction log minimum equal to its default replication factor',
      filename: 'broker.properties',
      code: 'process.roles=broker\ntransaction.state.log.min.isr=3\n',
      errors: [
        {
          message: noFailureTolerated('transaction.state.log.min.isr', 3, 'the default `transaction.state.log.replication.factor` of 3'),
          line: 2,
          column: 31,
          suggestions: [{ messageId: 'useMax', output: 'process.roles=broker\ntransaction.state.log.min.isr=2\n' }],
        },
      ],
    },
    {
      name: 'transaction log minimum 1 with three replicas',
      filename: 'server.properties',
      code: 'process.roles=broker\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=1\n',
      errors: [
        {
          message: leaderOnly('transaction.state.log.min.isr', '`transaction.state.log.replication.factor` 3'),
          line: 3,
          column: 31,
          suggestions: [{ messageId: 'useTwo', output: 'process.roles=broker\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2\n' }],
        },
      ],
    },
    {
      name: 'transaction log replicated twice with the default minimum of 2',
      filename: 'server.properties',
      code: 'process.roles=broker\ntransaction.state.log.replication.factor=2\n',
      errors: [
        {
          message: replicationNotAboveMinIsr('transaction.state.log.replication.factor', 2, 'the default `transaction.state.log.min.isr` of 2', 3),
          line: 2,
          column: 42,
        },
      ],
    },
    {
      name: 'Kafka Streams internal topics use the application replication factor',
      filename: 'streams.properties',
      code: 'application.id=fraud-detector\nbootstrap.servers=kafka:9092\nreplication.factor=3\ntopic.min.insync.replicas=1\n',
      errors: [
        {
          message: leaderOnly('topic.min.insync.replicas', '`replication.factor` 3'),
          line: 4,
          column: 27,
          suggestions: [
            { messageId: 'useTwo', output: 'application.id=fraud-detector\nbootstrap.servers=kafka:9092\nreplication.factor=3\ntopic.min.insync.replicas=2\n' },
          ],
        },
      ],
    },
  ],
});

const compose = dedent`
  x-kafka-env: &kafka-env
    KAFKA_PROCESS_ROLES: broker,controller
    KAFKA_MIN_INSYNC_REPLICAS: 2
  services:
    kafka-1:
      image: apache/kafka:3.9.0
      environment:
        <<: *kafka-env
        KAFKA_NODE_ID: 1
    kafka-2:
      image: apache/kafka:3.9.0
      environment:
        <<: *kafka-env
        KAFKA_NODE_ID: 2
`;
const strimzi = dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: Kafka
  metadata:
    name: main
  spec:
    kafka:
      replicas: 3
      config:
        default.replication.factor: 3
        min.insync.replicas: 3
  ---
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaTopic
  metadata:
    name: ledger
    labels:
      strimzi.io/cluster: main
  spec:
    partitions: 6
    replicas: 3
    config:
      min.insync.replicas: "1"
`;

yamlTester.run('valid-min-insync-replicas', rule as never, {
  valid: [
    {
      name: 'three-broker compose cluster with a minimum of 2',
      filename: 'docker-compose.yml',
      code: compose.replace('KAFKA_MIN_INSYNC_REPLICAS: 2', 'KAFKA_MIN_INSYNC_REPLICAS: 2\n  KAFKA_DEFAULT_REPLICATION_FACTOR: 3').replace(
        '    kafka-2:',
        '    kafka-3:\n      image: apache/kafka:3.9.0\n      environment:\n        <<: *kafka-env\n        KAFKA_NODE_ID: 3\n    kafka-2:',
      ),
    },
    {
      name: 'Strimzi topic with three replicas and a minimum of 2',
      filename: 'topics.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ledger\nspec:\n  replicas: 3\n  config:\n    min.insync.replicas: 2\n',
    },
    { name: 'Spring producer settings', filename: 'application.yml', code: 'spring:\n  kafka:\n    producer:\n      acks: all\n' },
  ],
  invalid: [
    {
      name: 'Strimzi topic with one replica and a minimum of 1, brokers from settings',
      filename: 'topics.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ledger\nspec:\n  replicas: 1\n  config:\n    min.insync.replicas: 1\n',
      settings: { kafka: { brokers: 5 } },
      errors: [
        {
          messageId: 'singleCopy',
          data: { written: 'min.insync.replicas', replicas: '`replicas` 1', brokers: 'the 5 brokers of this cluster' },
          line: 8,
          column: 26,
        },
      ],
    },
    {
      name: 'two-broker compose cluster requiring both brokers, through a YAML anchor',
      filename: 'docker-compose.yml',
      code: compose,
      errors: [{ message: noFailureTolerated('KAFKA_MIN_INSYNC_REPLICAS', 2, 'the 2 brokers of this cluster'), line: 3, column: 30, endColumn: 31, suggestions: [] }],
    },
    {
      name: 'Strimzi cluster and topic',
      filename: 'k8s/kafka.yaml',
      code: strimzi,
      errors: [
        {
          message: noFailureTolerated('min.insync.replicas', 3, '`default.replication.factor` 3'),
          line: 10,
          column: 28,
          suggestions: [{ messageId: 'useMax', output: strimzi.replace('min.insync.replicas: 3', 'min.insync.replicas: 2') }],
        },
        {
          message: leaderOnly('min.insync.replicas', '`replicas` 3'),
          line: 22,
          column: 26,
          suggestions: [{ messageId: 'useTwo', output: strimzi.replace('"1"', '"2"') }],
        },
      ],
    },
    {
      name: 'Spring Kafka Streams topic settings',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    streams:\n      replication-factor: 3\n      properties:\n        topic.min.insync.replicas: 3\n',
      errors: [
        {
          message: noFailureTolerated('topic.min.insync.replicas', 3, '`replication-factor` 3'),
          line: 6,
          column: 36,
          suggestions: [
            { messageId: 'useMax', output: 'spring:\n  kafka:\n    streams:\n      replication-factor: 3\n      properties:\n        topic.min.insync.replicas: 2\n' },
          ],
        },
      ],
    },
  ],
});
