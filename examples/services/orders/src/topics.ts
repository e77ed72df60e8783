import { kafka, TOPICS } from './kafka';

const REPLICAS = 3;

/** Run once at deploy time (`npm run topics`). createTopics returns false when every topic already exists. */
export async function ensureTopics(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const created = await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: TOPICS.orderCreated,
          numPartitions: 12,
          replicationFactor: REPLICAS,
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
        {
          topic: TOPICS.orderCancelled,
          numPartitions: 12,
          replicationFactor: REPLICAS,
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
        { topic: TOPICS.orderAudit, numPartitions: 3, replicationFactor: REPLICAS },
        { topic: TOPICS.ordersDlq, numPartitions: 1, replicationFactor: 1 },
      ],
    });
    console.log(created ? 'topics created' : 'topics already present');
  } finally {
    await admin.disconnect();
  }
}

if (require.main === module) {
  ensureTopics().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
