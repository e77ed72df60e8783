'use strict';

// Click router on the node-rdkafka style API of the Confluent client, config copied from the old C++ service.
const Kafka = require('@confluentinc/kafka-javascript');

const BOOTSTRAP = process.env.BOOTSTRAP_SERVERS || 'kafka-1:9092,kafka-2:9092,kafka-3:9092';

const producer = new Kafka.Producer({ // expect: duplication
  'bootstrap.servers': BOOTSTRAP,
  'client.id': 'click-router',
  'enable.idempotency': true, // expect: config
  'compression.codec': 'lz4',
  'max.in.flight.requests.per.connection': 20, // expect: ordering
  dr_msg_cb: true,
  partitioner_cb: () => 0, // expect: skew
});

const consumer = new Kafka.KafkaConsumer(
  {
    'bootstrap.servers': BOOTSTRAP,
    'group.id': 'click-router',
    'session.timeout': 45000, // expect: config
    'enable.auto.commit': false,
    'max.poll.records': 500, // expect: config
  },
  { 'auto.offset.reset': 'earliest' },
);

producer.on('ready', () => producer.setPollInterval(100));
producer.on('delivery-report', (err, report) => {
  if (err) console.error('delivery failed', err, report);
});

consumer.on('ready', () => {
  consumer.subscribe(['clicks.raw']);
  consumer.consume();
});

consumer.on('data', (message) => {
  const click = JSON.parse(message.value.toString());
  producer.produce('clicks.routed', null, Buffer.from(JSON.stringify(click)), click.sessionId, Date.now());
  consumer.commitMessage(message);
});

producer.connect();
consumer.connect();

process.once('SIGTERM', () => {
  consumer.disconnect();
  producer.flush(10000, () => producer.disconnect());
});
