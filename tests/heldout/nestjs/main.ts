import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { AppModule } from './app.module';

// Hybrid application: HTTP API plus a Kafka consumer in the same process.
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));

  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.KAFKA,
      options: {
        postfixId: '',
        client: {
          clientId: 'orders-api',
          brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(','),
        },
        consumer: {
          groupId: 'orders-api',
          sessionTimeout: 30_000,
          heartbeatInterval: 15_000, // expect: rebalance
          allowAutoTopicCreation: false,
        },
        run: {
          autoCommit: true,
          partitionsConsumedConcurrently: 2,
        },
      },
    },
    { inheritAppConfig: true },
  );

  await app.startAllMicroservices();
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
