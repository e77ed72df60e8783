import type { Kafka, Producer, RecordMetadata } from 'kafkajs';

export interface StockChanged {
  sku: string;
  warehouseId: string;
  delta: number;
  at: string;
}

export interface StockRow {
  sku: string;
  warehouseId: string;
  onHand: number;
}

export class InventoryEventsPublisher {
  private producer: Producer;

  constructor(private readonly kafka: Kafka) {
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false }); // expect: duplication
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async stockChanged(event: StockChanged): Promise<RecordMetadata[]> {
    return this.producer.send({
      topic: 'inventory.stock-changed.v2',
      acks: 1, // expect: loss
      messages: [{ key: `${event.warehouseId}:${event.sku}`, value: JSON.stringify(event) }],
    });
  }

  async lowStock(skus: string[], warehouseId: string): Promise<void> {
    await this.producer.send({
      topic: 'inventory.low-stock.v1',
      messages: skus.map((sku) => ({ key: sku, value: JSON.stringify({ sku, warehouseId }) })),
    });
  }

  /** Nightly full snapshot, consumed by the BI loader. */
  async snapshot(rows: StockRow[]): Promise<void> {
    await this.producer.sendBatch({
      acks: 0, // expect: loss
      timeout: 60_000,
      topicMessages: [{ topic: 'inventory.snapshot.v1', messages: [{ value: JSON.stringify(rows) }] }], // expect: ordering
    });
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}
