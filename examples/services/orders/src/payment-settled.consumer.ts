import type { Consumer, ConsumerConfig, EachMessagePayload } from 'kafkajs';
import { kafka, TOPICS } from './kafka';
import { markOrderPaid } from './orders.repository';

const CONSUMER_CONFIG: ConsumerConfig = {
  groupId: 'orders-service.payment-settled',
  sessionTimeout: 10_000,
  heartbeatInterval: 5_000,
  maxBytesPerPartition: 512 * 1024,
};

interface PaymentSettled {
  orderId: string;
  paymentId: string;
  amount: number;
  settledAt: string;
}

/** Kept outside of `run()` so it can be unit-tested without a broker. */
export async function handlePaymentSettled({ topic, partition, message }: EachMessagePayload): Promise<void> {
  if (!message.value) {
    console.warn(`tombstone on ${topic}[${partition}] at ${message.offset}, skipping`);
    return;
  }
  const event = JSON.parse(message.value.toString()) as PaymentSettled;
  await markOrderPaid(event.orderId, event.paymentId, new Date(event.settledAt));
}

let consumer: Consumer | undefined;

export async function startPaymentSettledConsumer(): Promise<Consumer> {
  if (consumer) return consumer;
  consumer = kafka.consumer(CONSUMER_CONFIG);
  await consumer.connect();
  await consumer.subscribe({ topics: [TOPICS.paymentSettled], fromBeginning: false });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: handlePaymentSettled,
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    console.error('payment-settled consumer crashed', payload.error);
  });
  return consumer;
}

export async function stopPaymentSettledConsumer(): Promise<void> {
  await consumer?.disconnect();
  consumer = undefined;
}
