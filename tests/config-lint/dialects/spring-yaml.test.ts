import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract, textOf, viewOf } from './extract.js';

const APPLICATION_YML = `server:
  port: 8080
spring:
  application:
    name: billing
  kafka:
    bootstrap-servers:
      - kafka-1:9092
      - kafka-2:9092
    properties:
      security.protocol: SASL_SSL
      "[sasl.mechanism]": PLAIN
    producer:
      acks: "1"
      retries: 0
      batch-size: 32KB
      transaction-id-prefix: billing-tx-
      properties:
        enable.idempotence: yes
        linger:
          ms: 5
    consumer:
      groupId: billing
      enable_auto_commit: off
      auto-offset-reset: \${OFFSET_RESET:earliest}
      isolation-level: read-committed
      heartbeat-interval: 3s
      max-poll-records: 1_000
    listener:
      ack-mode: manual-immediate
      concurrency: 3
management:
  endpoints:
    web:
      exposure:
        include: health
---
spring:
  config:
    activate:
      on-profile: prod
  kafka.producer.acks: all
  kafka.consumer.properties.session.timeout.ms: 'x45000'
`;

describe('Spring Boot application.yml', () => {
  const model = extract('src/main/resources/application.yml', APPLICATION_YML);

  it('gives one view per section and per document', () => {
    expect(model.dialect).toBe('spring');
    expect(model.notes).toEqual([]);
    expect(model.views.map((view) => [view.role, view.client, view.dialect, view.complete])).toEqual([
      ['common', 'java', 'spring', true],
      ['producer', 'java', 'spring', true],
      ['consumer', 'java', 'spring', true],
      ['producer', 'java', 'spring', true],
      ['consumer', 'java', 'spring', true],
    ]);
  });

  it('reads spring.kafka and spring.kafka.properties into the common view', () => {
    const common = viewOf(model, 'common')!;
    expect(entriesOf(common)).toEqual([
      { key: 'bootstrap.servers', written: 'bootstrap-servers', value: 'kafka-1:9092,kafka-2:9092', at: '7:4' },
      { key: 'security.protocol', written: 'security.protocol', value: 'SASL_SSL', at: '11:6' },
      { key: 'sasl.mechanism', written: '[sasl.mechanism]', value: 'PLAIN', at: '12:6' },
    ]);
    expect(common.anchor.loc.start).toEqual({ line: 6, column: 2 });
    // A YAML list is not rewritten in place.
    expect(common.get('bootstrap.servers')!.formatValue).toBeUndefined();
    expect(textOf(APPLICATION_YML, common.get('bootstrap.servers')!.valueSpan)).toBe('- kafka-1:9092\n      - kafka-2:9092');
  });

  it('converts values as Spring binds them: data sizes, YAML 1.1 booleans, pass-through strings', () => {
    const producer = viewOf(model, 'producer')!;
    expect(entriesOf(producer)).toEqual([
      { key: 'acks', written: 'acks', value: '1', at: '14:6' },
      { key: 'retries', written: 'retries', value: 0, at: '15:6' },
      { key: 'batch.size', written: 'batch-size', value: 32768, at: '16:6' },
      { key: 'spring.producer.transaction-id-prefix', written: 'transaction-id-prefix', value: 'billing-tx-', at: '17:6' },
      // SnakeYAML reads `yes` as true; Spring passes "true" to Kafka.
      { key: 'enable.idempotence', written: 'enable.idempotence', value: true, at: '19:8' },
      { key: 'linger.ms', written: 'linger.ms', value: 5, at: '21:10' },
    ]);
    expect(producer.anchor.loc.start).toEqual({ line: 13, column: 4 });
    // Spring gives the producer the common settings too.
    expect(producer.get('security.protocol')).toBe(viewOf(model, 'common')!.get('security.protocol'));
  });

  it('follows relaxed binding, durations, enums, placeholders and Spring’s own settings', () => {
    const consumer = viewOf(model, 'consumer')!;
    expect(entriesOf(consumer)).toEqual([
      { key: 'group.id', written: 'groupId', value: 'billing', at: '23:6' },
      { key: 'enable.auto.commit', written: 'enable_auto_commit', value: false, at: '24:6' },
      { key: 'auto.offset.reset', written: 'auto-offset-reset', value: undefined, at: '25:6' },
      { key: 'isolation.level', written: 'isolation-level', value: 'read_committed', at: '26:6' },
      { key: 'heartbeat.interval.ms', written: 'heartbeat-interval', value: 3000, at: '27:6' },
      { key: 'max.poll.records', written: 'max-poll-records', value: 1000, at: '28:6' },
      { key: 'spring.listener.ack-mode', written: 'ack-mode', value: 'MANUAL_IMMEDIATE', at: '30:6' },
      { key: 'spring.listener.concurrency', written: 'concurrency', value: 3, at: '31:6' },
    ]);
    expect(consumer.get('auto.offset.reset')!.text).toBe('${OFFSET_RESET:earliest}');
  });

  it('reads a profile document with dotted keys on its own', () => {
    const prodProducer = viewOf(model, 'producer', 1)!;
    expect(entriesOf(prodProducer)).toEqual([{ key: 'acks', written: 'kafka.producer.acks', value: 'all', at: '42:2' }]);
    expect(prodProducer.anchor.loc.start).toEqual({ line: 42, column: 2 });
    expect(entriesOf(viewOf(model, 'consumer', 1))).toEqual([
      { key: 'session.timeout.ms', written: 'kafka.consumer.properties.session.timeout.ms', value: 'x45000', at: '43:2' },
    ]);
    // The profile document has no common section: nothing to inherit.
    expect(prodProducer.get('security.protocol')).toBeUndefined();
  });

  it('rewrites a value keeping its quotes, and adds a missing setting to its section', () => {
    const producer = viewOf(model, 'producer')!;
    const acks = producer.get('acks')!;
    expect(textOf(APPLICATION_YML, acks.valueSpan)).toBe('"1"');
    expect(applyEdit(APPLICATION_YML, acks.valueSpan.range, acks.formatValue!('all'))).toContain('      acks: "all"\n');
    const idempotence = producer.get('enable.idempotence')!;
    expect(idempotence.formatValue!(false)).toBe('false');

    // Spring has a property for compression.type: it goes in the producer section.
    const compression = producer.insert!('compression.type', 'zstd')!;
    expect(applyEdit(APPLICATION_YML, compression.range, compression.text)).toContain(
      '          ms: 5\n      compression-type: zstd\n    consumer:',
    );
    // No Spring property for max.in.flight…: into the producer's `properties` map.
    const inFlight = producer.insert!('max.in.flight.requests.per.connection', 5)!;
    expect(applyEdit(APPLICATION_YML, inFlight.range, inFlight.text)).toContain(
      '          ms: 5\n        max.in.flight.requests.per.connection: 5\n    consumer:',
    );
    // Dotted keys leave no section map to add to.
    expect(viewOf(model, 'producer', 1)!.insert!('enable.idempotence', true)).toBeUndefined();
  });
});

describe('Spring Boot YAML, other shapes', () => {
  it('reads Spring Kafka settings from a YAML file with another name (Spring Cloud Config)', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      acks: 0\n';
    const model = extract('config-repo/billing-prod.yml', text);
    expect(model.dialect).toBe('spring');
    expect(entriesOf(viewOf(model, 'producer'))).toEqual([{ key: 'acks', written: 'acks', value: '0', at: '4:6' }]);
  });

  it('reads Kafka Streams settings and client overrides', () => {
    const text = `spring:
  kafka:
    streams:
      application-id: eta
      replication-factor: 1
      state-dir: /var/lib/streams
      properties:
        processing.guarantee: exactly_once_v2
        producer.acks: 1
        commit.interval.ms: 100
`;
    const model = extract('application.yaml', text);
    expect(model.views.map((view) => view.role)).toEqual(['streams', 'producer', 'consumer']);
    expect(entriesOf(viewOf(model, 'streams'))).toEqual([
      { key: 'application.id', written: 'application-id', value: 'eta', at: '4:6' },
      { key: 'replication.factor', written: 'replication-factor', value: 1, at: '5:6' },
      { key: 'state.dir', written: 'state-dir', value: '/var/lib/streams', at: '6:6' },
      { key: 'processing.guarantee', written: 'processing.guarantee', value: 'exactly_once_v2', at: '8:8' },
      { key: 'commit.interval.ms', written: 'commit.interval.ms', value: 100, at: '10:8' },
    ]);
    expect(entriesOf(viewOf(model, 'producer'))).toEqual([{ key: 'acks', written: 'producer.acks', value: '1', at: '9:8' }]);
    expect(viewOf(model, 'producer')!.anchor.loc.start).toEqual({ line: 9, column: 8 });
  });

  it('reads Spring Cloud Stream binder settings, one view per binding', () => {
    const text = `spring:
  cloud:
    stream:
      kafka:
        binder:
          brokers: kafka:9092
          required-acks: 1
          configuration:
            security.protocol: SSL
        bindings:
          orders-in-0:
            consumer:
              configuration:
                max.poll.records: 50
`;
    const model = extract('application.yml', text);
    expect(model.views.map((view) => view.role)).toEqual(['common', 'producer', 'consumer']);
    expect(entriesOf(viewOf(model, 'producer'))).toEqual([{ key: 'acks', written: 'required-acks', value: '1', at: '7:10' }]);
    expect(entriesOf(viewOf(model, 'consumer'))).toEqual([{ key: 'max.poll.records', written: 'max.poll.records', value: 50, at: '14:16' }]);
  });

  it('follows anchors and merge keys, without rewriting shared values', () => {
    const text = `defaults: &kafka-defaults
  acks: 1
  retries: 3
spring:
  kafka:
    producer:
      <<: *kafka-defaults
      retries: 5
`;
    const producer = viewOf(extract('application.yml', text), 'producer')!;
    expect(entriesOf(producer)).toEqual([
      { key: 'acks', written: 'acks', value: '1', at: '2:2' },
      { key: 'retries', written: 'retries', value: 5, at: '8:6' },
    ]);
    expect(producer.get('acks')!.formatValue).toBeUndefined();
    expect(producer.get('retries')!.formatValue).toBeDefined();
  });

  it('marks views incomplete when an alias names no anchor', () => {
    const model = extract('application.yml', 'spring:\n  kafka:\n    producer:\n      <<: *missing\n      acks: all\n');
    expect(viewOf(model, 'producer')!.complete).toBe(false);
    expect(model.notes).toHaveLength(1);
  });

  it('gives a Spring file without Kafka settings no views', () => {
    expect(extract('application.yml', 'server:\n  port: 8080\nspring:\n  datasource:\n    url: jdbc:h2:mem\n')).toEqual({
      dialect: 'spring',
      views: [],
      notes: [],
    });
  });
});
