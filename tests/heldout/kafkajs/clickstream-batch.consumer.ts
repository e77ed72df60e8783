import { Kafka, type EachBatchPayload } from 'kafkajs';
import { db } from '../shared/db';

interface ClickEvent {
  sessionId: string;
  url: string;
  at: string;
}

const kafka = new Kafka({ clientId: 'clickstream', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });

const parse = (value: Buffer | null): ClickEvent => JSON.parse(value!.toString()) as ClickEvent;

// Staging loader: stops early on shutdown, but the batch is auto-resolved anyway.
const loader = kafka.consumer({ groupId: 'clickstream-loader', sessionTimeout: 30_000, heartbeatInterval: 3_000 });

export async function startLoader(): Promise<void> {
  await loader.connect();
  await loader.subscribe({ topics: ['clickstream.raw.v1'] });
  await loader.run({
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break; // expect: loss
        await db.insert('staging_clicks', parse(message.value));
        resolveOffset(message.offset);
        await heartbeat();
      }
    },
  });
}

// Sessionizer: one upsert per click, no heartbeat until the whole batch is done.
const sessionizer = kafka.consumer({ groupId: 'clickstream-sessionizer', sessionTimeout: 45_000, heartbeatInterval: 5_000 });

async function sessionize({ batch, resolveOffset }: EachBatchPayload): Promise<void> {
  for (const message of batch.messages) { // expect: rebalance
    const click = parse(message.value);
    await db.query(
      'INSERT INTO sessions (id, last_seen) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET last_seen = EXCLUDED.last_seen',
      [click.sessionId, click.at],
    );
    resolveOffset(message.offset);
  }
}

export async function startSessionizer(): Promise<void> {
  await sessionizer.connect();
  await sessionizer.subscribe({ topics: ['clickstream.raw.v1'] });
  await sessionizer.run({ eachBatchAutoResolve: false, eachBatch: sessionize });
}

// Enricher: "we were too slow, so we parallelised the batch".
const enricher = kafka.consumer({ groupId: 'clickstream-enricher' });

export async function startEnricher(): Promise<void> {
  await enricher.connect();
  await enricher.subscribe({ topics: ['clickstream.raw.v1'] });
  await enricher.run({
    eachBatch: async ({ batch, heartbeat }) => {
      await Promise.all( // expect: ordering
        batch.messages.map(async (message) => {
          const click = parse(message.value);
          await db.insert('enriched_clicks', { ...click, host: new URL(click.url).host });
        }),
      );
      await heartbeat();
    },
  });
}

// Bot filter: tombstones dropped first, the rest checked concurrently.
const botFilter = kafka.consumer({ groupId: 'clickstream-bot-filter' });

export async function startBotFilter(isBot: (click: ClickEvent) => Promise<boolean>): Promise<void> {
  await botFilter.connect();
  await botFilter.subscribe({ topics: ['clickstream.raw.v1'] });
  await botFilter.run({
    eachBatch: async ({ batch, heartbeat }) => {
      const messages = batch.messages.filter((message) => message.value !== null);
      const results = await Promise.allSettled( // expect: ordering
        messages.map(async (message) => {
          const click = parse(message.value);
          if (await isBot(click)) await db.insert('bot_clicks', click);
        }),
      );
      const failed = results.filter((result) => result.status === 'rejected').length;
      if (failed > 0) console.warn(`${failed} bot checks failed in ${batch.topic}[${batch.partition}]`);
      await heartbeat();
    },
  });
}
