import { KAFKA_KEYS, LIBRDKAFKA_KEYS } from './data.js';
import type { LibrdkafkaKey, ResolvedLibrdkafkaKey } from './types.js';

const JAVA_CLIENT_KEYS: ReadonlySet<string> = new Set(
  [...KAFKA_KEYS.producer, ...KAFKA_KEYS.consumer, ...KAFKA_KEYS.admin].map((key) => key.name),
);

/**
 * The name views use for each member of an alias pair: the Java client's spelling when either side
 * has one, so a rule written for `acks` or `linger.ms` finds the setting whatever the librdkafka file
 * calls it (`request.required.acks`, `queue.buffering.max.ms`); else librdkafka's primary name.
 */
function canonicalNamesOfAliases(keys: readonly LibrdkafkaKey[]): ReadonlyMap<string, string> {
  const canonical = new Map<string, string>();
  for (const key of keys) {
    if (!key.aliasOf) continue;
    const name = JAVA_CLIENT_KEYS.has(key.name) ? key.name : key.aliasOf;
    canonical.set(key.name, name);
    canonical.set(key.aliasOf, name);
  }
  return canonical;
}

function buildIndex(): ReadonlyMap<string, ResolvedLibrdkafkaKey> {
  const canonical = canonicalNamesOfAliases(LIBRDKAFKA_KEYS);
  const index = new Map<string, ResolvedLibrdkafkaKey>();
  // A name can be both a global and a topic property (`compression.type`); the global row wins.
  const globalFirst = [...LIBRDKAFKA_KEYS].sort((a, b) => Number(a.level === 'topic') - Number(b.level === 'topic'));
  for (const key of globalFirst) {
    if (!index.has(key.name)) index.set(key.name, { ...key, canonical: canonical.get(key.name) ?? key.name });
  }
  return index;
}

const LIBRDKAFKA_INDEX = buildIndex();

/** The librdkafka property, any alias accepted, with the name views file it under. */
export function lookupLibrdkafkaKey(key: string): ResolvedLibrdkafkaKey | undefined {
  return LIBRDKAFKA_INDEX.get(key);
}

export function isKnownLibrdkafkaKey(key: string): boolean {
  return LIBRDKAFKA_INDEX.has(key);
}

/** Every librdkafka property name, aliases included, for did-you-mean suggestions. */
export function librdkafkaKeyNames(): readonly string[] {
  return [...LIBRDKAFKA_INDEX.keys()];
}
