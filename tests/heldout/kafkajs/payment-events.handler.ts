import { EventEmitter } from 'node:events';
import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { db } from '../shared/db';

interface PaymentEvent {
  paymentId: string;
  orderId: string;
  status: 'CAPTURED' | 'REFUNDED' | 'FAILED';
  amount: number;
}

export class PaymentEventsHandler {
  private readonly consumer: Consumer;
  readonly events = new EventEmitter();

  constructor(kafka: Kafka) {
    this.consumer = kafka.consumer({ groupId: 'order-payment-events', sessionTimeout: 30_000, heartbeatInterval: 3_000 });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: ['payments.events.v1'] });
    await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private async handle({ message }: EachMessagePayload): Promise<void> {
    const event = JSON.parse(message.value!.toString()) as PaymentEvent;
    this.log(event);
    switch (event.status) {
      case 'CAPTURED':
        this.markPaid(event); // expect: loss
        break;
      case 'REFUNDED':
        this.restock(event).then(() => this.events.emit('restocked', event.orderId)); // expect: loss
        break;
      default:
        await this.recordFailure(event);
    }
  }

  private log(event: PaymentEvent): void {
    console.info(`payment ${event.paymentId} ${event.status} for order ${event.orderId}`);
  }

  private async markPaid(event: PaymentEvent): Promise<void> {
    await db.query("UPDATE orders SET status = 'PAID', paid_amount = $2 WHERE id = $1", [event.orderId, event.amount]);
  }

  private async restock(event: PaymentEvent): Promise<void> {
    await db.query('UPDATE order_lines SET restocked = true WHERE order_id = $1', [event.orderId]);
  }

  private async recordFailure(event: PaymentEvent): Promise<void> {
    await db.insert('payment_failures', event);
  }
}

interface OrderPlaced {
  orderId: string;
  lines: { sku: string; qty: number }[];
}

async function reserveStock(orderId: string, sku: string, qty: number): Promise<void> {
  await db.query('UPDATE stock SET reserved = reserved + $3 WHERE sku = $2 /* order $1 */', [orderId, sku, qty]);
}

async function publishProjection(order: OrderPlaced): Promise<void> {
  await db.insert('order_projection', order);
}

export async function startStockReservation(kafka: Kafka): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: 'stock-reservation' });
  await consumer.connect();
  await consumer.subscribe({ topics: ['orders.placed.v1'] });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const order = JSON.parse(message.value!.toString()) as OrderPlaced;
      order.lines.forEach(async (line) => { // expect: loss
        await reserveStock(order.orderId, line.sku, line.qty);
      });
      setImmediate(async () => { // expect: loss
        await publishProjection(order);
      });
    },
  });
  return consumer;
}

/** The same work done right: every promise is awaited before the handler resolves. */
export async function startStockReservationV2(kafka: Kafka): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: 'stock-reservation-v2' });
  await consumer.connect();
  await consumer.subscribe({ topics: ['orders.placed.v1'] });
  await consumer.run({
    eachMessage: async ({ message, heartbeat }) => {
      const order = JSON.parse(message.value!.toString()) as OrderPlaced;
      for (const line of order.lines) {
        await reserveStock(order.orderId, line.sku, line.qty);
      }
      await heartbeat();
      return publishProjection(order);
    },
  });
  return consumer;
}

export async function startProjectionAudit(kafka: Kafka): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: 'order-projection-audit' });
  await consumer.connect();
  await consumer.subscribe({ topics: ['orders.placed.v1'] });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const order = JSON.parse(message.value!.toString()) as OrderPlaced;
      publishProjection(order); // expect: loss
    },
  });
  return consumer;
}
