import type { Role } from '../../core/config-view.js';

/**
 * Keys that reach a Kafka component without being one of its own settings, and keys Kafka knows
 * that the generated 3.9 catalog does not list. A linter that reports unknown keys must stay silent
 * on all of them.
 *
 * Sources (facts only, names read from the published configuration references and source):
 * - Older releases: the generated config tables of apache/kafka-site (`<version>/generated/*_config.html`,
 *   0.10.0 to 3.9; mirror at 49c30138). Keys an older release defined and 3.9 dropped are known (a
 *   file may target that release); `kafka/no-removed-config` reports the removed ones.
 * - Newer releases: apache/kafka trunk at 1eb7644 (2024-10-25, the 4.0 development snapshot),
 *   `ShareCoordinatorConfig`, `ShareGroupConfig`, `ReplicationConfigs`, `StreamsConfig`; apache/kafka-site
 *   `44/generated/topic_config.html` and `44/generated/streams_config.html` (Kafka 4.4).
 * - Outside any ConfigDef: the authorizer's `super.users` and `allow.everyone.if.no.acl.found`
 *   (`StandardAuthorizer`), per-listener overrides `listener.name.<listener>.<key>`, the remote
 *   storage plugins' `rsm.config.` / `rlmm.config.` prefixes (`RemoteLogManagerConfig`), config
 *   providers `config.providers.<name>.*` (`AbstractConfig`) and `metrics.context.*`
 *   (`CommonClientConfigs.METRICS_CONTEXT_PREFIX`).
 * - Serializers: Confluent's `AbstractKafkaSchemaSerDeConfig` (`schema.registry.url`, `basic.auth.*`,
 *   `bearer.auth.*`, `*.subject.name.strategy`, `auto.register.schemas`, `use.latest.version`,
 *   `request.header.*`, …) and the Avro, Protobuf and JSON Schema deserializer configs; Spring for
 *   Apache Kafka's serde settings (`spring.json.*`, `spring.deserializer.*`, `spring.kafka.*` selectors).
 * - Language bindings of librdkafka that read keys of their own from the same configuration:
 *   confluent-kafka-go (`go.*`), Confluent.Kafka for .NET (`dotnet.*`), confluent-kafka-python
 *   (`on_delivery`, `on_commit`, `logger`, `oauth_cb`, `delivery.report.only.error`,
 *   `default.topic.config`; `src/confluent_kafka/src/confluent_kafka.c`), and librdkafka's test harness
 *   (`test.*` in `tests/test.conf`).
 */

/** Which reader a key is judged for. */
export type KeyContext = 'client' | 'connect' | 'broker' | 'topic' | 'librdkafka';

/**
 * Whether `key` matches an allow-list entry: the exact key, `prefix.*` (any key under `prefix.`) or
 * `*.suffix` (any key ending with `.suffix`).
 */
export function matchesKeyPattern(key: string, pattern: string): boolean {
  if (pattern.endsWith('.*')) {
    const prefix = pattern.slice(0, -1);
    return key.length > prefix.length && key.startsWith(prefix);
  }
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return key.length > suffix.length && key.endsWith(suffix);
  }
  return key === pattern;
}

/** (De)serializer and schema registry settings: Confluent, Apicurio and Hortonworks registries. */
const SERDE_PATTERNS = [
  'schema.registry.*',
  'basic.auth.*',
  'bearer.auth.*',
  'request.header.*',
  'specific.avro.*',
  'specific.protobuf.*',
  'avro.*',
  'protobuf.*',
  'json.*',
  '*.subject.name.strategy',
  'context.name.strategy',
  'auto.register.schemas',
  'use.latest.version',
  'use.latest.with.metadata',
  'latest.compatibility.strict',
  'latest.cache.size',
  'latest.cache.ttl.sec',
  'use.schema.id',
  'id.compatibility.strict',
  'normalize.schemas',
  'max.schemas.per.subject',
  'schema.format',
  'schema.reflection',
  'derive.type',
  'reference.lookup.only',
  'proxy.host',
  'proxy.port',
  'http.connect.timeout.ms',
  'http.read.timeout.ms',
  'rule.executors',
  'rule.executors.*',
  'rule.actions',
  'rule.actions.*',
  'rule.service.loader.enable',
  'apicurio.*',
];

/**
 * Read by every Kafka component through `AbstractConfig` and its metrics: config providers,
 * `metrics.context.*`, and the JMX reporter's `metrics.jmx.include` / `exclude` (formerly
 * `whitelist` / `blacklist`).
 */
const KAFKA_FRAMEWORK_PATTERNS = ['config.providers', 'config.providers.*', 'metrics.context.*', 'metrics.jmx.*'];

/** Confluent Platform and Confluent Server settings, monitoring interceptors included. */
const CONFLUENT_PATTERNS = ['confluent.*'];

const PATTERNS: Readonly<Record<KeyContext, readonly string[]>> = {
  client: [...SERDE_PATTERNS, ...KAFKA_FRAMEWORK_PATTERNS, ...CONFLUENT_PATTERNS, 'spring.*'],
  connect: [
    ...SERDE_PATTERNS,
    ...KAFKA_FRAMEWORK_PATTERNS,
    ...CONFLUENT_PATTERNS,
    // Converters take their own settings under their prefix (`value.converter.schemas.enable`).
    'key.converter.*',
    'value.converter.*',
    'header.converter.*',
    'internal.key.converter.*',
    'internal.value.converter.*',
    // The REST server's TLS settings (`RestServerConfig`).
    'listeners.https.*',
    'admin.listeners.https.*',
    // Client overrides, and their connector-level counterparts.
    'producer.*',
    'consumer.*',
    'admin.*',
  ],
  broker: [
    ...KAFKA_FRAMEWORK_PATTERNS,
    ...CONFLUENT_PATTERNS,
    'listener.name.*',
    'rsm.config.*',
    'rlmm.config.*',
    'client.quota.callback.*',
    'cruise.control.metrics.*',
    // Strimzi's Keycloak authorizer and OAuth settings.
    'strimzi.*',
    // Confluent Server's embedded REST proxy.
    'kafka.rest.*',
  ],
  topic: [...CONFLUENT_PATTERNS],
  librdkafka: [
    ...SERDE_PATTERNS,
    'go.*',
    'dotnet.*',
    'on_delivery',
    'on_commit',
    'logger',
    'oauth_cb',
    'delivery.report.only.error',
    'default.topic.config',
    // librdkafka's own test harness reads `test.*` from its `test.conf`.
    'test.*',
  ],
};

/** Whether a key is passed through to a plugin, serializer or wrapper rather than read by `context`'s own config. */
export function isPassThroughKey(key: string, context: KeyContext): boolean {
  return PATTERNS[context].some((pattern) => matchesKeyPattern(key, pattern));
}

/** Keys Kafka releases other than 3.9 define, or that Kafka reads outside its ConfigDefs, by role. */
const OTHER_RELEASE_KEYS: Readonly<Partial<Record<Role, readonly string[]>>> = {
  producer: ['block.on.buffer.full', 'metadata.fetch.timeout.ms', 'timeout.ms'],
  broker: [
    // Removed in 0.9 (replica.lag.max.messages), 3.0, and 3.2 (zookeeper.sync.time.ms).
    'replica.lag.max.messages',
    'advertised.host.name',
    'advertised.port',
    'host.name',
    'port',
    'quota.consumer.default',
    'quota.producer.default',
    'zookeeper.sync.time.ms',
    // The 4.0 development snapshot.
    'share.coordinator.append.linger.ms',
    'share.coordinator.load.buffer.size',
    'share.coordinator.snapshot.update.records.per.snapshot',
    'share.coordinator.state.topic.compression.codec',
    'share.coordinator.state.topic.min.isr',
    'share.coordinator.state.topic.num.partitions',
    'share.coordinator.state.topic.replication.factor',
    'share.coordinator.state.topic.segment.bytes',
    'share.coordinator.threads',
    'share.coordinator.write.timeout.ms',
    'share.fetch.max.fetch.records',
    'share.fetch.purgatory.purge.interval.requests',
    'remote.list.offsets.request.timeout.ms',
    // Kafka 4.2 and 4.4 (the broker defaults of the 4.4 topic configs).
    'remote.log.manager.follower.thread.pool.size',
    'log.remote.copy.lag.bytes',
    'log.remote.copy.lag.ms',
    'max.decompressed.message.bytes',
    // Dynamic broker configs and the authorizer's settings.
    'leader.replication.throttled.rate',
    'follower.replication.throttled.rate',
    'replica.alter.log.dirs.io.max.bytes.per.second',
    'super.users',
    'allow.everyone.if.no.acl.found',
  ],
  topic: ['errors.deadletterqueue.group.enable', 'max.decompressed.message.bytes', 'remote.copy.lag.bytes', 'remote.copy.lag.ms'],
  streams: [
    // StreamsConfig keys of 3.9 that the hand-written Streams catalog does not list.
    'default.list.key.serde.inner',
    'default.list.key.serde.type',
    'default.list.value.serde.inner',
    'default.list.value.serde.type',
    'log.summary.interval.ms',
    'processing.exception.handler',
    'rack.aware.assignment.non_overlap_cost',
    'rack.aware.assignment.traffic_cost',
    'task.assignor.class',
    // Older releases.
    'default.windowed.key.serde.inner',
    'default.windowed.value.serde.inner',
    'key.serde',
    'value.serde',
    'timestamp.extractor',
    'partition.grouper',
    'zookeeper.connect',
    // The 4.0 development snapshot and Kafka 4.4.
    'deserialization.exception.handler',
    'production.exception.handler',
    'ensure.explicit.internal.resource.naming',
    'processing.exception.handler.global.enabled',
    'errors.dead.letter.queue.topic.name',
  ],
};

/**
 * The settings of a Kafka Connect worker beyond the client keys it shares with its producers,
 * consumers and admin client (`DistributedConfig`, `StandaloneConfig`, `WorkerConfig`,
 * `RestServerConfig`, releases 0.10.0 to 3.9), with `clusters` and
 * `dedicated.mode.enable.internal.rest` of MirrorMaker 2's dedicated mode (`MirrorMakerConfig`).
 */
export const CONNECT_WORKER_KEYS: ReadonlySet<string> = new Set([
  'access.control.allow.methods',
  'access.control.allow.origin',
  'admin.listeners',
  'clusters',
  'config.storage.replication.factor',
  'config.storage.topic',
  'connect.protocol',
  'connector.client.config.override.policy',
  'dedicated.mode.enable.internal.rest',
  'exactly.once.source.support',
  'header.converter',
  'inter.worker.key.generation.algorithm',
  'inter.worker.key.size',
  'inter.worker.key.ttl.ms',
  'inter.worker.signature.algorithm',
  'inter.worker.verification.algorithms',
  'internal.key.converter',
  'internal.value.converter',
  'key.converter',
  'listeners',
  'offset.flush.interval.ms',
  'offset.flush.timeout.ms',
  'offset.storage.file.filename',
  'offset.storage.partitions',
  'offset.storage.replication.factor',
  'offset.storage.topic',
  'plugin.discovery',
  'plugin.path',
  'rebalance.timeout.ms',
  'response.http.headers.config',
  'rest.advertised.host.name',
  'rest.advertised.listener',
  'rest.advertised.port',
  'rest.extension.classes',
  'rest.host.name',
  'rest.port',
  'scheduled.rebalance.max.delay.ms',
  'status.storage.partitions',
  'status.storage.replication.factor',
  'status.storage.topic',
  'task.shutdown.graceful.timeout.ms',
  'topic.creation.enable',
  'topic.tracking.allow.reset',
  'topic.tracking.enable',
  'value.converter',
  'worker.sync.timeout.ms',
  'worker.unsync.backoff.ms',
]);

const OTHER_RELEASE_INDEX: ReadonlyMap<Role, ReadonlySet<string>> = new Map(
  Object.entries(OTHER_RELEASE_KEYS).map(([role, keys]) => [role as Role, new Set(keys)]),
);

/**
 * Whether a Kafka release other than 3.9 defines `key` for `role`, or Kafka reads it outside its
 * ConfigDefs. `common` (settings shared by several clients) answers for the producer and consumer.
 */
export function isOtherReleaseKey(role: Role, key: string): boolean {
  if (role === 'common') return isOtherReleaseKey('producer', key) || isOtherReleaseKey('consumer', key);
  return OTHER_RELEASE_INDEX.get(role)?.has(key) ?? false;
}

