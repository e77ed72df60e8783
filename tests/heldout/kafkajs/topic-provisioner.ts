import { ConfigResourceTypes, Kafka, type ITopicConfig } from 'kafkajs';

// Run by the deploy pipeline before the order services roll out.
const kafka = new Kafka({
  clientId: 'orders-topic-provisioner',
  brokers: ['kafka-0.kafka-headless:9092', 'kafka-1.kafka-headless:9092', 'kafka-2.kafka-headless:9092'],
});

const REPLICATION = 3;

const topics: ITopicConfig[] = [
  {
    topic: 'orders.placed.v1',
    numPartitions: 24,
    replicationFactor: REPLICATION,
    configEntries: [
      { name: 'min.insync.replicas', value: '2' },
      { name: 'unclean.leader.election.enable', value: 'false' },
    ],
  },
  {
    topic: 'orders.cdc.v1',
    numPartitions: 12,
    replicationFactor: REPLICATION,
    configEntries: [
      { name: 'cleanup.policy', value: 'compact' },
      { name: 'min.insync.replicas', value: '1' }, // expect: loss
    ],
  },
  {
    topic: 'orders.ledger.v1',
    numPartitions: 6,
    replicationFactor: 3,
    configEntries: [{ name: 'min.insync.replicas', value: '3' }], // expect: loss
  },
  {
    topic: 'orders.metrics.v1',
    numPartitions: 6,
    replicationFactor: 3,
    configEntries: [
      { name: 'retention.ms', value: String(24 * 3600 * 1000) },
      { name: 'unclean.leader.election.enable', value: 'true' }, // expect: loss
    ],
  },
  {
    topic: 'orders.search-sync.v1',
    numPartitions: 6,
    replicationFactor: 2,
    configEntries: [{ name: 'min.insync.replicas', value: '1' }],
  },
];

async function main(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const created = await admin.createTopics({ topics, waitForLeaders: true });
    console.log(created ? 'topics created' : 'topics already present');
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: 'orders.placed.v1',
          configEntries: [{ name: 'retention.ms', value: String(14 * 24 * 3600 * 1000) }],
        },
      ],
    });
  } finally {
    await admin.disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
