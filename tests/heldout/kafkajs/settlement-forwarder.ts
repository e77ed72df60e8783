import { Kafka } from 'kafkajs';
import { convert, rates } from '../shared/fx';

// Exactly-once forwarding done right: idempotent transactional producer, work first, offsets last.
const GROUP_ID = 'settlement-forwarder';

const kafka = new Kafka({ clientId: GROUP_ID, brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });

const producer = kafka.producer({
  idempotent: true,
  maxInFlightRequests: 1,
  transactionalId: `${GROUP_ID}-${process.env.POD_NAME ?? '0'}`,
});
const consumer = kafka.consumer({ groupId: GROUP_ID, sessionTimeout: 30_000, heartbeatInterval: 3_000 });

export async function start(): Promise<void> {
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: ['settlements.requested.v1'] });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      const request = JSON.parse(message.value!.toString());
      const settled = await convert(request, await rates());
      const txn = await producer.transaction();
      try {
        await txn.send({
          topic: 'settlements.converted.v1',
          messages: [{ key: message.key, value: JSON.stringify(settled), headers: { source: topic } }],
        });
        await txn.sendOffsets({
          consumerGroupId: GROUP_ID,
          topics: [{ topic, partitions: [{ partition, offset: (BigInt(message.offset) + 1n).toString() }] }],
        });
        await txn.commit();
      } catch (err) {
        await txn.abort();
        throw err;
      }
    },
  });
}
