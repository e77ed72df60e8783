import type { EachBatchPayload } from 'kafkajs';
import { kafka } from './kafka';
import { sendOrderConfirmation } from './push';

const consumer = kafka.consumer({
  groupId: 'notifications.order-events',
  sessionTimeout: 30_000,
  heartbeatInterval: 3_000,
  rebalanceTimeout: 60_000,
});

async function handleBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload) {
  for (const message of batch.messages) {
    if (!isRunning() || isStale()) break;
    const order = JSON.parse(message.value?.toString() ?? '{}');
    await sendOrderConfirmation(order.customerId, order.id);
    resolveOffset(message.offset);
    await commitOffsetsIfNecessary();
    await heartbeat();
  }
}

export async function startOrderEventsConsumer(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topics: ['orders.order-created.v1'] });
  await consumer.run({
    eachBatchAutoResolve: false,
    autoCommitThreshold: 50,
    eachBatch: handleBatch,
  });
}

export async function stopOrderEventsConsumer(): Promise<void> {
  await consumer.disconnect();
}
