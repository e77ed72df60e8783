import { Kafka, Partitioners, type ProducerConfig } from 'kafkajs';

// Shared Kafka plumbing of the notification platform: one client, one producer per use case.
export const kafka = new Kafka({
  clientId: 'notification-platform',
  brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(','),
  retry: { initialRetryTime: 300, retries: 8 },
});

/** E-mail and SMS dispatch: must never send twice. */
export function createDispatchProducer() {
  return kafka.producer({ // expect: duplication
    idempotent: true,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

const pushConfig: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 5, // expect: duplication
  allowAutoTopicCreation: false,
};
export const pushProducer = kafka.producer(pushConfig);

/** Delivery receipts are best effort: speed over safety. */
export const receiptsProducer = kafka.producer({ // expect: duplication
  maxInFlightRequests: 10,
  allowAutoTopicCreation: false,
  retry: { retries: 0 }, // expect: loss
});

export const webhookProducer = kafka.producer({ // expect: duplication
  maxInFlightRequests: 1,
  idempotant: true, // expect: config
});

export const digestProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, transactionTimeout: 30_000 });

export const bounceConsumer = kafka.consumer({
  groupId: 'notification-bounces',
  sessionTimeout: 45_000,
  heartBeatInterval: 5_000, // expect: config
});

export const optOutConsumer = kafka.consumer({
  groupId: 'notification-opt-outs',
  sessionTimout: 45_000, // expect: config
  maxWaitTimeInMs: 500,
});
