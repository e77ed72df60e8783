import { Kafka, type Consumer, type EachMessagePayload, type Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';

// A clean service written with private class fields: nothing here should be reported.
export interface OrderPlaced {
  orderId: string;
  customerId: string;
  total: number;
}

export class OrderService {
  readonly #kafka: Kafka;
  readonly #producer: Producer;
  readonly #consumer: Consumer;

  constructor(brokers: string[]) {
    this.#kafka = new Kafka({ clientId: 'order-service', brokers });
    this.#producer = this.#kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.#consumer = this.#kafka.consumer({
      groupId: 'order-service',
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
    });
  }

  async start(): Promise<void> {
    await this.#producer.connect();
    await this.#consumer.connect();
    await this.#consumer.subscribe({ topics: ['payments.captured.v1'] });
    await this.#consumer.run({ partitionsConsumedConcurrently: 4, eachMessage: this.#onPaymentCaptured.bind(this) });
  }

  async placeOrder(customerId: string, total: number): Promise<OrderPlaced> {
    const order: OrderPlaced = { orderId: randomUUID(), customerId, total };
    await this.#producer.send({
      topic: 'orders.placed.v1',
      messages: [{ key: order.orderId, value: JSON.stringify(order), headers: { 'content-type': 'application/json' } }],
    });
    return order;
  }

  async #onPaymentCaptured({ message }: EachMessagePayload): Promise<void> {
    const payment = JSON.parse(message.value!.toString()) as { orderId: string; paymentId: string };
    await this.#producer.send({
      topic: 'orders.paid.v1',
      acks: -1,
      messages: [{ key: payment.orderId, value: JSON.stringify(payment) }],
    });
  }

  async stop(): Promise<void> {
    await this.#consumer.disconnect();
    await this.#producer.disconnect();
  }
}
