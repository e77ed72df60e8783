import { describe, expect, it } from 'vitest';

import { isKnownKey, kafkaKeyNames, lookupKafkaKey, splitStreamsPrefix } from '../../../src/config-lint/catalog/index.js';

describe('lookupKafkaKey', () => {
  it('gives Kafka 3.9 defaults typed as the Java client parses them', () => {
    expect(lookupKafkaKey('producer', 'enable.idempotence')).toEqual({ name: 'enable.idempotence', type: 'boolean', default: true });
    expect(lookupKafkaKey('producer', 'acks')).toMatchObject({ type: 'string', default: 'all', validValues: ['all', '-1', '0', '1'] });
    expect(lookupKafkaKey('consumer', 'session.timeout.ms')).toMatchObject({ type: 'int', default: 45000 });
    expect(lookupKafkaKey('consumer', 'isolation.level')).toMatchObject({
      default: 'read_uncommitted',
      validValues: ['read_committed', 'read_uncommitted'],
    });
    expect(lookupKafkaKey('topic', 'min.insync.replicas')).toMatchObject({ default: 1, range: { min: 1, max: null } });
    expect(lookupKafkaKey('broker', 'default.replication.factor')).toMatchObject({ type: 'int', default: 1 });
  });

  it('keeps ranges, extra valid numbers, required keys and lifecycle flags', () => {
    expect(lookupKafkaKey('producer', 'compression.gzip.level')).toMatchObject({ range: { min: 1, max: 9 }, alsoValid: [-1] });
    expect(lookupKafkaKey('producer', 'key.serializer')).toMatchObject({ required: true, default: null });
    expect(lookupKafkaKey('topic', 'message.format.version')).toMatchObject({ deprecated: true });
    expect(lookupKafkaKey('broker', 'zookeeper.connect')).toMatchObject({ zkModeRelated: true });
    expect(lookupKafkaKey('consumer', 'internal.leave.group.on.close')).toMatchObject({ internal: true });
    expect(lookupKafkaKey('producer', 'security.protocol')).toMatchObject({ caseInsensitive: true });
  });

  it('does not mix roles', () => {
    expect(lookupKafkaKey('producer', 'group.id')).toBeUndefined();
    expect(lookupKafkaKey('consumer', 'acks')).toBeUndefined();
    expect(lookupKafkaKey('topic', 'acks')).toBeUndefined();
    expect(lookupKafkaKey('producer', 'lingr.ms')).toBeUndefined();
  });

  it('accepts any client key in a common view', () => {
    expect(lookupKafkaKey('common', 'acks')?.name).toBe('acks');
    expect(lookupKafkaKey('common', 'group.id')?.name).toBe('group.id');
    expect(lookupKafkaKey('common', 'bootstrap.controllers')?.name).toBe('bootstrap.controllers');
    expect(lookupKafkaKey('common', 'log.dirs')).toBeUndefined();
  });

  it('knows Kafka Streams keys, and the client keys a Streams config passes on', () => {
    expect(lookupKafkaKey('streams', 'processing.guarantee')).toMatchObject({
      default: 'at_least_once',
      validValues: ['at_least_once', 'exactly_once', 'exactly_once_beta', 'exactly_once_v2'],
    });
    expect(lookupKafkaKey('streams', 'application.id')).toMatchObject({ required: true });
    expect(lookupKafkaKey('streams', 'commit.interval.ms')).toMatchObject({ default: 30000 });
    expect(lookupKafkaKey('streams', 'replication.factor')).toMatchObject({ default: -1 });
    expect(lookupKafkaKey('streams', 'producer.acks')?.name).toBe('acks');
    expect(lookupKafkaKey('streams', 'main.consumer.max.poll.records')?.name).toBe('max.poll.records');
    expect(lookupKafkaKey('streams', 'topic.min.insync.replicas')?.name).toBe('min.insync.replicas');
    expect(lookupKafkaKey('streams', 'max.poll.records')?.name).toBe('max.poll.records');
    expect(lookupKafkaKey('streams', 'producer.group.id')).toBeUndefined();
    expect(lookupKafkaKey('streams', 'num.stream.thread')).toBeUndefined();
  });
});

describe('isKnownKey', () => {
  it('answers as lookupKafkaKey does', () => {
    expect(isKnownKey('producer', 'linger.ms')).toBe(true);
    expect(isKnownKey('producer', 'linger.msx')).toBe(false);
    expect(isKnownKey('broker', 'log.dirs')).toBe(true);
  });
});

describe('splitStreamsPrefix', () => {
  it('takes the longest Streams client prefix', () => {
    expect(splitStreamsPrefix('main.consumer.max.poll.records')).toEqual({
      prefix: 'main.consumer.',
      role: 'consumer',
      key: 'max.poll.records',
    });
    expect(splitStreamsPrefix('producer.acks')).toEqual({ prefix: 'producer.', role: 'producer', key: 'acks' });
    expect(splitStreamsPrefix('topic.segment.bytes')).toEqual({ prefix: 'topic.', role: 'topic', key: 'segment.bytes' });
    expect(splitStreamsPrefix('processing.guarantee')).toBeUndefined();
    expect(splitStreamsPrefix('producer.')).toBeUndefined();
  });
});

describe('kafkaKeyNames', () => {
  it('lists every key of a role, internal ones included', () => {
    expect(kafkaKeyNames('producer')).toHaveLength(95);
    expect(kafkaKeyNames('consumer')).toHaveLength(98);
    expect(kafkaKeyNames('topic')).toHaveLength(36);
    expect(kafkaKeyNames('broker')).toHaveLength(328);
  });
});
