import { CompressionTypes, Partitioners, type Producer, type ProducerConfig } from 'kafkajs';
import { kafka, TOPICS } from './kafka';

export interface Order {
  id: string;
  customerId: string;
  lines: { sku: string; quantity: number; unitPrice: number }[];
  total: number;
  currency: string;
  createdAt: string;
}

const PRODUCER_CONFIG: ProducerConfig = {
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
  transactionTimeout: 30_000,
};

const AUDIT_PARTITION_KEY = 'orders';

export class OrderEventsProducer {
  private readonly producer: Producer;
  private connected = false;

  constructor() {
    this.producer = kafka.producer(PRODUCER_CONFIG);
  }

  async start(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  async publishOrderCreated(order: Order): Promise<void> {
    await this.producer.send({
      topic: TOPICS.orderCreated,
      acks: 1,
      compression: CompressionTypes.GZIP,
      messages: [
        {
          key: order.id,
          value: JSON.stringify(order),
          headers: { 'event-type': 'OrderCreated', 'schema-version': '1' },
        },
      ],
    });
  }

  async publishOrderCancelled(orderId: string, reason: string): Promise<void> {
    await this.producer.send({
      topic: TOPICS.orderCancelled,
      messages: [{ key: orderId, value: JSON.stringify({ orderId, reason, at: new Date().toISOString() }) }],
    });
  }

  async audit(action: string, orderId: string, actor: string): Promise<void> {
    await this.producer.send({
      topic: TOPICS.orderAudit,
      messages: [{ key: AUDIT_PARTITION_KEY, value: JSON.stringify({ action, orderId, actor }) }],
    });
  }

  async publishPriceChanges(changes: { sku: string; price: number }[]): Promise<void> {
    await this.producer.sendBatch({
      topicMessages: [
        {
          topic: 'catalog.price-changed.v1',
          messages: changes.map((change) => ({ key: change.sku, value: JSON.stringify(change) })),
        },
      ],
    });
  }

  async publishHeartbeat(instanceId: string): Promise<void> {
    await this.producer.send({
      topic: 'orders.service-heartbeat',
      messages: [
        {
          value: JSON.stringify({ instanceId, at: Date.now() }),
        },
      ],
    });
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    this.connected = false;
  }
}
