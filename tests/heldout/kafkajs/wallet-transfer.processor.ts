import { Kafka, type EachBatchPayload } from 'kafkajs';

interface Transfer {
  transferId: string;
  from: string;
  to: string;
  amount: number;
}

const GROUP_ID = 'wallet-transfers';

const kafka = new Kafka({ clientId: GROUP_ID, brokers: ['kafka-0:9092', 'kafka-1:9092', 'kafka-2:9092'] });

const producer = kafka.producer({
  idempotent: true,
  maxInFlightRequests: 1,
  transactionalId: `${GROUP_ID}-${process.env.POD_NAME ?? '0'}`,
});
const consumer = kafka.consumer({ groupId: GROUP_ID, sessionTimeout: 45_000, heartbeatInterval: 5_000 });

const entry = (account: string, amount: number, transferId: string) => ({
  key: account,
  value: JSON.stringify({ account, amount, transferId }),
});

/** One transaction per fetched batch: ledger entries out, input offsets in. */
async function settleBatch({ batch, heartbeat }: EachBatchPayload): Promise<void> {
  const txn = await producer.transaction();
  try {
    for (const message of batch.messages) {
      const transfer = JSON.parse(message.value!.toString()) as Transfer;
      await txn.send({
        topic: 'wallet.ledger-entries.v1',
        messages: [
          entry(transfer.from, -transfer.amount, transfer.transferId),
          entry(transfer.to, transfer.amount, transfer.transferId),
        ],
      });
      await heartbeat();
    }
    await txn.sendOffsets({
      consumerGroupId: GROUP_ID,
      topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: batch.lastOffset() }] }], // expect: duplication
    });
    await txn.commit();
  } catch (err) {
    await txn.abort();
    throw err;
  }
}

export async function start(): Promise<void> {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['wallet.transfers.v1'] });
  await consumer.run({ autoCommit: false, eachBatch: settleBatch });
}

export async function stop(): Promise<void> {
  await consumer.disconnect();
  await producer.disconnect();
}
