import rule from '../../src/rules/require-replication.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst admin = new Kafka({ brokers: ['kafka:9092'] }).admin();\n";

codeTester.run('require-replication', rule, {
  valid: [
    { name: 'replicated topic', code: `${header}await admin.createTopics({ topics: [{ topic: 'payments', numPartitions: 6, replicationFactor: 3 }] });\n` },
    { name: 'broker default', code: `${header}await admin.createTopics({ topics: [{ topic: 'payments' }, { topic: 'refunds', replicationFactor: -1 }] });\n` },
    {
      name: 'settings say the cluster has one broker',
      code: `${header}await admin.createTopics({ topics: [{ topic: 'dev', replicationFactor: 1 }] });\n`,
      settings: { kafka: { brokers: 1 } },
    },
  ],
  invalid: [
    {
      name: 'createTopics with replicationFactor 1',
      code: `${header}await admin.createTopics({ topics: [{ topic: 'payments', numPartitions: 6, replicationFactor: 1 }] });\n`,
      errors: [
        {
          messageId: 'lowReplication',
          data: { written: 'replicationFactor', value: '1', what: 'this topic', copies: 'on a single broker', minimum: 2 },
          line: 3,
          column: 95,
          endColumn: 96,
        },
      ],
    },
    {
      name: 'topics held in a const array, minimum option 3',
      code: dedent`
        import { Kafka, ITopicConfig } from 'kafkajs';
        const TOPICS: ITopicConfig[] = [
          { topic: 'orders', numPartitions: 12, replicationFactor: 3 },
          { topic: 'order-events', numPartitions: 12, replicationFactor: 2 },
        ];
        export async function migrate(kafka: Kafka) {
          const admin = kafka.admin();
          await admin.connect();
          await admin.createTopics({ topics: TOPICS, waitForLeaders: true });
        }
      `,
      options: [{ minimum: 3 }],
      errors: [{ messageId: 'lowReplication', data: { written: 'replicationFactor', value: '2', what: 'this topic', copies: 'on only 2 brokers', minimum: 3 }, line: 4, column: 66 }],
    },
  ],
});

propertiesTester.run('require-replication', rule as never, {
  valid: [
    { name: 'replicated broker defaults', filename: 'server.properties', code: 'process.roles=broker,controller\nnode.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\n' },
  ],
  invalid: [
    {
      name: 'broker defaults copied from a development setup',
      filename: 'config/server.properties',
      code: 'process.roles=broker,controller\nnode.id=1\nlog.dirs=/var/lib/kafka\noffsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=1\n',
      errors: [
        { messageId: 'lowReplication', data: { written: 'offsets.topic.replication.factor', value: '1', what: 'the consumer offsets topic', copies: 'on a single broker', minimum: 2 }, line: 4, column: 34 },
        { messageId: 'lowReplication', data: { written: 'transaction.state.log.replication.factor', value: '1', what: 'the transaction state log', copies: 'on a single broker', minimum: 2 }, line: 5, column: 42 },
      ],
    },
    {
      name: 'Kafka Streams replication.factor',
      filename: 'streams.properties',
      code: 'application.id=fraud-detector\nbootstrap.servers=kafka:9092\nprocessing.guarantee=exactly_once_v2\nreplication.factor=1\n',
      errors: [{ messageId: 'lowReplication', line: 4, column: 20 }],
    },
  ],
});

yamlTester.run('require-replication', rule as never, {
  valid: [
    {
      name: 'single-broker compose file for local development',
      filename: 'docker-compose.yml',
      code: dedent`
        services:
          kafka:
            image: apache/kafka:3.9.0
            environment:
              KAFKA_NODE_ID: 1
              KAFKA_PROCESS_ROLES: broker,controller
              KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1
              KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1
      `,
    },
    {
      name: 'Strimzi topic with three replicas',
      filename: 'topics.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: payments\nspec:\n  partitions: 6\n  replicas: 3\n',
    },
    {
      name: 'KafkaConnect internal topics at the broker default, or on a one-broker cluster in the file',
      filename: 'k8s/connect.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: Kafka
        metadata:
          name: dev
        spec:
          kafka:
            replicas: 1
        ---
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaConnect
        metadata:
          name: connect
        spec:
          bootstrapServers: dev-kafka-bootstrap:9092
          config:
            config.storage.replication.factor: 1
            offset.storage.replication.factor: -1
      `,
    },
    {
      name: 'a MirrorMaker 2 connector setting written in a connector that does not read it',
      filename: 'mm2.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaMirrorMaker2
        metadata:
          name: mm2
        spec:
          mirrors:
            - checkpointConnector:
                config:
                  replication.factor: 1
                  status.storage.replication.factor: 1
      `,
    },
  ],
  invalid: [
    {
      name: 'Strimzi topic with one replica next to a three-broker cluster',
      filename: 'k8s/kafka.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: Kafka
        metadata:
          name: main
        spec:
          kafka:
            replicas: 3
            config:
              default.replication.factor: 3
        ---
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaTopic
        metadata:
          name: payments
          labels:
            strimzi.io/cluster: main
        spec:
          partitions: 6
          replicas: 1
      `,
      errors: [{ messageId: 'lowReplication', data: { written: 'replicas', value: '1', what: 'this topic', copies: 'on a single broker', minimum: 2 }, line: 19, column: 13 }],
    },
    {
      name: 'Strimzi KafkaConnect and MirrorMaker 2 topics with one replica',
      filename: 'k8s/replication.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaConnect
        metadata:
          name: connect
        spec:
          config:
            group.id: connect
            config.storage.replication.factor: 1
            status.storage.replication.factor: "-1"
        ---
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaMirrorMaker2
        metadata:
          name: mm2
        spec:
          connectCluster: dr
          clusters:
            - alias: dr
              config:
                offset.storage.replication.factor: 1
          mirrors:
            - sourceConnector:
                config:
                  replication.factor: 1
                  offset-syncs.topic.replication.factor: 3
              heartbeatConnector:
                config:
                  heartbeats.topic.replication.factor: 1
      `,
      errors: [
        { messageId: 'lowReplication', data: { written: 'config.storage.replication.factor', value: '1', what: 'this topic', copies: 'on a single broker', minimum: 2 }, line: 8, column: 40 },
        { messageId: 'lowReplication', data: { written: 'offset.storage.replication.factor', value: '1', what: 'this topic', copies: 'on a single broker', minimum: 2 }, line: 20, column: 44 },
        { messageId: 'lowReplication', data: { written: 'replication.factor', value: '1', what: 'this topic', copies: 'on a single broker', minimum: 2 }, line: 24, column: 31 },
        { messageId: 'lowReplication', data: { written: 'heartbeats.topic.replication.factor', value: '1', what: 'this topic', copies: 'on a single broker', minimum: 2 }, line: 28, column: 48 },
      ],
    },
    {
      name: 'cp-helm-charts umbrella values: a Connect config topic on one of three brokers',
      filename: 'values.yaml',
      code: dedent`
        cp-kafka:
          brokers: 3
        cp-kafka-connect:
          configurationOverrides:
            "config.storage.replication.factor": "1"
            "offset.storage.replication.factor": "3"
            "status.storage.replication.factor": "-1"
      `,
      errors: [
        { messageId: 'lowReplication', data: { written: 'config.storage.replication.factor', value: '"1"', what: 'this topic', copies: 'on a single broker', minimum: 2 }, line: 5, column: 42 },
      ],
    },
    {
      name: 'three-broker compose cluster with an unreplicated offsets topic',
      filename: 'docker-compose.yml',
      code: dedent`
        x-kafka-env: &kafka-env
          KAFKA_PROCESS_ROLES: broker,controller
          KAFKA_CONTROLLER_QUORUM_VOTERS: 1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093
          KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1
        services:
          kafka-1:
            image: confluentinc/cp-kafka:7.7.1
            environment:
              <<: *kafka-env
              KAFKA_NODE_ID: 1
          kafka-2:
            image: confluentinc/cp-kafka:7.7.1
            environment:
              <<: *kafka-env
              KAFKA_NODE_ID: 2
          kafka-3:
            image: confluentinc/cp-kafka:7.7.1
            environment:
              <<: *kafka-env
              KAFKA_NODE_ID: 3
      `,
      errors: [
        { messageId: 'lowReplication', data: { written: 'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', value: '1', what: 'the consumer offsets topic', copies: 'on a single broker', minimum: 2 }, line: 4, column: 43 },
      ],
    },
  ],
});
