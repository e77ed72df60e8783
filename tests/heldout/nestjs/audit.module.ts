import { Module } from '@nestjs/common';
import { ClientProxyFactory, ClientsModule, Transport, type ClientKafka } from '@nestjs/microservices';
import { AuditService } from './audit.service';

const brokers = (process.env.KAFKA_BROKERS ?? 'kafka-1:9092,kafka-2:9092,kafka-3:9092').split(',');

// Correctly configured Kafka clients: nothing here should be reported.
@Module({
  imports: [
    ClientsModule.register([
      {
        name: 'AUDIT_KAFKA',
        transport: Transport.KAFKA,
        options: {
          client: { clientId: 'audit', brokers },
          producerOnlyMode: true,
          producer: { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false },
          send: { acks: -1, timeout: 30_000 },
        },
      },
    ]),
  ],
  providers: [
    AuditService,
    {
      provide: 'ARCHIVE_KAFKA',
      useFactory: (): ClientKafka =>
        ClientProxyFactory.create({
          transport: Transport.KAFKA,
          options: {
            client: { clientId: 'audit-archive', brokers },
            consumer: { groupId: 'audit-archive', sessionTimeout: 45_000, heartbeatInterval: 5_000, rebalanceTimeout: 90_000 },
            producer: { idempotent: true, maxInFlightRequests: 1 },
          },
        }) as ClientKafka,
    },
  ],
  exports: [AuditService],
})
export class AuditModule {}
