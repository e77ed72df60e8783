import { Controller, Inject, Logger, type OnModuleInit } from '@nestjs/common';
import { ClientKafka, Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { BILLING_EVENTS } from './billing.constants';
import { InvoiceService, type OrderCreated } from './invoice.service';

@Controller()
export class BillingController implements OnModuleInit {
  private readonly logger = new Logger(BillingController.name);

  constructor(
    @Inject(BILLING_EVENTS) private readonly client: ClientKafka,
    private readonly invoices: InvoiceService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.client.connect();
  }

  @EventPattern('orders.order-created.v1')
  async onOrderCreated(@Payload() order: OrderCreated, @Ctx() context: KafkaContext): Promise<void> {
    const heartbeat = context.getHeartbeat();
    const invoice = await this.invoices.createFor(order);
    await heartbeat();

    await lastValueFrom(
      this.client.emit('billing.invoice-issued.v1', {
        key: invoice.orderId,
        value: JSON.stringify(invoice),
        headers: { 'event-type': 'InvoiceIssued' },
      }),
    );

    await lastValueFrom(
      this.client.emit('billing.ledger.v1', {
        value: JSON.stringify({ type: 'DEBIT', account: order.customerId, amount: invoice.total }),
        headers: { 'event-type': 'LedgerEntry' },
      }),
    );
    this.logger.log(`invoice ${invoice.id} issued for order ${order.id} (partition ${context.getPartition()})`);
  }
}
