'use strict';

const { EventEmitter } = require('node:events');
const { Kafka, CompressionTypes } = require('kafkajs');

// Ships host metrics from the local agent to Kafka. "Losing a sample is fine", they said.
const kafka = new Kafka({
  clientId: 'metrics-forwarder',
  brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','),
  retry: { retries: 0 }, // expect: loss
});

const producer = kafka.producer({ allowAutoTopicCreation: false }); // expect: duplication
const agent = new EventEmitter();
const buffer = [];

agent.on('sample', (sample) => {
  producer.send({ // expect: loss
    topic: 'metrics.samples',
    compression: CompressionTypes.GZIP,
    messages: [{ key: sample.host, value: JSON.stringify(sample) }],
  });
});

agent.on('buffered', (sample) => buffer.push(sample));

function flushBuffer() {
  const samples = buffer.splice(0);
  return producer.sendBatch({
    topicMessages: [{ topic: 'metrics.buffered', messages: samples.map((s) => ({ key: s.host, value: JSON.stringify(s) })) }],
  });
}

async function applyCommand(command) {
  agent.emit('command', command);
}

async function notifyOnCall(alert) {
  await producer.send({ topic: 'metrics.pages', messages: [{ key: alert.host, value: JSON.stringify(alert) }] });
}

const commands = kafka.consumer({ groupId: 'metrics-forwarder-commands', sessionTimeout: 30000, heartbeatInterval: 3000 });
const alerts = kafka.consumer({ groupId: 'metrics-forwarder-alerts', sessionTimeout: 30000, heartbeatInterval: 3000 });

async function start() {
  await producer.connect();
  await commands.connect();
  await alerts.connect();
  await commands.subscribe({ topics: ['metrics.commands'] });
  await alerts.subscribe({ topics: ['metrics.alerts'] });

  await commands.run({
    eachBatch: async ({ batch, heartbeat, isRunning }) => {
      for (const message of batch.messages) {
        if (!isRunning()) return; // expect: loss
        await applyCommand(JSON.parse(message.value.toString()));
        await heartbeat();
      }
    },
  });

  await alerts.run({
    eachMessage: async ({ message }) => {
      const alert = JSON.parse(message.value.toString());
      if (alert.severity !== 'page') return;
      notifyOnCall(alert).then(() => console.info('paged on-call for', alert.host)); // expect: loss
    },
  });

  setInterval(() => {
    flushBuffer().catch((err) => console.error('flush failed', err));
  }, 10000);
}

process.once('SIGTERM', () => {
  Promise.all([commands.disconnect(), alerts.disconnect()])
    .then(() => producer.disconnect())
    .finally(() => process.exit(0));
});

start().catch((err) => {
  console.error(err);
  process.exit(1);
});

module.exports = { agent, flushBuffer };
