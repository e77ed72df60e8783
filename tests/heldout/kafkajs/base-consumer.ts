import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';

/** Shared plumbing for the JSON consumers of the catalog service. */
export abstract class KafkaConsumerBase<T> {
  protected readonly consumer: Consumer;

  protected constructor(
    protected readonly kafka: Kafka,
    groupId: string,
    private readonly topics: string[],
  ) {
    this.consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: 60_000,
      heartbeatInterval: 20_000, // expect: rebalance
      maxWaitTimeInMs: 1_000,
    });
  }

  protected abstract handle(value: T, payload: EachMessagePayload): Promise<void>;

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics });
    await this.consumer.run({ eachMessage: this.onMessage.bind(this) });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private async onMessage(payload: EachMessagePayload): Promise<void> {
    if (!payload.message.value) return;
    const value = JSON.parse(payload.message.value.toString()) as T;
    await this.handle(value, payload);
  }
}

export class ProductUpdatedConsumer extends KafkaConsumerBase<{ sku: string; name: string }> {
  constructor(kafka: Kafka, private readonly index: (sku: string, name: string) => Promise<void>) {
    super(kafka, 'catalog-search-sync', ['catalog.product-updated.v1']);
  }

  protected async handle(value: { sku: string; name: string }): Promise<void> {
    await this.index(value.sku, value.name);
  }
}
