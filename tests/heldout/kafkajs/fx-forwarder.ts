import { Kafka, type EachMessagePayload } from 'kafkajs';
import { convert, rates } from '../shared/fx';
import { db } from '../shared/db';

const GROUP_ID = 'fx-forwarder';

const kafka = new Kafka({ clientId: 'fx-forwarder', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });

const producer = kafka.producer({
  transactionalId: `fx-forwarder-${process.env.HOSTNAME ?? 'local'}`, // expect: duplication
  maxInFlightRequests: 1,
});

const consumer = kafka.consumer({ groupId: GROUP_ID, readUncommitted: false });

async function forwardPayment({ topic, partition, message }: EachMessagePayload): Promise<void> {
  const payment = JSON.parse(message.value!.toString()) as { accountId: string; amount: number; currency: string };
  const txn = await producer.transaction();
  try {
    await txn.sendOffsets({ // expect: loss
      consumerGroupId: GROUP_ID,
      topics: [{ topic, partitions: [{ partition, offset: (Number(message.offset) + 1).toString() }] }],
    });
    await txn.commit();
  } catch (err) {
    await txn.abort();
    throw err;
  }
  // The conversion is stored after the transaction committed the input offset.
  const converted = await convert(payment, await rates());
  await db.insert('converted_payments', converted);
}

export async function start(): Promise<void> {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['payments.captured.v1'] });
  await consumer.run({ autoCommit: false, eachMessage: forwardPayment });
}
