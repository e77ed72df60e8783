import { KafkaJS } from '@confluentinc/kafka-javascript';

// Consume-transform-produce with the Confluent client's transactions.
interface Entry {
  account: string;
  amount: number;
  reference: string;
}

const kafka = new KafkaJS.Kafka({
  kafkaJS: { clientId: 'ledger-eos', brokers: (process.env.KAFKA_BROKERS ?? 'broker:9092').split(',') },
});

const producer = kafka.producer({
  kafkaJS: { transactionalId: `ledger-eos-${process.env.POD_NAME ?? '0'}`, maxInFlightRequests: 1 },
});

const postingConsumer = kafka.consumer({
  kafkaJS: { groupId: 'ledger-postings', autoCommit: false, fromBeginning: true },
});

const settlementConsumer = kafka.consumer({
  kafkaJS: { groupId: 'ledger-settlement', autoCommit: false },
});

// Live preview for the accountants' screen: shows postings before their transaction commits.
const previewConsumer = kafka.consumer({
  kafkaJS: { groupId: 'ledger-preview' },
  'isolation.level': 'read_uncommitted', // expect: duplication
});

const post = (entry: Entry) => ({ ...entry, postedAt: new Date().toISOString() });

export async function startPostings(): Promise<void> {
  await producer.connect();
  await postingConsumer.connect();
  await postingConsumer.subscribe({ topics: ['ledger.entries.v1'] });
  await postingConsumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const entry = JSON.parse(message.value!.toString()) as Entry;
      const txn = await producer.transaction();
      try {
        await txn.send({ topic: 'ledger.postings.v1', messages: [{ key: entry.account, value: JSON.stringify(post(entry)) }] });
        await txn.sendOffsets({
          consumer: postingConsumer,
          topics: [{ topic, partitions: [{ partition, offset: message.offset }] }], // expect: duplication
        });
        await txn.commit();
      } catch (err) {
        await txn.abort();
        throw err;
      }
    },
  });
}

export async function startSettlement(): Promise<void> {
  await settlementConsumer.connect();
  await settlementConsumer.subscribe({ topics: ['ledger.settlement-requests.v1'] });
  await settlementConsumer.run({
    eachBatch: async ({ batch }) => {
      const txn = await producer.transaction();
      for (const message of batch.messages) {
        await txn.send({ topic: 'ledger.settlements.v1', messages: [{ key: message.key, value: message.value }] });
      }
      await txn.sendOffsets({
        consumerGroupId: 'ledger-settlement', // expect: config
        topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: String(Number(batch.lastOffset()) + 1) }] }],
      });
      txn.commit(); // expect: loss
    },
  });
}

export async function startPreview(push: (entry: Entry) => void): Promise<void> {
  await previewConsumer.connect();
  await previewConsumer.subscribe({ topics: ['ledger.postings.v1'] });
  await previewConsumer.run({
    eachMessage: async ({ message }) => {
      push(JSON.parse(message.value!.toString()) as Entry);
    },
  });
}
