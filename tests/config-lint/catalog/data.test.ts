import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { KAFKA_KEYS, LIBRDKAFKA_KEYS, SPRING_KEYS } from '../../../src/config-lint/catalog/data.js';

const REFERENCE = '/work/shared/reference/kafka-configs.json';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('generated catalog data', () => {
  it.skipIf(!existsSync(REFERENCE))('is what tools/build-catalog.js generates from the reference', () => {
    expect(() => execFileSync(process.execPath, ['tools/build-catalog.js', '--check', REFERENCE], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });

  it('holds every catalogued key', () => {
    expect(KAFKA_KEYS.producer).toHaveLength(95);
    expect(KAFKA_KEYS.consumer).toHaveLength(98);
    expect(KAFKA_KEYS.admin).toHaveLength(74);
    expect(KAFKA_KEYS.topic).toHaveLength(36);
    expect(KAFKA_KEYS.broker).toHaveLength(328);
    expect(LIBRDKAFKA_KEYS).toHaveLength(199);
    expect(SPRING_KEYS).toHaveLength(151);
  });

  it('types Spring properties by how Spring converts them', () => {
    const byName = new Map(SPRING_KEYS.map((key) => [key.name, key]));
    expect(byName.get('spring.kafka.consumer.heartbeat-interval')).toEqual({
      name: 'spring.kafka.consumer.heartbeat-interval',
      type: 'duration',
      mapsTo: 'heartbeat.interval.ms',
    });
    expect(byName.get('spring.kafka.producer.properties')).toMatchObject({ type: 'map', mapsTo: null });
    expect(byName.get('spring.kafka.retry.topic.delay')).toMatchObject({ deprecated: true, removedIn: '4.1.1' });
  });
});
