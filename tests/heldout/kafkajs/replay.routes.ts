import express, { type Request, type Response } from 'express';
import { Kafka, type Producer } from 'kafkajs';

// Operations API for the support team.
const kafka = new Kafka({ clientId: 'ops-api', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });

const shared: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
let sharedReady: Promise<void> | undefined;

function ready(): Promise<void> {
  sharedReady ??= shared.connect();
  return sharedReady;
}

export const router = express.Router();

/** Reads the latest records of a topic so support can look at them. */
router.get('/topics/:topic/peek', async (req: Request, res: Response) => {
  const limit = Number(req.query.limit ?? 20);
  const seen: unknown[] = [];
  const consumer = kafka.consumer({ groupId: 'ops-api-peek' }); // expect: rebalance
  await consumer.connect(); // expect: rebalance
  await consumer.subscribe({ topics: [req.params.topic], fromBeginning: false });
  await consumer.run({ // expect: rebalance
    eachMessage: async ({ partition, message }) => {
      if (seen.length < limit) seen.push({ partition, offset: message.offset, value: message.value?.toString() });
    },
  });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await consumer.disconnect(); // expect: rebalance
  res.json({ topic: req.params.topic, records: seen });
});

/** Injects a hand-written record, e.g. to unblock a stuck saga. */
router.post('/topics/:topic/records', express.json(), async (req: Request, res: Response) => {
  const producer = kafka.producer(); // expect: rebalance/duplication
  await producer.connect(); // expect: rebalance
  await producer.send({ topic: req.params.topic, messages: [{ key: String(req.body.key), value: JSON.stringify(req.body.value) }] });
  await producer.disconnect(); // expect: rebalance
  res.status(202).send({ accepted: true });
});

/** Same feature on the shared, lazily connected producer. */
router.post('/events', express.json(), async (req: Request, res: Response) => {
  await ready();
  await shared.send({ topic: 'ops.events.v1', messages: [{ key: String(req.body.source), value: JSON.stringify(req.body) }] });
  res.sendStatus(204);
});

router.get('/health', (_req: Request, res: Response) => {
  res.send({ ok: true, acks: 'all' });
});

export async function closeKafka(): Promise<void> {
  if (sharedReady) await shared.disconnect();
}
