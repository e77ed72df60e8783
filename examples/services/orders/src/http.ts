import express from 'express';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { OrderEventsProducer, type Order } from './order-events.producer';

// Look-alike APIs: res.send and socket.send are not Kafka and must stay silent.
const app = express();
app.use(express.json());
const server = createServer(app);
const io = new Server(server);
const events = new OrderEventsProducer();

app.post('/orders', async (req, res) => {
  const order = req.body as Order;
  await events.publishOrderCreated(order);
  io.to(`customer:${order.customerId}`).emit('order-created', { id: order.id });
  res.status(201).send({ id: order.id });
});

app.get('/health', (_req, res) => {
  res.send('ok');
});

io.on('connection', (socket) => {
  socket.send({ type: 'welcome', messages: [{ value: 'connected' }] });
});

export async function main(): Promise<void> {
  await events.start();
  server.listen(Number(process.env.PORT ?? 3000));
}
