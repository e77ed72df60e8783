import { describe, expect, it } from 'vitest';

import { isKnownLibrdkafkaKey, lookupLibrdkafkaKey } from '../../../src/config-lint/catalog/index.js';

describe('lookupLibrdkafkaKey', () => {
  it('files alias pairs under the Java client name when either side has one', () => {
    expect(lookupLibrdkafkaKey('request.required.acks')).toMatchObject({ canonical: 'acks', type: 'integer', default: -1 });
    expect(lookupLibrdkafkaKey('acks')).toMatchObject({ canonical: 'acks', aliasOf: 'request.required.acks' });
    expect(lookupLibrdkafkaKey('linger.ms')).toMatchObject({ canonical: 'linger.ms', aliasOf: 'queue.buffering.max.ms' });
    expect(lookupLibrdkafkaKey('queue.buffering.max.ms')).toMatchObject({ canonical: 'linger.ms', type: 'float', default: 5 });
    expect(lookupLibrdkafkaKey('message.send.max.retries')?.canonical).toBe('retries');
    expect(lookupLibrdkafkaKey('metadata.broker.list')?.canonical).toBe('bootstrap.servers');
    expect(lookupLibrdkafkaKey('compression.codec')?.canonical).toBe('compression.type');
    expect(lookupLibrdkafkaKey('message.timeout.ms')?.canonical).toBe('delivery.timeout.ms');
    expect(lookupLibrdkafkaKey('sasl.mechanisms')?.canonical).toBe('sasl.mechanism');
    expect(lookupLibrdkafkaKey('fetch.message.max.bytes')?.canonical).toBe('max.partition.fetch.bytes');
    expect(lookupLibrdkafkaKey('auto.commit.enable')?.canonical).toBe('enable.auto.commit');
  });

  it('uses librdkafka’s own name when the Java client has none', () => {
    expect(lookupLibrdkafkaKey('max.in.flight')?.canonical).toBe('max.in.flight.requests.per.connection');
    expect(lookupLibrdkafkaKey('queue.buffering.max.messages')?.canonical).toBe('queue.buffering.max.messages');
    expect(lookupLibrdkafkaKey('dr_cb')).toMatchObject({ canonical: 'dr_cb', type: 'pointer', scope: 'P' });
  });

  it('keeps librdkafka defaults that differ from Java, and prefers the global row of a name', () => {
    expect(lookupLibrdkafkaKey('enable.idempotence')).toMatchObject({ default: false, scope: 'P', level: 'global' });
    expect(lookupLibrdkafkaKey('isolation.level')).toMatchObject({
      default: 'read_committed',
      validValues: ['read_uncommitted', 'read_committed'],
    });
    expect(lookupLibrdkafkaKey('auto.commit.interval.ms')).toMatchObject({ level: 'global', default: 5000 });
    expect(lookupLibrdkafkaKey('session.timeout.ms')).toMatchObject({ range: { min: 1, max: 3600000 }, scope: 'C' });
  });

  it('knows nothing of Java-only keys', () => {
    expect(lookupLibrdkafkaKey('key.serializer')).toBeUndefined();
    expect(isKnownLibrdkafkaKey('sasl.jaas.config')).toBe(false);
    expect(isKnownLibrdkafkaKey('statistics.interval.ms')).toBe(true);
  });
});
