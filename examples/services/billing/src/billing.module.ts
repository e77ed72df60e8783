import { Module } from '@nestjs/common';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { BillingController } from './billing.controller';
import { BILLING_EVENTS } from './billing.constants';
import { InvoiceService } from './invoice.service';

@Module({
  imports: [
    ClientsModule.register([
      {
        name: BILLING_EVENTS,
        transport: Transport.KAFKA,
        options: {
          client: {
            clientId: 'billing-events',
            brokers: (process.env.KAFKA_BROKERS ?? 'localhost:19092').split(','),
          },
          producerOnlyMode: true,
          send: {
            acks: 1,
            timeout: 10_000,
          },
        },
      },
    ]),
  ],
  controllers: [BillingController],
  providers: [InvoiceService],
})
export class BillingModule {}
