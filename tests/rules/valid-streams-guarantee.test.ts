import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/valid-streams-guarantee.js';
import { dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const KEY = 'processing.guarantee';

const eosV1 = (written: string) =>
  `\`${written}\` exactly_once is exactly-once version 1, deprecated since Kafka Streams 3.0 and removed in 4.0, where the application no longer starts (ConfigException). It gives every task its own transactional producer, so an instance opens as many producers and transactions as it has tasks, a load on brokers and the transaction coordinator that version 2 avoids with one producer per stream thread. Use exactly_once_v2 (Kafka Streams 3.0 or later, brokers 2.5 or later), switched with a rolling restart.`;

const eosBeta = (written: string) =>
  `\`${written}\` exactly_once_beta is the old name of exactly-once version 2, deprecated since Kafka Streams 3.0 and removed in 4.0, where the application no longer starts (ConfigException). Write exactly_once_v2, the same processing mode (one transactional producer per stream thread, brokers 2.5 or later), which Kafka Streams 3.0 and later accept; a rolling restart switches it.`;

const useV2 = (written: string, output: string) => ({ messageId: 'useV2', data: { written }, output });
const streams = (guarantee: string) => `application.id=orders-etl\nbootstrap.servers=kafka:9092\n${KEY}=${guarantee}\n`;

propertiesTester.run('valid-streams-guarantee', rule as never, {
  valid: [
    { name: 'exactly_once_v2', filename: 'streams.properties', code: streams('exactly_once_v2') },
    { name: 'at_least_once', filename: 'streams.properties', code: streams('at_least_once') },
    { name: 'left at the default', filename: 'streams.properties', code: 'application.id=orders-etl\nbootstrap.servers=kafka:9092\n' },
    { name: 'a spelling Streams rejects is valid-config-value\'s business', filename: 'streams.properties', code: streams('EXACTLY_ONCE') },
    {
      name: 'a consumer file: no Streams reads it there',
      filename: 'consumer.properties',
      code: `bootstrap.servers=kafka:9092\ngroup.id=billing\n${KEY}=exactly_once\n`,
    },
    { name: 'ksqlDB server settings are another tool\'s', filename: 'ksql-server.properties', code: 'listeners=http://0.0.0.0:8088\nksql.streams.processing.guarantee=exactly_once\n' },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: `org.gradle.daemon=true\n${KEY}=exactly_once\n` },
    {
      name: 'Spring: a placeholder resolved at start-up',
      filename: 'application.properties',
      code: `spring.kafka.streams.application-id=etl\nspring.kafka.streams.properties.${KEY}=\${GUARANTEE:exactly_once}\n`,
    },
  ],
  invalid: [
    {
      name: 'Streams properties, exactly_once',
      filename: 'config/streams.properties',
      code: streams('exactly_once'),
      errors: [
        {
          message: eosV1(KEY),
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 34,
          suggestions: [useV2(KEY, streams('exactly_once_v2'))],
        },
      ],
    },
    {
      name: 'Streams properties recognised by their keys, exactly_once_beta with spaces',
      filename: 'orders-etl.properties',
      code: `application.id=orders-etl\nbootstrap.servers=kafka:9092\n${KEY} = exactly_once_beta\n`,
      errors: [
        {
          message: eosBeta(KEY),
          line: 3,
          column: 24,
          endColumn: 41,
          suggestions: [useV2(KEY, `application.id=orders-etl\nbootstrap.servers=kafka:9092\n${KEY} = exactly_once_v2\n`)],
        },
      ],
    },
    {
      name: 'Spring Streams properties',
      filename: 'src/main/resources/application.properties',
      code: `spring.kafka.streams.application-id=etl\nspring.kafka.streams.properties.${KEY}=exactly_once_beta\n`,
      errors: [
        {
          messageId: 'eosBeta',
          data: { written: `spring.kafka.streams.properties.${KEY}`, value: 'exactly_once_beta' },
          line: 2,
          column: 54,
          endColumn: 71,
          suggestions: [
            useV2(`spring.kafka.streams.properties.${KEY}`, `spring.kafka.streams.application-id=etl\nspring.kafka.streams.properties.${KEY}=exactly_once_v2\n`),
          ],
        },
      ],
    },
    {
      name: 'Spring shared properties, which Spring Boot also gives Kafka Streams, in a profile file',
      filename: 'application-prod.properties',
      code: `spring.kafka.properties.${KEY}=exactly_once\n`,
      errors: [
        {
          messageId: 'eosV1',
          data: { written: `spring.kafka.properties.${KEY}`, value: 'exactly_once' },
          line: 1,
          column: 46,
          endColumn: 58,
          suggestions: [useV2(`spring.kafka.properties.${KEY}`, `spring.kafka.properties.${KEY}=exactly_once_v2\n`)],
        },
      ],
    },
  ],
});

yamlTester.run('valid-streams-guarantee', rule as never, {
  valid: [
    {
      name: 'Spring Streams with exactly_once_v2',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    streams:\n      application-id: etl\n      properties:\n        ${KEY}: exactly_once_v2\n`,
    },
    {
      name: 'Spring: a placeholder resolved at start-up',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    streams:\n      properties:\n        ${KEY}: \${GUARANTEE:exactly_once}\n`,
    },
    {
      name: 'a broker image has no Streams settings',
      filename: 'docker-compose.yml',
      code: 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.7.1\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_PROCESSING_GUARANTEE: exactly_once\n',
    },
    {
      name: 'Strimzi KafkaConnect: a Connect worker is not a Streams app',
      filename: 'connect.yaml',
      code: `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnect\nmetadata:\n  name: connect\nspec:\n  config:\n    group.id: connect-cluster\n    ${KEY}: exactly_once\n`,
    },
    {
      name: 'YAML that is not Kafka config',
      filename: 'values.yaml',
      code: `streams:\n  ${KEY}: exactly_once\n`,
    },
  ],
  invalid: [
    {
      name: 'Spring Streams properties, quoting kept',
      filename: 'application.yml',
      code: `spring:\n  kafka:\n    streams:\n      application-id: etl\n      properties:\n        ${KEY}: 'exactly_once_beta'\n`,
      errors: [
        {
          messageId: 'eosBeta',
          data: { written: KEY, value: 'exactly_once_beta' },
          line: 6,
          column: 31,
          endColumn: 50,
          suggestions: [
            useV2(KEY, `spring:\n  kafka:\n    streams:\n      application-id: etl\n      properties:\n        ${KEY}: 'exactly_once_v2'\n`),
          ],
        },
      ],
    },
    {
      name: 'Spring Streams properties as nested maps, in a prod profile document',
      filename: 'application.yaml',
      code: dedent`
        spring:
          kafka:
            streams:
              application-id: etl
        ---
        spring:
          config.activate.on-profile: prod
          kafka:
            streams:
              properties:
                processing:
                  guarantee: exactly_once
      `,
      errors: [
        {
          message: eosV1(KEY),
          line: 12,
          column: 22,
          endColumn: 34,
          suggestions: [
            useV2(
              KEY,
              dedent`
                spring:
                  kafka:
                    streams:
                      application-id: etl
                ---
                spring:
                  config.activate.on-profile: prod
                  kafka:
                    streams:
                      properties:
                        processing:
                          guarantee: exactly_once_v2
              `,
            ),
          ],
        },
      ],
    },
  ],
});

describe('valid-streams-guarantee suppression comments', () => {
  const kafka = { ...plugin, rules: { ...plugin.rules, 'valid-streams-guarantee': rule } };
  const lint = (text: string, filename: string) =>
    new Linter()
      .verify(
        text,
        [
          {
            files: ['**/*.properties', '**/*.yml'],
            plugins: { kafka: kafka as never },
            language: filename.endsWith('.yml') ? 'kafka/yaml' : 'kafka/properties',
            rules: { 'kafka/valid-streams-guarantee': 'error' },
          },
        ],
        { filename },
      )
      .map((message) => [message.ruleId, message.line]);

  it('honours eslint-disable-next-line in a Streams properties file', () => {
    const text = `application.id=etl\nbootstrap.servers=kafka:9092\n# eslint-disable-next-line kafka/valid-streams-guarantee -- brokers are 2.4 until Q3\n${KEY}=exactly_once\n`;
    expect(lint(text, 'streams.properties')).toEqual([]);
    expect(lint(text.replace(/^# .*\n/m, ''), 'streams.properties')).toEqual([['kafka/valid-streams-guarantee', 3]]);
  });

  it('honours eslint-disable-next-line in a Spring YAML file', () => {
    const text = `spring:\n  kafka:\n    streams:\n      properties:\n        # eslint-disable-next-line kafka/valid-streams-guarantee\n        ${KEY}: exactly_once\n`;
    expect(lint(text, 'application.yml')).toEqual([]);
    expect(lint(text.replace(/^ *# .*\n/m, ''), 'application.yml')).toEqual([['kafka/valid-streams-guarantee', 5]]);
  });
});
