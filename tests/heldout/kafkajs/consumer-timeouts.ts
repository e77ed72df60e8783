import { Kafka, type ConsumerConfig } from 'kafkajs';

const kafka = new Kafka({ clientId: 'search', brokers: ['kafka-1:9092', 'kafka-2:9092', 'kafka-3:9092'] });

const SESSION_TIMEOUT = 30_000;

/** Detects dead indexers quickly... too quickly: the broker refuses sessions below 6 s. */
export const liveIndexer = kafka.consumer({
  groupId: 'search-indexer-live',
  sessionTimeout: 3_000, // expect: rebalance
  heartbeatInterval: 1_000,
});

const bulkIndexerConfig: ConsumerConfig = {
  groupId: 'search-indexer-bulk',
  sessionTimeout: SESSION_TIMEOUT,
  heartbeatInterval: SESSION_TIMEOUT / 2, // expect: rebalance
  maxBytesPerPartition: 5 * 1024 * 1024,
};
export const bulkIndexer = kafka.consumer(bulkIndexerConfig);

export const reportsConsumer = kafka.consumer({
  groupId: 'search-reports',
  sessionTimeout: 50 * 1000,
  rebalanceTimeout: 20 * 1000, // expect: rebalance
  heartbeatInterval: 5_000,
});

/** Re-indexing a whole tenant can take half an hour, so somebody raised the session timeout. */
export const reindexConsumer = kafka.consumer({
  groupId: 'search-reindex',
  sessionTimeout: 40 * 60 * 1000, // expect: rebalance
  rebalanceTimeout: 45 * 60 * 1000,
  heartbeatInterval: 10_000,
});

const baseConsumerConfig = {
  sessionTimeout: 24_000,
  heartbeatInterval: 8_000, // expect: rebalance
  maxWaitTimeInMs: 250,
};
export const suggestConsumer = kafka.consumer({ ...baseConsumerConfig, groupId: 'search-suggest' });

// Correct settings below: must stay silent.
export const auditConsumer = kafka.consumer({
  groupId: 'search-audit',
  sessionTimeout: Number(process.env.KAFKA_SESSION_TIMEOUT ?? 30000),
  heartbeatInterval: 3000,
});

export const mailerConsumer = kafka.consumer({
  groupId: 'search-mailer',
  sessionTimeout: 45_000,
  heartbeatInterval: 10_000,
  rebalanceTimeout: 90_000,
});

export const defaultsConsumer = kafka.consumer({ groupId: 'search-defaults' });
