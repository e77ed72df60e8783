'use strict';

const { Kafka, logLevel, CompressionTypes } = require('kafkajs');
const { loadRows, markExported } = require('../shared/warehouse');

const kafka = new Kafka({
  clientId: 'legacy-etl',
  brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','),
  logLevel: logLevel.NOTHING,
});

const producer = kafka.producer(); // expect: duplication

function createKafkaConsumer(groupId, eachMessage) {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 5000, heartbeatInterval: 1000 }); // expect: rebalance
  return {
    async start(topic) {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({ eachMessage });
    },
    stop: () => consumer.disconnect(),
  };
}

async function forwardRows(rows) {
  await producer.sendBatch({
    acks: 0, // expect: loss
    compression: CompressionTypes.GZIP,
    topicMessages: [
      { topic: 'etl.rows', messages: rows.map((row) => ({ key: String(row.id), value: JSON.stringify(row) })) },
    ],
  });
}

async function publishRunSummary(summary) {
  await producer.send({
    topic: 'etl.runs',
    messages: [
      { // expect: ordering
        value: JSON.stringify(summary),
        headers: { source: 'legacy-etl' },
      },
    ],
  });
}

const requests = createKafkaConsumer('legacy-etl-requests', async ({ message }) => {
  const request = JSON.parse(message.value.toString());
  const rows = await loadRows(request.table, request.since);
  await forwardRows(rows);
  await markExported(request.table, rows.length);
  await publishRunSummary({ table: request.table, rows: rows.length, at: new Date().toISOString() });
});

async function main() {
  await producer.connect();
  await requests.start('etl.requests');
}

process.on('SIGTERM', async () => {
  await requests.stop();
  await producer.disconnect();
});

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

module.exports = { forwardRows, publishRunSummary };
