import { Kafka, type ITopicConfig } from 'kafkajs';

const kafka = new Kafka({
  clientId: 'payments-topic-setup',
  brokers: ['kafka-0.kafka-headless:9092', 'kafka-1.kafka-headless:9092', 'kafka-2.kafka-headless:9092'],
});

const PROD_REPLICATION = 3;
const RETRY_REPLICATION = 1;

const topics: ITopicConfig[] = [
  {
    topic: 'payments.authorized.v1',
    numPartitions: 12,
    replicationFactor: PROD_REPLICATION,
    configEntries: [
      { name: 'min.insync.replicas', value: '2' },
      { name: 'retention.ms', value: String(7 * 24 * 3600 * 1000) },
    ],
  },
  { topic: 'payments.captured.v1', numPartitions: 12, replicationFactor: 3 },
  { topic: 'payments.retry.v1', numPartitions: 6, replicationFactor: RETRY_REPLICATION }, // expect: loss
];

async function main(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics, waitForLeaders: true });
    await admin.createTopics({
      topics: [{ topic: 'payments.dlq.v1', numPartitions: 1, replicationFactor: 1 }], // expect: loss
    });
    // No replicationFactor: the broker's default.replication.factor applies.
    await admin.createTopics({ topics: [{ topic: 'payments.audit.v1', numPartitions: 3 }] });
    await admin.createPartitions({ topicPartitions: [{ topic: 'payments.captured.v1', count: 24 }] });
  } finally {
    await admin.disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
