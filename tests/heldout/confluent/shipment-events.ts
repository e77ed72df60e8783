import { KafkaJS } from '@confluentinc/kafka-javascript';

// Confluent-client service written along the migration guide. Nothing here should be reported.
interface Scan {
  trackingId: string;
  hub: string;
  at: string;
}

const kafka = new KafkaJS.Kafka({
  kafkaJS: { clientId: 'shipment-events', brokers: ['broker-1:9092', 'broker-2:9092', 'broker-3:9092'] },
});

const producer = kafka.producer({
  kafkaJS: { idempotent: true, acks: -1, compression: KafkaJS.CompressionTypes.LZ4 },
  'linger.ms': 20,
  'queue.buffering.max.messages': 200_000,
});

const consumer = kafka.consumer({
  kafkaJS: {
    groupId: 'shipment-events',
    fromBeginning: true,
    autoCommit: true,
    autoCommitInterval: 5_000,
    sessionTimeout: 45_000,
    heartbeatInterval: 3_000,
  },
  'partition.assignment.strategy': 'cooperative-sticky',
});

const shipments = new Map<string, Scan>();

async function upsertShipment(scan: Scan): Promise<void> {
  shipments.set(scan.trackingId, scan);
}

/** Many sends in flight, one flush: the pattern the Confluent client recommends. */
export async function publishScans(scans: Scan[]): Promise<void> {
  for (const scan of scans) {
    producer.send({ topic: 'shipments.scans.v1', messages: [{ key: scan.trackingId, value: JSON.stringify(scan) }] });
  }
  await producer.flush({ timeout: 30_000 });
}

export async function start(): Promise<void> {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['shipments.scans.v1'] });
  // Heartbeats are sent by librdkafka's background thread, whatever the handler does.
  await consumer.run({
    eachBatch: async ({ batch, resolveOffset }) => {
      for (const message of batch.messages) {
        await upsertShipment(JSON.parse(message.value!.toString()) as Scan);
        resolveOffset(message.offset);
      }
    },
  });
}

export async function stop(): Promise<void> {
  await consumer.disconnect();
  await producer.disconnect();
}
