import { describe, expect, it } from 'vitest';

import {
  checkKafkaValue,
  checkLibrdkafkaValue,
  guessBoolean,
  guessEnumValue,
  guessNumber,
  lookupKafkaKey,
  lookupLibrdkafkaKey,
  millisOfDuration,
  unitSlip,
  type KafkaKey,
  type LibrdkafkaKey,
} from '../../../src/config-lint/catalog/index.js';
import { LIBRDKAFKA_KEYS } from '../../../src/config-lint/catalog/data.js';
import { parseJavaValue } from '../../../src/config-lint/dialects/java-values.js';
import { parseLibrdkafkaValue } from '../../../src/config-lint/dialects/librdkafka-values.js';

function key(role: Parameters<typeof lookupKafkaKey>[0], name: string): KafkaKey {
  const found = lookupKafkaKey(role, name);
  if (!found) throw new Error(`no ${role} key ${name}`);
  return found;
}

/** A Java value checked as a properties file gives it: parsed for the key's type first. */
function java(role: Parameters<typeof lookupKafkaKey>[0], name: string, text: string) {
  const definition = key(role, name);
  return checkKafkaValue(definition, parseJavaValue(definition.type, text));
}

function rowsOf(name: string): LibrdkafkaKey[] {
  return LIBRDKAFKA_KEYS.filter((row) => row.name === name);
}

function librdkafka(name: string, text: string) {
  return checkLibrdkafkaValue(name, rowsOf(name), parseLibrdkafkaValue(lookupLibrdkafkaKey(name), text), text);
}

describe('checkKafkaValue (ConfigDef)', () => {
  it('reads booleans in any case, and nothing else', () => {
    expect(java('producer', 'enable.idempotence', 'TRUE')).toBeUndefined();
    expect(java('producer', 'enable.idempotence', ' false ')).toBeUndefined();
    expect(java('producer', 'enable.idempotence', 'yes')).toEqual({ kind: 'notBoolean', suggestion: true });
    expect(java('consumer', 'enable.auto.commit', 'ture')).toEqual({ kind: 'notBoolean', suggestion: true });
    expect(java('consumer', 'enable.auto.commit', 'flase')).toEqual({ kind: 'notBoolean', suggestion: false });
    expect(java('consumer', 'enable.auto.commit', '0')).toEqual({ kind: 'notBoolean', suggestion: false });
    expect(java('consumer', 'enable.auto.commit', 'maybe')).toEqual({ kind: 'notBoolean' });
  });

  it('reads numbers as Integer/Long/Short.parseX do, within the type', () => {
    expect(java('producer', 'linger.ms', '5')).toBeUndefined();
    expect(java('producer', 'linger.ms', '+5')).toBeUndefined();
    expect(java('producer', 'linger.ms', '5ms')).toEqual({ kind: 'notNumber', numberKind: 'long', suggestion: 5 });
    expect(java('consumer', 'session.timeout.ms', '45s')).toEqual({ kind: 'notNumber', numberKind: 'int', suggestion: 45000 });
    expect(java('producer', 'batch.size', '16_384')).toEqual({ kind: 'notNumber', numberKind: 'int', suggestion: 16384 });
    expect(java('producer', 'batch.size', '1,048,576')).toEqual({ kind: 'notNumber', numberKind: 'int', suggestion: 1048576 });
    expect(java('producer', 'linger.ms', '100L')).toEqual({ kind: 'notNumber', numberKind: 'long', suggestion: 100 });
    expect(java('producer', 'retries', '3.0')).toEqual({ kind: 'notNumber', numberKind: 'int', suggestion: 3 });
    expect(java('producer', 'retries', '99999999999')).toEqual({ kind: 'notNumber', numberKind: 'int' });
    expect(java('broker', 'offsets.topic.replication.factor', '70000')).toEqual({ kind: 'notNumber', numberKind: 'short' });
    expect(java('broker', 'log.retention.hours', '168h')).toEqual({ kind: 'notNumber', numberKind: 'int', suggestion: 168 });
    expect(java('broker', 'log.retention.ms', '7d')).toEqual({ kind: 'notNumber', numberKind: 'long', suggestion: 604800000 });
  });

  it('checks ranges, with the values a validator also accepts', () => {
    expect(java('producer', 'retries', '0')).toBeUndefined();
    expect(java('producer', 'retries', '-1')).toEqual({ kind: 'outOfRange', value: -1, min: 0, max: 2147483647, alsoValid: [] });
    expect(java('producer', 'linger.ms', '-5')).toMatchObject({ kind: 'outOfRange', value: -5, min: 0, max: null });
    expect(java('producer', 'compression.gzip.level', '-1')).toBeUndefined();
    expect(java('producer', 'compression.gzip.level', '0')).toEqual({ kind: 'outOfRange', value: 0, min: 1, max: 9, alsoValid: [-1] });
    expect(java('topic', 'retention.ms', '-1')).toBeUndefined();
    expect(java('topic', 'min.insync.replicas', '0')).toMatchObject({ kind: 'outOfRange', min: 1 });
  });

  it('compares ValidString values case-sensitively, CaseInsensitiveValidString ones in any case', () => {
    expect(java('producer', 'acks', 'all')).toBeUndefined();
    expect(java('producer', 'acks', '-1')).toBeUndefined();
    expect(java('producer', 'acks', '1')).toBeUndefined();
    expect(java('producer', 'acks', 'ALL')).toMatchObject({ kind: 'notAllowed', element: 'ALL', caseOnly: true, suggestion: 'all' });
    expect(java('producer', 'security.protocol', 'sasl_ssl')).toBeUndefined();
    expect(java('consumer', 'group.protocol', 'consumer')).toBeUndefined();
    expect(java('consumer', 'isolation.level', 'READ_COMMITTED')).toMatchObject({ caseOnly: true, suggestion: 'read_committed' });
  });

  it('guesses what a rejected enum value meant', () => {
    expect(java('producer', 'acks', 'al')).toMatchObject({ kind: 'notAllowed', caseOnly: false, suggestion: 'all' });
    expect(java('producer', 'acks', '2')).toMatchObject({ kind: 'notAllowed', suggestion: 'all' });
    expect(java('producer', 'acks', '-2')).toEqual({ kind: 'notAllowed', element: '-2', inList: false, validValues: ['all', '-1', '0', '1'], caseOnly: false });
    expect(java('consumer', 'auto.offset.reset', 'beginning')).toMatchObject({ suggestion: 'earliest' });
    expect(java('consumer', 'auto.offset.reset', 'smallest')).toMatchObject({ suggestion: 'earliest' });
    expect(java('producer', 'compression.type', 'zstandard')).toMatchObject({ suggestion: 'zstd' });
    expect(java('topic', 'compression.type', 'none')).toMatchObject({ suggestion: 'uncompressed' });
    expect(java('producer', 'compression.type', 'uncompressed')).toMatchObject({ suggestion: 'none' });
    expect(java('consumer', 'isolation.level', 'read-committed')).toMatchObject({ caseOnly: false, suggestion: 'read_committed' });
    expect(java('streams', 'processing.guarantee', 'exactly_once_v3')).toMatchObject({ suggestion: 'exactly_once_v2' });
    expect(java('streams', 'processing.guarantee', 'exactly-once')).toMatchObject({ suggestion: 'exactly_once_v2' });
  });

  it('checks each element of a ValidList', () => {
    expect(java('topic', 'cleanup.policy', 'compact, delete')).toBeUndefined();
    expect(java('topic', 'cleanup.policy', 'compact,delte')).toMatchObject({ kind: 'notAllowed', element: 'delte', inList: true, suggestion: 'compact,delete' });
    expect(java('topic', 'cleanup.policy', 'Compact,DELETE')).toMatchObject({ element: 'Compact', caseOnly: true, suggestion: 'compact,delete' });
    expect(java('broker', 'process.roles', 'broker,contoller')).toMatchObject({ element: 'contoller', suggestion: 'broker,controller' });
    // An empty element reads as a templating leftover.
    expect(java('topic', 'cleanup.policy', 'compact,')).toBeUndefined();
  });

  it('leaves alone values the catalog cannot judge', () => {
    expect(java('consumer', 'partition.assignment.strategy', 'com.example.MyAssignor')).toBeUndefined();
    expect(java('producer', 'partitioner.class', 'not a class')).toBeUndefined();
    expect(java('broker', 'inter.broker.protocol.version', '3.7')).toBeUndefined();
    expect(java('topic', 'message.format.version', '2.8')).toBeUndefined();
    expect(java('consumer', 'session.timeout.ms', '45')).toBeUndefined();
  });

  it('accepts the values of later Kafka releases', () => {
    expect(java('consumer', 'auto.offset.reset', 'by_duration:PT1H')).toBeUndefined();
    expect(java('broker', 'group.coordinator.rebalance.protocols', 'classic,consumer,streams')).toBeUndefined();
  });
});

describe('checkLibrdkafkaValue (rd_kafka_anyconf_set_prop)', () => {
  it('reads booleans as true/t/1 and false/f/0 in any case', () => {
    expect(librdkafka('enable.auto.commit', 't')).toBeUndefined();
    expect(librdkafka('enable.auto.commit', 'FALSE')).toBeUndefined();
    expect(librdkafka('enable.auto.commit', '1')).toBeUndefined();
    expect(librdkafka('enable.idempotence', 'yes')).toEqual({ kind: 'notBoolean', suggestion: true });
  });

  it('reads integers with strtol, so a trailing unit is dropped', () => {
    expect(librdkafka('session.timeout.ms', '45000')).toBeUndefined();
    expect(librdkafka('session.timeout.ms', '45000ms')).toBeUndefined();
    expect(librdkafka('session.timeout.ms', '45s')).toEqual({ kind: 'ignoredUnit', read: 45, suggestion: 45000 });
    expect(librdkafka('linger.ms', '0.5')).toBeUndefined();
    expect(librdkafka('linger.ms', '5s')).toEqual({ kind: 'ignoredUnit', read: 5, suggestion: 5000 });
    expect(librdkafka('retries', 'many')).toEqual({ kind: 'notNumber', numberKind: 'integer' });
    expect(librdkafka('session.timeout.ms', '0')).toMatchObject({ kind: 'outOfRange', min: 1, max: 3600000 });
    expect(librdkafka('linger.ms', '-1')).toMatchObject({ kind: 'outOfRange', min: 0, max: 900000 });
  });

  it('takes acks words and numbers up to 1000, which brokers refuse above 1', () => {
    expect(librdkafka('acks', 'all')).toBeUndefined();
    expect(librdkafka('request.required.acks', '-1')).toBeUndefined();
    expect(librdkafka('acks', '2')).toEqual({ kind: 'acksRejectedByBroker', value: 2 });
    expect(librdkafka('acks', '1001')).toMatchObject({ kind: 'outOfRange', min: -1, max: 1000 });
  });

  it('matches enums and flags without case', () => {
    expect(librdkafka('auto.offset.reset', 'beginning')).toBeUndefined();
    expect(librdkafka('auto.offset.reset', 'Earliest')).toBeUndefined();
    expect(librdkafka('auto.offset.reset', 'begining')).toMatchObject({ kind: 'notAllowed', suggestion: 'beginning' });
    expect(librdkafka('compression.codec', 'inherit')).toBeUndefined();
    expect(librdkafka('compression.codec', 'zstandard')).toMatchObject({ suggestion: 'zstd' });
    expect(librdkafka('debug', 'cgrp, +Topic,-msg')).toBeUndefined();
    expect(librdkafka('debug', 'cgrp,brokr')).toMatchObject({ kind: 'notAllowed', element: 'brokr', inList: true, suggestion: 'cgrp,broker' });
  });

  it('leaves strings and unknown rows alone', () => {
    expect(librdkafka('sasl.mechanisms', 'WHATEVER')).toBeUndefined();
    expect(checkLibrdkafkaValue('no.such.key', [], 'x', 'x')).toBeUndefined();
  });
});

describe('unitSlip', () => {
  const slip = (role: Parameters<typeof lookupKafkaKey>[0], name: string, value: number) => {
    const definition = key(role, name);
    return unitSlip(name, definition.default, definition.range, value);
  };

  it('reads small values of second-scale timeouts as seconds', () => {
    expect(slip('consumer', 'session.timeout.ms', 45)).toBe(45000);
    expect(slip('consumer', 'session.timeout.ms', 10)).toBe(10000);
    expect(slip('consumer', 'max.poll.interval.ms', 300)).toBe(300000);
    expect(slip('producer', 'request.timeout.ms', 30)).toBe(30000);
    expect(slip('producer', 'delivery.timeout.ms', 120)).toBe(120000);
    expect(slip('producer', 'transaction.timeout.ms', 60)).toBe(60000);
    expect(slip('broker', 'replica.lag.time.max.ms', 30)).toBe(30000);
  });

  it('stays silent on short-by-design settings and on values a second reading does not explain', () => {
    expect(slip('producer', 'linger.ms', 5)).toBeUndefined();
    expect(slip('producer', 'retry.backoff.ms', 100)).toBeUndefined();
    expect(slip('consumer', 'fetch.max.wait.ms', 500)).toBeUndefined();
    expect(slip('consumer', 'heartbeat.interval.ms', 500)).toBeUndefined();
    expect(slip('producer', 'max.block.ms', 100)).toBeUndefined();
    expect(slip('producer', 'metadata.max.age.ms', 500)).toBeUndefined();
    expect(slip('streams', 'commit.interval.ms', 100)).toBeUndefined();
    expect(slip('producer', 'request.timeout.ms', 500)).toBeUndefined();
    expect(slip('producer', 'request.timeout.ms', 2)).toBeUndefined();
    expect(slip('consumer', 'session.timeout.ms', 45000)).toBeUndefined();
    expect(slip('consumer', 'session.timeout.ms', 0)).toBeUndefined();
    expect(slip('topic', 'retention.ms', 600)).toBeUndefined();
  });
});

describe('guesses', () => {
  it('guessBoolean', () => {
    expect(guessBoolean('On')).toBe(true);
    expect(guessBoolean('disabled')).toBe(false);
    expect(guessBoolean('treu')).toBe(true);
    expect(guessBoolean('perhaps')).toBeUndefined();
  });

  it('guessNumber', () => {
    expect(guessNumber('linger.ms', '1.5s', true)).toBe(1500);
    expect(guessNumber('linger.ms', '5 min', true)).toBe(300000);
    expect(guessNumber('offsets.retention.minutes', '7d', true)).toBe(10080);
    expect(guessNumber('log.retention.hours', '90m', true)).toBeUndefined();
    expect(guessNumber('batch.size', '16KB', true)).toBeUndefined();
  });

  it('guessEnumValue', () => {
    expect(guessEnumValue('acks', 'al', ['all', '-1', '0', '1'])).toBe('all');
    expect(guessEnumValue('acks', '3', ['all', '-1', '0', '1'])).toBe('all');
    expect(guessEnumValue('acks', '0', ['none'])).toBeUndefined();
    expect(guessEnumValue('auto.offset.reset', 'largest', ['latest', 'earliest', 'none'])).toBe('latest');
    expect(guessEnumValue('x', 'abc', ['abd', 'abe'])).toBeUndefined();
  });

  it('millisOfDuration', () => {
    expect(millisOfDuration('45s')).toEqual({ ms: 45000, unitMs: 1000 });
    expect(millisOfDuration('2 hours')).toEqual({ ms: 7200000, unitMs: 3600000 });
    expect(millisOfDuration('45')).toBeUndefined();
    expect(millisOfDuration('45 parsecs')).toBeUndefined();
  });
});
