'use strict';

// A small, correct CommonJS service: nothing here should be reported.
const { Kafka, Partitioners } = require('kafkajs');
const mailer = require('../shared/mailer');

const kafka = new Kafka({ clientId: 'notifier', brokers: ['kafka-1:9092', 'kafka-2:9092', 'kafka-3:9092'] });

const producer = kafka.producer({
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
});

const consumer = kafka.consumer({
  groupId: 'notifier',
  sessionTimeout: 45000,
  heartbeatInterval: 5000,
  rebalanceTimeout: 60000,
});

async function onUserEvent({ message, heartbeat }) {
  const event = JSON.parse(message.value.toString());
  if (event.type !== 'UserRegistered') return;
  await mailer.sendWelcome(event.email, event.locale);
  await heartbeat();
  await producer.send({
    topic: 'notifier.emails-sent',
    acks: -1,
    messages: [{ key: event.userId, value: JSON.stringify({ userId: event.userId, template: 'welcome' }) }],
  });
}

async function start() {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['users.events'] });
  await consumer.run({ eachMessage: onUserEvent });
}

async function stop() {
  await consumer.disconnect();
  await producer.disconnect();
}

module.exports = { start, stop };
