import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/no-duplicate-config.js';
import { dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const JAVA = 'Kafka reads the file into a `java.util.Properties`, which keeps the last value of a key';
const LIBRDKAFKA_ALIAS = "both names set the same librdkafka property and the file's lines are applied in order, so the last one wins";
const LIBRDKAFKA_SAME = "the file's lines are applied in order, so the last one wins";
const SPRING_LAST_PROPERTIES = 'Spring Boot keeps the last value of a property written twice in one document';
const SPRING_LAST_YAML = 'Spring Boot flattens the YAML in document order and keeps the last value of a property';
const SPRING_MAP_WINS = "Spring Boot applies its `properties` map after its own properties, so the map's entry wins wherever it is written";
const SPRING_UNDETERMINED = 'Spring Boot binds only one of these spellings, and the file does not show which';
const COMPOSE_LAST = 'docker compose turns the list into a map, which keeps the last value of a variable';
const SPRING_FAILS = "Spring Boot fails to start, as its YAML loader rejects a mapping that repeats a key (SnakeYAML's DuplicateKeyException)";
const COMPOSE_FAILS =
  'docker compose refuses to load the file ("mapping key … already defined"), and the legacy Python docker-compose silently kept the later value';
const KUBECTL_FAILS = 'kubectl rejects the manifest ("mapping key … already defined")';

const overrides = (written: string, value: string, other: string, otherValue: string, line: number, reason: string) => ({
  messageId: 'overrides' as const,
  data: { written, value, other, otherValue, line, reason },
});
const overridden = (written: string, value: string, winner: string, winnerValue: string, line: number, reason: string) => ({
  messageId: 'overridden' as const,
  data: { written, value, winner, winnerValue, line, reason },
});
const yamlDuplicate = (key: string, line: number, consequence: string) => ({
  messageId: 'yamlDuplicate' as const,
  data: { key, line, consequence },
});
const removeThis = (written: string, line: number, output: string) => ({ messageId: 'removeThis' as const, data: { written, line }, output });
const removeOther = (written: string, line: number, output: string) => ({ messageId: 'removeOther' as const, data: { written, line }, output });

// ---------------------------------------------------------------------------------------------
// .properties files

const producerDifferent = 'bootstrap.servers=kafka:9092\nacks=1\nlinger.ms=5\nacks=all\n';
const producerSame = 'bootstrap.servers=kafka:9092\nlinger.ms=5\nbatch.size=65536\n  linger.ms = 5\n';
const jaas = 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\\n    username="app" password="secret";\n';
const continued = `bootstrap.servers=kafka:9092\nsecurity.protocol=SASL_SSL\n${jaas}sasl.mechanism=PLAIN\n${jaas}`;
const springNativeAfterMap = 'spring.kafka.producer.properties.acks=all\nspring.kafka.producer.acks=1\n';
const springRelaxed = 'spring.kafka.consumer.enableAutoCommit=false\nspring.kafka.consumer.enable-auto-commit=true\n';
const springDocuments = dedent`
  spring.kafka.consumer.group-id=billing
  #---
  spring.config.activate.on-profile=prod
  spring.kafka.consumer.group-id=billing-prod
  spring.kafka.consumer.group-id=billing-prod
`;

propertiesTester.run('no-duplicate-config', rule as never, {
  valid: [
    { name: 'each key once', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\nlinger.ms=5\n' },
    {
      name: 'Kafka Streams: a client prefix narrows the scope',
      filename: 'streams.properties',
      code: 'application.id=orders\nbootstrap.servers=kafka:9092\nacks=all\nproducer.acks=1\nconsumer.max.poll.records=100\nmain.consumer.max.poll.records=500\n',
    },
    {
      name: 'Spring: every client and then one client (an intended override)',
      filename: 'application.properties',
      code: 'spring.kafka.properties.acks=all\nspring.kafka.producer.properties.acks=1\nspring.kafka.bootstrap-servers=a:9092\nspring.kafka.consumer.bootstrap-servers=b:9092\n',
    },
    {
      name: 'Spring: a profile document overrides the base document',
      filename: 'application.properties',
      code: 'spring.kafka.consumer.group-id=billing\n#---\nspring.config.activate.on-profile=prod\nspring.kafka.consumer.group-id=billing-prod\n',
    },
    {
      name: "Spring Cloud Stream's binder settings are layered over Spring Boot's",
      filename: 'application.properties',
      code: 'spring.kafka.bootstrap-servers=a:9092\nspring.cloud.stream.kafka.binder.brokers=b:9092\nspring.cloud.stream.kafka.binder.configuration.acks=all\nspring.kafka.properties.acks=1\n',
    },
    { name: 'two keys that are not one setting', filename: 'librdkafka.conf', code: 'bootstrap.servers=kafka:9092\nlinger.ms=5\nbatch.num.messages=1000\n' },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'org.gradle.daemon=true\norg.gradle.daemon=false\n' },
    { name: 'placeholders are values like others: set once, silent', filename: 'consumer.properties', code: 'bootstrap.servers=${BROKERS}\ngroup.id=${GROUP}\n' },
  ],
  invalid: [
    {
      name: 'a producer file with a key set twice: the earlier line is ignored',
      filename: 'producer.properties',
      code: producerDifferent,
      errors: [
        {
          ...overrides('acks', 'all', 'acks', '1', 2, JAVA),
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 5,
          suggestions: [removeOther('acks', 2, 'bootstrap.servers=kafka:9092\nlinger.ms=5\nacks=all\n')],
        },
      ],
    },
    {
      name: 'the same value twice: the dead line is removed',
      filename: 'producer.properties',
      code: producerSame,
      output: 'bootstrap.servers=kafka:9092\nbatch.size=65536\n  linger.ms = 5\n',
      errors: [{ ...overrides('linger.ms', '5', 'linger.ms', '5', 2, JAVA), line: 4, column: 3, endColumn: 12 }],
    },
    {
      name: 'a value continued over two lines is removed whole',
      filename: 'client.properties',
      code: continued,
      output: `bootstrap.servers=kafka:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n${jaas}`,
      errors: [
        {
          messageId: 'overrides',
          line: 6,
          column: 1,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'server.properties',
      filename: 'config/server.properties',
      code: 'process.roles=broker\nlog.retention.hours=168\nnum.partitions=3\nlog.retention.hours=72\n',
      errors: [
        {
          ...overrides('log.retention.hours', '72', 'log.retention.hours', '168', 2, JAVA),
          line: 4,
          column: 1,
          suggestions: [removeOther('log.retention.hours', 2, 'process.roles=broker\nnum.partitions=3\nlog.retention.hours=72\n')],
        },
      ],
    },
    {
      name: 'a Kafka Connect worker',
      filename: 'connect-distributed.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=connect\noffset.flush.interval.ms=10000\nkey.converter=org.apache.kafka.connect.json.JsonConverter\noffset.flush.interval.ms=60000\n',
      errors: [
        {
          ...overrides('offset.flush.interval.ms', '60000', 'offset.flush.interval.ms', '10000', 3, JAVA),
          line: 5, column: 1,
          suggestions: [
            removeOther('offset.flush.interval.ms', 3, 'bootstrap.servers=kafka:9092\ngroup.id=connect\nkey.converter=org.apache.kafka.connect.json.JsonConverter\noffset.flush.interval.ms=60000\n'),
          ],
        },
      ],
    },
    {
      name: 'Kafka Streams: the same prefixed key twice',
      filename: 'streams.properties',
      code: 'application.id=orders\nbootstrap.servers=kafka:9092\nproducer.linger.ms=5\nproducer.linger.ms=50\n',
      errors: [
        {
          ...overrides('producer.linger.ms', '50', 'producer.linger.ms', '5', 3, JAVA),
          line: 4,
          column: 1,
          endColumn: 19,
          suggestions: [removeOther('producer.linger.ms', 3, 'application.id=orders\nbootstrap.servers=kafka:9092\nproducer.linger.ms=50\n')],
        },
      ],
    },
    {
      name: 'librdkafka: a property and its alias',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\nlinger.ms=5\nqueue.buffering.max.ms=100\n',
      errors: [
        {
          ...overrides('queue.buffering.max.ms', '100', 'linger.ms', '5', 2, LIBRDKAFKA_ALIAS),
          line: 3,
          column: 1,
          suggestions: [removeOther('linger.ms', 2, 'bootstrap.servers=kafka:9092\nqueue.buffering.max.ms=100\n')],
        },
      ],
    },
    {
      name: 'librdkafka: the same property twice, same value',
      filename: 'rdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\nenable.idempotence=true\nenable.idempotence=true',
      output: 'bootstrap.servers=kafka:9092\nenable.idempotence=true',
      errors: [{ ...overrides('enable.idempotence', 'true', 'enable.idempotence', 'true', 2, LIBRDKAFKA_SAME), line: 3, column: 1 }],
    },
    {
      name: "Spring: the properties map wins over Spring's own property, whatever the order",
      filename: 'application.properties',
      code: springNativeAfterMap,
      errors: [
        {
          ...overridden('spring.kafka.producer.acks', '1', 'spring.kafka.producer.properties.acks', 'all', 1, SPRING_MAP_WINS),
          line: 2,
          column: 1,
          endColumn: 27,
          suggestions: [removeThis('spring.kafka.producer.acks', 1, 'spring.kafka.producer.properties.acks=all\n')],
        },
      ],
    },
    {
      name: 'Spring: the canonical kebab-case name is bound before a relaxed variant',
      filename: 'application-prod.properties',
      code: springRelaxed,
      errors: [
        {
          ...overrides('spring.kafka.consumer.enable-auto-commit', 'true', 'spring.kafka.consumer.enableAutoCommit', 'false', 1, 'Spring Boot looks up the canonical spelling `spring.kafka.consumer.enable-auto-commit` before relaxed variants'),
          line: 2, column: 1,
          suggestions: [removeOther('spring.kafka.consumer.enableAutoCommit', 1, 'spring.kafka.consumer.enable-auto-commit=true\n')],
        },
      ],
    },
    {
      name: 'Spring: two spellings of one map entry, which one binds is not visible',
      filename: 'application.properties',
      code: 'spring.kafka.producer.properties.acks=1\nspring.kafka.producer.properties[acks]=all\n',
      errors: [
        {
          messageId: 'undetermined',
          data: {
            written: 'spring.kafka.producer.properties[acks]',
            value: 'all',
            other: 'spring.kafka.producer.properties.acks',
            otherValue: '1',
            line: 1,
            key: 'acks',
            reason: SPRING_UNDETERMINED,
          },
          line: 2,
          column: 1,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'Spring Cloud Stream: a binding setting twice',
      filename: 'application.properties',
      code: 'spring.cloud.stream.kafka.bindings.orders-in.consumer.configuration.max.poll.records=100\nspring.cloud.stream.kafka.bindings.orders-in.consumer.configuration.max.poll.records=500\n',
      errors: [
        {
          ...overrides('spring.cloud.stream.kafka.bindings.orders-in.consumer.configuration.max.poll.records', '500', 'spring.cloud.stream.kafka.bindings.orders-in.consumer.configuration.max.poll.records', '100', 1, SPRING_LAST_PROPERTIES),
          line: 2, column: 1,
          suggestions: [
            removeOther('spring.cloud.stream.kafka.bindings.orders-in.consumer.configuration.max.poll.records', 1, 'spring.cloud.stream.kafka.bindings.orders-in.consumer.configuration.max.poll.records=500\n'),
          ],
        },
      ],
    },
    {
      name: 'placeholders written the same way are the same value',
      filename: 'consumer.properties',
      code: 'bootstrap.servers=${BROKERS}\ngroup.id=billing\nbootstrap.servers=${BROKERS}\n',
      output: 'group.id=billing\nbootstrap.servers=${BROKERS}\n',
      errors: [{ ...overrides('bootstrap.servers', '${BROKERS}', 'bootstrap.servers', '${BROKERS}', 1, JAVA), line: 3, column: 1 }],
    },
    {
      name: 'Spring: a key repeated inside one #--- document',
      filename: 'application.properties',
      code: springDocuments,
      output: 'spring.kafka.consumer.group-id=billing\n#---\nspring.config.activate.on-profile=prod\nspring.kafka.consumer.group-id=billing-prod\n',
      errors: [
        {
          ...overrides('spring.kafka.consumer.group-id', 'billing-prod', 'spring.kafka.consumer.group-id', 'billing-prod', 4, SPRING_LAST_PROPERTIES),
          line: 5, column: 1,
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// YAML files

const springYamlDifferent = dedent`
  spring:
    kafka:
      producer:
        acks: all
        acks: 1
`;
const springYamlSame = dedent`
  spring:
    kafka:
      consumer:
        group-id: billing
        auto-offset-reset: earliest
        group-id: billing # the billing service
`;
const springTwoRoots = dedent`
  spring:
    kafka:
      consumer:
        group-id: billing
  server:
    port: 8080
  spring:
    kafka:
      consumer:
        group-id: billing
`;
const springDottedAndNested = dedent`
  spring.kafka.producer.acks: all
  management:
    port: 9090
  spring:
    kafka:
      producer:
        acks: all
        linger-ms: 5
`;
const springNativeAndMap = dedent`
  spring:
    kafka:
      producer:
        acks: 1
        properties:
          acks: all
`;
const composeList = dedent`
  services:
    kafka:
      image: apache/kafka:3.9.0
      environment:
        - KAFKA_NODE_ID=1
        - KAFKA_NUM_PARTITIONS=3
        - "KAFKA_NUM_PARTITIONS=3"
        - KAFKA_LOG_RETENTION_HOURS=168
        - KAFKA_LOG_RETENTION_HOURS=24
`;
const composeMap = dedent`
  services:
    kafka:
      image: confluentinc/cp-kafka:7.7.1
      environment:
        KAFKA_NODE_ID: 1
        KAFKA_DEFAULT_REPLICATION_FACTOR: 3
        KAFKA_PROCESS_ROLES: broker,controller
        KAFKA_DEFAULT_REPLICATION_FACTOR: 1
`;
const composeAnchor = dedent`
  x-kafka-env: &kafka-env
    KAFKA_NUM_PARTITIONS: 3
    KAFKA_DEFAULT_REPLICATION_FACTOR: 3
  services:
    kafka-1:
      image: apache/kafka:3.9.0
      environment:
        <<: *kafka-env
        KAFKA_NODE_ID: 1
        KAFKA_NUM_PARTITIONS: 6
    kafka-2:
      image: apache/kafka:3.9.0
      environment:
        <<: *kafka-env
        KAFKA_NODE_ID: 2
        KAFKA_NUM_PARTITIONS: 3
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
        min.insync.replicas: 2
        default.replication.factor: 3
        min.insync.replicas: 2
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
      retention.ms: 604800000
      retention.ms: 86400000
`;

yamlTester.run('no-duplicate-config', rule as never, {
  valid: [
    {
      name: 'Spring: a profile document overrides the base document',
      filename: 'application.yml',
      code: dedent`
        spring:
          kafka:
            consumer:
              group-id: billing
        ---
        spring:
          config:
            activate:
              on-profile: prod
          kafka:
            consumer:
              group-id: billing-prod
      `,
    },
    {
      name: 'Spring: every client, then one client',
      filename: 'application.yaml',
      code: 'spring:\n  kafka:\n    properties:\n      acks: all\n    producer:\n      properties:\n        acks: "1"\n',
    },
    { name: 'compose: services override a shared anchor (an intended override)', filename: 'docker-compose.yml', code: composeAnchor },
    { name: 'a YAML file that is not Kafka config', filename: 'config.yaml', code: 'kafka:\n  acks: all\n  acks: 1\n' },
    {
      name: 'compose: a service that does not run Kafka',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: node:22\n    environment:\n      - KAFKA_NUM_PARTITIONS=3\n      - KAFKA_NUM_PARTITIONS=6\n',
    },
  ],
  invalid: [
    {
      name: 'Spring YAML: a key repeated in one mapping stops the application',
      filename: 'application.yml',
      code: springYamlDifferent,
      errors: [
        {
          ...yamlDuplicate('acks', 4, SPRING_FAILS),
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 11,
          suggestions: [
            removeThis('acks', 4, 'spring:\n  kafka:\n    producer:\n      acks: all\n'),
            removeOther('acks', 4, 'spring:\n  kafka:\n    producer:\n      acks: 1\n'),
          ],
        },
      ],
    },
    {
      name: 'Spring YAML: the same value twice; the line with a comment is kept',
      filename: 'application.yml',
      code: springYamlSame,
      output: 'spring:\n  kafka:\n    consumer:\n      auto-offset-reset: earliest\n      group-id: billing # the billing service\n',
      errors: [{ ...yamlDuplicate('group-id', 4, SPRING_FAILS), line: 6, column: 7 }],
    },
    {
      name: 'Spring YAML: the same value twice is removed',
      filename: 'application-dev.yml',
      code: springYamlSame.replace(' # the billing service', ''),
      output: 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n      auto-offset-reset: earliest\n',
      errors: [{ ...yamlDuplicate('group-id', 4, SPRING_FAILS), line: 6, column: 7 }],
    },
    {
      name: 'Spring YAML: a top-level key written twice',
      filename: 'application.yml',
      code: springTwoRoots,
      errors: [{ ...yamlDuplicate('spring', 1, SPRING_FAILS), line: 7, column: 1, endLine: 7, endColumn: 7 }],
    },
    {
      name: 'Spring YAML: a dotted key and a nested one name the same property',
      filename: 'application.yml',
      code: springDottedAndNested,
      output: springDottedAndNested.replace('spring.kafka.producer.acks: all\n', ''),
      errors: [{ ...overrides('acks', 'all', 'spring.kafka.producer.acks', 'all', 1, SPRING_LAST_YAML), line: 7, column: 7, endColumn: 11 }],
    },
    {
      name: "Spring YAML: Spring's own property and the properties map",
      filename: 'application.yml',
      code: springNativeAndMap,
      errors: [
        {
          ...overrides('acks', 'all', 'acks', '1', 4, SPRING_MAP_WINS),
          line: 6,
          column: 9,
          suggestions: [removeOther('acks', 4, 'spring:\n  kafka:\n    producer:\n      properties:\n        acks: all\n')],
        },
      ],
    },
    {
      name: 'Spring YAML: a relaxed spelling beside the canonical one',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: false\n      enableAutoCommit: true\n',
      errors: [
        {
          ...overridden(
            'enableAutoCommit',
            'true',
            'enable-auto-commit',
            'false',
            4,
            'Spring Boot looks up the canonical spelling `spring.kafka.consumer.enable-auto-commit` before relaxed variants',
          ),
          line: 5,
          column: 7,
          suggestions: [removeThis('enableAutoCommit', 4, 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: false\n')],
        },
      ],
    },
    {
      name: 'compose: two variables the image maps to one property',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NUM_PARTITIONS: 3\n      KAFKA_Num_Partitions: 6\n',
      errors: [
        {
          messageId: 'undetermined',
          data: {
            written: 'KAFKA_Num_Partitions',
            value: '6',
            other: 'KAFKA_NUM_PARTITIONS',
            otherValue: '3',
            line: 5,
            key: 'num.partitions',
            reason: 'the image turns each of these variables into `num.partitions`, in an order the file does not decide',
          },
          line: 6,
          column: 7,
        },
      ],
    },
    {
      name: 'compose: wurstmeister list',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: wurstmeister/kafka:2.13-2.8.1\n    environment:\n      - KAFKA_LOG_RETENTION_HOURS=24\n      - KAFKA_LOG_RETENTION_HOURS=24\n      - KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181\n',
      output: 'services:\n  kafka:\n    image: wurstmeister/kafka:2.13-2.8.1\n    environment:\n      - KAFKA_LOG_RETENTION_HOURS=24\n      - KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181\n',
      errors: [{ ...overrides('KAFKA_LOG_RETENTION_HOURS', '24', 'KAFKA_LOG_RETENTION_HOURS', '24', 5, COMPOSE_LAST), line: 6, column: 9 }],
    },
    {
      name: 'compose: an environment list with a variable twice',
      filename: 'docker-compose.yml',
      code: composeList,
      output: composeList.replace('      - KAFKA_NUM_PARTITIONS=3\n', ''),
      errors: [
        { ...overrides('KAFKA_NUM_PARTITIONS', '3', 'KAFKA_NUM_PARTITIONS', '3', 6, COMPOSE_LAST), line: 7, column: 10, endColumn: 30 },
        {
          ...overrides('KAFKA_LOG_RETENTION_HOURS', '24', 'KAFKA_LOG_RETENTION_HOURS', '168', 8, COMPOSE_LAST),
          line: 9,
          column: 9,
          suggestions: [removeOther('KAFKA_LOG_RETENTION_HOURS', 8, composeList.replace('      - KAFKA_LOG_RETENTION_HOURS=168\n', ''))],
        },
      ],
    },
    {
      name: 'compose: an environment map with a key twice',
      filename: 'docker-compose.yml',
      code: composeMap,
      errors: [
        {
          ...yamlDuplicate('KAFKA_DEFAULT_REPLICATION_FACTOR', 6, COMPOSE_FAILS),
          line: 8,
          column: 7,
          endColumn: 39,
          suggestions: [
            removeThis('KAFKA_DEFAULT_REPLICATION_FACTOR', 6, composeMap.replace('      KAFKA_DEFAULT_REPLICATION_FACTOR: 1\n', '')),
            removeOther('KAFKA_DEFAULT_REPLICATION_FACTOR', 6, composeMap.replace('      KAFKA_DEFAULT_REPLICATION_FACTOR: 3\n', '')),
          ],
        },
      ],
    },
    {
      name: 'Bitnami list: the same variable twice',
      filename: 'compose.yaml',
      code: 'services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      - KAFKA_CFG_NODE_ID=0\n      - KAFKA_CFG_NUM_PARTITIONS=1\n      - KAFKA_CFG_NUM_PARTITIONS=3\n',
      errors: [
        {
          ...overrides('KAFKA_CFG_NUM_PARTITIONS', '3', 'KAFKA_CFG_NUM_PARTITIONS', '1', 6, COMPOSE_LAST),
          line: 7,
          column: 9,
          suggestions: [
            removeOther('KAFKA_CFG_NUM_PARTITIONS', 6, 'services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      - KAFKA_CFG_NODE_ID=0\n      - KAFKA_CFG_NUM_PARTITIONS=3\n'),
          ],
        },
      ],
    },
    {
      name: 'Strimzi Kafka config: the same value twice',
      filename: 'kafka.yaml',
      code: strimziCluster,
      output: strimziCluster.replace(/\n {6}min\.insync\.replicas: 2\n$/, '\n'),
      errors: [{ ...yamlDuplicate('min.insync.replicas', 9, KUBECTL_FAILS), line: 11, column: 7, endColumn: 26 }],
    },
    {
      name: 'Strimzi KafkaTopic config',
      filename: 'topics.yaml',
      code: strimziTopic,
      errors: [
        {
          ...yamlDuplicate('retention.ms', 9, KUBECTL_FAILS),
          line: 10,
          column: 5,
          suggestions: [
            removeThis('retention.ms', 9, strimziTopic.replace('    retention.ms: 86400000\n', '')),
            removeOther('retention.ms', 9, strimziTopic.replace('    retention.ms: 604800000\n', '')),
          ],
        },
      ],
    },
  ],
});

describe('no-duplicate-config suppression comments', () => {
  const kafka = { ...plugin, rules: { ...plugin.rules, 'no-duplicate-config': rule } };
  const config = (language: string): Linter.Config[] => [
    {
      files: ['**/*.properties', '**/*.yml'],
      plugins: { kafka: kafka as never },
      language,
      rules: { 'kafka/no-duplicate-config': 'error' },
    },
  ];
  const lint = (text: string, filename: string) =>
    new Linter().verify(text, config(filename.endsWith('.yml') ? 'kafka/yaml' : 'kafka/properties'), { filename }).map((message) => [
      message.ruleId,
      message.line,
    ]);

  it('honours eslint-disable-next-line in a properties file', () => {
    const text = 'bootstrap.servers=kafka:9092\nacks=1\n# eslint-disable-next-line kafka/no-duplicate-config -- the old value is kept above on purpose\nacks=all\n';
    expect(lint(text, 'producer.properties')).toEqual([]);
    expect(lint(text.replace(/^# .*\n/m, ''), 'producer.properties')).toEqual([['kafka/no-duplicate-config', 3]]);
  });

  it('honours eslint-disable-line in a compose file', () => {
    const text = composeList.replace('KAFKA_LOG_RETENTION_HOURS=24', 'KAFKA_LOG_RETENTION_HOURS=24 # eslint-disable-line kafka/no-duplicate-config');
    expect(lint(text, 'docker-compose.yml')).toEqual([['kafka/no-duplicate-config', 7]]);
  });
});
