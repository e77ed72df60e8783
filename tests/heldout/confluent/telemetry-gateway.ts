import { KafkaJS } from '@confluentinc/kafka-javascript';

// Confluent client configured with librdkafka property names (no kafkaJS block).
const kafka = new KafkaJS.Kafka({});
const BOOTSTRAP = process.env.BOOTSTRAP_SERVERS ?? 'broker-1:9092,broker-2:9092,broker-3:9092';

export const telemetryProducer = kafka.producer({
  'bootstrap.servers': BOOTSTRAP,
  'client.id': 'telemetry-gateway',
  'request.required.acks': 1, // expect: loss
  'enable.idempotence': false, // expect: duplication/ordering
  'compression.type': 'lz4',
  'linger.ms': 10,
});

// Transactional producers are idempotent in librdkafka: no finding here.
export const ledgerProducer = kafka.producer({
  'bootstrap.servers': BOOTSTRAP,
  'transactional.id': `telemetry-ledger-${process.env.POD_NAME ?? '0'}`,
  acks: 'all',
});

export const telemetryConsumer = kafka.consumer({
  'bootstrap.servers': BOOTSTRAP,
  'group.id': 'telemetry-aggregator',
  'session.timeout.ms': 4000, // expect: rebalance
  'heartbeat.interval.ms': 1000,
  'partition.assignment.strategy': 'cooperative-sticky',
});

export async function publishFrame(deviceId: string, frame: Buffer): Promise<void> {
  await telemetryProducer.send({ topic: 'telemetry.frames', messages: [{ key: deviceId, value: frame }] });
}

export async function publishGatewayStatus(status: Record<string, unknown>): Promise<void> {
  await telemetryProducer.send({
    topic: 'telemetry.gateway-status',
    messages: [{ key: 'gateway', value: JSON.stringify(status) }], // expect: skew
  });
}

export async function publishDiagnostics(lines: string[]): Promise<void> {
  await telemetryProducer.sendBatch({
    topicMessages: [
      {
        topic: 'telemetry.diagnostics',
        messages: [{ value: lines.join('\n') }], // expect: ordering
      },
    ],
  });
}

export async function ensureTopics(): Promise<void> {
  const admin = kafka.admin({ 'bootstrap.servers': BOOTSTRAP });
  await admin.connect();
  await admin.createTopics({
    topics: [
      { topic: 'telemetry.frames', numPartitions: 24, replicationFactor: 3 },
      { topic: 'telemetry.raw-archive', numPartitions: 24, replicationFactor: 1 }, // expect: loss
    ],
  });
  await admin.disconnect();
}
