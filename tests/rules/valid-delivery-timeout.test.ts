import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/valid-delivery-timeout.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const belowSum = (written: string, value: number, linger: string, request: string, sum: number) =>
  `\`${written}\` ${value} is below \`linger.ms\` + \`request.timeout.ms\` (${linger} + ${request} = ${sum}): a record could expire before its batch has waited out linger.ms and had one request answered, so the Java producer refuses the setting and throws a ConfigException when it is created. Set \`${written}\` to at least ${sum}, or lower \`linger.ms\` or \`request.timeout.ms\`.`;

const confluent = (config: string) =>
  `const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;\nconst kafka = new Kafka({ kafkaJS: { brokers: ['kafka:9092'] } });\nmodule.exports = kafka.producer(${config});\n`;

codeTester.run('valid-delivery-timeout', rule, {
  valid: [
    { name: 'Confluent producer with a message timeout above linger.ms', code: confluent("{ 'linger.ms': 50, 'message.timeout.ms': 30000 }") },
    { name: 'a message timeout of 0 means no timeout', code: confluent("{ 'linger.ms': 1000, 'message.timeout.ms': 0 }") },
    { name: 'linger.ms left unset: librdkafka lowers it below the message timeout', code: confluent("{ 'delivery.timeout.ms': 1 }") },
    { name: 'a linger.ms computed at run time', code: confluent("{ 'linger.ms': Number(process.env.LINGER), 'message.timeout.ms': 10 }") },
    { name: 'linger.ms below the default message timeout', code: confluent("{ 'linger.ms': 299999 }") },
    {
      name: 'a shared config may set the message timeout for every producer',
      code: dedent`
        const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;
        const kafka = new Kafka({ 'bootstrap.servers': 'kafka:9092', 'message.timeout.ms': 900000 });
        module.exports = kafka.producer({ 'linger.ms': 400000 });
      `,
    },
    {
      name: 'a consumer is no producer',
      code: "const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;\nconst kafka = new Kafka({});\nmodule.exports = kafka.consumer({ 'linger.ms': 100, 'message.timeout.ms': 10, kafkaJS: { groupId: 'g' } });\n",
    },
    {
      name: 'kafkajs has no delivery timeout',
      code: "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['kafka:9092'] });\nexport const producer = kafka.producer({ transactionTimeout: 100 });\n",
    },
  ],
  invalid: [
    {
      name: 'Confluent producer whose message timeout is not above linger.ms',
      code: confluent("{ 'linger.ms': 5000, 'message.timeout.ms': 5000 }"),
      errors: [
        {
          messageId: 'timeoutNotAboveLinger',
          data: { written: 'message.timeout.ms', value: 5000, lingerWritten: 'linger.ms', linger: 5000 },
          line: 3,
          column: 76,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'node-rdkafka producer with the delivery.timeout.ms alias in its topic config and queue.buffering.max.ms',
      code: dedent`
        const Kafka = require('node-rdkafka');
        module.exports = new Kafka.Producer(
          { 'metadata.broker.list': 'kafka:9092', 'queue.buffering.max.ms': 2000 },
          { 'delivery.timeout.ms': 1000 },
        );
      `,
      errors: [
        {
          messageId: 'timeoutNotAboveLinger',
          data: { written: 'delivery.timeout.ms', value: 1000, lingerWritten: 'queue.buffering.max.ms', linger: 2000 },
          line: 4,
          column: 28,
        },
      ],
    },
    {
      name: 'linger.ms at or above the default message timeout of 300000',
      code: confluent("{ 'linger.ms': 300000 }"),
      errors: [
        {
          messageId: 'lingerNotBelowTimeout',
          data: { written: 'linger.ms', value: 300000, timeout: "librdkafka's default of 300000" },
          line: 3,
          column: 48,
        },
      ],
    },
    {
      name: 'a transactional producer times messages out after its transaction timeout',
      code: confluent("{ 'transactional.id': 'tx', 'linger.ms': 60000 }"),
      errors: [
        {
          messageId: 'lingerNotBelowTimeout',
          data: { written: 'linger.ms', value: 60000, timeout: '60000, the default `transaction.timeout.ms` a transactional producer uses for it' },
          line: 3,
          column: 74,
        },
      ],
    },
  ],
});

propertiesTester.run('valid-delivery-timeout', rule as never, {
  valid: [
    { name: 'Java defaults', filename: 'producer.properties', code: 'bootstrap.servers=kafka:9092\nacks=all\n' },
    { name: 'delivery timeout equal to the sum', filename: 'producer.properties', code: 'linger.ms=20\nrequest.timeout.ms=10000\ndelivery.timeout.ms=10020\n' },
    {
      name: 'delivery timeout left unset: the Java producer raises it with a warning',
      filename: 'producer.properties',
      code: 'linger.ms=100000\nrequest.timeout.ms=60000\n',
    },
    { name: 'delivery timeout below the default only with a lower request timeout', filename: 'producer.properties', code: 'request.timeout.ms=5000\ndelivery.timeout.ms=10000\n' },
    { name: 'an invalid delivery timeout is left to the value rules', filename: 'producer.properties', code: 'delivery.timeout.ms=ten\n' },
    { name: 'a consumer file', filename: 'consumer.properties', code: 'group.id=billing\ndelivery.timeout.ms=1000\n' },
    {
      name: 'a Kafka Connect worker passes only producer.-prefixed settings to its producers',
      filename: 'connect-distributed.properties',
      code: 'bootstrap.servers=kafka:9092\nkey.converter=org.apache.kafka.connect.json.JsonConverter\nacks=all\ngroup.id=connect\ndelivery.timeout.ms=1000\n',
    },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'delivery.timeout.ms=1\n' },
    {
      name: 'Kafka Streams: 30100 is the sum with Streams\' linger.ms of 100',
      filename: 'streams.properties',
      code: 'application.id=fraud\nbootstrap.servers=kafka:9092\nproducer.delivery.timeout.ms=30100\n',
    },
    { name: 'librdkafka: message timeout above linger', filename: 'librdkafka.conf', code: 'metadata.broker.list=kafka:9092\nlinger.ms=100\nmessage.timeout.ms=101\n' },
    { name: 'librdkafka: linger unset', filename: 'librdkafka.conf', code: 'metadata.broker.list=kafka:9092\nacks=all\nmessage.timeout.ms=1\n' },
    {
      name: 'librdkafka: linger below the transaction timeout a transactional producer uses',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\ntransactional.id=tx\ntransaction.timeout.ms=120000\nlinger.ms=100000\n',
    },
    { name: 'librdkafka consumer', filename: 'librdkafka.conf', code: 'metadata.broker.list=kafka:9092\ngroup.id=g\nlinger.ms=1000\nmessage.timeout.ms=10\n' },
    {
      name: 'Spring: placeholder values are not judged',
      filename: 'application.properties',
      code: 'spring.kafka.producer.properties.delivery.timeout.ms=${DELIVERY_TIMEOUT:1000}\n',
    },
    {
      name: 'Spring: the producer section overrides the shared request timeout',
      filename: 'application.properties',
      code: 'spring.kafka.properties.delivery.timeout.ms=20000\nspring.kafka.producer.properties.request.timeout.ms=10000\n',
    },
    {
      name: 'suppressed with a reason',
      filename: 'producer.properties',
      code: '# eslint-disable-next-line rule-to-test/valid-delivery-timeout -- reviewed\ndelivery.timeout.ms=1000\n',
    },
  ],
  invalid: [
    {
      name: 'Java producer: delivery timeout below the default request timeout',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\ndelivery.timeout.ms=20000\n',
      errors: [
        {
          message: belowSum('delivery.timeout.ms', 20000, '0 (default)', '30000 (default)', 30000),
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            { messageId: 'raiseDeliveryTimeout', data: { written: 'delivery.timeout.ms', sum: 30000 }, output: 'bootstrap.servers=kafka:9092\ndelivery.timeout.ms=30000\n' },
          ],
        },
      ],
    },
    {
      name: 'Java producer: all three written',
      filename: 'payments-producer.properties',
      code: 'linger.ms=100\nrequest.timeout.ms=60000\ndelivery.timeout.ms=60000\n',
      errors: [
        {
          message: belowSum('delivery.timeout.ms', 60000, '100', '60000', 60100),
          line: 3,
          column: 21,
          suggestions: [
            { messageId: 'raiseDeliveryTimeout', data: { written: 'delivery.timeout.ms', sum: 60100 }, output: 'linger.ms=100\nrequest.timeout.ms=60000\ndelivery.timeout.ms=60100\n' },
          ],
        },
      ],
    },
    {
      name: 'a client file shared by producers and consumers',
      filename: 'client.properties',
      code: 'bootstrap.servers=kafka:9092\nacks=all\ngroup.id=g\nlinger.ms=50\ndelivery.timeout.ms=30000\n',
      errors: [
        {
          message: belowSum('delivery.timeout.ms', 30000, '50', '30000 (default)', 30050),
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'raiseDeliveryTimeout',
              data: { written: 'delivery.timeout.ms', sum: 30050 },
              output: 'bootstrap.servers=kafka:9092\nacks=all\ngroup.id=g\nlinger.ms=50\ndelivery.timeout.ms=30050\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Kafka Streams producer: Streams\' own linger.ms of 100 counts',
      filename: 'streams.properties',
      code: 'application.id=fraud\nbootstrap.servers=kafka:9092\nproducer.delivery.timeout.ms=30099\n',
      errors: [
        {
          message: belowSum('producer.delivery.timeout.ms', 30099, '100 (default)', '30000 (default)', 30100),
          line: 3,
          column: 30,
          suggestions: [
            {
              messageId: 'raiseDeliveryTimeout',
              data: { written: 'producer.delivery.timeout.ms', sum: 30100 },
              output: 'application.id=fraud\nbootstrap.servers=kafka:9092\nproducer.delivery.timeout.ms=30100\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring properties: the producer properties map',
      filename: 'src/main/resources/application-prod.properties',
      code: 'spring.kafka.producer.properties.linger.ms=1000\nspring.kafka.producer.properties.delivery.timeout.ms=30000\n',
      errors: [
        {
          message: belowSum('spring.kafka.producer.properties.delivery.timeout.ms', 30000, '1000', '30000 (default)', 31000),
          line: 2,
          column: 54,
          suggestions: [
            {
              messageId: 'raiseDeliveryTimeout',
              data: { written: 'spring.kafka.producer.properties.delivery.timeout.ms', sum: 31000 },
              output: 'spring.kafka.producer.properties.linger.ms=1000\nspring.kafka.producer.properties.delivery.timeout.ms=31000\n',
            },
          ],
        },
      ],
    },
    {
      name: 'librdkafka: message.timeout.ms not above linger.ms',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\nqueue.buffering.max.ms=500\nmessage.timeout.ms=500\n',
      errors: [
        {
          messageId: 'timeoutNotAboveLinger',
          data: { written: 'message.timeout.ms', value: 500, lingerWritten: 'queue.buffering.max.ms', linger: 500 },
          line: 3,
          column: 20,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'librdkafka: the delivery.timeout.ms alias, written last, wins',
      filename: 'producer.conf',
      code: 'bootstrap.servers=kafka:9092\nlinger.ms=200\nmessage.timeout.ms=60000\ndelivery.timeout.ms=100\n',
      errors: [
        {
          messageId: 'timeoutNotAboveLinger',
          data: { written: 'delivery.timeout.ms', value: 100, lingerWritten: 'linger.ms', linger: 200 },
          line: 4,
          column: 21,
        },
      ],
    },
    {
      name: 'librdkafka: a transactional producer with linger.ms at its transaction timeout',
      filename: 'librdkafka.conf',
      code: 'metadata.broker.list=kafka:9092\ntransactional.id=tx\ntransaction.timeout.ms=30000\nlinger.ms=30000\n',
      errors: [
        {
          messageId: 'lingerNotBelowTimeout',
          data: { written: 'linger.ms', value: 30000, timeout: '30000, the `transaction.timeout.ms` a transactional producer uses for it' },
          line: 4,
          column: 11,
        },
      ],
    },
  ],
});

yamlTester.run('valid-delivery-timeout', rule as never, {
  valid: [
    { name: 'Spring producer with Java defaults', filename: 'application.yml', code: 'spring:\n  kafka:\n    producer:\n      acks: all\n' },
    {
      name: 'Spring: the shared delivery timeout is checked with the producer section\'s request timeout',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    properties:\n      delivery.timeout.ms: 20000\n    producer:\n      properties:\n        request.timeout.ms: 15000\n',
    },
    { name: 'a CI file', filename: 'ci.yml', code: 'jobs:\n  test:\n    delivery.timeout.ms: 1\n' },
    {
      name: 'Strimzi KafkaConnect: prefixed producer overrides are not a producer view',
      filename: 'connect.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaConnect
        metadata:
          name: connect
        spec:
          config:
            producer.delivery.timeout.ms: 1000
      `,
    },
  ],
  invalid: [
    {
      name: 'Spring YAML: nested pass-through keys in the producer section',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    producer:\n      properties:\n        linger.ms: 10\n        delivery.timeout.ms: 10000\n',
      errors: [
        {
          message: belowSum('delivery.timeout.ms', 10000, '10', '30000 (default)', 30010),
          line: 6,
          column: 30,
          suggestions: [
            {
              messageId: 'raiseDeliveryTimeout',
              data: { written: 'delivery.timeout.ms', sum: 30010 },
              output: 'spring:\n  kafka:\n    producer:\n      properties:\n        linger.ms: 10\n        delivery.timeout.ms: 30010\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring YAML: a quoted shared value with no producer section stays quoted',
      filename: 'application-prod.yaml',
      code: 'spring:\n  kafka:\n    properties:\n      delivery.timeout.ms: "1000"\n',
      errors: [
        {
          message: belowSum('delivery.timeout.ms', 1000, '0 (default)', '30000 (default)', 30000),
          line: 4,
          column: 28,
          suggestions: [
            {
              messageId: 'raiseDeliveryTimeout',
              data: { written: 'delivery.timeout.ms', sum: 30000 },
              output: 'spring:\n  kafka:\n    properties:\n      delivery.timeout.ms: "30000"\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Spring YAML: a shared delivery timeout the producer section does not repair is reported once, where it is written',
      filename: 'application.yml',
      code: 'spring:\n  kafka:\n    properties:\n      delivery.timeout.ms: 20000\n    producer:\n      properties:\n        linger.ms: 5\n',
      errors: [
        {
          message: belowSum('delivery.timeout.ms', 20000, '5', '30000 (default)', 30005),
          line: 4,
          column: 28,
          suggestions: [
            {
              messageId: 'raiseDeliveryTimeout',
              data: { written: 'delivery.timeout.ms', sum: 30005 },
              output: 'spring:\n  kafka:\n    properties:\n      delivery.timeout.ms: 30005\n    producer:\n      properties:\n        linger.ms: 5\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Strimzi KafkaBridge producer config',
      filename: 'bridge.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaBridge
        metadata:
          name: bridge
        spec:
          bootstrapServers: my-cluster-kafka-bootstrap:9092
          producer:
            config:
              delivery.timeout.ms: 5000
      `,
      errors: [
        {
          message: belowSum('delivery.timeout.ms', 5000, '0 (default)', '30000 (default)', 30000),
          line: 9,
          column: 28,
          suggestions: [
            {
              messageId: 'raiseDeliveryTimeout',
              data: { written: 'delivery.timeout.ms', sum: 30000 },
              output: dedent`
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaBridge
                metadata:
                  name: bridge
                spec:
                  bootstrapServers: my-cluster-kafka-bootstrap:9092
                  producer:
                    config:
                      delivery.timeout.ms: 30000
              `,
            },
          ],
        },
      ],
    },
  ],
});

describe('valid-delivery-timeout under its kafka/ name', () => {
  const kafka = { ...plugin, rules: { 'valid-delivery-timeout': rule as unknown as Rule.RuleModule } };
  const lint = (text: string, filename: string) =>
    new Linter().verify(text, [{ files: ['**/*.properties'], plugins: { kafka }, language: 'kafka/properties', rules: { 'kafka/valid-delivery-timeout': 'error' } }], {
      filename,
    });

  it('reports, and honours eslint-disable-next-line with a reason', () => {
    expect(lint('delivery.timeout.ms=1000\n', 'producer.properties').map((message) => [message.ruleId, message.line])).toEqual([['kafka/valid-delivery-timeout', 1]]);
    expect(lint('# eslint-disable-next-line kafka/valid-delivery-timeout -- load test\ndelivery.timeout.ms=1000\n', 'producer.properties')).toEqual([]);
  });
});
