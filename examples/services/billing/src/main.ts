import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { BillingModule } from './billing.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(BillingModule, {
    transport: Transport.KAFKA,
    options: {
      client: {
        clientId: 'billing',
        brokers: (process.env.KAFKA_BROKERS ?? 'localhost:19092').split(','),
      },
      consumer: {
        groupId: 'billing',
        allowAutoTopicCreation: false,
        sessionTimeout: 45_000,
        rebalanceTimeout: 30_000,
        heartbeatInterval: 3_000,
      },
      run: {
        partitionsConsumedConcurrently: 4,
      },
      subscribe: {
        fromBeginning: false,
      },
    },
  });
  app.enableShutdownHooks();
  await app.listen();
  Logger.log('billing microservice listening on Kafka', 'Bootstrap');
}

void bootstrap();
