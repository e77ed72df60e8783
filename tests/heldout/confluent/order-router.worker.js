'use strict';

// Ported from kafkajs to the Confluent client by changing the require line and little else.
const { Kafka, CompressionTypes, Partitioners } = require('@confluentinc/kafka-javascript').KafkaJS;

const kafka = new Kafka({
  kafkaJS: {
    clientId: 'order-router',
    brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','),
  },
});

const producer = kafka.producer({
  kafkaJS: {
    idempotent: true,
    createPartitioner: Partitioners.LegacyPartitioner, // expect: config
  },
});

const consumer = kafka.consumer({
  groupId: 'order-router', // expect: config
  kafkaJS: { sessionTimeout: 45000, heartbeatInterval: 3000 },
});

const auditConsumer = kafka.consumer({
  kafkaJS: { groupId: 'order-router-audit', sessionTimeout: 45000, maxBytesPerPartiton: 1048576 }, // expect: config
});

async function routeOrder({ topic, partition, message }) {
  const order = JSON.parse(message.value.toString());
  await producer.send({
    topic: `orders.by-region.${order.region}`,
    timeout: 10000, // expect: config
    messages: [{ key: order.id, value: message.value, headers: message.headers }],
  });
  await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
}

async function publishDigest(orders) {
  await producer.sendBatch({
    compression: CompressionTypes.GZIP, // expect: config
    topicMessages: [
      { topic: 'orders.digest', messages: orders.map((order) => ({ key: order.region, value: JSON.stringify(order) })) },
    ],
  });
}

async function start() {
  await producer.connect();
  await consumer.connect();
  await auditConsumer.connect();
  await consumer.subscribe({ topics: ['orders.incoming'], fromBeginning: true }); // expect: config
  await auditConsumer.subscribe({ topics: ['orders.incoming'] });

  await consumer.run({
    autoCommit: false, // expect: config
    eachMessage: routeOrder,
  });

  // Heartbeats run in the background in this client: no heartbeat() call needed in the loop.
  await auditConsumer.run({
    autoCommitThreshold: 100, // expect: config
    eachBatch: async ({ batch, resolveOffset }) => {
      const orders = [];
      for (const message of batch.messages) {
        const order = JSON.parse(message.value.toString());
        orders.push(order);
        await publishDigest([order]);
        resolveOffset(message.offset);
      }
    },
  });
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
