import { Kafka, logLevel } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? 'localhost:19092,localhost:29092,localhost:39092').split(',');

/**
 * One Kafka client per process. Every producer, consumer and admin created from it opens its own
 * connections, so the services below create each of them once and reuse it.
 */
export const kafka = new Kafka({
  clientId: 'orders-service',
  brokers,
  logLevel: logLevel.WARN,
  retry: {
    initialRetryTime: 300,
    retries: 8,
  },
});

export const TOPICS = {
  orderCreated: 'orders.order-created.v1',
  orderCancelled: 'orders.order-cancelled.v1',
  orderAudit: 'orders.audit.v1',
  paymentSettled: 'payments.payment-settled.v1',
  ordersDlq: 'orders.dlq',
} as const;
