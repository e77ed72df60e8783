import { Kafka } from 'kafkajs';

// "Exactly-once" loyalty points: orders paid in, points out, offsets through the transaction.
const GROUP_ID = 'loyalty-points';

const kafka = new Kafka({ clientId: 'loyalty', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });

const producer = kafka.producer({
  transactionalId: 'loyalty-points-tx', // expect: duplication
  maxInFlightRequests: 1,
});

const consumer = kafka.consumer({ groupId: GROUP_ID, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
const expiryConsumer = kafka.consumer({ groupId: 'loyalty-expiry', sessionTimeout: 30_000, heartbeatInterval: 3_000 });

// The balance screen wants points the moment they are written.
const balanceFeed = kafka.consumer({ groupId: 'loyalty-balance-feed', readUncommitted: true }); // expect: duplication

interface OrderPaid {
  orderId: string;
  customerId: string;
  total: number;
}

export async function startAccrual(): Promise<void> {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['orders.paid.v1'] });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const order = JSON.parse(message.value!.toString()) as OrderPaid;
      const txn = await producer.transaction();
      try {
        await txn.send({
          topic: 'loyalty.points.v1',
          messages: [{ key: order.customerId, value: JSON.stringify({ customerId: order.customerId, points: Math.floor(order.total) }) }],
        });
        await txn.sendOffsets({ // expect: duplication
          consumerGroupId: GROUP_ID,
          topics: [{ topic, partitions: [{ partition, offset: (Number(message.offset) + 1).toString() }] }],
        });
        await txn.commit();
      } catch (err) {
        await txn.abort();
        throw err;
      }
    },
  });
}

export async function startExpiry(): Promise<void> {
  await expiryConsumer.connect();
  await expiryConsumer.subscribe({ topics: ['loyalty.expiry-requests.v1'] });
  await expiryConsumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      const request = JSON.parse(message.value!.toString()) as { customerId: string; points: number };
      const txn = await producer.transaction();
      try {
        await txn.send({
          topic: 'loyalty.points.v1',
          messages: [{ key: request.customerId, value: JSON.stringify({ customerId: request.customerId, points: -request.points }) }],
        });
        await expiryConsumer.commitOffsets([{ topic, partition, offset: (Number(message.offset) + 1).toString() }]); // expect: duplication/loss
        await txn.commit();
      } catch (err) {
        await txn.abort();
        throw err;
      }
    },
  });
}

export async function startBalanceFeed(push: (customerId: string, points: number) => void): Promise<void> {
  await balanceFeed.connect();
  await balanceFeed.subscribe({ topics: ['loyalty.points.v1'] });
  await balanceFeed.run({
    eachMessage: async ({ message }) => {
      const { customerId, points } = JSON.parse(message.value!.toString()) as { customerId: string; points: number };
      push(customerId, points);
    },
  });
}
