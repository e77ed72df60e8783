import { describe, expect, it } from 'vitest';

import { springToKafka, springViewKey } from '../../../src/config-lint/catalog/index.js';
import { mayLeadToSpringKafka, springPropertyFor } from '../../../src/config-lint/catalog/spring-keys.js';

describe('springToKafka', () => {
  it('maps Spring Boot properties to the Kafka property they set', () => {
    expect(springToKafka('spring.kafka.producer.acks')).toEqual({
      role: 'producer',
      key: 'acks',
      spring: 'spring.kafka.producer.acks',
      type: 'string',
      known: true,
    });
    expect(springToKafka('spring.kafka.consumer.enable-auto-commit')).toMatchObject({
      role: 'consumer',
      key: 'enable.auto.commit',
      type: 'boolean',
    });
    expect(springToKafka('spring.kafka.consumer.heartbeat-interval')).toMatchObject({ key: 'heartbeat.interval.ms', type: 'duration' });
    expect(springToKafka('spring.kafka.producer.batch-size')).toMatchObject({ key: 'batch.size', type: 'data-size' });
    expect(springToKafka('spring.kafka.bootstrap-servers')).toMatchObject({ role: 'common', key: 'bootstrap.servers' });
    expect(springToKafka('spring.kafka.admin.ssl.key-password')).toMatchObject({ role: 'admin', key: 'ssl.key.password' });
    expect(springToKafka('spring.kafka.streams.replication-factor')).toMatchObject({
      role: 'streams',
      key: 'replication.factor',
      type: 'integer',
    });
    expect(springToKafka('spring.kafka.streams.application-id')).toMatchObject({ role: 'streams', key: 'application.id' });
  });

  it('follows relaxed binding: camelCase, underscores, environment variables', () => {
    for (const name of [
      'spring.kafka.consumer.enableAutoCommit',
      'spring.kafka.consumer.enable_auto_commit',
      'spring.kafka.consumer.ENABLE-AUTO-COMMIT',
      'SPRING_KAFKA_CONSUMER_ENABLEAUTOCOMMIT',
    ]) {
      expect(springToKafka(name), name).toMatchObject({ role: 'consumer', key: 'enable.auto.commit', spring: 'spring.kafka.consumer.enable-auto-commit' });
    }
    expect(springToKafka('SPRING_KAFKA_PRODUCER_ACKS')).toMatchObject({ role: 'producer', key: 'acks' });
    expect(springToKafka('SPRING_KAFKA_PROPERTIES_SASL_MECHANISM')).toMatchObject({ role: 'common', key: 'sasl.mechanism' });
    // Spring drops dashes, it does not read `_` as one: this names spring.kafka.consumer.enable.auto.commit.
    expect(springToKafka('SPRING_KAFKA_CONSUMER_ENABLE_AUTO_COMMIT')).toMatchObject({ key: null, known: false });
  });

  it('passes pass-through map entries to Kafka under their own names', () => {
    expect(springToKafka('spring.kafka.properties.enable.idempotence')).toEqual({
      role: 'common',
      key: 'enable.idempotence',
      spring: 'spring.kafka.properties',
      type: 'passthrough',
      known: true,
    });
    expect(springToKafka('spring.kafka.producer.properties.max.in.flight.requests.per.connection')).toMatchObject({
      role: 'producer',
      key: 'max.in.flight.requests.per.connection',
    });
    expect(springToKafka('spring.kafka.consumer.properties[session.timeout.ms]')).toMatchObject({ role: 'consumer', key: 'session.timeout.ms' });
    expect(springToKafka('spring.kafka.admin.properties.request.timeout.ms')).toMatchObject({ role: 'admin', key: 'request.timeout.ms' });
    expect(springToKafka('spring.kafka.streams.properties.processing.guarantee')).toMatchObject({ role: 'streams', key: 'processing.guarantee' });
    expect(springToKafka('spring.kafka.streams.properties.producer.acks')).toMatchObject({ role: 'streams', key: 'producer.acks' });
    expect(springToKafka('spring.kafka.properties')).toBeUndefined();
  });

  it('reads Spring Cloud Stream’s Kafka binder', () => {
    expect(springToKafka('spring.cloud.stream.kafka.binder.configuration.security.protocol')).toMatchObject({
      role: 'common',
      key: 'security.protocol',
      type: 'passthrough',
    });
    expect(springToKafka('spring.cloud.stream.kafka.binder.producer-properties.acks')).toMatchObject({ role: 'producer', key: 'acks' });
    expect(springToKafka('spring.cloud.stream.kafka.binder.consumerProperties.max.poll.records')).toMatchObject({
      role: 'consumer',
      key: 'max.poll.records',
    });
    expect(springToKafka('spring.cloud.stream.kafka.binder.brokers')).toMatchObject({ role: 'common', key: 'bootstrap.servers' });
    expect(springToKafka('spring.cloud.stream.kafka.binder.required-acks')).toMatchObject({ role: 'producer', key: 'acks' });
    expect(springToKafka('spring.cloud.stream.kafka.bindings.orders-in-0.consumer.configuration.max.poll.records')).toEqual({
      role: 'consumer',
      key: 'max.poll.records',
      spring: 'spring.cloud.stream.kafka.bindings.orders-in-0.consumer.configuration',
      type: 'passthrough',
      known: true,
      group: 'orders-in-0',
    });
    expect(springToKafka('spring.cloud.stream.kafka.binder.auto-create-topics')).toBeUndefined();
  });

  it('keeps Spring’s own settings readable, under their canonical names', () => {
    expect(springToKafka('spring.kafka.listener.ack-mode')).toEqual({
      role: 'consumer',
      key: null,
      spring: 'spring.kafka.listener.ack-mode',
      type: 'enum',
      known: true,
    });
    expect(springToKafka('spring.kafka.listener.ackMode')).toMatchObject({ spring: 'spring.kafka.listener.ack-mode' });
    expect(springToKafka('spring.kafka.template.default-topic')).toMatchObject({ role: 'producer', key: null });
    expect(springToKafka('spring.kafka.producer.transaction-id-prefix')).toMatchObject({ role: 'producer', key: null });
    expect(springToKafka('spring.kafka.jaas.enabled')).toMatchObject({ role: 'common', key: null, type: 'boolean' });
  });

  it('flags spring.kafka names Spring does not define, and ignores everything else', () => {
    expect(springToKafka('spring.kafka.producer.enable-idempotence')).toEqual({
      role: 'producer',
      key: null,
      spring: 'spring.kafka.producer.enable-idempotence',
      type: 'string',
      known: false,
    });
    expect(springToKafka('spring.kafka.consumer.maxPollRecord')).toMatchObject({ spring: 'spring.kafka.consumer.max-poll-record', known: false });
    expect(springToKafka('spring.datasource.url')).toBeUndefined();
    expect(springToKafka('server.port')).toBeUndefined();
    expect(springToKafka('kafka.bootstrap.servers')).toBeUndefined();
    expect(springToKafka('spring.kafka..acks')).toBeUndefined();
    expect(springToKafka('spring.kafka.properties[unclosed')).toBeUndefined();
    expect(springToKafka('')).toBeUndefined();
  });
});

describe('springViewKey', () => {
  it('files Spring’s own settings under spring.<section>', () => {
    expect(springViewKey('spring.kafka.listener.ack-mode')).toBe('spring.listener.ack-mode');
    expect(springViewKey('spring.kafka.producer.transaction-id-prefix')).toBe('spring.producer.transaction-id-prefix');
  });
});

describe('springPropertyFor', () => {
  it('finds the Spring property of a section that sets a Kafka key', () => {
    expect(springPropertyFor('producer', 'acks')).toBe('acks');
    expect(springPropertyFor('consumer', 'enable.auto.commit')).toBe('enable-auto-commit');
    expect(springPropertyFor('common', 'bootstrap.servers')).toBe('bootstrap-servers');
    expect(springPropertyFor('producer', 'enable.idempotence')).toBeUndefined();
  });
});

describe('mayLeadToSpringKafka', () => {
  it('lets a walk skip branches that hold no Kafka setting', () => {
    expect(mayLeadToSpringKafka(['spring'])).toBe(true);
    expect(mayLeadToSpringKafka(['spring', 'kafka', 'producer'])).toBe(true);
    expect(mayLeadToSpringKafka(['spring', 'cloud', 'stream'])).toBe(true);
    expect(mayLeadToSpringKafka(['spring', 'datasource'])).toBe(false);
    expect(mayLeadToSpringKafka(['server'])).toBe(false);
  });
});

describe('Spring’s own maps', () => {
  it('reads spring.kafka.jaas.options entries as Spring settings', () => {
    expect(springToKafka('spring.kafka.jaas.options.useKeyTab')).toEqual({
      role: 'common',
      key: null,
      spring: 'spring.kafka.jaas.options.useKeyTab',
      type: 'string',
      known: true,
    });
    expect(springToKafka('spring.kafka.jaas.options')).toBeUndefined();
  });
});
