'use strict';

const { Kafka, CompressionTypes, logLevel } = require('@confluentinc/kafka-javascript').KafkaJS;
const { lookup } = require('../shared/geoip');

const kafka = new Kafka({
  kafkaJS: {
    clientId: 'geo-enricher',
    brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','),
    logLevel: logLevel.WARN,
  },
});

const producer = kafka.producer({ // expect: duplication/ordering
  kafkaJS: {
    acks: 1, // expect: loss
    compression: CompressionTypes.Snappy,
  },
  'linger.ms': 50,
});

const consumer = kafka.consumer({
  kafkaJS: { groupId: 'geo-enricher', fromBeginning: false },
  'heartbeat.interval.ms': 3000,
  'session.timeout.ms': 45000,
  'max.poll.interval.ms': 30000, // expect: rebalance
});

async function run() {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['events.raw'] });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value.toString());
      const geo = await lookup(event.ip);
      const enriched = { ...event, country: geo.country, city: geo.city };
      await producer.send({ topic: 'events.geo-enriched', messages: [{ value: JSON.stringify(enriched) }] }); // expect: ordering
    },
  });
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
