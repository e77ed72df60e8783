import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import express from 'express';

// BullMQ fan-out with an Express trigger. Queues, workers and "producers", but no Kafka:
// nothing here should be reported.
const connection = { host: process.env.REDIS_HOST ?? 'redis', port: 6379 };
const app = express();

interface FanoutJob {
  topic: string;
  partition: number;
  messages: { key: string; value: string }[];
}

const producer = new Queue<FanoutJob>('fanout', { connection, defaultJobOptions: { attempts: 1 } });

app.post('/fanout/:topic', express.json(), async (req, res) => {
  const queue = new Queue<FanoutJob>(`fanout-${req.params.topic}`, { connection });
  await queue.add('send', { topic: req.params.topic, partition: 0, messages: [{ key: 'static', value: JSON.stringify(req.body) }] });
  await queue.close();
  res.status(202).send({ acks: 0 });
});

export const worker = new Worker<FanoutJob>(
  'fanout',
  async (job: Job<FanoutJob>) => {
    const events = new QueueEvents(job.data.topic, { connection });
    job.data.messages.forEach(async (message) => {
      await producer.add('deliver', { topic: job.data.topic, partition: 0, messages: [message] });
    });
    job.updateProgress(50);
    setImmediate(async () => {
      await events.close();
    });
  },
  { connection, concurrency: 8 },
);

app.listen(Number(process.env.PORT ?? 3001));
