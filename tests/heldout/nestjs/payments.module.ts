import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ClientsModule, type KafkaOptions, Transport } from '@nestjs/microservices';
import { PaymentsController } from './payments.controller';
import { PaymentsService } from './payments.service';

export const PAYMENTS_KAFKA = Symbol('PAYMENTS_KAFKA');

@Module({
  imports: [
    ConfigModule,
    ClientsModule.registerAsync([
      {
        name: PAYMENTS_KAFKA,
        imports: [ConfigModule],
        inject: [ConfigService],
        useFactory: (config: ConfigService): KafkaOptions => ({
          transport: Transport.KAFKA,
          options: {
            client: {
              clientId: 'payments',
              brokers: config.getOrThrow<string>('KAFKA_BROKERS').split(','),
              ssl: true,
              sasl: {
                mechanism: 'scram-sha-512',
                username: config.getOrThrow<string>('KAFKA_USERNAME'),
                password: config.getOrThrow<string>('KAFKA_PASSWORD'),
              },
            },
            consumer: {
              groupId: 'payments-client',
              sessionTimeout: config.get<number>('KAFKA_SESSION_TIMEOUT', 30_000),
            },
            producer: {
              idempotent: false, // expect: duplication
              allowAutoTopicCreation: false,
            },
            send: {
              acks: 0, // expect: loss
              timeout: 5_000,
            },
          },
        }),
      },
    ]),
  ],
  controllers: [PaymentsController],
  providers: [PaymentsService],
})
export class PaymentsModule {}
