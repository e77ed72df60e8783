import { describe, expect, it } from 'vitest';

import { KAFKA_KEYS } from '../../../src/config-lint/catalog/data.js';
import { lookupKafkaKey } from '../../../src/config-lint/catalog/kafka-keys.js';
import {
  LATEST_KAFKA_VERSION,
  REMOVED_KEYS,
  compareKafkaVersions,
  isAtLeast,
  parseKafkaVersion,
  removedKeyFor,
} from '../../../src/config-lint/catalog/removed-keys.js';

const KAFKA_39 = [3, 9, 0];

describe('removed and deprecated Kafka keys', () => {
  it('dates every record with releases that parse, deprecation before removal, none after the latest release', () => {
    const latest = parseKafkaVersion(LATEST_KAFKA_VERSION)!;
    for (const record of REMOVED_KEYS) {
      expect(record.deprecatedIn ?? record.removedIn, record.key).toBeDefined();
      const deprecated = record.deprecatedIn === undefined ? undefined : parseKafkaVersion(record.deprecatedIn);
      const removed = record.removedIn === undefined ? undefined : parseKafkaVersion(record.removedIn);
      if (record.deprecatedIn !== undefined) expect(deprecated, record.key).toBeDefined();
      if (record.removedIn !== undefined) expect(removed, record.key).toBeDefined();
      if (deprecated && removed) expect(compareKafkaVersions(deprecated, removed), record.key).toBeLessThan(0);
      for (const version of [deprecated, removed]) if (version) expect(compareKafkaVersions(version, latest), record.key).toBeLessThanOrEqual(0);
    }
  });

  it('words each record for messages: a reason without a final period, advice that ends with one', () => {
    for (const record of REMOVED_KEYS) {
      expect(record.roles.length, record.key).toBeGreaterThan(0);
      expect(record.reason, record.key).not.toMatch(/\.$/);
      expect(record.source, record.key).not.toBe('');
      if (record.instead !== undefined) expect(record.instead, record.key).toMatch(/\.$/);
      // A rename needs no other advice; anything else says what to do.
      expect(record.replacement !== undefined || record.instead !== undefined, record.key).toBe(true);
      expect(record.replacement, record.key).not.toBe(record.key);
    }
  });

  it('holds one record per key and role', () => {
    const seen = new Set<string>();
    for (const record of REMOVED_KEYS) {
      for (const role of record.roles) {
        const id = `${role} ${record.key}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it('agrees with the Kafka 3.9 catalog: keys removed later are in it, keys removed earlier are not', () => {
    const catalogued = (role: string, key: string) => lookupKafkaKey(role as never, key) !== undefined;
    for (const record of REMOVED_KEYS) {
      // JmxReporter reads `metrics.jmx.*` itself: no ConfigDef defines them.
      if (record.key.startsWith('metrics.jmx.')) continue;
      const removedBefore39 = record.removedIn !== undefined && compareKafkaVersions(parseKafkaVersion(record.removedIn)!, KAFKA_39) <= 0;
      for (const role of record.roles) {
        if (role === 'common' || role === 'streams') continue;
        expect(catalogued(role, record.key), `${role} ${record.key}`).toBe(!removedBefore39);
      }
    }
  });

  it('covers every key the catalog marks as ZooKeeper-mode or absent from Kafka 4.0', () => {
    for (const [role, keys] of Object.entries(KAFKA_KEYS)) {
      for (const key of keys) {
        if (key.internal || !(key.zkModeRelated || key.removedIn4)) continue;
        expect(removedKeyFor(role as never, key.name)?.removedIn, `${role} ${key.name}`).toBe('4.0');
      }
    }
  });

  it('finds records by the role of the config that sets the key', () => {
    expect(removedKeyFor('broker', 'zookeeper.connect')?.removedIn).toBe('4.0');
    expect(removedKeyFor('streams', 'zookeeper.connect')?.removedIn).toBe('2.0');
    expect(removedKeyFor('producer', 'zookeeper.connect')).toBeUndefined();
    // A config shared by several clients takes the client keys.
    expect(removedKeyFor('common', 'auto.include.jmx.reporter')?.removedIn).toBe('4.0');
    expect(removedKeyFor('common', 'block.on.buffer.full')?.removedIn).toBe('0.11.0');
    expect(removedKeyFor('common', 'rest.port')?.removedIn).toBe('3.0');
    expect(removedKeyFor('streams', 'block.on.buffer.full')).toBeUndefined();
    expect(removedKeyFor('topic', 'log.message.format.version')).toBeUndefined();
    expect(removedKeyFor('topic', 'message.format.version')?.deprecatedIn).toBe('3.0');
    expect(removedKeyFor('broker', 'log.retention.hours')).toBeUndefined();
  });

  it('records no key-by-key deprecation of ZooKeeper mode (3.5 deprecated the mode, not its keys)', () => {
    const deprecatedZooKeeperKeys = REMOVED_KEYS.filter((record) => record.key.startsWith('zookeeper.') && record.roles.includes('broker') && record.deprecatedIn);
    expect(deprecatedZooKeeperKeys).toEqual([]);
  });

  it('renames only to a key the same release defines', () => {
    for (const record of REMOVED_KEYS) {
      if (!record.replacement) continue;
      for (const role of record.roles) {
        if (role === 'common') continue;
        // Replacements added after 3.9 are not in the 3.9 catalog.
        if (record.replacement === 'remote.log.manager.follower.thread.pool.size' || role === 'streams') continue;
        if (record.replacement.startsWith('metrics.jmx.')) continue;
        expect(lookupKafkaKey(role, record.replacement), `${role} ${record.replacement}`).toBeDefined();
      }
    }
  });
});

describe('Kafka versions', () => {
  it('parses major.minor and major.minor.patch', () => {
    expect(parseKafkaVersion('3.9')).toEqual([3, 9, 0]);
    expect(parseKafkaVersion(' 4.0.1 ')).toEqual([4, 0, 1]);
    expect(parseKafkaVersion('0.10.2')).toEqual([0, 10, 2]);
    expect(parseKafkaVersion('latest')).toBeUndefined();
    expect(parseKafkaVersion('4')).toBeUndefined();
    expect(parseKafkaVersion('4.0.0-rc1')).toBeUndefined();
  });

  it('compares numerically, missing parts as 0', () => {
    expect(compareKafkaVersions([3, 10], [3, 9])).toBeGreaterThan(0);
    expect(compareKafkaVersions([4, 0], [4, 0, 0])).toBe(0);
    expect(compareKafkaVersions([0, 10, 1], [0, 10, 2])).toBeLessThan(0);
    expect(isAtLeast([4, 0], '4.0')).toBe(true);
    expect(isAtLeast([3, 9, 1], '4.0')).toBe(false);
    expect(isAtLeast([4, 4], 'not a version')).toBe(false);
  });
});
