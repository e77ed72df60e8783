import { Kafka, type Admin, type Consumer } from 'kafkajs';

// Read-only tooling behind the on-call dashboard. Nothing here should be reported.
const kafka = new Kafka({
  clientId: 'lag-monitor',
  brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(','),
  retry: { retries: 8, maxRetryTime: 60_000 },
});

const admin: Admin = kafka.admin();

// Tails topics including records of open transactions: the dashboard shows the raw picture.
// No transactional producer lives in this service.
const tail: Consumer = kafka.consumer({
  groupId: 'lag-monitor-tail',
  readUncommitted: true,
  sessionTimeout: 30_000,
  heartbeatInterval: 3_000,
});

export async function lagFor(groupId: string, topic: string): Promise<number> {
  const [committed, latest] = await Promise.all([admin.fetchOffsets({ groupId, topics: [topic] }), admin.fetchTopicOffsets(topic)]);
  const end = new Map(latest.map((p) => [p.partition, Number(p.high)]));
  return committed[0].partitions.reduce((sum, p) => sum + Math.max(0, (end.get(p.partition) ?? 0) - Math.max(0, Number(p.offset))), 0);
}

export async function startTail(topics: string[], onRecord: (topic: string, partition: number, value: string) => void): Promise<void> {
  await admin.connect();
  await tail.connect();
  await tail.subscribe({ topics });
  await tail.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      onRecord(topic, partition, message.value?.toString() ?? '');
    },
  });
}

/** Jumps the tail back to a given record. */
export function rewind(topic: string, partition: number, offset: string): void {
  tail.seek({ topic, partition, offset });
}

/** Moves a stuck group past a poison record: the committed offset is the next one to read. */
export async function skipRecord(consumer: Consumer, topic: string, partition: number, offset: string): Promise<void> {
  await consumer.commitOffsets([{ topic, partition, offset: (BigInt(offset) + 1n).toString() }]);
}

export function watch(groupId: string, topic: string, report: (lag: number) => void): NodeJS.Timeout {
  return setInterval(async () => {
    try {
      report(await lagFor(groupId, topic));
    } catch (err) {
      console.error('lag check failed', err);
    }
  }, 15_000);
}

export async function close(): Promise<void> {
  await tail.disconnect();
  await admin.disconnect();
}
