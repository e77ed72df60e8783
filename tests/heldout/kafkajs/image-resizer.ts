import { Kafka, type EachBatchPayload } from 'kafkajs';
import { makeThumbnail, resizeImage } from '../shared/images';

const kafka = new Kafka({ clientId: 'image-resizer', brokers: (process.env.KAFKA_BROKERS ?? 'kafka:9092').split(',') });

const resizer = kafka.consumer({
  groupId: 'image-resizer',
  sessionTimeout: 60_000,
  heartbeatInterval: 5_000,
  rebalanceTimeout: 120_000,
  maxBytesPerPartition: 256 * 1024,
});

async function resizeBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
  for (const message of batch.messages) {
    if (!isRunning() || isStale()) break;
    resolveOffset(message.offset); // expect: loss
    const job = JSON.parse(message.value!.toString()) as { bucket: string; key: string; sizes: number[] };
    await resizeImage(job.bucket, job.key, job.sizes);
    await heartbeat();
  }
}

export async function startResizer(): Promise<void> {
  await resizer.connect();
  await resizer.subscribe({ topics: ['images.uploaded.v1'] });
  await resizer.run({ eachBatchAutoResolve: false, eachBatch: resizeBatch });
}

const thumbnailer = kafka.consumer({ groupId: 'image-thumbnailer' });

export async function startThumbnailer(): Promise<void> {
  await thumbnailer.connect();
  await thumbnailer.subscribe({ topics: ['images.uploaded.v1'] });
  await thumbnailer.run({
    eachBatchAutoResolve: false,
    autoCommitInterval: 5_000,
    eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat }) => {
      for (const message of batch.messages) {
        const offset = String(Number(message.offset) + 1);
        await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset }] }] }); // expect: loss
        await makeThumbnail(message.value!);
        resolveOffset(message.offset);
        await heartbeat();
      }
    },
  });
}

const archiver = kafka.consumer({ groupId: 'image-archiver', sessionTimeout: 45_000, heartbeatInterval: 3_000 });

/** Correct: resolve and commit only once the work for that message is done. */
export async function startArchiver(archive: (value: Buffer) => Promise<void>): Promise<void> {
  await archiver.connect();
  await archiver.subscribe({ topics: ['images.uploaded.v1'] });
  await archiver.run({
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break;
        await archive(message.value!);
        resolveOffset(message.offset);
        await heartbeat();
      }
      await commitOffsetsIfNecessary();
    },
  });
}
