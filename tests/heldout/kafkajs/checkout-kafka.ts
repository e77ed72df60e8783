import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';

const kafka = new Kafka({
  clientId: 'checkout',
  brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(','),
  ssl: process.env.KAFKA_SSL === 'true',
  logLevel: logLevel.ERROR,
});

let producer: Producer | null = null;
let admin: Admin | null = null;

export async function getProducer(): Promise<Producer> {
  if (!producer) {
    producer = kafka.producer(); // expect: duplication
    await producer.connect();
  }
  return producer;
}

export async function getAdmin(): Promise<Admin> {
  if (!admin) {
    admin = kafka.admin();
    await admin.connect();
  }
  return admin;
}

export async function publishCheckoutCompleted(cartId: string, payload: unknown): Promise<void> {
  const p = await getProducer();
  await p.send({
    topic: 'checkout.completed',
    messages: [{ key: cartId, value: JSON.stringify(payload) }],
  });
}

export async function publishMetrics(metrics: Record<string, number>): Promise<void> {
  const p = await getProducer();
  await p.send({
    topic: 'checkout.metrics',
    messages: [
      { value: JSON.stringify(metrics), timestamp: String(Date.now()) }, // expect: ordering
    ],
  });
}

export async function shutdown(): Promise<void> {
  await Promise.all([producer?.disconnect(), admin?.disconnect()]);
  producer = null;
  admin = null;
}
