import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/valid-config-value.js';
import { codeTester, dedent, propertiesTester, yamlTester } from '../rule-tester.js';

const PRODUCER = 'creating the producer throws a ConfigException';
const CONSUMER = 'creating the consumer throws a ConfigException';
const COMMON = 'creating a client with these settings throws a ConfigException';
const STREAMS = 'creating the KafkaStreams instance throws a ConfigException';
const STREAMS_TOPICS = 'the broker rejects the topic configuration with INVALID_CONFIG, so Kafka Streams cannot create its internal topics';
const BROKER = 'the broker fails to start with a ConfigException';
const STRIMZI_KAFKA =
  'the Strimzi Cluster Operator rejects the Kafka resource as invalid and does not reconcile the cluster (a broker would not start with it either)';
const STRIMZI_TOPIC = 'the broker rejects the topic configuration with INVALID_CONFIG, so the topic is not created or updated';
const STRIMZI_CONNECT = 'Kafka Connect (or MirrorMaker 2) throws a ConfigException when it creates a client with it';
const LIBRDKAFKA = 'librdkafka refuses the property when the configuration is set, so the client is not created';

const JAVA_BOOLEANS = 'true or false, in any case';
const ACKS = 'all, -1, 0, 1';
const OFFSET_RESETS = 'latest, earliest, none';
const TOPIC_COMPRESSION = 'uncompressed, zstd, lz4, snappy, gzip, producer';
const DURATIONS = '`500ms`, `30s`, `5m`, `1h`, ISO-8601 such as `PT30S`, or a whole number of milliseconds';

const notBoolean = (written: string, value: string, consequence: string, instead = '`true`', reader = 'Kafka', accepted = JAVA_BOOLEANS) => ({
  messageId: 'notBoolean',
  data: { written, value, reader, accepted, consequence, instead },
});
const notNumber = (written: string, value: string, expected: string, consequence: string, instead: string) => ({
  messageId: 'notNumber',
  data: { written, value, expected, consequence, instead },
});
const outOfRange = (written: string, value: string, range: string, consequence: string, reader = 'Kafka') => ({
  messageId: 'outOfRange',
  data: { written, value, range, consequence, reader },
});
const notAllowed = (written: string, value: string, accepted: string, consequence: string, hint = '', reader = 'Kafka') => ({
  messageId: 'notAllowed',
  data: { written, value, accepted, consequence, hint, reader },
});
const notAllowedInList = (written: string, value: string, accepted: string, consequence: string, hint = '', reader = 'Kafka') => ({
  messageId: 'notAllowedInList',
  data: { written, value, accepted, consequence, hint, reader },
});
const wrongCase = (written: string, value: string, fixed: string, consequence: string) => ({
  messageId: 'wrongCase',
  data: { written, value, fixed, consequence, reader: 'Kafka' },
});
const unitSlip = (written: string, value: number, defaultText: string) => ({
  messageId: 'unitSlip',
  data: { written, value, default: defaultText, suggested: value * 1000 },
});
const springBinding = (written: string, value: string, springType: string, accepted: string, instead: string) => ({
  messageId: 'springBinding',
  data: { written, value, springType, accepted, instead },
});
const replace = (value: string, replacement: string, output: string) => ({ messageId: 'replace', data: { value, replacement }, output });
const useSeconds = (value: number, replacement: string, output: string) => ({ messageId: 'useSeconds', data: { value, replacement }, output });

/** Replaces the first `from` of `code` with `to`: the output of a fix or suggestion. */
const swap = (code: string, from: string, to: string) => code.replace(from, to);

// ---------------------------------------------------------------------------------------------
// Properties files

const producer = dedent`
  bootstrap.servers=kafka:9092
  acks=al
  linger.ms=5ms
  enable.idempotence=yes
  retries=-1
  compression.type=zstandard
  request.timeout.ms=30
  batch.size=16_384
`;
const consumer = dedent`
  bootstrap.servers=kafka:9092
  group.id=orders
  auto.offset.reset=beginning
  session.timeout.ms=45
  max.poll.interval.ms=300
  isolation.level=READ_COMMITTED
  enable.auto.commit=ture
`;
const librdkafka = dedent`
  bootstrap.servers=kafka:9092
  acks=2
  linger.ms=5s
  enable.idempotence=yes
  compression.codec=zstandard
  debug=cgrp,brokr
  socket.timeout.ms=60
`;
const librdkafkaConsumer = dedent`
  bootstrap.servers=kafka:9092
  group.id=orders
  auto.offset.reset=begining
  session.timeout.ms=-1
  fetch.wait.max.ms=lots
`;
const broker = dedent`
  process.roles=broker,contoller
  node.id=1
  log.retention.ms=7d
  num.network.threads=three
  offsets.topic.replication.factor=70000
  compression.type=none
  replica.lag.time.max.ms=30
`;
const streams = dedent`
  application.id=clicks
  bootstrap.servers=kafka:9092
  processing.guarantee=exactly_once_v3
  producer.linger.ms=5ms
  consumer.auto.offset.reset=Earliest
  topic.cleanup.policy=compact,delte
  main.consumer.max.poll.records=0
  acks=al
`;
const springProperties = dedent`
  spring.kafka.producer.acks=al
  spring.kafka.consumer.max-poll-interval=300
  spring.kafka.consumer.properties.max.poll.interval.ms=300
  spring.kafka.properties[session.timeout.ms]=45
  spring.kafka.consumer.fetch-max-wait=1.5s
  spring.cloud.stream.kafka.binder.configuration.auto.offset.reset=start
  spring.kafka.consumer.auto-offset-reset=EARLIEST
`;

propertiesTester.run('valid-config-value', rule as never, {
  valid: [
    {
      name: 'values Kafka accepts, other rules own acks=1 and retries=0',
      filename: 'producer.properties',
      code: dedent`
        bootstrap.servers=kafka:9092
        acks=1
        acks = all
        acks=-1
        retries=0
        linger.ms=5
        retry.backoff.ms=100
        max.block.ms=100
        request.timeout.ms=500
        enable.idempotence=TRUE
        compression.type=zstd
        security.protocol=sasl_ssl
        compression.gzip.level=-1
        partitioner.class=com.example.RegionPartitioner
        delivery.timeout.ms=120000
        client.id=
      `,
    },
    {
      name: 'consumer values, a later Kafka value and a class list',
      filename: 'consumer.properties',
      code: dedent`
        bootstrap.servers=kafka:9092
        group.id=orders
        auto.offset.reset=by_duration:PT1H
        group.protocol=Consumer
        heartbeat.interval.ms=500
        fetch.max.wait.ms=500
        session.timeout.ms=45000
        isolation.level=read_committed
        partition.assignment.strategy=org.apache.kafka.clients.consumer.CooperativeStickyAssignor,com.example.RackAssignor
      `,
    },
    {
      name: 'placeholders and templates are filled in before the client reads them',
      filename: 'producer.properties',
      code: dedent`
        bootstrap.servers=kafka:9092
        acks=\${KAFKA_ACKS}
        linger.ms=\${file:/etc/kafka/secrets.properties:linger}
        enable.idempotence=$IDEMPOTENCE
        compression.type=@kafka.compression@
        retries={{ kafka_retries }}
        batch.size=<%= @batch_size %>
      `,
    },
    {
      name: 'keys the catalog does not know are no-unknown-config’s',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nacks.mode=al\nmy.custom.flag=yes\n',
    },
    { name: 'not a Kafka file', filename: 'gradle.properties', code: 'org.gradle.daemon=yes\nacks=al\n' },
    {
      name: 'placeholders and config dumps: words that stand for a value',
      filename: 'server.properties',
      code: dedent`
        process.roles=to be overridden
        node.id=<node-id>
        log.retention.ms=null
        num.network.threads=changeme
      `,
    },
    {
      name: 'quoted values: another format read as properties (HOCON application.conf)',
      filename: 'client.conf',
      code: dedent`
        bootstrap.servers = "kafka:9092"
        sasl.jaas.config = \${SASL_JAAS_CONFIG}
        security.protocol = "SASL_SSL"
        auto.offset.reset = 'beginning'
      `,
    },
    {
      name: 'broker values: lists, open version enums, -1 retention, intervals tests shorten',
      filename: 'server.properties',
      code: dedent`
        process.roles=broker,controller
        node.id=1
        log.cleanup.policy=compact, delete
        inter.broker.protocol.version=3.7
        log.retention.ms=-1
        log.retention.check.interval.ms=300
        group.min.session.timeout.ms=6000
        offsets.topic.replication.factor=3
        compression.type=producer
      `,
    },
    {
      name: 'Kafka Streams values, commit.interval.ms 100 under exactly-once',
      filename: 'streams.properties',
      code: dedent`
        application.id=clicks
        bootstrap.servers=kafka:9092
        processing.guarantee=exactly_once_v2
        commit.interval.ms=100
        topic.cleanup.policy=compact
        producer.compression.type=lz4
      `,
    },
    {
      name: 'librdkafka reads its own words, units and cases',
      filename: 'librdkafka.conf',
      code: dedent`
        bootstrap.servers=kafka:9092
        acks=all
        request.required.acks=-1
        linger.ms=0.5
        queue.buffering.max.ms=5ms
        enable.idempotence=t
        compression.codec=ZSTD
        debug=cgrp,+topic
        security.protocol=SASL_SSL
        fetch.wait.max.ms=500
        session.timeout.ms=45000
      `,
    },
    {
      name: 'librdkafka consumer: beginning is a librdkafka word',
      filename: 'librdkafka.conf',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=orders\nauto.offset.reset=beginning\nenable.auto.commit=FALSE\n',
    },
    {
      name: 'Spring conversions: relaxed booleans, durations with units, data sizes, lenient enums, SpEL',
      filename: 'application.properties',
      code: dedent`
        spring.kafka.consumer.enable-auto-commit=off
        spring.kafka.consumer.fetch-max-wait=1s
        spring.kafka.consumer.max-poll-interval=PT5M
        spring.kafka.consumer.heartbeat-interval=500
        spring.kafka.consumer.isolation-level=readCommitted
        spring.kafka.consumer.isolation-level=READ_COMMITTED
        spring.kafka.producer.batch-size=16KB
        spring.kafka.producer.retries=0x10
        spring.kafka.producer.properties.linger.ms=\${LINGER:5}
        spring.kafka.consumer.properties.session.timeout.ms=#{45 * 1000}
      `,
    },
  ],
  invalid: [
    {
      name: 'Java producer: enum typo, unit in a number, boolean word, negative retries, enum synonym, seconds, digit groups',
      filename: 'producer.properties',
      code: producer,
      errors: [
        {
          ...notAllowed('acks', 'al', ACKS, PRODUCER, ', probably `all`'),
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 8,
          suggestions: [replace('al', 'all', swap(producer, 'acks=al', 'acks=all'))],
        },
        {
          ...notNumber('linger.ms', '5ms', 'a 64-bit whole number of milliseconds', PRODUCER, '`5`'),
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 14,
          suggestions: [replace('5ms', '5', swap(producer, 'linger.ms=5ms', 'linger.ms=5'))],
        },
        {
          ...notBoolean('enable.idempotence', 'yes', PRODUCER),
          line: 4,
          column: 20,
          endColumn: 23,
          suggestions: [replace('yes', 'true', swap(producer, '=yes', '=true'))],
        },
        { ...outOfRange('retries', '-1', 'between 0 and 2147483647', PRODUCER), line: 5, column: 9, endColumn: 11, suggestions: [] },
        {
          ...notAllowed('compression.type', 'zstandard', 'none, gzip, snappy, lz4, zstd', PRODUCER, ', probably `zstd`'),
          line: 6,
          column: 18,
          endColumn: 27,
          suggestions: [replace('zstandard', 'zstd', swap(producer, 'zstandard', 'zstd'))],
        },
        {
          ...unitSlip('request.timeout.ms', 30, '30000 ms (30 s)'),
          line: 7,
          column: 20,
          endColumn: 22,
          suggestions: [useSeconds(30, '30000', swap(producer, 'request.timeout.ms=30', 'request.timeout.ms=30000'))],
        },
        {
          ...notNumber('batch.size', '16_384', 'a 32-bit whole number', PRODUCER, '`16384`'),
          line: 8,
          column: 12,
          endColumn: 18,
          suggestions: [replace('16_384', '16384', swap(producer, '16_384', '16384'))],
        },
      ],
    },
    {
      name: 'Java consumer: librdkafka word, seconds, case fixed, boolean typo',
      filename: 'consumer.properties',
      code: consumer,
      output: swap(consumer, 'READ_COMMITTED', 'read_committed'),
      errors: [
        {
          ...notAllowed('auto.offset.reset', 'beginning', OFFSET_RESETS, CONSUMER, ', probably `earliest`'),
          line: 3,
          column: 19,
          endColumn: 28,
          suggestions: [replace('beginning', 'earliest', swap(consumer, 'beginning', 'earliest'))],
        },
        {
          ...unitSlip('session.timeout.ms', 45, '45000 ms (45 s)'),
          line: 4,
          column: 20,
          endColumn: 22,
          suggestions: [useSeconds(45, '45000', swap(consumer, 'session.timeout.ms=45', 'session.timeout.ms=45000'))],
        },
        {
          ...unitSlip('max.poll.interval.ms', 300, '300000 ms (5 min)'),
          line: 5,
          column: 22,
          endColumn: 25,
          suggestions: [useSeconds(300, '300000', swap(consumer, '=300', '=300000'))],
        },
        { ...wrongCase('isolation.level', 'READ_COMMITTED', 'read_committed', CONSUMER), line: 6, column: 17, endColumn: 31 },
        {
          ...notBoolean('enable.auto.commit', 'ture', CONSUMER),
          line: 7,
          column: 20,
          endColumn: 24,
          suggestions: [replace('ture', 'true', swap(consumer, 'ture', 'true'))],
        },
      ],
    },
    {
      name: 'a client file of unknown role: checked against every client that reads the key',
      filename: 'client.properties',
      code: 'bootstrap.servers=kafka:9092\nlinger.ms=5\nauto.offset.reset=first\n',
      errors: [
        {
          ...notAllowed('auto.offset.reset', 'first', OFFSET_RESETS, COMMON, ', probably `earliest`'),
          line: 3,
          column: 19,
          suggestions: [replace('first', 'earliest', 'bootstrap.servers=kafka:9092\nlinger.ms=5\nauto.offset.reset=earliest\n')],
        },
      ],
    },
    {
      name: 'acks=ALL is fixed: Kafka compares acks case-sensitively and only `all` matches',
      filename: 'producer.properties',
      code: 'bootstrap.servers=kafka:9092\nacks=ALL\nacks=2\n',
      output: 'bootstrap.servers=kafka:9092\nacks=all\nacks=2\n',
      errors: [
        { ...wrongCase('acks', 'ALL', 'all', PRODUCER), line: 2, column: 6, endColumn: 9 },
        {
          ...notAllowed('acks', '2', ACKS, PRODUCER, ', probably `all`'),
          line: 3,
          column: 6,
          endColumn: 7,
          suggestions: [replace('2', 'all', 'bootstrap.servers=kafka:9092\nacks=ALL\nacks=all\n')],
        },
      ],
    },
    {
      name: 'librdkafka producer: acks above 1, a dropped unit, a boolean word, an enum synonym, flags, seconds',
      filename: 'librdkafka.conf',
      code: librdkafka,
      errors: [
        {
          messageId: 'acksRejectedByBroker',
          data: { written: 'acks', value: '2' },
          line: 2,
          column: 6,
          endColumn: 7,
          suggestions: [replace('2', 'all', swap(librdkafka, 'acks=2', 'acks=all'))],
        },
        {
          messageId: 'ignoredUnit',
          data: { written: 'linger.ms', value: '5s', read: 5, suggested: 5000 },
          line: 3,
          column: 11,
          endColumn: 13,
          suggestions: [replace('5s', '5000', swap(librdkafka, '5s', '5000'))],
        },
        {
          ...notBoolean('enable.idempotence', 'yes', LIBRDKAFKA, '`true`', 'librdkafka', 'true, false, t, f, 1 or 0, in any case'),
          line: 4,
          column: 20,
          suggestions: [replace('yes', 'true', swap(librdkafka, 'yes', 'true'))],
        },
        {
          ...notAllowed('compression.codec', 'zstandard', 'none, gzip, snappy, lz4, zstd, inherit, in any case', LIBRDKAFKA, ', probably `zstd`', 'librdkafka'),
          line: 5,
          column: 19,
          endColumn: 28,
          suggestions: [replace('zstandard', 'zstd', swap(librdkafka, 'zstandard', 'zstd'))],
        },
        {
          ...notAllowedInList(
            'debug',
            'brokr',
            'generic, broker, topic, metadata, feature, queue, msg, protocol, cgrp, security, fetch, interceptor, plugin, consumer, admin, eos, mock, assignor, conf, telemetry, all, in any case',
            LIBRDKAFKA,
            ', probably `cgrp,broker`',
            'librdkafka',
          ),
          line: 6,
          column: 7,
          endColumn: 17,
          suggestions: [replace('cgrp,brokr', 'cgrp,broker', swap(librdkafka, 'brokr', 'broker'))],
        },
        {
          ...unitSlip('socket.timeout.ms', 60, '60000 ms (1 min)'),
          line: 7,
          column: 19,
          endColumn: 21,
          suggestions: [useSeconds(60, '60000', swap(librdkafka, '=60', '=60000'))],
        },
      ],
    },
    {
      name: 'librdkafka consumer: enum typo, range, not a number',
      filename: 'rdkafka-consumer.properties',
      code: librdkafkaConsumer,
      errors: [
        {
          ...notAllowed(
            'auto.offset.reset',
            'begining',
            'smallest, earliest, beginning, largest, latest, end, error, in any case',
            LIBRDKAFKA,
            ', probably `beginning`',
            'librdkafka',
          ),
          line: 3,
          column: 19,
          suggestions: [replace('begining', 'beginning', swap(librdkafkaConsumer, 'begining', 'beginning'))],
        },
        { ...outOfRange('session.timeout.ms', '-1', 'between 1 and 3600000', LIBRDKAFKA, 'librdkafka'), line: 4, column: 20 },
        { ...notNumber('fetch.wait.max.ms', 'lots', 'a number of milliseconds', LIBRDKAFKA, 'a plain number of milliseconds'), line: 5, column: 19 },
      ],
    },
    {
      name: 'broker: list element typo, units, 16-bit overflow, the producer-only none, seconds',
      filename: 'config/kraft/server.properties',
      code: broker,
      errors: [
        {
          ...notAllowedInList('process.roles', 'contoller', 'broker, controller', BROKER, ', probably `broker,controller`'),
          line: 1,
          column: 15,
          endColumn: 31,
          suggestions: [replace('broker,contoller', 'broker,controller', swap(broker, 'contoller', 'controller'))],
        },
        {
          ...notNumber('log.retention.ms', '7d', 'a 64-bit whole number of milliseconds', BROKER, '`604800000`'),
          line: 3,
          column: 18,
          endColumn: 20,
          suggestions: [replace('7d', '604800000', swap(broker, '7d', '604800000'))],
        },
        { ...notNumber('num.network.threads', 'three', 'a 32-bit whole number', BROKER, 'a plain number'), line: 4, column: 21, suggestions: [] },
        { ...notNumber('offsets.topic.replication.factor', '70000', 'a 16-bit whole number', BROKER, 'a plain number'), line: 5, column: 34 },
        {
          ...notAllowed('compression.type', 'none', TOPIC_COMPRESSION, BROKER, ', probably `uncompressed`'),
          line: 6,
          column: 18,
          suggestions: [replace('none', 'uncompressed', swap(broker, '=none', '=uncompressed'))],
        },
        {
          ...unitSlip('replica.lag.time.max.ms', 30, '30000 ms (30 s)'),
          line: 7,
          column: 25,
          suggestions: [useSeconds(30, '30000', swap(broker, 'max.ms=30', 'max.ms=30000'))],
        },
      ],
    },
    {
      name: 'Kafka Streams: its own enum, client prefixes, internal topics, settings passed to every client',
      filename: 'streams.properties',
      code: streams,
      output: swap(streams, 'Earliest', 'earliest'),
      errors: [
        {
          ...notAllowed('processing.guarantee', 'exactly_once_v3', 'at_least_once, exactly_once, exactly_once_beta, exactly_once_v2', STREAMS, ', probably `exactly_once_v2`'),
          line: 3,
          column: 22,
          suggestions: [replace('exactly_once_v3', 'exactly_once_v2', swap(streams, 'exactly_once_v3', 'exactly_once_v2'))],
        },
        {
          ...notNumber('producer.linger.ms', '5ms', 'a 64-bit whole number of milliseconds', PRODUCER, '`5`'),
          line: 4,
          column: 20,
          suggestions: [replace('5ms', '5', swap(streams, '5ms', '5'))],
        },
        { ...wrongCase('consumer.auto.offset.reset', 'Earliest', 'earliest', CONSUMER), line: 5, column: 28 },
        {
          ...notAllowedInList('topic.cleanup.policy', 'delte', 'compact, delete', STREAMS_TOPICS, ', probably `compact,delete`'),
          line: 6,
          column: 22,
          suggestions: [replace('compact,delte', 'compact,delete', swap(streams, 'delte', 'delete'))],
        },
        { ...outOfRange('main.consumer.max.poll.records', '0', 'of at least 1', CONSUMER), line: 7, column: 32 },
        {
          ...notAllowed('acks', 'al', ACKS, STREAMS, ', probably `all`'),
          line: 8,
          column: 6,
          suggestions: [replace('al', 'all', swap(streams, 'acks=al', 'acks=all'))],
        },
      ],
    },
    {
      name: 'Spring properties: Kafka-typed strings, Spring durations, pass-through maps, the binder, a profile file',
      filename: 'application-prod.properties',
      code: springProperties,
      // Spring hands `auto-offset-reset` to Kafka as written, and Kafka compares it case-sensitively.
      output: swap(springProperties, 'EARLIEST', 'earliest'),
      errors: [
        {
          ...notAllowed('spring.kafka.producer.acks', 'al', ACKS, PRODUCER, ', probably `all`'),
          line: 1,
          column: 28,
          suggestions: [replace('al', 'all', swap(springProperties, 'acks=al', 'acks=all'))],
        },
        {
          messageId: 'springUnitSlip',
          data: { written: 'spring.kafka.consumer.max-poll-interval', value: 300, default: '300000 ms (5 min)', suggested: '300s' },
          line: 2,
          column: 41,
          endColumn: 44,
          suggestions: [useSeconds(300, '300s', swap(springProperties, 'max-poll-interval=300', 'max-poll-interval=300s'))],
        },
        {
          ...unitSlip('spring.kafka.consumer.properties.max.poll.interval.ms', 300, '300000 ms (5 min)'),
          line: 3,
          column: 55,
          suggestions: [useSeconds(300, '300000', swap(springProperties, 'interval.ms=300', 'interval.ms=300000'))],
        },
        {
          ...unitSlip('spring.kafka.properties[session.timeout.ms]', 45, '45000 ms (45 s)'),
          line: 4,
          column: 45,
          suggestions: [useSeconds(45, '45000', swap(springProperties, '=45', '=45000'))],
        },
        {
          ...springBinding('spring.kafka.consumer.fetch-max-wait', '1.5s', 'a Duration', DURATIONS, '`1500ms`'),
          line: 5,
          column: 38,
          endColumn: 42,
          suggestions: [replace('1.5s', '1500ms', swap(springProperties, '1.5s', '1500ms'))],
        },
        {
          ...notAllowed('spring.cloud.stream.kafka.binder.configuration.auto.offset.reset', 'start', OFFSET_RESETS, COMMON, ', probably `earliest`'),
          line: 6,
          column: 66,
          suggestions: [replace('start', 'earliest', swap(springProperties, '=start', '=earliest'))],
        },
        { ...wrongCase('spring.kafka.consumer.auto-offset-reset', 'EARLIEST', 'earliest', CONSUMER), line: 7, column: 41, endColumn: 49 },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// YAML files

const springYaml = dedent`
  spring:
    kafka:
      bootstrap-servers: kafka:9092
      producer:
        acks: al
        compression-type: GZIP
        buffer-memory: 1.5MB
        properties:
          linger.ms: 5ms
          delivery.timeout.ms: "yes"
      consumer:
        enable-auto-commit: nope
        max-poll-interval: 300
        max-poll-records: lots
        properties:
          session.timeout.ms: 45
`;
const springProfiles = dedent`
  spring:
    kafka:
      consumer:
        isolation-level: read-committed
  ---
  spring:
    config:
      activate:
        on-profile: prod
    kafka:
      consumer:
        isolation-level: committed
        max-poll-interval: -5s
      streams:
        replication-factor: three
        properties:
          processing.guarantee: exactly-once
          producer.acks: ALL
`;
const strimziKafka = dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: Kafka
  metadata:
    name: main
  spec:
    kafka:
      replicas: 3
      config:
        auto.create.topics.enable: yes
        unclean.leader.election.enable: "yes"
        log.retention.ms: 7d
        log.cleanup.policy: compcat
        num.partitions: 1.0
        inter.broker.protocol.version: "3.7"
        message.max.bytes: "{{ .Values.maxMessageBytes }}"
`;
const strimziTopic = dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaTopic
  metadata:
    name: orders
    labels:
      strimzi.io/cluster: main
  spec:
    partitions: 12
    replicas: 3
    config:
      retention.ms: -5
      cleanup.policy: Compact
      compression.type: none
      message.timestamp.type: createtime
      segment.bytes: 1e9
`;
const mirrorMaker = dedent`
  apiVersion: kafka.strimzi.io/v1beta2
  kind: KafkaMirrorMaker2
  metadata:
    name: mm2
  spec:
    clusters:
      - alias: source
        bootstrapServers: source:9092
        config:
          auto.offset.reset: beginning
`;
const compose = dedent`
  services:
    kafka:
      image: confluentinc/cp-kafka:7.7.1
      environment:
        KAFKA_NODE_ID: 1
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: "yes"
        KAFKA_LOG_RETENTION_MS: 7d
        KAFKA_NUM_PARTITIONS: 0x10
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: \${RF:-1}
    bitnami:
      image: bitnami/kafka:3.7
      environment:
        - KAFKA_CFG_AUTO_CREATE_TOPICS_ENABLE=yes
        - KAFKA_CFG_LOG_RETENTION_HOURS=168h
    apache:
      image: apache/kafka:3.8.0
      environment:
        KAFKA_PROCESS_ROLES: broker,contoller
        KAFKA_LOG_MESSAGE_TIMESTAMP_TYPE: 'CreateTime'
    tools:
      image: busybox
      environment:
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: "yes"
`;

yamlTester.run('valid-config-value', rule as never, {
  valid: [
    {
      name: 'Spring YAML: SnakeYAML booleans, Spring units, lenient enums, Streams exactly-once commits',
      filename: 'application.yml',
      code: dedent`
        spring:
          kafka:
            producer:
              retries: 0x10
              batch-size: 16KB
              properties:
                enable.idempotence: yes
                max.block.ms: 100
            consumer:
              heartbeat-interval: 3s
              max-poll-interval: 5m
              isolation-level: readCommitted
              enable-auto-commit: "on"
              properties:
                partition.assignment.strategy: org.example.RackAssignor
                session.timeout.ms: \${SESSION_TIMEOUT:45000}
            streams:
              properties:
                commit.interval.ms: 100
      `,
    },
    {
      name: 'Strimzi: plain YAML 1.1 booleans and floats are converted by kubectl, templates by Helm',
      filename: 'kafka.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: Kafka
        metadata:
          name: main
        spec:
          kafka:
            config:
              auto.create.topics.enable: yes
              num.partitions: 1.0
              message.max.bytes: "{{ .Values.maxMessageBytes }}"
              log.retention.ms: -1
              inter.broker.protocol.version: "3.7"
      `,
    },
    {
      name: 'compose: interpolation, hexadecimal, services that are not Kafka',
      filename: 'docker-compose.yml',
      code: dedent`
        services:
          kafka:
            image: apache/kafka:3.8.0
            environment:
              KAFKA_NUM_PARTITIONS: 0x10
              KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: \${RF:-1}
              KAFKA_AUTO_CREATE_TOPICS_ENABLE: \$AUTO_CREATE
              KAFKA_LOG_CLEANUP_POLICY: compact
          kafka-setup:
            image: confluentinc/cp-kafka:7.7.1
            command: kafka-topics --bootstrap-server kafka:9092 --create --topic orders
            environment:
              KAFKA_BROKER_ID: ignored
              KAFKA_ZOOKEEPER_CONNECT: ignored
          tools:
            image: busybox
            environment:
              KAFKA_AUTO_CREATE_TOPICS_ENABLE: "yes"
      `,
    },
    { name: 'look-alike YAML that is not Kafka config', filename: 'config.yml', code: 'producer:\n  acks: al\n  linger.ms: 5ms\n' },
    {
      name: 'a Kubernetes resource that is not Strimzi',
      filename: 'deployment.yaml',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  acks: al\n',
    },
  ],
  invalid: [
    {
      name: 'Spring YAML: Kafka strings, Spring types, pass-through maps',
      filename: 'application.yml',
      code: springYaml,
      output: swap(springYaml, 'GZIP', 'gzip'),
      errors: [
        {
          ...notAllowed('acks', 'al', ACKS, PRODUCER, ', probably `all`'),
          line: 5,
          column: 13,
          endColumn: 15,
          suggestions: [replace('al', 'all', swap(springYaml, 'acks: al', 'acks: all'))],
        },
        { ...wrongCase('compression-type', 'GZIP', 'gzip', PRODUCER), line: 6, column: 25, endColumn: 29 },
        { ...springBinding('buffer-memory', '1.5MB', 'a DataSize', '`16KB`, `1MB` or a whole number of bytes', 'one of these'), line: 7, column: 22, suggestions: [] },
        {
          ...notNumber('linger.ms', '5ms', 'a 64-bit whole number of milliseconds', PRODUCER, '`5`'),
          line: 9,
          column: 20,
          suggestions: [replace('5ms', '5', swap(springYaml, '5ms', '5'))],
        },
        {
          ...notNumber('delivery.timeout.ms', 'yes', 'a 32-bit whole number of milliseconds', PRODUCER, 'a plain number of milliseconds'),
          line: 10,
          column: 30,
          endColumn: 35,
        },
        {
          ...springBinding('enable-auto-commit', 'nope', 'a Boolean', 'true, false, yes, no, on, off, 1 or 0', 'one of these'),
          line: 12,
          column: 27,
        },
        {
          messageId: 'springUnitSlip',
          data: { written: 'max-poll-interval', value: 300, default: '300000 ms (5 min)', suggested: '300s' },
          line: 13,
          column: 26,
          endColumn: 29,
          suggestions: [useSeconds(300, '300s', swap(springYaml, 'max-poll-interval: 300', 'max-poll-interval: 300s'))],
        },
        { ...springBinding('max-poll-records', 'lots', 'an Integer', 'a whole number', 'one of these'), line: 14, column: 25 },
        {
          ...unitSlip('session.timeout.ms', 45, '45000 ms (45 s)'),
          line: 16,
          column: 29,
          suggestions: [useSeconds(45, '45000', swap(springYaml, 'session.timeout.ms: 45', 'session.timeout.ms: 45000'))],
        },
      ],
    },
    {
      name: 'Spring profiles: each document is checked; Streams settings and client overrides',
      filename: 'application.yaml',
      code: springProfiles,
      output: swap(springProfiles, 'ALL', 'all'),
      errors: [
        {
          ...springBinding('isolation-level', 'committed', 'its enum', 'read_committed, read_uncommitted, in any case, with - or _', '`read_committed`'),
          line: 12,
          column: 24,
          suggestions: [replace('committed', 'read_committed', swap(springProfiles, 'level: committed', 'level: read_committed'))],
        },
        { ...outOfRange('max-poll-interval', '-5s (-5000 ms)', 'of at least 1', CONSUMER), line: 13, column: 26 },
        { ...springBinding('replication-factor', 'three', 'an Integer', 'a whole number', 'one of these'), line: 15, column: 27 },
        {
          ...notAllowed('processing.guarantee', 'exactly-once', 'at_least_once, exactly_once, exactly_once_beta, exactly_once_v2', STREAMS, ', probably `exactly_once_v2`'),
          line: 17,
          column: 31,
          suggestions: [replace('exactly-once', 'exactly_once_v2', swap(springProfiles, 'exactly-once', 'exactly_once_v2'))],
        },
        { ...wrongCase('producer.acks', 'ALL', 'all', PRODUCER), line: 18, column: 24 },
      ],
    },
    {
      name: 'Strimzi Kafka: quoted words reach Kafka as written',
      filename: 'kafka.yaml',
      code: strimziKafka,
      errors: [
        {
          ...notBoolean('unclean.leader.election.enable', 'yes', STRIMZI_KAFKA),
          line: 10,
          column: 39,
          endColumn: 44,
          suggestions: [replace('yes', 'true', swap(strimziKafka, '"yes"', '"true"'))],
        },
        {
          ...notNumber('log.retention.ms', '7d', 'a 64-bit whole number of milliseconds', STRIMZI_KAFKA, '`604800000`'),
          line: 11,
          column: 25,
          suggestions: [replace('7d', '604800000', swap(strimziKafka, '7d', '604800000'))],
        },
        {
          ...notAllowedInList('log.cleanup.policy', 'compcat', 'compact, delete', STRIMZI_KAFKA, ', probably `compact`'),
          line: 12,
          column: 27,
          suggestions: [replace('compcat', 'compact', swap(strimziKafka, 'compcat', 'compact'))],
        },
      ],
    },
    {
      name: 'Strimzi KafkaTopic: the broker rejects the topic config',
      filename: 'topics/orders.yaml',
      code: strimziTopic,
      output: swap(swap(strimziTopic, 'Compact', 'compact'), 'createtime', 'CreateTime'),
      errors: [
        { ...outOfRange('retention.ms', '-5', 'of at least -1', STRIMZI_TOPIC), line: 11, column: 19, endColumn: 21 },
        { ...wrongCase('cleanup.policy', 'Compact', 'compact', STRIMZI_TOPIC), line: 12, column: 21 },
        {
          ...notAllowed('compression.type', 'none', TOPIC_COMPRESSION, STRIMZI_TOPIC, ', probably `uncompressed`'),
          line: 13,
          column: 23,
          suggestions: [replace('none', 'uncompressed', swap(strimziTopic, 'type: none', 'type: uncompressed'))],
        },
        { ...wrongCase('message.timestamp.type', 'createtime', 'CreateTime', STRIMZI_TOPIC), line: 14, column: 29 },
      ],
    },
    {
      name: 'Strimzi KafkaMirrorMaker2 cluster config',
      filename: 'mm2.yaml',
      code: mirrorMaker,
      errors: [
        {
          ...notAllowed('auto.offset.reset', 'beginning', OFFSET_RESETS, STRIMZI_CONNECT, ', probably `earliest`'),
          line: 10,
          column: 28,
          suggestions: [replace('beginning', 'earliest', swap(mirrorMaker, 'beginning', 'earliest'))],
        },
      ],
    },
    {
      name: 'compose: each image family’s environment',
      filename: 'docker-compose.yml',
      code: compose,
      errors: [
        {
          ...notBoolean('KAFKA_AUTO_CREATE_TOPICS_ENABLE', 'yes', BROKER),
          line: 6,
          column: 40,
          endColumn: 45,
          suggestions: [replace('yes', 'true', swap(compose, '"yes"', '"true"'))],
        },
        {
          ...notNumber('KAFKA_LOG_RETENTION_MS', '7d', 'a 64-bit whole number of milliseconds', BROKER, '`604800000`'),
          line: 7,
          column: 31,
          suggestions: [replace('7d', '604800000', swap(compose, '7d', '604800000'))],
        },
        {
          ...notBoolean('KAFKA_CFG_AUTO_CREATE_TOPICS_ENABLE', 'yes', BROKER),
          line: 13,
          column: 45,
          endColumn: 48,
          suggestions: [replace('yes', 'true', swap(compose, 'ENABLE=yes', 'ENABLE=true'))],
        },
        {
          ...notNumber('KAFKA_CFG_LOG_RETENTION_HOURS', '168h', 'a 32-bit whole number', BROKER, '`168`'),
          line: 14,
          column: 39,
          suggestions: [replace('168h', '168', swap(compose, '168h', '168'))],
        },
        {
          ...notAllowedInList('KAFKA_PROCESS_ROLES', 'contoller', 'broker, controller', BROKER, ', probably `broker,controller`'),
          line: 18,
          column: 28,
          suggestions: [replace('broker,contoller', 'broker,controller', swap(compose, 'contoller', 'controller'))],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Code is left to the libraries' own value semantics

codeTester.run('valid-config-value', rule, {
  valid: [
    {
      name: 'code is not checked (kafkajs and Confluent options have their own value types)',
      code: "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['kafka:9092'] });\nexport const producer = kafka.producer({ idempotent: 'yes' as never });\n",
    },
  ],
  invalid: [],
});

// ---------------------------------------------------------------------------------------------
// Suppression comments

describe('valid-config-value suppression comments', () => {
  const kafka = { ...plugin, rules: { ...plugin.rules, 'valid-config-value': rule } };
  const lint = (text: string, filename: string) =>
    new Linter()
      .verify(
        text,
        [
          {
            files: ['**/*.properties', '**/*.conf', '**/*.yml'],
            plugins: { kafka: kafka as never },
            language: filename.endsWith('.yml') ? 'kafka/yaml' : 'kafka/properties',
            rules: { 'kafka/valid-config-value': 'error' },
          },
        ],
        { filename },
      )
      .map((message) => [message.ruleId, message.line]);

  it('honours eslint-disable-next-line in a properties file', () => {
    const text = 'process.roles=broker\n# eslint-disable-next-line kafka/valid-config-value -- read by our own wrapper script\nauto.create.topics.enable=yes\n';
    expect(lint(text, 'server.properties')).toEqual([]);
    expect(lint(text.replace(/^# .*\n/m, ''), 'server.properties')).toEqual([['kafka/valid-config-value', 2]]);
  });

  it('honours eslint-disable-line in a Spring YAML file', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      acks: al # eslint-disable-line kafka/valid-config-value\n';
    expect(lint(text, 'application.yml')).toEqual([]);
    expect(lint(text.replace(/ # .*$/m, ''), 'application.yml')).toEqual([['kafka/valid-config-value', 4]]);
  });

  it('honours a block disable in a librdkafka file', () => {
    const text = '# eslint-disable kafka/valid-config-value\nbootstrap.servers=kafka:9092\nacks=2\n';
    expect(lint(text, 'librdkafka.conf')).toEqual([]);
  });
});
