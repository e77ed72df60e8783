import { createHash } from 'node:crypto';
import { Kafka, type ICustomPartitioner, type PartitionerArgs } from 'kafkajs';

const kafka = new Kafka({ clientId: 'geo-sharding', brokers: ['kafka-0:9092', 'kafka-1:9092', 'kafka-2:9092'] });

/** Routes every event of a region to the same partition, with an MD5 of the region key. */
const RegionPartitioner: ICustomPartitioner = () => ({ partitionMetadata, message }: PartitionerArgs) => {
  const digest = createHash('md5').update(String(message.key ?? '')).digest();
  return digest.readUInt32BE(0) % partitionMetadata.length;
};

/** "Temporary" partitioner from the migration: everything on partition 0 until the new consumers are ready. */
const MigrationPartitioner: ICustomPartitioner = () => () => {
  return 0; // expect: skew
};

export const regionProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: RegionPartitioner });

export const migrationProducer = kafka.producer({
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: MigrationPartitioner,
});

export const controlProducer = kafka.producer({
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: () => () => 3, // expect: skew
});

const DLQ_PARTITION = 0;
const SHARDS = 12;

export async function publishRegionEvent(region: string, event: unknown): Promise<void> {
  await regionProducer.send({ topic: 'geo.region-events.v1', messages: [{ key: region, value: JSON.stringify(event) }] });
}

export async function publishLegacyEvent(region: string, event: unknown): Promise<void> {
  await migrationProducer.send({ topic: 'geo.legacy-events.v1', messages: [{ key: region, value: JSON.stringify(event) }] });
}

export async function deadLetter(original: { key: Buffer | null; value: Buffer | null }, reason: string): Promise<void> {
  await regionProducer.send({
    topic: 'geo.dead-letters.v1',
    messages: [{ key: original.key, value: original.value, partition: DLQ_PARTITION, headers: { reason } }], // expect: skew
  });
}

export async function publishControl(command: string): Promise<void> {
  await controlProducer.send({
    topic: 'geo.control.v1',
    messages: [
      {
        value: JSON.stringify({ command, at: Date.now() }),
        partition: 0, // expect: skew
      },
    ],
  });
}

/** Explicit, computed partitions: the caller owns the sharding. */
export async function publishToShard(shard: number, payload: unknown): Promise<void> {
  await regionProducer.send({
    topic: 'geo.shards.v1',
    messages: [{ value: JSON.stringify(payload), partition: shard % SHARDS }],
  });
}

export async function forwardToSamePartition(source: { partition: number; key: Buffer | null; value: Buffer | null }): Promise<void> {
  await regionProducer.send({
    topic: 'geo.region-events.mirror.v1',
    messages: [{ key: source.key, value: source.value, partition: source.partition }],
  });
}
