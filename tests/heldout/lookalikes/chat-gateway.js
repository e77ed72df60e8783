'use strict';

// Socket.IO chat backed by RabbitMQ. Emits, sends, consumers and channels, but no Kafka:
// nothing here should be reported.
const { createServer } = require('node:http');
const { Server } = require('socket.io');
const amqp = require('amqplib');

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });

async function main() {
  const connection = await amqp.connect(process.env.AMQP_URL || 'amqp://localhost');

  io.on('connection', (socket) => {
    socket.on('message', async (msg) => {
      const channel = await connection.createChannel();
      channel.sendToQueue('chat.messages', Buffer.from(JSON.stringify(msg)), { persistent: true });
      socket.broadcast.emit('message', { key: 'lobby', partition: 0, value: msg });
      await channel.close();
    });
    socket.send({ topic: 'welcome', messages: [{ value: 'hello' }] });
  });

  const consumer = await connection.createChannel();
  await consumer.prefetch(50);
  await consumer.consume('chat.moderation', async (msg) => {
    if (!msg) return;
    const verdict = JSON.parse(msg.content.toString());
    setTimeout(async () => {
      io.to(verdict.room).emit('moderated', verdict);
    }, 0);
    consumer.ack(msg);
  });

  httpServer.listen(3000);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
