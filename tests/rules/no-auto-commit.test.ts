import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/no-auto-commit.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const KEY = 'enable.auto.commit';
const THEN_JAVA = 'then commit the offsets after processing (commitSync())';
const THEN_SPRING = "Spring Kafka's listener container then commits after the listener returns (ack-mode batch, the default, or record)";
const THEN_LIBRDKAFKA = 'then commit the offsets after processing (rd_kafka_commit(), or the commit call of your client)';
const THEN_BRIDGE = "then commit the offsets after processing (the bridge's offsets endpoint)";
const THEN_ACK = 'the listener then commits through `Acknowledgment.acknowledge()`';
const STORE_DEFAULT = '`enable.auto.offset.store` at its default (true)';

const javaAutoCommit = (written: string) =>
  `\`${written}\` true lets the consumer commit its position every \`auto.commit.interval.ms\`: every record poll() has returned counts as consumed, processed or not. Records still being processed when the offsets are committed (on another thread, or asynchronously) are lost if the application crashes or the partitions move to another consumer. Set it to false and commit the offsets after processing.`;

const JAVA_DEFAULT =
  'This consumer leaves `enable.auto.commit` at the Java default, true: the consumer commits its position every `auto.commit.interval.ms`, and every record poll() has returned counts as consumed, processed or not. Records still being processed when the offsets are committed (on another thread, or asynchronously) are lost if the application crashes or the partitions move to another consumer. Set `enable.auto.commit` to false and commit the offsets after processing (commitSync()).';

const LIBRDKAFKA_DEFAULT =
  'This consumer leaves `enable.auto.commit` and `enable.auto.offset.store` at their librdkafka defaults (true): librdkafka stores the offset of each message as soon as poll hands it to the application, and commits the stored offsets every `auto.commit.interval.ms`, so a message still being processed when they are committed is lost if the application crashes or the partitions move. Set `enable.auto.offset.store` to false and store each offset after processing (rd_kafka_offsets_store(), or the store-offsets call of your client), or set `enable.auto.commit` to false and commit after processing.';

const disable = (written: string, then: string, output: string) => ({ messageId: 'disable', data: { written, then }, output });
const storeAfterProcessing = (output: string) => ({ messageId: 'storeAfterProcessing', output });

// The rule reads config files only: kafkajs commits after the handler resolves, and code is other rules' business.
codeTester.run('no-auto-commit', rule, {
  valid: [
    {
      name: 'kafkajs autoCommit (commits after eachMessage resolves)',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });
        await consumer.run({ autoCommit: true, eachMessage: async ({ message }) => handle(message) });
      `,
    },
    {
      name: 'Confluent consumer with librdkafka enable.auto.commit',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const consumer = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } }).consumer({ 'group.id': 'billing', 'enable.auto.commit': true });
        module.exports = consumer;
      `,
    },
  ],
  invalid: [],
});

propertiesTester.run('no-auto-commit', rule as never, {
  valid: [
    { name: 'Java consumer committing by hand', filename: 'consumer.properties', code: `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=false\n` },
    {
      name: 'Java consumer without group.id: the client turns auto commit off, and the group may come from elsewhere',
      filename: 'consumer.properties',
      code: 'bootstrap.servers=kafka:9092\nauto.offset.reset=earliest\n',
    },
    {
      name: 'reportDefault false: a Java consumer on the default is left alone',
      filename: 'consumer.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\n',
      options: [{ reportDefault: false }],
    },
    { name: 'a value Kafka rejects is valid-config-value\'s business', filename: 'consumer.properties', code: `group.id=billing\n${KEY}=yes\n` },
    { name: 'a producer file', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
    { name: 'a client file of unknown role on the default', filename: 'client.properties', code: 'bootstrap.servers=kafka:9092\nsecurity.protocol=SSL\n' },
    {
      name: 'Kafka Streams turns auto commit off for its consumers, whatever they are given',
      filename: 'streams.properties',
      code: `application.id=etl\nbootstrap.servers=kafka:9092\n${KEY}=true\nconsumer.${KEY}=true\nmain.consumer.${KEY}=true\n`,
    },
    {
      name: 'a Kafka Connect worker (it has a group.id, and manages its sink tasks\' commits)',
      filename: 'connect-distributed.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=connect-cluster\nkey.converter=org.apache.kafka.connect.json.JsonConverter\nconfig.storage.topic=connect-configs\n',
    },
    { name: 'a broker file', filename: 'server.properties', code: `process.roles=broker\nnode.id=1\n${KEY}=true\n` },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: `org.gradle.daemon=true\n${KEY}=true\n` },
    {
      name: 'librdkafka: auto commit of offsets stored after processing (the at-least-once pattern)',
      filename: 'librdkafka.conf',
      code: `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=true\nenable.auto.offset.store=false\n`,
    },
    {
      name: 'librdkafka: offsets stored by hand, auto commit left on',
      filename: 'billing-consumer.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\nenable.auto.offset.store=false\n',
    },
    { name: 'librdkafka consumer committing by hand', filename: 'librdkafka.conf', code: `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=false\n` },
    {
      name: 'librdkafka: the legacy auto.commit.enable topic property is not the consumer setting',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\nauto.commit.enable=true\n',
      options: [{ reportDefault: false }],
    },
    {
      name: 'reportDefault false: a librdkafka consumer on the default pair is left alone',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\n',
      options: [{ reportDefault: false }],
    },
    { name: 'a librdkafka producer', filename: 'librdkafka.conf', code: 'bootstrap.servers=kafka:9092\nlinger.ms=5\nenable.idempotence=true\n' },
    {
      name: 'Spring consumer that leaves it unset: Spring Kafka turns auto commit off',
      filename: 'application.properties',
      code: 'spring.kafka.consumer.group-id=billing\nspring.kafka.listener.ack-mode=manual\n',
    },
    {
      name: 'Spring: the consumer properties map wins over enable-auto-commit',
      filename: 'application.properties',
      code: 'spring.kafka.consumer.enable-auto-commit=true\nspring.kafka.consumer.properties.enable.auto.commit=false\n',
    },
    {
      name: 'Spring: a placeholder resolved at start-up',
      filename: 'application.properties',
      code: 'spring.kafka.consumer.enable-auto-commit=${AUTO_COMMIT:true}\n',
    },
  ],
  invalid: [
    {
      name: 'Java consumer with auto commit written',
      filename: 'config/consumer.properties',
      code: `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=true\n`,
      errors: [
        {
          message: javaAutoCommit(KEY),
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 24,
          suggestions: [disable(KEY, THEN_JAVA, `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=false\n`)],
        },
      ],
    },
    {
      name: 'any case and spacing, as Kafka reads booleans',
      filename: 'billing-consumer.properties',
      code: `group.id=billing\n${KEY} = TRUE\n`,
      errors: [
        {
          messageId: 'autoCommit',
          data: { written: KEY },
          line: 2,
          column: 22,
          endColumn: 26,
          suggestions: [disable(KEY, THEN_JAVA, `group.id=billing\n${KEY} = false\n`)],
        },
      ],
    },
    {
      name: 'Java consumer on the default (true)',
      filename: 'consumer.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\n',
      errors: [
        {
          message: JAVA_DEFAULT,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
          suggestions: [disable(KEY, THEN_JAVA, `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=false\n`)],
        },
      ],
    },
    {
      name: 'a shared client file that writes it',
      filename: 'client.properties',
      code: `bootstrap.servers=kafka:9092\n${KEY}=true\n`,
      errors: [
        {
          messageId: 'autoCommit',
          data: { written: KEY },
          line: 2,
          column: 20,
          suggestions: [disable(KEY, THEN_JAVA, `bootstrap.servers=kafka:9092\n${KEY}=false\n`)],
        },
      ],
    },
    {
      name: 'librdkafka: auto commit written, offsets stored on poll by default',
      filename: 'librdkafka.conf',
      code: `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=true\n`,
      errors: [
        {
          messageId: 'librdkafkaStoreOnPoll',
          data: { written: KEY, other: STORE_DEFAULT },
          line: 3,
          column: 20,
          endColumn: 24,
          suggestions: [
            storeAfterProcessing(`bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=true\nenable.auto.offset.store=false\n`),
            disable(KEY, THEN_LIBRDKAFKA, `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=false\n`),
          ],
        },
      ],
    },
    {
      name: 'librdkafka reads 1 as true',
      filename: 'librdkafka.conf',
      code: `bootstrap.servers=kafka:9092\ngroup.id=g\n${KEY}=1\n`,
      errors: [
        {
          messageId: 'librdkafkaStoreOnPoll',
          data: { written: KEY, other: STORE_DEFAULT },
          line: 3,
          column: 20,
          endColumn: 21,
          suggestions: [
            storeAfterProcessing(`bootstrap.servers=kafka:9092\ngroup.id=g\n${KEY}=1\nenable.auto.offset.store=false\n`),
            disable(KEY, THEN_LIBRDKAFKA, `bootstrap.servers=kafka:9092\ngroup.id=g\n${KEY}=false\n`),
          ],
        },
      ],
    },
    {
      name: 'librdkafka: offset store on poll written, auto commit on by default',
      filename: 'consumer.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=g\nenable.auto.offset.store = true\n',
      errors: [
        {
          messageId: 'librdkafkaStoreOnPoll',
          data: { written: 'enable.auto.offset.store', other: '`enable.auto.commit` at its default (true)' },
          line: 3,
          column: 28,
          endColumn: 32,
          suggestions: [
            storeAfterProcessing('bootstrap.servers=kafka:9092\ngroup.id=g\nenable.auto.offset.store = false\n'),
            disable(KEY, THEN_LIBRDKAFKA, `bootstrap.servers=kafka:9092\ngroup.id=g\nenable.auto.offset.store = true\n${KEY}=false\n`),
          ],
        },
      ],
    },
    {
      name: 'librdkafka consumer on the default pair',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=billing\n',
      errors: [
        {
          message: LIBRDKAFKA_DEFAULT,
          line: 1,
          column: 1,
          endColumn: 18,
          suggestions: [
            storeAfterProcessing('bootstrap.servers=kafka:9092\ngroup.id=billing\nenable.auto.offset.store=false\n'),
            disable(KEY, THEN_LIBRDKAFKA, `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=false\n`),
          ],
        },
      ],
    },
    {
      name: 'Spring consumer enable-auto-commit',
      filename: 'src/main/resources/application.properties',
      code: 'spring.kafka.consumer.group-id=billing\nspring.kafka.consumer.enable-auto-commit=true\n',
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: 'spring.kafka.consumer.enable-auto-commit' },
          line: 2,
          column: 42,
          endColumn: 46,
          suggestions: [
            disable(
              'spring.kafka.consumer.enable-auto-commit',
              THEN_SPRING,
              'spring.kafka.consumer.group-id=billing\nspring.kafka.consumer.enable-auto-commit=false\n',
            ),
          ],
        },
      ],
    },
    {
      name: 'Spring profile file: auto commit with a manual ack mode',
      filename: 'application-prod.properties',
      code: 'spring.kafka.consumer.group-id=billing\nspring.kafka.consumer.enable-auto-commit=true\nspring.kafka.listener.ack-mode=MANUAL\n',
      errors: [
        {
          message:
            '`spring.kafka.consumer.enable-auto-commit` true contradicts `spring.kafka.listener.ack-mode` MANUAL: Spring Kafka refuses to start the listener container ("Consumer cannot be configured for auto commit for ackMode MANUAL"), and without the manual ack mode the consumer would commit records before the listener acknowledges them. Remove it or set it to false (Spring Kafka turns auto commit off since 2.3), so that `Acknowledgment.acknowledge()` commits the offsets.',
          line: 2,
          column: 42,
          endColumn: 46,
          suggestions: [
            disable(
              'spring.kafka.consumer.enable-auto-commit',
              THEN_ACK,
              'spring.kafka.consumer.group-id=billing\nspring.kafka.consumer.enable-auto-commit=false\nspring.kafka.listener.ack-mode=MANUAL\n',
            ),
          ],
        },
      ],
    },
    {
      name: 'Spring consumer properties map, bracket notation',
      filename: 'application.properties',
      code: `spring.kafka.consumer.properties[${KEY}]=true\n`,
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: `spring.kafka.consumer.properties[${KEY}]` },
          line: 1,
          column: 54,
          endColumn: 58,
          suggestions: [disable(`spring.kafka.consumer.properties[${KEY}]`, THEN_SPRING, `spring.kafka.consumer.properties[${KEY}]=false\n`)],
        },
      ],
    },
    {
      name: 'Spring Cloud Stream Kafka binder configuration, shared by every binding',
      filename: 'application.properties',
      code: `spring.cloud.stream.kafka.binder.configuration.${KEY}=true\n`,
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: `spring.cloud.stream.kafka.binder.configuration.${KEY}` },
          line: 1,
          column: 67,
          suggestions: [
            disable(`spring.cloud.stream.kafka.binder.configuration.${KEY}`, THEN_SPRING, `spring.cloud.stream.kafka.binder.configuration.${KEY}=false\n`),
          ],
        },
      ],
    },
    {
      name: 'Spring Cloud Stream Kafka binder consumer-properties',
      filename: 'application.properties',
      code: `spring.cloud.stream.kafka.binder.consumer-properties.${KEY}=true\n`,
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: `spring.cloud.stream.kafka.binder.consumer-properties.${KEY}` },
          line: 1,
          column: 73,
          endColumn: 77,
          suggestions: [
            disable(`spring.cloud.stream.kafka.binder.consumer-properties.${KEY}`, THEN_SPRING, `spring.cloud.stream.kafka.binder.consumer-properties.${KEY}=false\n`),
          ],
        },
      ],
    },
  ],
});

yamlTester.run('no-auto-commit', rule as never, {
  valid: [
    {
      name: 'Spring consumer with manual acknowledgements and auto commit left to Spring (off)',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n    listener:\n      ack-mode: manual_immediate\n',
    },
    {
      name: 'Spring consumer with auto commit off',
      filename: 'application.yaml',
      code: 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: false\n    listener:\n      ack-mode: record\n',
    },
    {
      name: 'Spring: a placeholder resolved at start-up',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: ${AUTO_COMMIT:true}\n',
    },
    {
      name: 'Spring: the consumer section overrides the shared properties',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    properties:\n      ${KEY}: true\n    consumer:\n      enable-auto-commit: false\n`,
    },
    {
      name: 'Spring Kafka Streams: Streams turns auto commit off for its consumers',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    streams:\n      application-id: etl\n      properties:\n        consumer.${KEY}: true\n`,
    },
    {
      name: 'Spring Kafka Streams app with a shared setting and no consumer section',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    properties:\n      ${KEY}: true\n    streams:\n      application-id: etl\n`,
    },
    {
      name: 'a broker image ignores consumer settings',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_ENABLE_AUTO_COMMIT: "true"\n',
    },
    {
      name: 'Helm values that look like Spring but are not',
      filename: 'values.yaml',
      code: 'kafka:\n  consumer:\n    enable-auto-commit: true\n',
    },
    {
      name: 'Strimzi KafkaBridge that leaves it unset',
      filename: 'bridge.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  bootstrapServers: main-kafka-bootstrap:9092\n  consumer:\n    config:\n      auto.offset.reset: earliest\n',
    },
    {
      name: 'Strimzi KafkaConnect: the worker manages its sink tasks\' commits',
      filename: 'connect.yaml',
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnect\nmetadata:\n  name: connect\nspec:\n  config:\n    group.id: connect-cluster\n    offset.storage.topic: connect-offsets\n',
    },
  ],
  invalid: [
    {
      name: 'Spring consumer, relaxed name and a YAML 1.1 boolean',
      filename: 'src/main/resources/application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n      enableAutoCommit: yes\n',
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: 'enableAutoCommit' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 28,
          suggestions: [disable('enableAutoCommit', THEN_SPRING, 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n      enableAutoCommit: false\n')],
        },
      ],
    },
    {
      name: 'Spring consumer properties map, quoted value kept quoted',
      filename: 'application-staging.yaml',
      code: `spring:\n  kafka:\n    consumer:\n      properties:\n        ${KEY}: "true"\n`,
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: KEY },
          line: 5,
          column: 29,
          endColumn: 35,
          suggestions: [disable(KEY, THEN_SPRING, `spring:\n  kafka:\n    consumer:\n      properties:\n        ${KEY}: "false"\n`)],
        },
      ],
    },
    {
      name: 'Spring: auto commit and a manual ack mode in one section',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: true\n    listener:\n      ack-mode: manual_immediate\n',
      errors: [
        {
          messageId: 'manualAckMode',
          data: { written: 'enable-auto-commit', ackWritten: 'ack-mode', ackMode: 'manual_immediate', ackConstant: 'MANUAL_IMMEDIATE' },
          line: 4,
          column: 27,
          endColumn: 31,
          suggestions: [
            disable('enable-auto-commit', THEN_ACK, 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: false\n    listener:\n      ack-mode: manual_immediate\n'),
          ],
        },
      ],
    },
    {
      name: 'Spring: shared auto commit reaching a consumer with a manual ack mode is reported once, at the setting',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    properties:\n      ${KEY}: "true"\n    listener:\n      ack-mode: MANUAL\n`,
      errors: [
        {
          messageId: 'manualAckMode',
          data: { written: KEY, ackWritten: 'ack-mode', ackMode: 'MANUAL', ackConstant: 'MANUAL' },
          line: 4,
          column: 27,
          endColumn: 33,
          suggestions: [disable(KEY, THEN_ACK, `spring:\n  kafka:\n    properties:\n      ${KEY}: "false"\n    listener:\n      ack-mode: MANUAL\n`)],
        },
      ],
    },
    {
      name: 'Spring: auto commit turned on in a dev profile document',
      filename: 'application.yml',
      code: dedent`
        spring:
          kafka:
            bootstrap-servers: kafka:9092
        ---
        spring:
          config:
            activate:
              on-profile: dev
          kafka:
            consumer:
              enable-auto-commit: true
      `,
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: 'enable-auto-commit' },
          line: 11,
          column: 27,
          endColumn: 31,
          suggestions: [
            disable(
              'enable-auto-commit',
              THEN_SPRING,
              dedent`
                spring:
                  kafka:
                    bootstrap-servers: kafka:9092
                ---
                spring:
                  config:
                    activate:
                      on-profile: dev
                  kafka:
                    consumer:
                      enable-auto-commit: false
              `,
            ),
          ],
        },
      ],
    },
    {
      name: 'Spring Cloud Stream binding configuration',
      filename: 'application.yml',
      code: dedent`
        spring:
          cloud:
            stream:
              kafka:
                bindings:
                  orders-in-0:
                    consumer:
                      configuration:
                        enable.auto.commit: true
      `,
      errors: [
        {
          messageId: 'springAutoCommit',
          data: { written: KEY },
          line: 9,
          column: 37,
          endColumn: 41,
          suggestions: [
            disable(
              KEY,
              THEN_SPRING,
              dedent`
                spring:
                  cloud:
                    stream:
                      kafka:
                        bindings:
                          orders-in-0:
                            consumer:
                              configuration:
                                enable.auto.commit: false
              `,
            ),
          ],
        },
      ],
    },
    {
      name: 'Strimzi KafkaBridge consumer config',
      filename: 'bridge.yaml',
      code: `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      ${KEY}: true\n`,
      errors: [
        {
          messageId: 'autoCommit',
          data: { written: KEY },
          line: 8,
          column: 27,
          endColumn: 31,
          suggestions: [
            disable(KEY, THEN_BRIDGE, `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaBridge\nmetadata:\n  name: bridge\nspec:\n  consumer:\n    config:\n      ${KEY}: false\n`),
          ],
        },
      ],
    },
  ],
});

describe('no-auto-commit suppression comments', () => {
  const kafka = { ...plugin, rules: { ...plugin.rules, 'no-auto-commit': rule } };
  const config = (language: string): Linter.Config[] => [
    {
      files: ['**/*.properties', '**/*.yml'],
      plugins: { kafka: kafka as never },
      language,
      rules: { 'kafka/no-auto-commit': 'error' },
    },
  ];
  const lint = (text: string, filename: string) =>
    new Linter().verify(text, config(filename.endsWith('.yml') ? 'kafka/yaml' : 'kafka/properties'), { filename }).map((message) => [
      message.ruleId,
      message.line,
    ]);

  it('honours eslint-disable-next-line in a properties file', () => {
    const text = `group.id=billing\n# eslint-disable-next-line kafka/no-auto-commit -- the batch job tolerates lost records\n${KEY}=true\n`;
    expect(lint(text, 'consumer.properties')).toEqual([]);
    expect(lint(text.replace(/^# .*\n/m, ''), 'consumer.properties')).toEqual([['kafka/no-auto-commit', 2]]);
  });

  it('honours eslint-disable-line in a Spring YAML file', () => {
    const text = 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: true # eslint-disable-line kafka/no-auto-commit\n';
    expect(lint(text, 'application.yml')).toEqual([]);
    expect(lint(text.replace(/ # .*$/m, ''), 'application.yml')).toEqual([['kafka/no-auto-commit', 4]]);
  });

  it('honours a block disable over a Java consumer on the default', () => {
    const text = '# eslint-disable kafka/no-auto-commit\nbootstrap.servers=kafka:9092\ngroup.id=billing\n';
    expect(lint(text, 'consumer.properties')).toEqual([]);
  });
});
