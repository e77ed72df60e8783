import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { applyLedgerEntry, reconcile, type LedgerEntry } from '../shared/ledger';

export class LedgerWriter {
  private readonly consumer: Consumer;

  constructor(kafka: Kafka) {
    this.consumer = kafka.consumer({ groupId: 'ledger-writer', sessionTimeout: 30_000, heartbeatInterval: 3_000 });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: ['ledger.entries.v1'] });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const next = (BigInt(message.offset) + 1n).toString();
        // Commit first so a poison message cannot block the partition.
        await this.consumer.commitOffsets([{ topic, partition, offset: next }]); // expect: loss
        const entry = JSON.parse(message.value!.toString()) as LedgerEntry;
        await applyLedgerEntry(entry);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

/** The same consumer written correctly: the commit follows the awaited work. */
export async function startReconciliation(kafka: Kafka): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: 'ledger-reconciliation' });
  await consumer.connect();
  await consumer.subscribe({ topics: ['ledger.entries.v1'], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message, heartbeat }: EachMessagePayload) => {
      const entry = JSON.parse(message.value!.toString()) as LedgerEntry;
      await reconcile(entry);
      await heartbeat();
      await consumer.commitOffsets([{ topic, partition, offset: (Number(message.offset) + 1).toString() }]);
    },
  });
  return consumer;
}

/** Settlement handler kept as a method: the commit still comes before the work. */
export class SettlementConsumer {
  constructor(private readonly consumer: Consumer) {}

  async start(): Promise<void> {
    await this.consumer.subscribe({ topics: ['ledger.settlements.v1'] });
    await this.consumer.run({ autoCommit: false, eachMessage: this.handle.bind(this) });
  }

  private async handle({ topic, partition, message }: EachMessagePayload): Promise<void> {
    await this.consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]); // expect: loss
    await applyLedgerEntry(JSON.parse(message.value!.toString()) as LedgerEntry);
  }
}
