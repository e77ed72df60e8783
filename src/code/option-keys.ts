import type { ConfigScalar } from '../core/config-view.js';

/** How one option name of a client API maps to a Kafka property. */
export interface KeyRule {
  /** The canonical Kafka (or librdkafka) property name the option sets. */
  key: string;
  /** Options nested in an object value, such as kafkajs `retry: { retries }`. */
  nested?: KeyTable;
  /** A block that only groups options and adds nothing to their names: Confluent `kafkaJS: {...}`, node-rdkafka topic `config`. */
  transparent?: boolean;
  /** Turns the written value into the property's value: `readUncommitted: true` sets `isolation.level` to `read_uncommitted`. */
  convert?: (value: ConfigScalar) => ConfigScalar | undefined;
  /** The reverse of `convert`, to write a property's value in this option's terms. */
  invert?: (value: ConfigScalar) => ConfigScalar | undefined;
  /** Not a setting: `topic`, `messages`, `eachMessage` are data and callbacks. */
  skip?: boolean;
  /** An array of names that Kafka writes as one comma-separated value (`partition.assignment.strategy`). */
  list?: boolean;
}

export type KeyTable = Readonly<Record<string, KeyRule>>;

const to = (key: string): KeyRule => ({ key });
const own = (name: string): [string, KeyRule] => [name, { key: name }];
const skip: KeyRule = { key: '', skip: true };

function flag(whenTrue: string, whenFalse: string): Pick<KeyRule, 'convert' | 'invert'> {
  return {
    convert: (value) => (value === true ? whenTrue : value === false ? whenFalse : undefined),
    invert: (value) => (value === whenTrue ? true : value === whenFalse ? false : undefined),
  };
}

/** kafkajs `CompressionTypes` values, by number (`CompressionTypes.GZIP === 1`). */
const COMPRESSION_CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

const compression: KeyRule = {
  key: 'compression.type',
  convert: (value) => (typeof value === 'number' ? COMPRESSION_CODECS[value] : typeof value === 'string' ? value : undefined),
};

/** kafkajs `retry: {...}`, at the client and at each producer, consumer and admin. */
export const KAFKAJS_RETRY: KeyTable = {
  retries: to('retries'),
  initialRetryTime: to('retry.backoff.ms'),
  maxRetryTime: to('retry.backoff.max.ms'),
  ...Object.fromEntries(['factor', 'multiplier', 'restartOnFailure'].map((name) => [name, to(`retry.${name}`)])),
};

const retry: KeyRule = { key: 'retry', nested: KAFKAJS_RETRY };

/** `new Kafka({...})`: settings every client built from it shares. */
export const KAFKAJS_CLIENT: KeyTable = {
  brokers: to('bootstrap.servers'),
  clientId: to('client.id'),
  requestTimeout: to('request.timeout.ms'),
  connectionTimeout: to('socket.connection.setup.timeout.ms'),
  retry,
  ...Object.fromEntries(
    ['ssl', 'sasl', 'authenticationTimeout', 'reauthenticationThreshold', 'enforceRequestTimeout', 'logLevel', 'logCreator', 'socketFactory'].map(own),
  ),
};

/** `kafka.producer({...})`. */
export const KAFKAJS_PRODUCER: KeyTable = {
  idempotent: to('enable.idempotence'),
  transactionalId: to('transactional.id'),
  maxInFlightRequests: to('max.in.flight.requests.per.connection'),
  transactionTimeout: to('transaction.timeout.ms'),
  allowAutoTopicCreation: to('allow.auto.create.topics'),
  metadataMaxAge: to('metadata.max.age.ms'),
  retry,
  ...Object.fromEntries(['createPartitioner'].map(own)),
};

/** `producer.send({...})` / `sendBatch({...})`: the record's settings, not its data. */
export const KAFKAJS_SEND: KeyTable = {
  acks: to('acks'),
  timeout: to('request.timeout.ms'),
  compression,
  topic: skip,
  messages: skip,
  topicMessages: skip,
};

/** `kafka.consumer({...})`. */
export const KAFKAJS_CONSUMER: KeyTable = {
  groupId: to('group.id'),
  sessionTimeout: to('session.timeout.ms'),
  heartbeatInterval: to('heartbeat.interval.ms'),
  // The JoinGroup rebalance timeout: the role Java gives `max.poll.interval.ms` (the Confluent client maps it there).
  rebalanceTimeout: to('max.poll.interval.ms'),
  readUncommitted: { key: 'isolation.level', ...flag('read_uncommitted', 'read_committed') },
  maxWaitTimeInMs: to('fetch.max.wait.ms'),
  maxBytes: to('fetch.max.bytes'),
  maxBytesPerPartition: to('max.partition.fetch.bytes'),
  minBytes: to('fetch.min.bytes'),
  rackId: to('client.rack'),
  metadataMaxAge: to('metadata.max.age.ms'),
  allowAutoTopicCreation: to('allow.auto.create.topics'),
  maxInFlightRequests: to('max.in.flight.requests.per.connection'),
  partitionAssigners: { key: 'partition.assignment.strategy', list: true },
  retry,
};

/** `consumer.run({...})`: kafkajs names where Kafka has no equivalent. */
export const KAFKAJS_RUN: KeyTable = {
  autoCommit: to('enable.auto.commit'),
  autoCommitInterval: to('auto.commit.interval.ms'),
  eachMessage: skip,
  eachBatch: skip,
  ...Object.fromEntries(['autoCommitThreshold', 'eachBatchAutoResolve', 'partitionsConsumedConcurrently'].map(own)),
};

/** `kafka.admin({...})`. */
export const KAFKAJS_ADMIN: KeyTable = { retry };

/** One topic of `admin.createTopics({ topics: [...] })`; `configEntries` are read separately. */
export const KAFKAJS_TOPIC: KeyTable = {
  numPartitions: to('num.partitions'),
  replicationFactor: to('replication.factor'),
  topic: skip,
  configEntries: skip,
  ...Object.fromEntries(['replicaAssignment'].map(own)),
};

/** The Confluent client's `kafkaJS` block of a producer: send-level settings are producer settings there. */
export const CONFLUENT_KAFKAJS_PRODUCER: KeyTable = {
  ...KAFKAJS_PRODUCER,
  acks: to('acks'),
  timeout: to('request.timeout.ms'),
  compression,
};

/** The Confluent client's `kafkaJS` block of a consumer: `fromBeginning` and auto-commit moved here from `subscribe`/`run`. */
export const CONFLUENT_KAFKAJS_CONSUMER: KeyTable = {
  ...KAFKAJS_CONSUMER,
  partitionAssignors: { key: 'partition.assignment.strategy', list: true },
  fromBeginning: { key: 'auto.offset.reset', ...flag('earliest', 'latest') },
  autoCommit: to('enable.auto.commit'),
  autoCommitInterval: to('auto.commit.interval.ms'),
  ...Object.fromEntries(['autoCommitThreshold'].map(own)),
};

/**
 * librdkafka names that are aliases of the Kafka property of the same meaning: views use the Kafka
 * name, so one rule reads `acks` whether `request.required.acks` or `acks` was written.
 */
export const LIBRDKAFKA_ALIASES: Readonly<Record<string, string>> = {
  'request.required.acks': 'acks',
  'compression.codec': 'compression.type',
  'max.in.flight': 'max.in.flight.requests.per.connection',
  'metadata.broker.list': 'bootstrap.servers',
  'queue.buffering.max.ms': 'linger.ms',
  'message.send.max.retries': 'retries',
  'fetch.wait.max.ms': 'fetch.max.wait.ms',
};

/** A librdkafka property written at the top level of a Confluent or node-rdkafka config. */
export function librdkafkaRule(name: string): KeyRule {
  return { key: LIBRDKAFKA_ALIASES[name] ?? name };
}

/** node-rdkafka `AdminClient.createTopic({ topic, num_partitions, replication_factor, config })`. */
export const RDKAFKA_TOPIC: KeyTable = {
  num_partitions: to('num.partitions'),
  replication_factor: to('replication.factor'),
  topic: skip,
  config: { key: 'config', nested: {}, transparent: true },
};

/** Where an option for a canonical key is written in a table: `['retry']` and `retries` for kafkajs `retries`. */
export interface Spelling {
  path: string[];
  name: string;
  rule: KeyRule;
}

/** The first spelling of a canonical key in a table, searching nested blocks too. */
export function spellingOf(table: KeyTable, key: string, path: string[] = []): Spelling | undefined {
  for (const [name, rule] of Object.entries(table)) {
    if (rule.skip) continue;
    if (rule.nested) {
      const nested = spellingOf(rule.nested, key, [...path, name]);
      if (nested) return nested;
    } else if (rule.key === key) {
      return { path, name, rule };
    }
  }
  return undefined;
}
