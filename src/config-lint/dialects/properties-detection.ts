import type { Role } from '../../core/config-view.js';
import type { PropertiesFile } from '../ast.js';
import { KAFKA_KEYS, LIBRDKAFKA_KEYS } from '../catalog/data.js';
import { isKnownKey, splitStreamsPrefix } from '../catalog/kafka-keys.js';
import { STREAMS_KEYS } from '../catalog/streams-keys.js';
import { CONNECT_FILE_MARKERS } from './connect-properties.js';
import {
  clientRoleOfFileName,
  isBrokerFileName,
  isLibrdkafkaFileName,
  isSpringFileName,
  isStreamsFileName,
} from './file-names.js';

/** What a properties file was recognised as, with the client role when the dialect has one. */
export type PropertiesDialect =
  | { dialect: 'spring' }
  | { dialect: 'librdkafka' }
  | { dialect: 'streams-properties' }
  | { dialect: 'broker-properties' }
  | { dialect: 'java-properties'; role: Role };

function names(keys: readonly { name: string }[]): Set<string> {
  return new Set(keys.map((key) => key.name));
}

const PRODUCER_KEYS = names(KAFKA_KEYS.producer);
const CONSUMER_KEYS = names(KAFKA_KEYS.consumer);
const ADMIN_KEYS = names(KAFKA_KEYS.admin);
const JAVA_CLIENT_KEYS = new Set([...PRODUCER_KEYS, ...CONSUMER_KEYS, ...ADMIN_KEYS]);
const BROKER_KEYS = names(KAFKA_KEYS.broker);

/** Keys only a producer (or only a consumer) defines: they tell a client file's role. */
const PRODUCER_ONLY_KEYS = new Set([...PRODUCER_KEYS].filter((key) => !CONSUMER_KEYS.has(key) && !ADMIN_KEYS.has(key)));
const CONSUMER_ONLY_KEYS = new Set([...CONSUMER_KEYS].filter((key) => !PRODUCER_KEYS.has(key) && !ADMIN_KEYS.has(key)));

/** Client keys that only Kafka uses: one of them makes a file a Kafka client file. */
const DISTINCTIVE_CLIENT_KEYS = new Set([
  ...PRODUCER_ONLY_KEYS,
  ...CONSUMER_ONLY_KEYS,
  'bootstrap.servers',
  'bootstrap.controllers',
  'sasl.jaas.config',
  'sasl.mechanism',
  'security.protocol',
]);

/** Keys of the Java client that librdkafka does not know: a file with them is not a librdkafka file. */
const JAVA_ONLY_MARKERS = ['key.serializer', 'value.serializer', 'key.deserializer', 'value.deserializer', 'sasl.jaas.config'];
const JAVA_ONLY_MARKER_SET: ReadonlySet<string> = new Set(JAVA_ONLY_MARKERS);

/**
 * librdkafka properties the Java client and broker do not have, and that are specific enough to
 * identify a file: dotted names and `*_cb` callbacks, not bare words such as `debug` or `opaque`.
 */
const LIBRDKAFKA_ONLY_KEYS = new Set(
  LIBRDKAFKA_KEYS.map((key) => key.name).filter(
    (name) => !JAVA_CLIENT_KEYS.has(name) && !BROKER_KEYS.has(name) && (name.includes('.') || name.endsWith('_cb')),
  ),
);

/**
 * Keys only a broker (or KRaft controller) has. `listeners` alone is not enough: Schema Registry,
 * ksqlDB and the REST proxy use it too.
 */
const BROKER_MARKERS = new Set([
  'log.dirs',
  'log.dir',
  'process.roles',
  'broker.id',
  'node.id',
  'zookeeper.connect',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'controller.listener.names',
  'inter.broker.listener.name',
  'advertised.listeners',
  'listener.security.protocol.map',
  'num.network.threads',
  'num.io.threads',
  'num.partitions',
  'default.replication.factor',
  'offsets.topic.replication.factor',
  'transaction.state.log.replication.factor',
  'log.retention.hours',
  'group.initial.rebalance.delay.ms',
]);

/** Streams keys no client has (`application.id` itself aside). */
const STREAMS_ONLY_KEYS = new Set([...names(STREAMS_KEYS)].filter((key) => !JAVA_CLIENT_KEYS.has(key) && key !== 'application.id'));


function hasAny(keys: ReadonlySet<string>, candidates: Iterable<string>): boolean {
  for (const candidate of candidates) if (keys.has(candidate)) return true;
  return false;
}

function countIn(keys: ReadonlySet<string>, set: ReadonlySet<string>): number {
  let count = 0;
  for (const key of keys) if (set.has(key)) count++;
  return count;
}

/**
 * Mostly librdkafka names. A Java-only key is usually a sign of a Java file, but one left over in a
 * file ported from Java (`key.serializer` among `request.required.acks`, `batch.num.messages`…) does
 * not make it one: librdkafka's names must then outnumber the Java ones more than twice.
 */
function looksLikeLibrdkafka(keys: ReadonlySet<string>): boolean {
  const librdkafka = countIn(keys, LIBRDKAFKA_ONLY_KEYS);
  const java = countIn(keys, JAVA_ONLY_MARKER_SET);
  return librdkafka > 0 && librdkafka > 2 * java;
}

function looksLikeStreams(keys: ReadonlySet<string>): boolean {
  if (!keys.has('application.id')) return false;
  if (keys.has('bootstrap.servers') || countIn(keys, STREAMS_ONLY_KEYS) > 0) return true;
  for (const key of keys) {
    const prefixed = splitStreamsPrefix(key);
    if (prefixed && isKnownKey(prefixed.role, prefixed.key)) return true;
  }
  return false;
}

function looksLikeBroker(keys: ReadonlySet<string>): boolean {
  return countIn(keys, BROKER_MARKERS) > 0;
}

function looksLikeJavaClient(keys: ReadonlySet<string>): boolean {
  return keys.has('bootstrap.servers') || (countIn(keys, JAVA_CLIENT_KEYS) >= 2 && countIn(keys, DISTINCTIVE_CLIENT_KEYS) >= 1);
}

/**
 * The role of a client file from its keys: serializers, `acks`, `linger.ms` make a producer;
 * `group.id`, deserializers, `auto.offset.reset` a consumer. A file with both (or neither) serves
 * several clients and is `common`.
 */
export function clientRoleOfKeys(keys: ReadonlySet<string>): Role {
  // A Connect worker's keys: such a file configures no single client.
  if (hasAny(keys, CONNECT_FILE_MARKERS)) return 'common';
  const producer = countIn(keys, PRODUCER_ONLY_KEYS);
  const consumer = countIn(keys, CONSUMER_ONLY_KEYS);
  if (producer > 0 && consumer === 0) return 'producer';
  if (consumer > 0 && producer === 0) return 'consumer';
  if (producer === 0 && consumer === 0 && keys.has('bootstrap.controllers')) return 'admin';
  return 'common';
}

function javaClientRole(name: string, keys: ReadonlySet<string>): Role {
  const named = clientRoleOfFileName(name);
  if (named && named !== 'client') return named;
  return clientRoleOfKeys(keys);
}

/**
 * HOCON (`application.conf` of Akka, Play, Pekko and Alpakka Kafka): `kafka { … }` blocks read as
 * properties give a key `kafka` with the value `{` and a lone `}`. Java properties files never
 * open blocks, so such a file is not one, whatever Kafka keys its blocks hold.
 */
function looksLikeHocon(file: PropertiesFile): boolean {
  return file.entries.some((entry) => entry.rawValue.trimEnd().endsWith('{') || entry.key === '}' || entry.key.endsWith('{'));
}

/**
 * Recognises a properties (or `.conf`) file: by its name first (Spring's `application*.properties`,
 * `librdkafka.conf`, `server.properties`, `streams.properties`, `producer.properties`…), then by
 * the keys it sets. Undefined for files that are not Kafka configuration (`log4j.properties`,
 * `gradle.properties`).
 */
export function detectPropertiesDialect(name: string, file: PropertiesFile): PropertiesDialect | undefined {
  if (isSpringFileName(name)) return { dialect: 'spring' };
  if (isLibrdkafkaFileName(name)) return { dialect: 'librdkafka' };
  if (isBrokerFileName(name)) return { dialect: 'broker-properties' };
  if (isStreamsFileName(name)) return { dialect: 'streams-properties' };
  if (looksLikeHocon(file)) return undefined;
  const keys = new Set(file.entries.map((entry) => entry.key));
  if (looksLikeLibrdkafka(keys)) return { dialect: 'librdkafka' };
  if (name.endsWith('.conf') && !hasAny(keys, JAVA_ONLY_MARKERS)) {
    // kcat and the librdkafka tools read `.conf` files; a Java client config named `client.conf`
    // (for `kafka-console-producer --producer.config`) shows itself by Java-only keys.
    return looksLikeJavaClient(keys) ? { dialect: 'librdkafka' } : undefined;
  }
  if (looksLikeStreams(keys)) return { dialect: 'streams-properties' };
  if (looksLikeBroker(keys)) return { dialect: 'broker-properties' };
  if (clientRoleOfFileName(name) || looksLikeJavaClient(keys)) return { dialect: 'java-properties', role: javaClientRole(name, keys) };
  return undefined;
}

/**
 * The role of a librdkafka file: `group.id` makes a consumer, producer-only properties a producer,
 * consumer-only ones a consumer; otherwise the settings are common to both.
 */
export function librdkafkaRoleOfKeys(keys: ReadonlySet<string>): Role {
  if (keys.has('group.id')) return 'consumer';
  let producer = false;
  let consumer = false;
  for (const key of LIBRDKAFKA_KEYS) {
    if (!keys.has(key.name)) continue;
    if (key.scope === 'P') producer = true;
    else if (key.scope === 'C') consumer = true;
  }
  if (producer) return 'producer';
  return consumer ? 'consumer' : 'common';
}
