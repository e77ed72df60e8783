import type { Role } from '../../core/config-view.js';

/**
 * The latest Apache Kafka release, the default of `kafka/no-removed-config`'s `kafkaVersion`.
 *
 * Checked 2026-11-27. The apache/kafka mirror here stops at tag 3.9.0-rc3 (trunk snapshot of
 * 2024-10-25), so the release was read from the project's published docs instead: apache/kafka-site
 * holds a `44/` folder (`44/javadoc/deprecated-list.html` is titled "kafka 4.4.0 API") and
 * kafka.apache.org/44/getting-started/upgrade describes "Upgrading to 4.4.0". Update it with each release.
 */
export const LATEST_KAFKA_VERSION = '4.4';

/** A Kafka key that a release deprecated or removed. */
export interface RemovedKey {
  /** The key as Kafka names it (without a Kafka Streams client prefix). */
  key: string;
  /** The configs that define it; a `common` view (settings shared by several clients) matches the client roles. */
  roles: readonly Role[];
  /** The release that deprecated it, when one did and the sources say which. */
  deprecatedIn?: string;
  /** The release that removed it (absent: still defined in the latest release). */
  removedIn?: string;
  /** The key that replaces it one-to-one, with the same values and meaning: a rename. */
  replacement?: string;
  /** What to write instead when no single key replaces it; a sentence ending with a period. */
  instead?: string;
  /** Why Kafka dropped it, a clause without a final period. */
  reason: string;
  /** Where the dates and the replacement were verified. */
  source: string;
}

const CLIENT_ROLES: readonly Role[] = ['producer', 'consumer', 'admin'];

// Sources, abbreviated below:
// - UPGRADE_40: kafka.apache.org/40 "Notable changes in 4.0.0" (apache/kafka-site 40/getting-started/upgrade),
//   cross-checked against the key lists of apache/kafka-site 40/generated/{kafka,topic,streams}_config.html.
// - ZK2KRAFT: kafka.apache.org/40 "KRaft vs ZooKeeper" (40/getting-started/zk2kraft), "Removed ZooKeeper Features".
// - UPGRADE_43: kafka.apache.org/43 upgrade notes, "Notable changes in 4.1.0 / 4.2.0 / 4.3.0".
// - Git tags of apache/kafka (mirror), read with `git show <tag>:<path>`.
const UPGRADE_40 = 'Kafka 4.0 upgrade notes ("Notable changes in 4.0.0"); absent from the 4.0 config reference';
const ZK2KRAFT = 'Kafka 4.0 docs, "KRaft vs ZooKeeper: Removed ZooKeeper Features"; absent from the 4.0 broker config reference';
const ZK_DEPRECATION = 'Kafka 3.5 ops docs ("ZooKeeper Deprecation": ZooKeeper marked deprecated in 3.5)';

const ZOOKEEPER_REASON = 'Kafka 4.0 runs only in KRaft mode, without ZooKeeper';
const ZOOKEEPER_INSTEAD =
  'Remove it: a KRaft cluster is configured with `process.roles`, `node.id` and `controller.quorum.bootstrap.servers`, and a ZooKeeper cluster must be migrated to KRaft before it runs Kafka 4.';

/** The ZooKeeper client keys of the broker (`ZkConfigs`, Kafka 3.9). */
const ZOOKEEPER_KEYS = [
  'zookeeper.connect',
  'zookeeper.session.timeout.ms',
  'zookeeper.connection.timeout.ms',
  'zookeeper.set.acl',
  'zookeeper.max.in.flight.requests',
  'zookeeper.ssl.client.enable',
  'zookeeper.clientCnxnSocket',
  'zookeeper.ssl.keystore.location',
  'zookeeper.ssl.keystore.password',
  'zookeeper.ssl.keystore.type',
  'zookeeper.ssl.truststore.location',
  'zookeeper.ssl.truststore.password',
  'zookeeper.ssl.truststore.type',
  'zookeeper.ssl.protocol',
  'zookeeper.ssl.enabled.protocols',
  'zookeeper.ssl.cipher.suites',
  'zookeeper.ssl.endpoint.identification.algorithm',
  'zookeeper.ssl.crl.enable',
  'zookeeper.ssl.ocsp.enable',
];

const PASSWORD_ENCODER_KEYS = [
  'password.encoder.secret',
  'password.encoder.old.secret',
  'password.encoder.keyfactory.algorithm',
  'password.encoder.cipher.algorithm',
  'password.encoder.key.length',
  'password.encoder.iterations',
];

function broker(key: string, fields: Omit<RemovedKey, 'key' | 'roles'>): RemovedKey {
  return { key, roles: ['broker'], ...fields };
}

/**
 * Keys deprecated or removed by a Kafka release, for the Java clients, the broker, topics and Kafka
 * Streams. Only keys: values that a release dropped (`processing.guarantee=exactly_once`,
 * `client.dns.lookup=default`) are other rules' business. Deprecations are listed only where a
 * release deprecated the key itself.
 */
export const REMOVED_KEYS: readonly RemovedKey[] = [
  // --- ZooKeeper mode (removed in 4.0) --------------------------------------------------------
  // ZooKeeper mode was deprecated as a whole in 3.5, not key by key: no `deprecatedIn` here, so a
  // ZooKeeper cluster on 3.5-3.9 (a supported setup) is not reported.
  ...ZOOKEEPER_KEYS.map((key) =>
    broker(key, {
      removedIn: '4.0',
      reason: ZOOKEEPER_REASON,
      instead: ZOOKEEPER_INSTEAD,
      source: key === 'zookeeper.connect' ? `${ZK2KRAFT}; ${ZK_DEPRECATION}` : ZK2KRAFT,
    }),
  ),
  broker('zookeeper.sync.time.ms', {
    removedIn: '3.2',
    reason: 'only the old Scala consumer used it, and Kafka 2.0 removed that consumer',
    instead: 'Remove it.',
    source: 'apache/kafka commit 4101be5 (KAFKA-13619): in `KafkaConfig` at tag 3.1.0, absent at 3.2.0',
  }),
  broker('zookeeper.metadata.migration.enable', {
    removedIn: '4.0',
    reason: 'it drove the ZooKeeper-to-KRaft migration, which must be finished before a cluster runs Kafka 4',
    instead: 'Remove it once the migration to KRaft is finalized.',
    source: 'Kafka 3.9 `KRaftConfigs`; absent from the 4.0 broker config reference',
  }),
  ...['broker.id.generation.enable', 'reserved.broker.max.id'].map((key) =>
    broker(key, {
      removedIn: '4.0',
      reason: 'broker ids were generated through ZooKeeper, and a KRaft node is identified by `node.id`',
      instead: 'Remove it and give each node its `node.id`.',
      source: ZK2KRAFT,
    }),
  ),
  broker('control.plane.listener.name', {
    removedIn: '4.0',
    reason: 'the separate control-plane listener served the ZooKeeper-mode controller',
    instead: 'Remove it: KRaft controllers listen on the listeners named in `controller.listener.names`.',
    source: ZK2KRAFT,
  }),
  ...PASSWORD_ENCODER_KEYS.map((key) =>
    broker(key, {
      removedIn: '4.0',
      reason: 'it encrypted the dynamic passwords that ZooKeeper mode stored in ZooKeeper',
      instead: 'Remove it.',
      source: ZK2KRAFT,
    }),
  ),
  ...['controlled.shutdown.max.retries', 'controlled.shutdown.retry.backoff.ms'].map((key) =>
    broker(key, {
      removedIn: '4.0',
      reason: 'it tuned the controlled shutdown of ZooKeeper mode; a KRaft broker shuts down through the controller quorum',
      instead: 'Remove it.',
      source: ZK2KRAFT,
    }),
  ),
  broker('leader.imbalance.per.broker.percentage', {
    removedIn: '4.0',
    reason: 'only the ZooKeeper-mode controller used it to trigger preferred leader elections',
    instead: 'Remove it; `auto.leader.rebalance.enable` and `leader.imbalance.check.interval.seconds` still apply.',
    source: ZK2KRAFT,
  }),
  broker('inter.broker.protocol.version', {
    removedIn: '4.0',
    reason: "a KRaft cluster's feature level is its finalized `metadata.version`",
    instead: 'Remove it, and raise the feature level with `kafka-features.sh upgrade` once every node runs the new release.',
    source: ZK2KRAFT,
  }),

  // --- Other broker and topic keys --------------------------------------------------------------
  broker('log.message.format.version', {
    deprecatedIn: '3.0',
    removedIn: '4.0',
    reason: 'a broker assumes 3.0 (message format v2) whenever `inter.broker.protocol.version` is 3.0 or higher (KIP-724)',
    instead: 'Remove it.',
    source: `Kafka 3.9 upgrade notes ("Notable changes in 3.0.0"); ${UPGRADE_40}`,
  }),
  {
    key: 'message.format.version',
    roles: ['topic'],
    deprecatedIn: '3.0',
    removedIn: '4.0',
    reason: 'a broker assumes 3.0 (message format v2) whenever `inter.broker.protocol.version` is 3.0 or higher (KIP-724)',
    instead: 'Remove it.',
    source: `Kafka 3.9 upgrade notes ("Notable changes in 3.0.0"); ${UPGRADE_40}`,
  },
  broker('log.message.timestamp.difference.max.ms', {
    deprecatedIn: '3.6',
    removedIn: '4.0',
    reason: 'KIP-937 split it into one limit for timestamps in the past and one for timestamps in the future',
    instead: 'Use `log.message.timestamp.before.max.ms` and `log.message.timestamp.after.max.ms`.',
    source: `Kafka 3.9 upgrade notes ("Notable changes in 3.6.0"); ${UPGRADE_40}`,
  }),
  {
    key: 'message.timestamp.difference.max.ms',
    roles: ['topic'],
    deprecatedIn: '3.6',
    removedIn: '4.0',
    reason: 'KIP-937 split it into one limit for timestamps in the past and one for timestamps in the future',
    instead: 'Use `message.timestamp.before.max.ms` and `message.timestamp.after.max.ms`.',
    source: 'Kafka 3.6 `TopicConfig` ("[DEPRECATED]"); absent from the 4.0 topic config reference',
  },
  {
    key: 'message.downconversion.enable',
    roles: ['topic'],
    deprecatedIn: '4.0',
    reason: 'Kafka 4.0 and later never convert messages down to old formats, so it has no effect; its removal is planned for 5.0',
    instead: 'Remove it.',
    source: 'Kafka 4.4 javadoc of `TopicConfig.MESSAGE_DOWNCONVERSION_ENABLE_CONFIG` (deprecated list)',
  },
  broker('offsets.commit.required.acks', {
    deprecatedIn: '3.8',
    removedIn: '4.0',
    reason: 'the group coordinator always writes offset commits with acks=all (KIP-1041)',
    instead: 'Remove it.',
    source: `Kafka 3.8 \`KafkaConfig\` (start-up warning "is deprecated and it will be removed in Apache Kafka 4.0"); ${UPGRADE_40}`,
  }),
  broker('delegation.token.master.key', {
    deprecatedIn: '2.8',
    removedIn: '4.0',
    replacement: 'delegation.token.secret.key',
    reason: 'it was an alias of `delegation.token.secret.key`',
    source: `Kafka 2.8 \`KafkaConfig\` ("DEPRECATED: An alias for delegation.token.secret.key"); ${UPGRADE_40}`,
  }),
  {
    key: 'auto.include.jmx.reporter',
    roles: [...CLIENT_ROLES, 'broker', 'streams'],
    deprecatedIn: '3.4',
    removedIn: '4.0',
    reason: 'the JMX reporter is now an ordinary entry of `metric.reporters`, whose default includes it',
    instead: 'Remove it; to turn JMX metrics off, set `metric.reporters` without `org.apache.kafka.common.metrics.JmxReporter`.',
    source: `Kafka 3.4 \`CommonClientConfigs\` ("Deprecated."); ${UPGRADE_40}`,
  },
  {
    key: 'metrics.jmx.blacklist',
    roles: [...CLIENT_ROLES, 'broker', 'streams'],
    deprecatedIn: '2.7',
    removedIn: '4.0',
    replacement: 'metrics.jmx.exclude',
    reason: 'KIP-629 renamed it to `metrics.jmx.exclude`',
    source: `Kafka 2.7 \`JmxReporter\` (EXCLUDE_CONFIG_ALIAS); ${UPGRADE_40}`,
  },
  {
    key: 'metrics.jmx.whitelist',
    roles: [...CLIENT_ROLES, 'broker', 'streams'],
    deprecatedIn: '2.7',
    removedIn: '4.0',
    replacement: 'metrics.jmx.include',
    reason: 'KIP-629 renamed it to `metrics.jmx.include`',
    source: `Kafka 2.7 \`JmxReporter\` (INCLUDE_CONFIG_ALIAS); ${UPGRADE_40}`,
  },
  broker('log.cleaner.enable', {
    deprecatedIn: '4.1',
    reason: 'the log cleaner is to run always (KIP-1148): with it off, compacted topics, `__consumer_offsets` included, are never compacted',
    instead: 'Remove it.',
    source: 'Kafka 4.1 upgrade notes ("Notable changes in 4.1.0", Broker)',
  }),
  broker('remote.log.manager.thread.pool.size', {
    deprecatedIn: '4.2',
    replacement: 'remote.log.manager.follower.thread.pool.size',
    reason: 'it was renamed after the follower tasks it sizes',
    source: 'Kafka 4.2 upgrade notes ("Notable changes in 4.2.0")',
  }),
  broker('group.coordinator.rebalance.protocols', {
    deprecatedIn: '4.3',
    reason:
      'Kafka 5.0 is to enable every group protocol and gate them by feature versions (`group.version`, `streams.version`, `share.version`) instead (KIP-1237)',
    instead: 'Remove it, and enable or disable a protocol with `kafka-features.sh`.',
    source: 'Kafka 4.3 upgrade notes ("Notable changes in 4.3.0")',
  }),
  broker('port', {
    deprecatedIn: '0.10.0',
    removedIn: '3.0',
    reason: 'a broker declares the addresses it binds in `listeners`',
    instead: 'Use `listeners` (for example `PLAINTEXT://:9092`).',
    source: 'Kafka 0.10.0 `KafkaConfig` ("DEPRECATED: only used when `listeners` is not set"); Kafka 3.9 upgrade notes ("Notable changes in 3.0.0")',
  }),
  broker('host.name', {
    deprecatedIn: '0.10.0',
    removedIn: '3.0',
    reason: 'a broker declares the addresses it binds in `listeners`',
    instead: 'Use `listeners` (for example `PLAINTEXT://broker-1:9092`).',
    source: 'Kafka 0.10.0 `KafkaConfig` ("DEPRECATED: only used when `listeners` is not set"); Kafka 3.9 upgrade notes ("Notable changes in 3.0.0")',
  }),
  broker('advertised.port', {
    deprecatedIn: '0.10.0',
    removedIn: '3.0',
    reason: 'a broker declares the addresses clients use in `advertised.listeners`',
    instead: 'Use `advertised.listeners`.',
    source:
      'Kafka 0.10.0 `KafkaConfig` ("DEPRECATED: only used when `advertised.listeners` or `listeners` are not set"); Kafka 3.9 upgrade notes ("Notable changes in 3.0.0")',
  }),
  broker('advertised.host.name', {
    deprecatedIn: '0.10.0',
    removedIn: '3.0',
    reason: 'a broker declares the addresses clients use in `advertised.listeners`',
    instead: 'Use `advertised.listeners`.',
    source:
      'Kafka 0.10.0 `KafkaConfig` ("DEPRECATED: only used when `advertised.listeners` or `listeners` are not set"); Kafka 3.9 upgrade notes ("Notable changes in 3.0.0")',
  }),
  ...['quota.producer.default', 'quota.consumer.default'].map((key) =>
    broker(key, {
      deprecatedIn: '0.10.1',
      removedIn: '3.0',
      reason: 'default client quotas are dynamic configs',
      instead: 'Set the default quota with `kafka-configs.sh --alter --entity-type clients --entity-default`.',
      source: 'Kafka 0.10.1 `KafkaConfig` ("DEPRECATED: Used only when dynamic default quotas are not configured"); Kafka 3.9 upgrade notes ("Notable changes in 3.0.0")',
    }),
  ),
  broker('replica.lag.max.messages', {
    removedIn: '0.9.0',
    reason: 'a follower is judged in sync by `replica.lag.time.max.ms` alone',
    instead: 'Remove it.',
    source: 'Kafka 3.9 upgrade notes ("Notable changes in 0.9.0.0")',
  }),

  // --- Kafka Connect worker ---------------------------------------------------------------------
  ...[
    ['rest.host.name', 'Use `listeners` (for example `http://connect-1:8083`).'],
    ['rest.port', 'Use `listeners` (for example `http://:8083`).'],
  ].map(([key, instead]) => ({
    key: key!,
    roles: ['common'] as const,
    deprecatedIn: '1.1',
    removedIn: '3.0',
    reason: 'a Connect worker declares its REST endpoints in `listeners`',
    instead: instead!,
    source: 'Kafka 1.1 `WorkerConfig` (@deprecated As of 1.1.0); Kafka 3.9 upgrade notes ("Notable changes in 3.0.0", KAFKA-12482)',
  })),

  // --- MirrorMaker 2 (MirrorSourceConnector settings, written in an mm2.properties file) --------
  ...[
    ['topics.blacklist', 'topics.exclude'],
    ['groups.blacklist', 'groups.exclude'],
    ['config.properties.blacklist', 'config.properties.exclude'],
  ].map(([key, replacement]) => ({
    key: key!,
    roles: ['common'] as const,
    deprecatedIn: '2.7',
    removedIn: '4.0',
    replacement: replacement!,
    reason: `KIP-629 renamed it to \`${replacement!}\``,
    source: `Kafka 2.7 MirrorMaker 2 filters (the old name kept as an alias); ${UPGRADE_40}`,
  })),
  {
    key: 'use.incremental.alter.configs',
    roles: ['common'],
    deprecatedIn: '3.5',
    removedIn: '4.0',
    reason: 'MirrorMaker 2 always syncs topic configs with the IncrementalAlterConfigs API, as `required` did (KIP-894)',
    instead: 'Remove it; the target brokers must run 2.3 or later.',
    source: `Kafka 3.9 upgrade notes ("Notable changes in 3.5.0"); ${UPGRADE_40}`,
  },
  {
    key: 'add.source.alias.to.metrics',
    roles: ['common'],
    deprecatedIn: '3.5',
    removedIn: '4.0',
    reason: "MirrorMaker 2's metrics always carry the source cluster alias",
    instead: 'Remove it.',
    source: `Kafka 3.5 \`MirrorSourceConfig\` ("Deprecated. … will be removed in Kafka 4.0"); ${UPGRADE_40}`,
  },

  // --- Producer ---------------------------------------------------------------------------------
  {
    key: 'block.on.buffer.full',
    roles: ['producer'],
    deprecatedIn: '0.9.0',
    removedIn: '0.11.0',
    reason: 'a producer whose buffer is full blocks for up to `max.block.ms`',
    instead: 'Use `max.block.ms`.',
    source: 'Kafka 0.10.2 `ProducerConfig` (@deprecated, use MAX_BLOCK_MS_CONFIG); Kafka 3.9 upgrade notes ("Notable changes in 0.11.0.0")',
  },
  {
    key: 'metadata.fetch.timeout.ms',
    roles: ['producer'],
    deprecatedIn: '0.9.0',
    removedIn: '0.11.0',
    reason: 'the wait for metadata is bounded by `max.block.ms`',
    instead: 'Use `max.block.ms`.',
    source: 'Kafka 0.10.2 `ProducerConfig` (@deprecated, use MAX_BLOCK_MS_CONFIG); Kafka 3.9 upgrade notes ("Notable changes in 0.11.0.0")',
  },
  {
    key: 'timeout.ms',
    roles: ['producer'],
    deprecatedIn: '0.9.0',
    removedIn: '0.11.0',
    reason: 'the wait for a produce response is bounded by `request.timeout.ms`',
    instead: 'Use `request.timeout.ms`.',
    source: 'Kafka 0.10.2 `ProducerConfig` (@deprecated, use REQUEST_TIMEOUT_MS_CONFIG); Kafka 3.9 upgrade notes ("Notable changes in 0.11.0.0")',
  },

  // --- Kafka Streams ----------------------------------------------------------------------------
  ...[
    ['key.serde', 'default.key.serde'],
    ['value.serde', 'default.value.serde'],
    ['timestamp.extractor', 'default.timestamp.extractor'],
  ].map(([key, replacement]) => ({
    key: key!,
    roles: ['streams'] as const,
    deprecatedIn: '0.11.0',
    removedIn: '2.0',
    replacement: replacement!,
    reason: `it was renamed to \`${replacement!}\``,
    source: 'Kafka 3.9 upgrade notes ("Notable changes in 0.11.0.0") and Streams upgrade guide ("Streams API changes in 2.0.0")',
  })),
  {
    key: 'zookeeper.connect',
    roles: ['streams'],
    deprecatedIn: '0.10.2',
    removedIn: '2.0',
    reason: 'Kafka Streams manages its internal topics through the brokers, without ZooKeeper',
    instead: 'Remove it.',
    source: 'Kafka 3.9 Streams upgrade guide ("Streams API changes in 2.0.0")',
  },
  {
    key: 'partition.grouper',
    roles: ['streams'],
    deprecatedIn: '2.4',
    removedIn: '3.0',
    reason: 'Kafka Streams no longer lets a custom `PartitionGrouper` form its tasks (KIP-528)',
    instead: 'Remove it.',
    source: 'Kafka 3.9 Streams upgrade guide ("Streams API changes in 2.4.0"); absent from `StreamsConfig` at tag 3.0.0',
  },
  ...['default.windowed.key.serde.inner', 'default.windowed.value.serde.inner'].map((key) => ({
    key,
    roles: ['streams'] as const,
    deprecatedIn: '3.0',
    removedIn: '4.0',
    reason: 'Kafka 4.0 removed the Streams APIs deprecated in 3.6 or earlier',
    instead: 'Remove it, and give windowed serdes their inner serde in code.',
    source: `Kafka 3.9 \`StreamsConfig\` (@deprecated since 3.0.0); ${UPGRADE_40}`,
  })),
  {
    key: 'cache.max.bytes.buffering',
    roles: ['streams'],
    deprecatedIn: '3.4',
    replacement: 'statestore.cache.max.bytes',
    reason: 'KIP-770 renamed it to `statestore.cache.max.bytes`',
    source: 'Kafka 3.9 `StreamsConfig` (@deprecated since 3.4.0); Kafka 4.4 deprecated list',
  },
  {
    key: 'default.dsl.store',
    roles: ['streams'],
    deprecatedIn: '3.7',
    reason: 'DSL stores are chosen with `dsl.store.suppliers.class`, which takes a class rather than `rocksDB` / `in_memory`',
    instead: 'Use `dsl.store.suppliers.class` (for example `org.apache.kafka.streams.state.BuiltInDslStoreSuppliers$InMemoryDslStoreSuppliers`).',
    source: 'Kafka 4.4 deprecated list (`StreamsConfig.DEFAULT_DSL_STORE_CONFIG`, since 3.7)',
  },
  {
    key: 'default.deserialization.exception.handler',
    roles: ['streams'],
    deprecatedIn: '4.0',
    replacement: 'deserialization.exception.handler',
    reason: 'KIP-1056 dropped the `default.` prefix',
    source: 'Kafka 4.4 deprecated list (`DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG`, since 4.0)',
  },
  {
    key: 'default.production.exception.handler',
    roles: ['streams'],
    deprecatedIn: '4.0',
    replacement: 'production.exception.handler',
    reason: 'KIP-1056 dropped the `default.` prefix',
    source: 'Kafka 4.4 deprecated list (`DEFAULT_PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG`, since 4.0)',
  },
];

const BY_KEY: ReadonlyMap<string, readonly RemovedKey[]> = (() => {
  const index = new Map<string, RemovedKey[]>();
  for (const record of REMOVED_KEYS) {
    const list = index.get(record.key) ?? [];
    list.push(record);
    index.set(record.key, list);
  }
  return index;
})();

function appliesTo(record: RemovedKey, role: Role): boolean {
  if (record.roles.includes(role)) return true;
  return role === 'common' && record.roles.some((candidate) => CLIENT_ROLES.includes(candidate));
}

/** The record of a key deprecated or removed for a config of this role, if any. */
export function removedKeyFor(role: Role, key: string): RemovedKey | undefined {
  return BY_KEY.get(key)?.find((record) => appliesTo(record, role));
}

/** A Kafka version (`3.9`, `4.0.1`, `0.10.2`) as numbers, or undefined when it is not one. */
export function parseKafkaVersion(text: string): number[] | undefined {
  const match = /^(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?$/.exec(text.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Negative, zero or positive as version `a` is older than, the same as or newer than `b` (missing parts are 0). */
export function compareKafkaVersions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether version `version` is `release` or later; false for versions that do not parse. */
export function isAtLeast(version: readonly number[], release: string): boolean {
  const parsed = parseKafkaVersion(release);
  return parsed !== undefined && compareKafkaVersions(version, parsed) >= 0;
}
