import { Kafka, Partitioners, type Producer } from 'kafkajs';

export const kafka = new Kafka({
  clientId: 'notifications',
  brokers: (process.env.KAFKA_BROKERS ?? 'localhost:19092').split(','),
});

let producer: Producer | null = null;

/** Lazily created, connected once, shared by every caller. */
export async function getProducer(): Promise<Producer> {
  if (!producer) {
    producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
  }
  return producer;
}
