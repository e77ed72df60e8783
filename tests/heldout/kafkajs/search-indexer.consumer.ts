import { Kafka, type EachBatchPayload, type KafkaMessage } from 'kafkajs';

// Batch consumers written carefully: per-key order kept, heartbeats inside the loops,
// early exits only on stale batches. Nothing here should be reported.
const kafka = new Kafka({ clientId: 'search-indexer', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });

const indexer = kafka.consumer({
  groupId: 'search-indexer',
  sessionTimeout: 45_000,
  heartbeatInterval: 5_000,
  maxBytesPerPartition: 512 * 1024,
});
const accessLog = kafka.consumer({ groupId: 'search-access-log', sessionTimeout: 30_000, heartbeatInterval: 3_000 });

const documents = new Map<string, unknown>();
const accesses: string[] = [];

async function indexDocument(id: string, doc: unknown): Promise<void> {
  documents.set(id, doc);
}

async function deleteDocument(id: string): Promise<void> {
  documents.delete(id);
}

async function recordAccess(message: KafkaMessage): Promise<void> {
  accesses.push(message.value?.toString() ?? '');
}

function groupByKey(messages: KafkaMessage[]): Map<string, KafkaMessage[]> {
  const groups = new Map<string, KafkaMessage[]>();
  for (const message of messages) {
    const key = message.key?.toString() ?? '';
    const group = groups.get(key) ?? [];
    group.push(message);
    groups.set(key, group);
  }
  return groups;
}

/** Documents are independent of each other: one sequential lane per document id. */
async function indexBatch({ batch, heartbeat, isStale }: EachBatchPayload): Promise<void> {
  if (isStale()) return;
  const lanes = groupByKey(batch.messages);
  await Promise.all(
    [...lanes.entries()].map(async ([id, messages]) => {
      for (const message of messages) {
        if (message.value === null) await deleteDocument(id);
        else await indexDocument(id, JSON.parse(message.value.toString()));
        await heartbeat();
      }
    }),
  );
}

export async function start(): Promise<void> {
  await indexer.connect();
  await indexer.subscribe({ topics: ['catalog.documents.v1'] });
  await indexer.run({ partitionsConsumedConcurrently: 3, eachBatch: indexBatch });

  await accessLog.connect();
  await accessLog.subscribe({ topics: ['search.accesses.v1'] });
  await accessLog.run({
    eachBatch: async ({ batch, resolveOffset, heartbeat, isStale }) => {
      for (const message of batch.messages) {
        if (isStale()) break;
        await recordAccess(message);
        resolveOffset(message.offset);
        await heartbeat();
      }
    },
  });
}

export async function stop(): Promise<void> {
  await Promise.all([indexer.disconnect(), accessLog.disconnect()]);
}
