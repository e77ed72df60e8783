import { Module, type Provider } from '@nestjs/common';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { Kafka, logLevel } from 'kafkajs';
import { EventsPublisher, KAFKA, ReplayController } from './replay.controller';

// Kafka wiring of the admin API. Nothing here should be reported.
const brokers = (process.env.KAFKA_BROKERS ?? 'kafka-1:9092,kafka-2:9092,kafka-3:9092').split(',');

const kafkaProvider: Provider = {
  provide: KAFKA,
  useFactory: () =>
    new Kafka({
      clientId: 'admin-api',
      brokers,
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 300, retries: 10 },
    }),
};

@Module({
  imports: [
    ClientsModule.register([
      {
        name: 'ANALYTICS_KAFKA',
        transport: Transport.KAFKA,
        options: {
          client: { clientId: 'admin-api-analytics', brokers },
          consumer: { groupId: 'admin-api-analytics', sessionTimeout: 30_000, heartbeatInterval: 3_000 },
          producer: { idempotent: true, maxInFlightRequests: 1 },
          run: { autoCommit: true, partitionsConsumedConcurrently: 2 },
          subscribe: { fromBeginning: false },
          send: { acks: -1 },
        },
      },
    ]),
  ],
  controllers: [ReplayController],
  providers: [kafkaProvider, EventsPublisher],
  exports: [EventsPublisher],
})
export class AdminKafkaModule {}
