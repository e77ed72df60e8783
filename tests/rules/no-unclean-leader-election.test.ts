import rule from '../../src/rules/no-unclean-leader-election.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const unclean = (written: string, scope: string) =>
  `\`${written}\` true lets an out-of-sync replica become leader of a partition of ${scope} when no in-sync replica is left: the messages it never copied, acknowledged ones included, are lost, and the other replicas truncate their logs to match it. Set it to false (the default since Kafka 0.11) and bring an in-sync replica back instead.`;

const KEY = 'unclean.leader.election.enable';
const BROKER_SCOPE = 'every topic without its own setting';
const header = "import { Kafka } from 'kafkajs';\nconst admin = new Kafka({ brokers: ['kafka:9092'] }).admin();\n";
const createTopic = (value: string) =>
  `${header}await admin.createTopics({ topics: [{ topic: 'audit', replicationFactor: 3, configEntries: [{ name: '${KEY}', value: ${value} }] }] });\n`;

const constEntries = dedent`
  import { Kafka, ITopicConfig } from 'kafkajs';
  const AVAILABILITY_FIRST = [
    { name: 'unclean.leader.election.enable', value: 'true' },
    { name: 'min.insync.replicas', value: '1' },
  ];
  const TOPICS: ITopicConfig[] = [{ topic: 'clicks', numPartitions: 12, replicationFactor: 3, configEntries: AVAILABILITY_FIRST }];
  export async function migrate(kafka: Kafka) {
    const admin = kafka.admin();
    await admin.createTopics({ topics: TOPICS });
  }
`;
const confluentAdmin = dedent`
  const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
  const admin = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).admin();
  module.exports = () =>
    admin.createTopics({ topics: [{ topic: 'metrics', configEntries: [{ name: "unclean.leader.election.enable", value: "true" }] }] });
`;
const rdkafkaAdmin = dedent`
  import Kafka from 'node-rdkafka';
  const admin = Kafka.AdminClient.create({ 'metadata.broker.list': 'kafka:9092' });
  admin.createTopic({ topic: 'audit', num_partitions: 3, replication_factor: 3, config: { 'unclean.leader.election.enable': 'true' } }, () => {});
`;

codeTester.run('no-unclean-leader-election', rule, {
  valid: [
    { name: 'explicitly disabled', code: createTopic("'false'") },
    { name: 'a value computed at run time', code: createTopic('process.env.UNCLEAN_ELECTION ?? "false"') },
    { name: 'other topic configs', code: `${header}await admin.createTopics({ topics: [{ topic: 'audit', configEntries: [{ name: 'retention.ms', value: '604800000' }] }] });\n` },
    { name: 'a single-broker cluster has no other replica to elect', code: createTopic("'true'"), settings: { kafka: { brokers: 1 } } },
    {
      name: 'a look-alike admin of another library',
      code: dedent`
        import { Kafka } from 'kafkajs';
        import { admin } from './search';
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
        await admin.createTopics({ topics: [{ topic: 'audit', configEntries: [{ name: 'unclean.leader.election.enable', value: 'true' }] }] });
      `,
    },
  ],
  invalid: [
    {
      name: 'kafkajs createTopics configEntries',
      code: createTopic("'true'"),
      errors: [
        {
          messageId: 'uncleanElection',
          data: { written: KEY, scope: 'this topic' },
          line: 3,
          column: 142,
          endLine: 3,
          endColumn: 148,
          suggestions: [{ messageId: 'disable', data: { written: KEY }, output: createTopic("'false'") }],
        },
      ],
    },
    {
      name: 'configEntries held in a const array',
      code: constEntries,
      errors: [
        {
          messageId: 'uncleanElection',
          data: { written: KEY, scope: 'this topic' },
          line: 3,
          column: 52,
          suggestions: [{ messageId: 'disable', data: { written: KEY }, output: constEntries.replace("value: 'true'", "value: 'false'") }],
        },
      ],
    },
    {
      name: 'Confluent admin, double quotes kept',
      code: confluentAdmin,
      errors: [
        {
          messageId: 'uncleanElection',
          line: 4,
          column: 118,
          suggestions: [{ messageId: 'disable', data: { written: KEY }, output: confluentAdmin.replace('value: "true"', 'value: "false"') }],
        },
      ],
    },
    {
      name: 'node-rdkafka createTopic config, kept a string',
      code: rdkafkaAdmin,
      errors: [
        {
          messageId: 'uncleanElection',
          data: { written: KEY, scope: 'this topic' },
          line: 3,
          column: 123,
          suggestions: [{ messageId: 'disable', data: { written: KEY }, output: rdkafkaAdmin.replace("enable': 'true'", "enable': 'false'") }],
        },
      ],
    },
  ],
});

propertiesTester.run('no-unclean-leader-election', rule as never, {
  valid: [
    { name: 'broker with the default', filename: 'server.properties', code: 'process.roles=broker,controller\nnode.id=1\nmin.insync.replicas=2\n' },
    { name: 'broker explicitly disabled', filename: 'server.properties', code: 'process.roles=broker\nunclean.leader.election.enable=false\n' },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'org.gradle.daemon=true\nunclean.leader.election.enable=true\n' },
  ],
  invalid: [
    {
      name: 'server.properties',
      filename: 'config/kraft/server.properties',
      code: 'process.roles=broker,controller\nnode.id=1\nunclean.leader.election.enable=true\n',
      errors: [
        {
          message: unclean(KEY, BROKER_SCOPE),
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 36,
          suggestions: [{ messageId: 'disable', output: 'process.roles=broker,controller\nnode.id=1\nunclean.leader.election.enable=false\n' }],
        },
      ],
    },
    {
      name: 'any case, as Kafka reads booleans',
      filename: 'broker.properties',
      code: 'process.roles=broker\nunclean.leader.election.enable = TRUE\n',
      errors: [
        {
          message: unclean(KEY, BROKER_SCOPE),
          line: 2,
          column: 34,
          suggestions: [{ messageId: 'disable', output: 'process.roles=broker\nunclean.leader.election.enable = false\n' }],
        },
      ],
    },
    {
      name: 'Kafka Streams internal topics',
      filename: 'streams.properties',
      code: 'application.id=clickstream\nbootstrap.servers=kafka:9092\ntopic.unclean.leader.election.enable=true\n',
      errors: [
        {
          message: unclean(`topic.${KEY}`, 'the internal topics Kafka Streams creates'),
          line: 3,
          column: 38,
          suggestions: [{ messageId: 'disable', output: 'application.id=clickstream\nbootstrap.servers=kafka:9092\ntopic.unclean.leader.election.enable=false\n' }],
        },
      ],
    },
  ],
});

const composeCluster = dedent`
  x-kafka: &kafka
    image: confluentinc/cp-kafka:7.7.1
  services:
    kafka-1:
      <<: *kafka
      environment:
        KAFKA_NODE_ID: 1
        KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE: "true"
    kafka-2:
      <<: *kafka
      environment:
        KAFKA_NODE_ID: 2
`;
const bitnami = dedent`
  services:
    kafka-0:
      image: bitnami/kafka:3.7
      environment:
        - KAFKA_CFG_NODE_ID=0
        - KAFKA_CFG_UNCLEAN_LEADER_ELECTION_ENABLE=true
    kafka-1:
      image: bitnami/kafka:3.7
      environment:
        - KAFKA_CFG_NODE_ID=1
`;
const strimziCluster = dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: Kafka
  metadata:
    name: main
  spec:
    kafka:
      replicas: 3
      config:
        default.replication.factor: 3
        unclean.leader.election.enable: true
`;
const strimziTopic = dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaTopic
  metadata:
    name: audit
  spec:
    partitions: 3
    replicas: 3
    config:
      unclean.leader.election.enable: "true"
`;

yamlTester.run('no-unclean-leader-election', rule as never, {
  valid: [
    {
      name: 'single-broker compose file',
      filename: 'docker-compose.yml',
      code: dedent`
        services:
          kafka:
            image: apache/kafka:3.9.0
            environment:
              KAFKA_NODE_ID: 1
              KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE: "true"
      `,
    },
    { name: 'Strimzi topic with the setting off', filename: 'topics.yaml', code: strimziTopic.replace('"true"', '"false"') },
    { name: 'a Helm values file is not Kafka config', filename: 'values.yaml', code: 'kafka:\n  config:\n    unclean.leader.election.enable: true\n' },
  ],
  invalid: [
    {
      name: 'compose cluster through a YAML anchor, quotes kept',
      filename: 'docker-compose.yml',
      code: composeCluster,
      errors: [
        {
          message: unclean('KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE', BROKER_SCOPE),
          line: 8,
          column: 45,
          endColumn: 51,
          suggestions: [{ messageId: 'disable', output: composeCluster.replace('"true"', '"false"') }],
        },
      ],
    },
    {
      name: 'Bitnami environment list',
      filename: 'compose.yaml',
      code: bitnami,
      errors: [
        {
          message: unclean('KAFKA_CFG_UNCLEAN_LEADER_ELECTION_ENABLE', BROKER_SCOPE),
          line: 6,
          column: 50,
          suggestions: [{ messageId: 'disable', output: bitnami.replace('ENABLE=true', 'ENABLE=false') }],
        },
      ],
    },
    {
      name: 'Strimzi Kafka cluster config',
      filename: 'k8s/kafka.yaml',
      code: strimziCluster,
      errors: [
        {
          message: unclean(KEY, BROKER_SCOPE),
          line: 10,
          column: 39,
          suggestions: [{ messageId: 'disable', output: strimziCluster.replace('enable: true', 'enable: false') }],
        },
      ],
    },
    {
      name: 'Strimzi KafkaTopic config',
      filename: 'topics.yaml',
      code: strimziTopic,
      errors: [
        {
          message: unclean(KEY, 'this topic'),
          line: 9,
          column: 37,
          suggestions: [{ messageId: 'disable', output: strimziTopic.replace('"true"', '"false"') }],
        },
      ],
    },
  ],
});
