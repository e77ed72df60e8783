import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Kafka, type Producer as KafkaProducer } from 'kafkajs';
import { Producer } from 'sqs-producer';
import { db, type OutboxRow } from '../shared/db';

// Relays the transactional outbox to Kafka, and legacy notifications to SQS.
// The SQS calls look like Kafka sends (send, messages, producer) but are not: nothing here should be reported.
const kafka = new Kafka({ clientId: 'outbox-relay', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });
const kafkaProducer: KafkaProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });

const sqs = new SQSClient({ region: 'eu-central-1' });
const legacyQueue = Producer.create({ queueUrl: process.env.LEGACY_QUEUE_URL!, region: 'eu-central-1' });

export async function relayOnce(limit = 500): Promise<number> {
  const rows: OutboxRow[] = await db.query('SELECT * FROM outbox WHERE relayed_at IS NULL ORDER BY id LIMIT $1', [limit]);
  if (rows.length === 0) return 0;

  await kafkaProducer.send({
    topic: 'outbox.events.v1',
    messages: rows.map((row) => ({ key: row.aggregateId, value: row.payload, headers: { type: row.type } })),
  });

  const legacy = rows.filter((row) => row.notifyLegacy);
  if (legacy.length > 0) {
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: process.env.NOTIFY_QUEUE_URL,
        Entries: legacy.map((row) => ({ Id: String(row.id), MessageBody: row.payload })),
      }),
    );
    await legacyQueue.send(legacy.map((row) => ({ id: String(row.id), body: row.payload })));
  }
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.METRICS_QUEUE_URL, MessageBody: JSON.stringify({ relayed: rows.length }) }));

  await db.query('UPDATE outbox SET relayed_at = now() WHERE id = ANY($1)', [rows.map((row) => row.id)]);
  return rows.length;
}

export async function start(): Promise<void> {
  await kafkaProducer.connect();
}
