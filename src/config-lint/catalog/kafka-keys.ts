import type { Role } from '../../core/config-view.js';
import { KAFKA_KEYS } from './data.js';
import { STREAMS_CLIENT_PREFIXES, STREAMS_KEYS } from './streams-keys.js';
import type { KafkaKey, KafkaRole } from './types.js';

function indexByName(keys: readonly KafkaKey[]): ReadonlyMap<string, KafkaKey> {
  return new Map(keys.map((key) => [key.name, key]));
}

const KEYS_BY_ROLE: ReadonlyMap<KafkaRole, ReadonlyMap<string, KafkaKey>> = new Map([
  ['producer', indexByName(KAFKA_KEYS.producer)],
  ['consumer', indexByName(KAFKA_KEYS.consumer)],
  ['admin', indexByName(KAFKA_KEYS.admin)],
  ['topic', indexByName(KAFKA_KEYS.topic)],
  ['broker', indexByName(KAFKA_KEYS.broker)],
  ['streams', indexByName(STREAMS_KEYS)],
]);

/** The clients a `common` view configures: a setting there reaches each of them. */
const CLIENT_ROLES = ['producer', 'consumer', 'admin'] as const;

function lookupClientKey(key: string): KafkaKey | undefined {
  for (const role of CLIENT_ROLES) {
    const entry = KEYS_BY_ROLE.get(role)?.get(key);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * A Streams setting addressed to an embedded client or to internal topics (`producer.acks`,
 * `main.consumer.max.poll.records`, `topic.min.insync.replicas`), split into that role and key.
 */
export function splitStreamsPrefix(key: string): { prefix: string; role: KafkaRole; key: string } | undefined {
  for (const { prefix, role } of STREAMS_CLIENT_PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) return { prefix, role, key: key.slice(prefix.length) };
  }
  return undefined;
}

/**
 * The catalog entry of a key for a role. A `common` view accepts any producer, consumer or admin
 * key; a `streams` view accepts Streams keys, unprefixed client keys (Streams passes them to every
 * embedded client) and prefixed client or topic keys (`producer.acks` → the producer's `acks`).
 */
export function lookupKafkaKey(role: Role, key: string): KafkaKey | undefined {
  if (role === 'common') return lookupClientKey(key);
  const own = KEYS_BY_ROLE.get(role)?.get(key);
  if (own || role !== 'streams') return own;
  const prefixed = splitStreamsPrefix(key);
  if (prefixed) return KEYS_BY_ROLE.get(prefixed.role)?.get(prefixed.key);
  return lookupClientKey(key);
}

export function isKnownKey(role: Role, key: string): boolean {
  return lookupKafkaKey(role, key) !== undefined;
}

/** Every key a role defines, for did-you-mean suggestions. */
export function kafkaKeyNames(role: KafkaRole): readonly string[] {
  return [...(KEYS_BY_ROLE.get(role)?.keys() ?? [])];
}
