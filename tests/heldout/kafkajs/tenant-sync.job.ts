import { Worker, type Job } from 'bullmq';
import { Kafka } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { db } from '../shared/db';

const kafka = new Kafka({ clientId: 'tenant-sync', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });
const connection = { host: process.env.REDIS_HOST ?? 'redis', port: 6379 };

interface SyncJob {
  tenantId: string;
  since: string;
}

async function loadChanges(tenantId: string, since: string): Promise<{ id: string; kind: string }[]> {
  return db.query('SELECT id, kind FROM changes WHERE tenant_id = $1 AND changed_at > $2', [tenantId, since]);
}

// One BullMQ job per tenant and hour: exports the tenant's changes to Kafka.
export const worker = new Worker<SyncJob>(
  'tenant-sync',
  async (job: Job<SyncJob>) => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 }); // expect: rebalance
    await producer.connect(); // expect: rebalance
    try {
      const rows = await loadChanges(job.data.tenantId, job.data.since);
      await producer.send({
        topic: 'tenants.changes.v1',
        messages: rows.map((row) => ({ key: `${job.data.tenantId}:${row.id}`, value: JSON.stringify(row) })),
      });
      await job.updateProgress(100);
      return rows.length;
    } finally {
      await producer.disconnect(); // expect: rebalance
    }
  },
  { connection, concurrency: 4 },
);

// Reads the tenant directory snapshot every minute.
export async function pollDirectory(apply: (tenants: unknown[]) => Promise<void>): Promise<never> {
  for (;;) {
    const tenants: unknown[] = [];
    const consumer = kafka.consumer({ groupId: 'tenant-directory-poller' }); // expect: rebalance
    await consumer.connect(); // expect: rebalance
    await consumer.subscribe({ topics: ['tenants.directory.v1'], fromBeginning: true });
    await consumer.run({ // expect: rebalance
      eachMessage: async ({ message }) => {
        tenants.push(JSON.parse(message.value!.toString()));
      },
    });
    await sleep(10_000);
    await consumer.disconnect(); // expect: rebalance
    await apply(tenants);
    await sleep(60_000);
  }
}

// Status updates go through one long-lived producer, connected with retries at start-up.
const statusProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });

export async function connectWithRetry(): Promise<void> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    try {
      await statusProducer.connect();
      return;
    } catch (err) {
      console.warn(`Kafka not reachable yet (attempt ${attempt})`, err);
      await sleep(attempt * 1_000);
    }
  }
  throw new Error('Kafka unavailable after 10 attempts');
}

worker.on('completed', async (job: Job<SyncJob>, exported: number) => {
  await statusProducer.send({
    topic: 'tenants.sync-status.v1',
    messages: [{ key: job.data.tenantId, value: JSON.stringify({ exported, at: new Date().toISOString() }) }],
  });
});
