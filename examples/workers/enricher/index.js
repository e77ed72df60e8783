'use strict';

// Enriches new orders with customer data and republishes them.
// Uses the KafkaJS-compatible API of the Confluent client (librdkafka underneath).
const { Kafka, CompressionTypes, PartitionAssigners, logLevel } = require('@confluentinc/kafka-javascript').KafkaJS;
const { fetchCustomer } = require('./customers');

const SOURCE_TOPIC = 'orders.order-created.v1';
const TARGET_TOPIC = 'orders.order-enriched.v1';

const kafka = new Kafka({
  kafkaJS: {
    clientId: 'order-enricher',
    brokers: (process.env.KAFKA_BROKERS || 'localhost:19092').split(','),
    logLevel: logLevel.INFO,
  },
});

const producer = kafka.producer({
  kafkaJS: {
    acks: 1,
    compression: CompressionTypes.LZ4,
  },
  'linger.ms': 20,
});

const consumer = kafka.consumer({
  kafkaJS: {
    groupId: 'order-enricher',
    fromBeginning: true,
    partitionAssigners: [PartitionAssigners.cooperativeSticky],
  },
  'max.poll.interval.ms': 600000,
});

async function enrich(message) {
  const order = JSON.parse(message.value.toString());
  const customer = await fetchCustomer(order.customerId);
  return { ...order, customer: { id: customer.id, tier: customer.tier, country: customer.country } };
}

async function run() {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [SOURCE_TOPIC] });

  await consumer.run({
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, isRunning, isStale }) => {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break;
        resolveOffset(message.offset);
        const enriched = await enrich(message);
        await producer.send({
          topic: TARGET_TOPIC,
          messages: [{ key: message.key, value: JSON.stringify(enriched), headers: message.headers }],
        });
      }
    },
  });
}

async function shutdown(signal) {
  console.log(`received ${signal}, shutting down`);
  await consumer.disconnect();
  await producer.flush({ timeout: 10000 });
  await producer.disconnect();
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

run().catch((err) => {
  console.error('enricher failed', err);
  process.exit(1);
});
