import { describe, expect, it } from 'vitest';

import { KAFKA_KEYS } from '../../../src/config-lint/catalog/data.js';
import { lookupKafkaKey } from '../../../src/config-lint/catalog/kafka-keys.js';
import { CONNECT_WORKER_KEYS, isOtherReleaseKey, isPassThroughKey, matchesKeyPattern } from '../../../src/config-lint/catalog/pass-through.js';

describe('matchesKeyPattern', () => {
  it('matches exact keys, prefix.* and *.suffix patterns', () => {
    expect(matchesKeyPattern('linger.ms', 'linger.ms')).toBe(true);
    expect(matchesKeyPattern('linger.msec', 'linger.ms')).toBe(false);
    expect(matchesKeyPattern('schema.registry.url', 'schema.registry.*')).toBe(true);
    expect(matchesKeyPattern('schema.registry', 'schema.registry.*')).toBe(false);
    expect(matchesKeyPattern('schema.registry.', 'schema.registry.*')).toBe(false);
    expect(matchesKeyPattern('schema.registryx.url', 'schema.registry.*')).toBe(false);
    expect(matchesKeyPattern('value.subject.name.strategy', '*.subject.name.strategy')).toBe(true);
    expect(matchesKeyPattern('subject.name.strategy', '*.subject.name.strategy')).toBe(false);
  });
});

describe('isPassThroughKey', () => {
  it('passes serializer, Schema Registry, Spring serde and Confluent settings to Java clients', () => {
    for (const key of [
      'schema.registry.url',
      'basic.auth.credentials.source',
      'basic.auth.user.info',
      'bearer.auth.token',
      'specific.avro.reader',
      'value.subject.name.strategy',
      'auto.register.schemas',
      'use.latest.version',
      'request.header.Authorization',
      'spring.json.trusted.packages',
      'spring.deserializer.value.delegate.class',
      'confluent.monitoring.interceptor.bootstrap.servers',
      'config.providers',
      'config.providers.vault.class',
      'metrics.context.env',
      'metrics.jmx.exclude',
    ]) {
      expect(isPassThroughKey(key, 'client'), key).toBe(true);
    }
  });

  it('never passes Kafka client keys or their typos', () => {
    for (const key of ['linger.ms', 'linger.msec', 'enable.idempotance', 'max.poll.records', 'retries']) {
      expect(isPassThroughKey(key, 'client'), key).toBe(false);
    }
  });

  it('passes per-listener, plugin and Confluent Server keys to brokers, but not client serde keys', () => {
    for (const key of [
      'listener.name.internal.scram-sha-512.sasl.jaas.config',
      'rsm.config.s3.bucket',
      'rlmm.config.remote.log.metadata.topic.num.partitions',
      'confluent.license.topic.replication.factor',
      'kafka.rest.bootstrap.servers',
      'strimzi.authorization.client.id',
      'cruise.control.metrics.topic',
    ]) {
      expect(isPassThroughKey(key, 'broker'), key).toBe(true);
    }
    expect(isPassThroughKey('spring.json.trusted.packages', 'broker')).toBe(false);
    expect(isPassThroughKey('auto.create.topics.enabled', 'broker')).toBe(false);
  });

  it('passes converter settings, REST TLS and client overrides to Connect workers', () => {
    for (const key of ['key.converter.schemas.enable', 'value.converter.schema.registry.url', 'listeners.https.ssl.keystore.location', 'producer.linger.ms']) {
      expect(isPassThroughKey(key, 'connect'), key).toBe(true);
    }
  });

  it("passes the bindings' own keys and Schema Registry settings to librdkafka files", () => {
    for (const key of ['go.application.rebalance.enable', 'dotnet.producer.enable.background.poll', 'on_delivery', 'logger', 'schema.registry.url']) {
      expect(isPassThroughKey(key, 'librdkafka'), key).toBe(true);
    }
    expect(isPassThroughKey('key.serializer', 'librdkafka')).toBe(false);
  });

  it('passes only Confluent keys to topics', () => {
    expect(isPassThroughKey('confluent.placement.constraints', 'topic')).toBe(true);
    expect(isPassThroughKey('schema.registry.url', 'topic')).toBe(false);
  });
});

describe('isOtherReleaseKey', () => {
  it('knows keys of older releases and of the 4.x line, and keys read outside the ConfigDefs', () => {
    expect(isOtherReleaseKey('broker', 'advertised.host.name')).toBe(true);
    expect(isOtherReleaseKey('broker', 'share.coordinator.state.topic.replication.factor')).toBe(true);
    expect(isOtherReleaseKey('broker', 'super.users')).toBe(true);
    expect(isOtherReleaseKey('producer', 'block.on.buffer.full')).toBe(true);
    expect(isOtherReleaseKey('common', 'block.on.buffer.full')).toBe(true);
    expect(isOtherReleaseKey('streams', 'default.list.key.serde.inner')).toBe(true);
    expect(isOtherReleaseKey('topic', 'remote.copy.lag.ms')).toBe(true);
    expect(isOtherReleaseKey('consumer', 'block.on.buffer.full')).toBe(false);
    expect(isOtherReleaseKey('broker', 'auto.create.topics.enabled')).toBe(false);
  });

  it('lists no key the 3.9 catalog already has for the role', () => {
    for (const role of ['producer', 'broker', 'topic'] as const) {
      for (const key of KAFKA_KEYS[role]) expect(isOtherReleaseKey(role, key.name), `${role} ${key.name}`).toBe(false);
    }
    expect(isOtherReleaseKey('streams', 'application.id')).toBe(false);
  });
});

describe('CONNECT_WORKER_KEYS', () => {
  it('holds worker settings and none of the client keys they share', () => {
    expect(CONNECT_WORKER_KEYS.has('offset.storage.topic')).toBe(true);
    expect(CONNECT_WORKER_KEYS.has('plugin.path')).toBe(true);
    for (const key of CONNECT_WORKER_KEYS) expect(lookupKafkaKey('common', key), key).toBeUndefined();
  });
});
