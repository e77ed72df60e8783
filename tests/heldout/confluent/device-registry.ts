import { KafkaJS } from '@confluentinc/kafka-javascript';
import { registry, type Device } from '../shared/devices';

// A correct Confluent-client service: nothing here should be reported.
const { Kafka, CompressionTypes, PartitionAssigners } = KafkaJS;

const kafka = new Kafka({
  kafkaJS: {
    clientId: 'device-registry',
    brokers: ['broker-1:9092', 'broker-2:9092', 'broker-3:9092'],
    ssl: true,
  },
});

const producer = kafka.producer({
  kafkaJS: {
    idempotent: true,
    acks: -1,
    compression: CompressionTypes.ZSTD,
  },
  'linger.ms': 5,
});

const consumer = kafka.consumer({
  kafkaJS: {
    groupId: 'device-registry',
    sessionTimeout: 45_000,
    heartbeatInterval: 3_000,
    rebalanceTimeout: 300_000,
    autoCommit: false,
    partitionAssigners: [PartitionAssigners.cooperativeSticky],
  },
  'group.instance.id': process.env.POD_NAME ?? 'device-registry-0',
});

export async function publishDevices(devices: Device[]): Promise<void> {
  const deliveries = devices.map((device) =>
    producer.send({ topic: 'devices.registered.v1', messages: [{ key: device.serial, value: JSON.stringify(device) }] }),
  );
  await producer.flush({ timeout: 10_000 });
  await Promise.all(deliveries);
}

export async function start(): Promise<void> {
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: ['devices.heartbeats.v1'] });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const heartbeat = JSON.parse(message.value!.toString()) as { serial: string; at: string };
      await registry.touch(heartbeat.serial, new Date(heartbeat.at));
      await consumer.commitOffsets([{ topic, partition, offset: (Number(message.offset) + 1).toString() }]);
    },
  });
}
