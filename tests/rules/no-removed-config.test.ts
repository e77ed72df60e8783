import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import type { Role } from '../../src/core/config-view.js';
import { removedKeyFor } from '../../src/config-lint/catalog/removed-keys.js';
import plugin from '../../src/index.js';
import rule, { imageKafkaVersion } from '../../src/rules/no-removed-config.js';
import { dedent, propertiesTester, yamlTester } from '../rule-tester.js';

function record(role: Role, key: string) {
  const found = removedKeyFor(role, key);
  if (!found) throw new Error(`no record for ${role} ${key}`);
  return found;
}

const removed = (role: Role, key: string, written: string, effect: string, advice?: string) => {
  const { removedIn, reason, instead } = record(role, key);
  return { messageId: 'removed' as const, data: { written, removedIn: removedIn!, reason, effect, advice: advice ?? instead!.replace(/\.$/, '') } };
};
const deprecated = (role: Role, key: string, written: string, advice?: string) => {
  const { deprecatedIn, removedIn, reason, instead } = record(role, key);
  return {
    messageId: 'deprecated' as const,
    data: {
      written,
      deprecatedIn: deprecatedIn!,
      removal: removedIn ? ` and removed in Kafka ${removedIn}` : '',
      reason,
      advice: advice ?? instead!.replace(/\.$/, ''),
    },
  };
};
const rename = (written: string, replacement: string, output: string) => ({
  messageId: 'rename' as const,
  data: { written, replacement },
  output,
});
const renameAdvice = (key: string) => `Rename it to \`${key}\`, which takes the same values`;

const broker = (version: string, where = '') => `A Kafka ${version} broker${where} does not read it, so it has no effect.`;
const client = (version: string) => `A Kafka ${version} client does not read it (it only logs it as supplied but unused), so it has no effect.`;
const topic = (version: string, where = '') => `Kafka ${version}${where} has no such topic setting, so it has no effect.`;
const common = (version: string) => `Kafka ${version} does not read it, so it has no effect.`;

// ---------------------------------------------------------------------------------------------
// .properties files

const zkBroker = 'broker.id=1\nzookeeper.connect=zk-1:2181,zk-2:2181\nzookeeper.session.timeout.ms=18000\nlog.dirs=/var/lib/kafka\n';
const kraftBroker = 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.bootstrap.servers=kafka-1:9093\nlog.message.timestamp.before.max.ms=3600000\n';

propertiesTester.run('no-removed-config', rule as never, {
  valid: [
    { name: 'a KRaft broker', filename: 'server.properties', code: kraftBroker },
    { name: 'ZooKeeper mode on Kafka 3.9 (deprecated as a mode, not key by key)', filename: 'server.properties', code: zkBroker, options: [{ kafkaVersion: '3.9' }] },
    {
      name: 'a KRaft controller migrating from ZooKeeper, on the 3.9 it runs',
      filename: 'controller.properties',
      code: 'process.roles=controller\nnode.id=3000\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk-1:2181\n',
      options: [{ kafkaVersion: '3.9' }],
    },
    { name: 'a key deprecated after the version in use', filename: 'streams.properties', code: 'application.id=a\nbootstrap.servers=k:9092\ncache.max.bytes.buffering=0\n', options: [{ kafkaVersion: '3.3' }] },
    { name: 'a producer key in a consumer file is not this rule’s business', filename: 'consumer.properties', code: 'bootstrap.servers=k:9092\ngroup.id=g\ntimeout.ms=1000\n' },
    { name: 'librdkafka has its own names and releases', filename: 'librdkafka.conf', code: 'bootstrap.servers=k:9092\nauto.include.jmx.reporter=false\n' },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'port=8080\nhost.name=localhost\ntimeout.ms=100\n' },
    {
      name: "Spring's own property that maps to a current key",
      filename: 'application.properties',
      code: 'spring.kafka.streams.state-store-cache-max-size=10MB\nspring.kafka.streams.application-id=orders\n',
    },
  ],
  invalid: [
    {
      name: 'a ZooKeeper-mode broker without a version: judged against the latest release, where ZooKeeper is gone',
      filename: 'server.properties',
      code: zkBroker,
      errors: [
        { ...removed('broker', 'zookeeper.connect', 'zookeeper.connect', broker('4.4')), line: 2, column: 1, endLine: 2, endColumn: 18 },
        { ...removed('broker', 'zookeeper.session.timeout.ms', 'zookeeper.session.timeout.ms', broker('4.4')), line: 3, column: 1, endColumn: 29 },
      ],
    },
    {
      name: 'ZooKeeper keys on a cluster declared to run Kafka 4.0',
      filename: 'server.properties',
      code: zkBroker,
      options: [{ kafkaVersion: '4.0' }],
      errors: [
        { ...removed('broker', 'zookeeper.connect', 'zookeeper.connect', broker('4.0')), line: 2, column: 1, endLine: 2, endColumn: 18 },
        { ...removed('broker', 'zookeeper.session.timeout.ms', 'zookeeper.session.timeout.ms', broker('4.0')), line: 3, column: 1, endColumn: 29 },
      ],
    },
    {
      name: 'a KRaft broker that kept its ZooKeeper keys, on the latest Kafka',
      filename: 'broker.properties',
      code: 'process.roles=broker\nnode.id=1\nzookeeper.connect=zk-1:2181\n',
      errors: [{ ...removed('broker', 'zookeeper.connect', 'zookeeper.connect', broker('4.4')), line: 3, column: 1 }],
    },
    {
      name: 'keys deprecated in 3.x, removed in 4.0, on 3.9 and on 4.0',
      filename: 'server.properties',
      code: 'process.roles=broker\nlog.message.format.version=2.8\ninter.broker.protocol.version=3.9\noffsets.commit.required.acks=-1\n',
      options: [{ kafkaVersion: '3.9.0' }],
      errors: [
        { ...deprecated('broker', 'log.message.format.version', 'log.message.format.version'), line: 2 },
        { ...deprecated('broker', 'offsets.commit.required.acks', 'offsets.commit.required.acks'), line: 4 },
      ],
    },
    {
      name: 'the same keys on 4.0 (inter.broker.protocol.version was never deprecated, only removed)',
      filename: 'server.properties',
      code: 'process.roles=broker\nlog.message.format.version=2.8\ninter.broker.protocol.version=3.9\n',
      options: [{ kafkaVersion: '4.0' }],
      errors: [
        { ...removed('broker', 'log.message.format.version', 'log.message.format.version', broker('4.0')), line: 2 },
        { ...removed('broker', 'inter.broker.protocol.version', 'inter.broker.protocol.version', broker('4.0')), line: 3 },
      ],
    },
    {
      name: 'an alias removed in 4.0: rename to the key it stood for',
      filename: 'server.properties',
      code: 'process.roles=broker\ndelegation.token.master.key=${TOKEN_KEY}\n',
      errors: [
        {
          ...removed('broker', 'delegation.token.master.key', 'delegation.token.master.key', broker('4.4'), renameAdvice('delegation.token.secret.key')),
          line: 2,
          column: 1,
          endColumn: 28,
          suggestions: [rename('delegation.token.master.key', 'delegation.token.secret.key', 'process.roles=broker\ndelegation.token.secret.key=${TOKEN_KEY}\n')],
        },
      ],
    },
    {
      name: 'no rename when the replacement is already set',
      filename: 'server.properties',
      code: 'process.roles=broker\ndelegation.token.master.key=a\ndelegation.token.secret.key=b\n',
      errors: [
        {
          ...removed('broker', 'delegation.token.master.key', 'delegation.token.master.key', broker('4.4'), 'Set `delegation.token.secret.key` instead, which takes the same values'),
          line: 2,
          suggestions: [],
        },
      ],
    },
    {
      name: 'listeners configured the 0.9 way, removed in 3.0',
      filename: 'server.properties',
      code: 'broker.id=0\nport=9092\nadvertised.host.name=kafka-0\n',
      options: [{ kafkaVersion: '3.0' }],
      errors: [
        { ...removed('broker', 'port', 'port', broker('3.0')), line: 2, column: 1, endColumn: 5 },
        { ...removed('broker', 'advertised.host.name', 'advertised.host.name', broker('3.0')), line: 3 },
      ],
    },
    {
      name: 'a producer file: JMX settings removed in 4.0',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nauto.include.jmx.reporter=false\nmetrics.jmx.blacklist=.*records-lag.*\n',
      errors: [
        { ...removed('producer', 'auto.include.jmx.reporter', 'auto.include.jmx.reporter', client('4.4')), line: 2 },
        {
          ...removed('producer', 'metrics.jmx.blacklist', 'metrics.jmx.blacklist', client('4.4'), renameAdvice('metrics.jmx.exclude')),
          line: 3,
          suggestions: [rename('metrics.jmx.blacklist', 'metrics.jmx.exclude', 'bootstrap.servers=kafka:9092\nauto.include.jmx.reporter=false\nmetrics.jmx.exclude=.*records-lag.*\n')],
        },
      ],
    },
    {
      name: 'producer settings removed in 0.11',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nblock.on.buffer.full=true\n',
      errors: [{ ...removed('producer', 'block.on.buffer.full', 'block.on.buffer.full', client('4.4')), line: 2 }],
    },
    {
      name: 'Kafka Streams, with prefixed client and topic settings',
      filename: 'streams.properties',
      code: dedent`
        application.id=orders
        bootstrap.servers=kafka:9092
        cache.max.bytes.buffering=10485760
        default.deserialization.exception.handler=org.apache.kafka.streams.errors.LogAndContinueExceptionHandler
        producer.auto.include.jmx.reporter=false
        topic.message.format.version=2.8
        key.serde=org.apache.kafka.common.serialization.Serdes$StringSerde
      `,
      errors: [
        {
          ...deprecated('streams', 'cache.max.bytes.buffering', 'cache.max.bytes.buffering', renameAdvice('statestore.cache.max.bytes')),
          line: 3,
          suggestions: [
            rename(
              'cache.max.bytes.buffering',
              'statestore.cache.max.bytes',
              'application.id=orders\nbootstrap.servers=kafka:9092\nstatestore.cache.max.bytes=10485760\ndefault.deserialization.exception.handler=org.apache.kafka.streams.errors.LogAndContinueExceptionHandler\nproducer.auto.include.jmx.reporter=false\ntopic.message.format.version=2.8\nkey.serde=org.apache.kafka.common.serialization.Serdes$StringSerde\n',
            ),
          ],
        },
        {
          ...deprecated('streams', 'default.deserialization.exception.handler', 'default.deserialization.exception.handler', renameAdvice('deserialization.exception.handler')),
          line: 4,
          suggestions: [
            rename(
              'default.deserialization.exception.handler',
              'deserialization.exception.handler',
              'application.id=orders\nbootstrap.servers=kafka:9092\ncache.max.bytes.buffering=10485760\ndeserialization.exception.handler=org.apache.kafka.streams.errors.LogAndContinueExceptionHandler\nproducer.auto.include.jmx.reporter=false\ntopic.message.format.version=2.8\nkey.serde=org.apache.kafka.common.serialization.Serdes$StringSerde\n',
            ),
          ],
        },
        { ...removed('producer', 'auto.include.jmx.reporter', 'producer.auto.include.jmx.reporter', client('4.4')), line: 5, column: 1, endColumn: 35 },
        { ...removed('topic', 'message.format.version', 'topic.message.format.version', topic('4.4')), line: 6 },
        {
          ...removed('streams', 'key.serde', 'key.serde', 'Kafka Streams 4.4 does not read it, so it has no effect.', renameAdvice('default.key.serde')),
          line: 7,
          suggestions: [
            rename(
              'key.serde',
              'default.key.serde',
              'application.id=orders\nbootstrap.servers=kafka:9092\ncache.max.bytes.buffering=10485760\ndefault.deserialization.exception.handler=org.apache.kafka.streams.errors.LogAndContinueExceptionHandler\nproducer.auto.include.jmx.reporter=false\ntopic.message.format.version=2.8\ndefault.key.serde=org.apache.kafka.common.serialization.Serdes$StringSerde\n',
            ),
          ],
        },
      ],
    },
    {
      name: 'Spring properties maps, a bracketed key renamed in place',
      filename: 'application.properties',
      code: 'spring.kafka.properties.auto.include.jmx.reporter=false\nspring.kafka.producer.properties[metrics.jmx.whitelist]=kafka.producer.*\n',
      errors: [
        { ...removed('common', 'auto.include.jmx.reporter', 'spring.kafka.properties.auto.include.jmx.reporter', common('4.4')), line: 1, column: 1, endColumn: 50 },
        {
          ...removed(
            'producer',
            'metrics.jmx.whitelist',
            'spring.kafka.producer.properties[metrics.jmx.whitelist]',
            client('4.4'),
            renameAdvice('spring.kafka.producer.properties[metrics.jmx.include]'),
          ),
          line: 2,
          suggestions: [
            rename(
              'spring.kafka.producer.properties[metrics.jmx.whitelist]',
              'spring.kafka.producer.properties[metrics.jmx.include]',
              'spring.kafka.properties.auto.include.jmx.reporter=false\nspring.kafka.producer.properties[metrics.jmx.include]=kafka.producer.*\n',
            ),
          ],
        },
      ],
    },
    {
      name: 'a Spring profile file',
      filename: 'application-prod.properties',
      code: 'spring.kafka.streams.properties.default.production.exception.handler=com.acme.Handler\n',
      errors: [
        {
          ...deprecated(
            'streams',
            'default.production.exception.handler',
            'spring.kafka.streams.properties.default.production.exception.handler',
            renameAdvice('spring.kafka.streams.properties.production.exception.handler'),
          ),
          line: 1,
          suggestions: [
            rename(
              'spring.kafka.streams.properties.default.production.exception.handler',
              'spring.kafka.streams.properties.production.exception.handler',
              'spring.kafka.streams.properties.production.exception.handler=com.acme.Handler\n',
            ),
          ],
        },
      ],
    },
    {
      name: 'a Kafka Connect worker with the REST settings removed in 3.0',
      filename: 'connect-distributed.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=connect\nkey.converter=org.apache.kafka.connect.json.JsonConverter\nrest.port=8083\n',
      errors: [{ ...removed('common', 'rest.port', 'rest.port', common('4.4')), line: 4 }],
    },
    {
      name: 'a MirrorMaker 2 file: a filter renamed in 2.7 and removed in 4.0',
      filename: 'connect-mirror-maker.properties',
      code: 'clusters = primary, backup\nprimary.bootstrap.servers = a:9092\nbackup.bootstrap.servers = b:9092\nprimary->backup.enabled = true\nprimary->backup.topics.blacklist = .*internal\n',
      errors: [
        {
          ...removed('common', 'topics.blacklist', 'primary->backup.topics.blacklist', common('4.4'), renameAdvice('primary->backup.topics.exclude')),
          line: 5,
          column: 1,
          endColumn: 33,
          suggestions: [
            rename(
              'primary->backup.topics.blacklist',
              'primary->backup.topics.exclude',
              'clusters = primary, backup\nprimary.bootstrap.servers = a:9092\nbackup.bootstrap.servers = b:9092\nprimary->backup.enabled = true\nprimary->backup.topics.exclude = .*internal\n',
            ),
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// YAML files

const composeZk = (image: string) => dedent`
  services:
    kafka:
      image: ${image}
      environment:
        KAFKA_BROKER_ID: 1
        KAFKA_ZOOKEEPER_CONNECT: zookeeper:2181
        KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092
`;
const composeApache4 = dedent`
  services:
    kafka:
      image: apache/kafka:4.0.0
      environment:
        KAFKA_NODE_ID: 1
        KAFKA_PROCESS_ROLES: broker,controller
        KAFKA_DELEGATION_TOKEN_MASTER_KEY: secret
`;
const bitnamiZk = dedent`
  services:
    kafka:
      image: docker.io/bitnami/kafka:3.9.0-debian-12-r0
      environment:
        - KAFKA_CFG_ZOOKEEPER_CONNECT=zookeeper:2181
        - KAFKA_CFG_LOG_MESSAGE_TIMESTAMP_DIFFERENCE_MAX_MS=3600000
`;
const strimzi = (version: string) => dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: Kafka
  metadata:
    name: main
  spec:
    kafka:
      version: ${version}
      replicas: 3
      config:
        inter.broker.protocol.version: "3.7"
        log.message.format.version: "3.7"
  ---
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaTopic
  metadata:
    name: audit
    labels:
      strimzi.io/cluster: main
  spec:
    partitions: 3
    replicas: 3
    config:
      message.format.version: "3.7"
`;
const springYaml = dedent`
  spring:
    kafka:
      streams:
        properties:
          cache.max.bytes.buffering: 0
      consumer:
        properties:
          "auto.include.jmx.reporter": false
`;

yamlTester.run('no-removed-config', rule as never, {
  valid: [
    { name: 'compose: Confluent Platform 7.6 runs Kafka 3.6, with ZooKeeper mode', filename: 'docker-compose.yml', code: composeZk('confluentinc/cp-kafka:7.6.1') },
    {
      name: 'compose: inter.broker.protocol.version on an image that runs Kafka 3.9',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_INTER_BROKER_PROTOCOL_VERSION: "3.9"\n',
    },
    {
      name: 'Strimzi on Kafka 3.7: inter.broker.protocol.version is still read',
      filename: 'kafka.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: main\nspec:\n  kafka:\n    version: 3.7.0\n    config:\n      inter.broker.protocol.version: "3.7"\n',
    },
    { name: 'a YAML file that is not Kafka config', filename: 'values.yaml', code: 'kafka:\n  config:\n    zookeeper.connect: zk:2181\n' },
    { name: "Spring's own property", filename: 'application.yml', code: 'spring:\n  kafka:\n    streams:\n      state-store-cache-max-size: 10MB\n' },
  ],
  invalid: [
    {
      name: 'compose: Confluent Platform 8.0 runs Kafka 4.0, without ZooKeeper',
      filename: 'docker-compose.yml',
      code: composeZk('confluentinc/cp-kafka:8.0.0'),
      errors: [
        {
          ...removed('broker', 'zookeeper.connect', 'KAFKA_ZOOKEEPER_CONNECT', broker('4.0', ' (image `confluentinc/cp-kafka:8.0.0`)')),
          line: 6,
          column: 7,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'compose: an image without a version, in ZooKeeper mode, is judged against the latest Kafka',
      filename: 'docker-compose.yml',
      code: composeZk('confluentinc/cp-kafka'),
      errors: [{ ...removed('broker', 'zookeeper.connect', 'KAFKA_ZOOKEEPER_CONNECT', broker('4.4')), line: 6, column: 7 }],
    },
    {
      name: 'compose: an image without a version runs the latest Kafka',
      filename: 'compose.yaml',
      code: composeZk('confluentinc/cp-kafka').replace('KAFKA_BROKER_ID: 1', 'KAFKA_PROCESS_ROLES: broker,controller'),
      errors: [{ ...removed('broker', 'zookeeper.connect', 'KAFKA_ZOOKEEPER_CONNECT', broker('4.4')), line: 6, column: 7 }],
    },
    {
      name: 'compose: the rule option overrides the image version',
      filename: 'docker-compose.yml',
      code: composeZk('confluentinc/cp-kafka:7.4.0'),
      options: [{ kafkaVersion: '4.0' }],
      errors: [{ ...removed('broker', 'zookeeper.connect', 'KAFKA_ZOOKEEPER_CONNECT', broker('4.0')), line: 6 }],
    },
    {
      name: 'compose: apache/kafka 4.0, renamed as an environment variable',
      filename: 'docker-compose.yml',
      code: composeApache4,
      errors: [
        {
          ...removed(
            'broker',
            'delegation.token.master.key',
            'KAFKA_DELEGATION_TOKEN_MASTER_KEY',
            broker('4.0', ' (image `apache/kafka:4.0.0`)'),
            renameAdvice('KAFKA_DELEGATION_TOKEN_SECRET_KEY'),
          ),
          line: 7,
          column: 7,
          endColumn: 40,
          suggestions: [rename('KAFKA_DELEGATION_TOKEN_MASTER_KEY', 'KAFKA_DELEGATION_TOKEN_SECRET_KEY', composeApache4.replace('MASTER_KEY', 'SECRET_KEY'))],
        },
      ],
    },
    {
      name: 'compose: Bitnami 3.9 environment list',
      filename: 'docker-compose.yml',
      code: bitnamiZk,
      errors: [{ ...deprecated('broker', 'log.message.timestamp.difference.max.ms', 'KAFKA_CFG_LOG_MESSAGE_TIMESTAMP_DIFFERENCE_MAX_MS'), line: 6, column: 9, endColumn: 58 }],
    },
    {
      name: 'compose: wurstmeister, a Scala-Kafka tag',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: wurstmeister/kafka:2.13-2.8.1\n    environment:\n      KAFKA_PORT: 9092\n',
      options: [{ kafkaVersion: '3.0' }],
      errors: [{ ...removed('broker', 'port', 'KAFKA_PORT', broker('3.0')), line: 5, column: 7 }],
    },
    {
      name: 'Strimzi on Kafka 4.0: the cluster and its topic',
      filename: 'kafka.yaml',
      code: strimzi('4.0.0'),
      errors: [
        { ...removed('broker', 'inter.broker.protocol.version', 'inter.broker.protocol.version', broker('4.0', ' (`spec.kafka.version` 4.0.0)')), line: 10, column: 7, endColumn: 36 },
        { ...removed('broker', 'log.message.format.version', 'log.message.format.version', broker('4.0', ' (`spec.kafka.version` 4.0.0)')), line: 11, column: 7 },
        { ...removed('topic', 'message.format.version', 'message.format.version', topic('4.0', ' (`spec.kafka.version` 4.0.0)')), line: 23, column: 5 },
      ],
    },
    {
      name: 'Strimzi on Kafka 3.8: only the deprecation',
      filename: 'kafka.yaml',
      code: strimzi('3.8.0'),
      errors: [
        { ...deprecated('broker', 'log.message.format.version', 'log.message.format.version'), line: 11 },
        { ...deprecated('topic', 'message.format.version', 'message.format.version'), line: 23 },
      ],
    },
    {
      name: 'Spring YAML maps, a quoted key renamed with its quotes',
      filename: 'application.yml',
      code: springYaml,
      errors: [
        {
          ...deprecated('streams', 'cache.max.bytes.buffering', 'cache.max.bytes.buffering', renameAdvice('statestore.cache.max.bytes')),
          line: 5,
          column: 9,
          endColumn: 34,
          suggestions: [rename('cache.max.bytes.buffering', 'statestore.cache.max.bytes', springYaml.replace('cache.max.bytes.buffering', 'statestore.cache.max.bytes'))],
        },
        { ...removed('consumer', 'auto.include.jmx.reporter', 'auto.include.jmx.reporter', client('4.4')), line: 8, column: 9 },
      ],
    },
    {
      name: 'Spring YAML: a quoted key keeps its quotes',
      filename: 'application-prod.yaml',
      code: 'spring:\n  kafka:\n    admin:\n      properties:\n        "metrics.jmx.blacklist": ".*"\n',
      errors: [
        {
          ...removed('admin', 'metrics.jmx.blacklist', 'metrics.jmx.blacklist', client('4.4'), renameAdvice('"metrics.jmx.exclude"')),
          line: 5,
          column: 9,
          endColumn: 32,
          suggestions: [
            rename('metrics.jmx.blacklist', '"metrics.jmx.exclude"', 'spring:\n  kafka:\n    admin:\n      properties:\n        "metrics.jmx.exclude": ".*"\n'),
          ],
        },
      ],
    },
  ],
});

describe('imageKafkaVersion', () => {
  it('reads the Kafka release from the tags that say it', () => {
    expect(imageKafkaVersion('apache/kafka:3.9.1', 'apache')).toEqual([3, 9]);
    expect(imageKafkaVersion('apache/kafka-native:4.1.0', 'apache')).toEqual([4, 1]);
    expect(imageKafkaVersion('bitnami/kafka:3.7', 'bitnami')).toEqual([3, 7]);
    expect(imageKafkaVersion('confluentinc/cp-server:8.1.0', 'confluent')).toEqual([4, 1]);
    expect(imageKafkaVersion('confluentinc/cp-kafka:7.9.2', 'confluent')).toEqual([3, 9]);
    expect(imageKafkaVersion('confluentinc/cp-kafka:6.2.1', 'confluent')).toEqual([2, 6]);
    expect(imageKafkaVersion('confluentinc/cp-kafka:5.5.0', 'confluent')).toEqual([2, 5]);
    expect(imageKafkaVersion('wurstmeister/kafka:2.12-2.2.1', 'wurstmeister')).toEqual([2, 2]);
    expect(imageKafkaVersion('${KAFKA_IMAGE:-apache/kafka:3.8.0}', 'apache')).toEqual([3, 8]);
  });

  it('says nothing of tags without a version', () => {
    expect(imageKafkaVersion('apache/kafka', 'apache')).toBeUndefined();
    expect(imageKafkaVersion('apache/kafka:latest', 'apache')).toBeUndefined();
    expect(imageKafkaVersion('confluentinc/cp-kafka:9.0.0', 'confluent')).toBeUndefined();
    expect(imageKafkaVersion('apache/kafka@sha256:0123abcd', 'apache')).toBeUndefined();
    expect(imageKafkaVersion('wurstmeister/kafka:latest', 'wurstmeister')).toBeUndefined();
  });
});

describe('no-removed-config suppression comments', () => {
  const kafka = { ...plugin, rules: { ...plugin.rules, 'no-removed-config': rule } };
  const lint = (text: string, filename: string) =>
    new Linter()
      .verify(
        text,
        [
          {
            files: ['**/*.properties', '**/*.yml'],
            plugins: { kafka: kafka as never },
            language: filename.endsWith('.yml') ? 'kafka/yaml' : 'kafka/properties',
            rules: { 'kafka/no-removed-config': 'error' },
          },
        ],
        { filename },
      )
      .map((message) => [message.ruleId, message.line]);

  it('honours eslint-disable-next-line in a broker file', () => {
    const text = 'process.roles=broker\n# eslint-disable-next-line kafka/no-removed-config -- removed at the next restart window\nzookeeper.connect=zk:2181\n';
    expect(lint(text, 'server.properties')).toEqual([]);
    expect(lint(text.replace(/^# .*\n/m, ''), 'server.properties')).toEqual([['kafka/no-removed-config', 2]]);
  });

  it('honours eslint-disable-line in a compose file', () => {
    const text = composeZk('confluentinc/cp-kafka:8.0.0').replace('zookeeper:2181', 'zookeeper:2181 # eslint-disable-line kafka/no-removed-config');
    expect(lint(text, 'docker-compose.yml')).toEqual([]);
  });
});
