import { Queue } from 'bullmq';
import express from 'express';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { WebSocketServer } from 'ws';

// No Kafka client here: the send/emit/add calls below belong to Express, Socket.IO, ws and BullMQ.
const app = express();
const server = createServer(app);
const io = new Server(server, { cors: { origin: '*' } });
const wss = new WebSocketServer({ noServer: true });
const jobs = new Queue('fanout', { connection: { host: 'redis', port: 6379 } });

const DEFAULT_ROOM = 'lobby';

app.post('/broadcast', express.json(), async (req, res) => {
  const { topic, messages } = req.body as { topic: string; messages: { key?: string; value: string }[] };
  await jobs.add('broadcast', { topic, messages }, { removeOnComplete: true });
  io.to(DEFAULT_ROOM).emit('broadcast', { key: DEFAULT_ROOM, value: messages });
  res.status(202).send({ queued: messages.length, acks: 1 });
});

io.on('connection', (socket) => {
  socket.join(DEFAULT_ROOM);
  socket.send({ topic: 'welcome', messages: [{ value: 'hello' }] });
  socket.on('ping', () => socket.emit('pong', { key: '', value: Date.now() }));
});

wss.on('connection', (ws) => {
  ws.send(JSON.stringify({ topic: 'welcome', key: 'static', acks: 0 }));
  ws.on('message', (data) => {
    for (const client of wss.clients) client.send(data, { binary: false });
  });
});

server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});

server.listen(8080);
