import type { KafkaKey, KafkaRole } from './types.js';

// Kafka Streams keys are not in the generated reference, so the common ones are listed by hand from
// `StreamsConfig.CONFIG` in apache/kafka `streams/src/main/java/org/apache/kafka/streams/StreamsConfig.java`
// (3.7/3.9 line: `processing.guarantee` in(at_least_once, exactly_once, exactly_once_beta,
// exactly_once_v2); DEFAULT_COMMIT_INTERVAL_MS 30000, 100 under exactly-once).

const PROCESSING_GUARANTEES = ['at_least_once', 'exactly_once', 'exactly_once_beta', 'exactly_once_v2'];

export const STREAMS_KEYS: readonly KafkaKey[] = [
  { name: 'application.id', type: 'string', default: null, required: true },
  { name: 'bootstrap.servers', type: 'list', default: null, required: true },
  { name: 'num.standby.replicas', type: 'int', default: 0 },
  { name: 'state.dir', type: 'string', default: '${java.io.tmpdir}/kafka-streams' },
  { name: 'acceptable.recovery.lag', type: 'long', default: 10000, range: { min: 0, max: null } },
  // Deprecated in 3.4 (KIP-770) for statestore.cache.max.bytes.
  { name: 'cache.max.bytes.buffering', type: 'long', default: 10485760, range: { min: 0, max: null }, deprecated: true },
  { name: 'statestore.cache.max.bytes', type: 'long', default: 10485760, range: { min: 0, max: null } },
  { name: 'client.id', type: 'string', default: '' },
  {
    name: 'default.deserialization.exception.handler',
    type: 'class',
    default: 'org.apache.kafka.streams.errors.LogAndFailExceptionHandler',
  },
  { name: 'default.key.serde', type: 'class', default: null },
  { name: 'default.value.serde', type: 'class', default: null },
  {
    name: 'default.production.exception.handler',
    type: 'class',
    default: 'org.apache.kafka.streams.errors.DefaultProductionExceptionHandler',
  },
  {
    name: 'default.timestamp.extractor',
    type: 'class',
    default: 'org.apache.kafka.streams.processor.FailOnInvalidTimestamp',
  },
  { name: 'max.task.idle.ms', type: 'long', default: 0 },
  { name: 'max.warmup.replicas', type: 'int', default: 2, range: { min: 1, max: null } },
  { name: 'num.stream.threads', type: 'int', default: 1 },
  // exactly_once and exactly_once_beta are deprecated since 3.0 (KIP-732) and removed in 4.0.
  { name: 'processing.guarantee', type: 'string', default: 'at_least_once', validValues: PROCESSING_GUARANTEES },
  {
    name: 'rack.aware.assignment.strategy',
    type: 'string',
    default: 'none',
    validValues: ['none', 'min_traffic', 'balance_subtopology'],
  },
  { name: 'rack.aware.assignment.tags', type: 'list', default: '' },
  { name: 'replication.factor', type: 'int', default: -1 },
  {
    name: 'security.protocol',
    type: 'string',
    default: 'PLAINTEXT',
    validValues: ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'],
    caseInsensitive: true,
  },
  { name: 'task.timeout.ms', type: 'long', default: 300000, range: { min: 0, max: null } },
  { name: 'topology.optimization', type: 'string', default: 'none' },
  { name: 'application.server', type: 'string', default: '' },
  { name: 'buffered.records.per.partition', type: 'int', default: 1000 },
  { name: 'built.in.metrics.version', type: 'string', default: 'latest', validValues: ['latest'] },
  { name: 'commit.interval.ms', type: 'long', default: 30000, range: { min: 0, max: null } },
  { name: 'enable.metrics.push', type: 'boolean', default: true },
  { name: 'repartition.purge.interval.ms', type: 'long', default: 30000, range: { min: 0, max: null } },
  { name: 'connections.max.idle.ms', type: 'long', default: 540000 },
  { name: 'default.dsl.store', type: 'string', default: 'rocksDB', validValues: ['rocksDB', 'in_memory'], deprecated: true },
  {
    name: 'dsl.store.suppliers.class',
    type: 'class',
    default: 'org.apache.kafka.streams.state.BuiltInDslStoreSuppliers$RocksDBDslStoreSuppliers',
  },
  { name: 'default.client.supplier', type: 'class', default: 'org.apache.kafka.streams.processor.internals.DefaultKafkaClientSupplier' },
  { name: 'metadata.max.age.ms', type: 'long', default: 300000, range: { min: 0, max: null } },
  { name: 'metrics.num.samples', type: 'int', default: 2, range: { min: 1, max: null } },
  { name: 'metric.reporters', type: 'list', default: '' },
  { name: 'metrics.recording.level', type: 'string', default: 'INFO', validValues: ['INFO', 'DEBUG', 'TRACE'] },
  { name: 'metrics.sample.window.ms', type: 'long', default: 30000, range: { min: 0, max: null } },
  { name: 'auto.include.jmx.reporter', type: 'boolean', default: true, deprecated: true, removedIn4: true },
  { name: 'poll.ms', type: 'long', default: 100 },
  { name: 'probing.rebalance.interval.ms', type: 'long', default: 600000, range: { min: 60000, max: null } },
  { name: 'receive.buffer.bytes', type: 'int', default: 32768, range: { min: -1, max: null } },
  { name: 'reconnect.backoff.ms', type: 'long', default: 50, range: { min: 0, max: null } },
  { name: 'reconnect.backoff.max.ms', type: 'long', default: 1000, range: { min: 0, max: null } },
  // Deprecated in 2.7 (KIP-572): Streams retries internally up to task.timeout.ms.
  { name: 'retries', type: 'int', default: 0, range: { min: 0, max: 2147483647 }, deprecated: true },
  { name: 'retry.backoff.ms', type: 'long', default: 100, range: { min: 0, max: null } },
  { name: 'request.timeout.ms', type: 'int', default: 40000, range: { min: 0, max: null } },
  { name: 'rocksdb.config.setter', type: 'class', default: null },
  { name: 'send.buffer.bytes', type: 'int', default: 131072, range: { min: -1, max: null } },
  { name: 'state.cleanup.delay.ms', type: 'long', default: 600000 },
  { name: 'upgrade.from', type: 'string', default: null },
  { name: 'windowed.inner.class.serde', type: 'string', default: null },
  { name: 'windowstore.changelog.additional.retention.ms', type: 'long', default: 86400000 },
  { name: 'window.size.ms', type: 'long', default: null },
];

/**
 * Prefixes with which a Streams config passes a setting to one of its embedded clients or to its
 * internal topics (`StreamsConfig.*_PREFIX`): `producer.acks=all` is the producer's `acks`.
 * Longest first, so `main.consumer.` is not read as `consumer.`… of `main`.
 */
export const STREAMS_CLIENT_PREFIXES: readonly { prefix: string; role: Exclude<KafkaRole, 'broker' | 'streams'> }[] = [
  { prefix: 'restore.consumer.', role: 'consumer' },
  { prefix: 'global.consumer.', role: 'consumer' },
  { prefix: 'main.consumer.', role: 'consumer' },
  { prefix: 'consumer.', role: 'consumer' },
  { prefix: 'producer.', role: 'producer' },
  { prefix: 'admin.', role: 'admin' },
  { prefix: 'topic.', role: 'topic' },
];

/**
 * Client settings Kafka Streams sets itself (`StreamsConfig.PRODUCER_DEFAULT_OVERRIDES`,
 * `CONSUMER_DEFAULT_OVERRIDES` and the exactly-once variants), so a Streams application's clients
 * do not run with the plain client defaults.
 */
export const STREAMS_CLIENT_DEFAULTS = {
  producer: { 'linger.ms': 100 },
  producerExactlyOnce: {
    'linger.ms': 100,
    'delivery.timeout.ms': 2147483647,
    'enable.idempotence': true,
    'transaction.timeout.ms': 10000,
  },
  consumer: { 'max.poll.records': 1000, 'auto.offset.reset': 'earliest', 'enable.auto.commit': false },
  consumerExactlyOnce: {
    'max.poll.records': 1000,
    'auto.offset.reset': 'earliest',
    'enable.auto.commit': false,
    'isolation.level': 'read_committed',
  },
} as const;

/**
 * Client settings Streams overwrites whatever the user writes (`NON_CONFIGURABLE_*_CONFIGS` and the
 * class comment of StreamsConfig: the group id is the application id, the assignor is Streams' own).
 */
export const STREAMS_NON_CONFIGURABLE = {
  consumer: ['group.id', 'enable.auto.commit', 'partition.assignment.strategy'],
  consumerExactlyOnce: ['isolation.level'],
  producerExactlyOnce: ['enable.idempotence', 'max.in.flight.requests.per.connection', 'transactional.id'],
} as const;
