'use strict';

// node-rdkafka style API of the Confluent client, configured correctly: nothing here should be reported.
const Kafka = require('@confluentinc/kafka-javascript');

const producer = new Kafka.Producer({
  'bootstrap.servers': process.env.BOOTSTRAP_SERVERS || 'localhost:9092',
  'client.id': 'mqtt-bridge',
  'enable.idempotence': true,
  acks: 'all',
  'compression.codec': 'zstd',
  dr_msg_cb: true,
});

const consumer = new Kafka.KafkaConsumer(
  {
    'bootstrap.servers': process.env.BOOTSTRAP_SERVERS || 'localhost:9092',
    'group.id': 'mqtt-bridge-commands',
    'enable.auto.commit': false,
    'session.timeout.ms': 45000,
    'max.poll.interval.ms': 300000,
  },
  { 'auto.offset.reset': 'earliest' },
);

function forward(topic, deviceId, payload) {
  producer.produce(topic, null, Buffer.from(JSON.stringify(payload)), deviceId, Date.now());
}

producer.on('ready', () => producer.setPollInterval(100));
producer.on('delivery-report', (err, report) => {
  if (err) console.error('delivery failed', err, report);
});
producer.connect();

consumer.on('ready', () => {
  consumer.subscribe(['devices.commands']);
  consumer.consume();
});
consumer.on('data', async (message) => {
  const command = JSON.parse(message.value.toString());
  await require('../shared/mqtt').publish(`devices/${command.deviceId}/commands`, command);
  consumer.commitMessage(message);
});
consumer.connect();

module.exports = { forward };
